//! The languages the app speaks, and which one a visitor gets.

/// A language the app speaks (contract v1.2: `en`, `de`, `es`, `ar`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    #[default]
    En,
    De,
    Es,
    Ar,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::De, Lang::Es, Lang::Ar];

    /// The code in links, storage and `<html lang>`.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Es => "es",
            Lang::Ar => "ar",
        }
    }

    /// The locale the browser's `Intl` formats numbers and dates with: Arabic with its own
    /// digits (٠١٢…), as its texts write them.
    pub const fn intl(self) -> &'static str {
        match self {
            Lang::Ar => "ar-u-nu-arab",
            other => other.code(),
        }
    }

    /// `n` as this language writes it, when that is its digits alone: below a thousand, where
    /// no language here groups digits, in the digits `intl` names. Larger numbers are left to
    /// the browser's `Intl.NumberFormat`, whose first use costs tens of milliseconds on a slow
    /// phone (a wasm test checks that both agree below a thousand).
    pub fn small_number(self, n: u64) -> Option<String> {
        if n >= 1000 {
            return None;
        }
        let digits = n.to_string();
        Some(match self {
            Lang::Ar => digits
                .chars()
                .map(|d| char::from_u32(0x0660 + (d as u32 - '0' as u32)).unwrap_or(d))
                .collect(),
            _ => digits,
        })
    }

    /// The language for a code (`de`) or a browser's language tag (`de-AT`); `None` for any other.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The language named exactly by its code, as links and storage carry it.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language's name in itself, as the language menu shows it.
    pub const fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Es => "Español",
            Lang::Ar => "العربية",
        }
    }

    /// Whether the language is written right to left.
    pub const fn rtl(self) -> bool {
        matches!(self, Lang::Ar)
    }
}

/// Which language to show (contract v1.2): the link's `lang`, else the person's saved choice,
/// else the first of the browser's preferred languages the app speaks, else English. Unknown
/// codes are ignored at every step.
pub fn choose(link: Option<&str>, saved: Option<&str>, browser: &[String]) -> Lang {
    link.and_then(Lang::from_code)
        .or_else(|| saved.and_then(Lang::from_code))
        .or_else(|| browser.iter().find_map(|tag| Lang::from_tag(tag)))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_link_wins_then_the_saved_choice_then_the_browser_then_english() {
        let browser = vec!["fr-FR".to_owned(), "es-MX".to_owned(), "de".to_owned()];
        assert_eq!(choose(Some("ar"), Some("de"), &browser), Lang::Ar);
        assert_eq!(choose(Some("xx"), Some("de"), &browser), Lang::De);
        assert_eq!(choose(None, Some("klingon"), &browser), Lang::Es);
        assert_eq!(choose(None, None, &["fr".to_owned()]), Lang::En);
        assert_eq!(
            choose(Some("DE"), None, &[]),
            Lang::En,
            "codes in links are exact"
        );
    }
}
