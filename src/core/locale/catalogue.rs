//! One language's texts, read from its locale file, and how a message becomes a sentence.
//!
//! A locale file is one flat JSON object: each key a message, each value its text, or for a
//! message that counts something an object with a text per plural category (`one`, `other`, and
//! for Arabic `zero`, `two`, `few`, `many` too). A text names what varies in braces:
//! - `{name}` is an argument the code passes (a number, another message, a company's name);
//! - any other name is a term of the organisation's sector, looked up as `term.<sector>.<name>`
//!   (the sector is the `industry` answer's option id),
//!   else `term.<name>` (so the public sector reads "the people you serve" where others read
//!   "customers"); `{Name}` gives it a capital first letter, at the start of a sentence. Only the
//!   result's sentences ([`Catalogue::sentence`]) have terms.

#[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
use std::collections::BTreeMap;

use serde::Deserialize;

use super::lang::Lang;
#[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
use super::msg::KEYS;
use super::msg::{term, Msg};

/// A CLDR plural category.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Plural {
    const ALL: [Plural; 6] = [
        Plural::Zero,
        Plural::One,
        Plural::Two,
        Plural::Few,
        Plural::Many,
        Plural::Other,
    ];

    pub const fn name(self) -> &'static str {
        match self {
            Plural::Zero => "zero",
            Plural::One => "one",
            Plural::Two => "two",
            Plural::Few => "few",
            Plural::Many => "many",
            Plural::Other => "other",
        }
    }
}

/// What fills a placeholder of a sentence on the result: another message or a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Arg {
    Msg(Msg),
    Num(u32),
}

/// A sentence's arguments, by placeholder name (at most two, so a sentence stays `Copy`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Args([Option<(&'static str, Arg)>; 2]);

impl Args {
    pub const NONE: Args = Args([None, None]);

    /// These arguments and one more (a third replaces the second).
    pub const fn and(self, name: &'static str, arg: Arg) -> Args {
        match self.0 {
            [None, _] => Args([Some((name, arg)), None]),
            [first, _] => Args([first, Some((name, arg))]),
        }
    }

    fn get(&self, name: &str) -> Option<Arg> {
        self.0
            .iter()
            .flatten()
            .find(|(n, _)| *n == name)
            .map(|(_, a)| *a)
    }
}

/// A text, or one per plural category.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Text {
    Missing,
    One(String),
    Counted(Vec<(Plural, String)>),
}

/// A text as the shipped locale parts hold it: a string, one string per plural category, or
/// `null` for a message that is not in this part.
impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(de: D) -> Result<Text, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Text;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a text, a text per plural category, or null")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Text, E> {
                Ok(Text::One(text.to_owned()))
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<Text, E> {
                Ok(Text::Missing)
            }
            fn visit_map<M: serde::de::MapAccess<'de>>(self, mut map: M) -> Result<Text, M::Error> {
                let mut forms = Vec::new();
                while let Some((name, text)) = map.next_entry::<String, String>()? {
                    if let Some(p) = Plural::ALL.into_iter().find(|p| p.name() == name) {
                        forms.push((p, text));
                    }
                }
                Ok(Text::Counted(forms))
            }
        }
        de.deserialize_any(Visit)
    }
}

/// A text as a reader of a shipped part gives it (the browser's JSON reader, in the app).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entry {
    /// In the other part.
    Missing,
    One(String),
    /// `(category, text)` pairs; unknown categories are left out.
    Counted(Vec<(String, String)>),
}

impl Entry {
    /// The entries of a shipped part as the browser hands them over in one string (one crossing
    /// into the wasm instead of one per text; see `partTexts` in `platform/browser.js`): a record
    /// per entry, split by [`RECORD`], each starting with a mark: `=` a text, `#` a plural text
    /// as its categories and texts in turn, split by [`FIELD`], `-` a text of the other part.
    pub fn from_records(records: &str) -> Vec<Entry> {
        if records.is_empty() {
            return Vec::new();
        }
        records
            .split(RECORD)
            .map(|record| match record.split_at_checked(1) {
                Some(("=", text)) => Entry::One(text.to_owned()),
                Some(("#", forms)) => Entry::Counted(
                    forms
                        .split(FIELD)
                        .collect::<Vec<_>>()
                        .chunks_exact(2)
                        .map(|pair| (pair[0].to_owned(), pair[1].to_owned()))
                        .collect(),
                ),
                _ => Entry::Missing,
            })
            .collect()
    }
}

/// Splits the records of [`Entry::from_records`] (ASCII's record separator, which no text has:
/// `tests/locales.rs` checks).
pub const RECORD: char = '\u{1e}';
/// Splits a plural text's categories and texts in a record (ASCII's unit separator).
pub const FIELD: char = '\u{1f}';

/// Why a locale file could not be read: it is not one (the reason is not kept, so the
/// browser's build carries no code to word it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CatalogueError;

/// One language's texts. Messages missing from it show their key, which a test keeps from
/// happening in any shipped locale.
#[derive(Clone)]
pub struct Catalogue {
    lang: Lang,
    texts: Vec<Text>,
    /// The plural category of a count in this language (the browser's `Intl.PluralRules`).
    plural: fn(Lang, u64) -> Plural,
    /// A number as this language writes it (the browser's `Intl.NumberFormat`).
    number: fn(Lang, u64) -> String,
    /// A term with a capital first letter, at the start of a sentence (the browser's
    /// `toUpperCase`: Unicode's case tables stay out of the wasm).
    capital: fn(&str) -> String,
}

impl Catalogue {
    /// An empty catalogue for `lang`, with the simplest plural rule and plain digits until the
    /// platform gives better ones.
    pub fn new(lang: Lang) -> Catalogue {
        Catalogue {
            lang,
            texts: vec![Text::Missing; Msg::COUNT],
            plural: |_, n| if n == 1 { Plural::One } else { Plural::Other },
            number: |_, n| n.to_string(),
            capital: capital_first,
        }
    }

    /// Reads a shipped part of a locale file into this catalogue: a JSON array with each
    /// message's text at its index (scripts/post-build.mjs writes them so; `null` for messages
    /// that are in another part).
    pub fn add(&mut self, json: &str) -> Result<(), CatalogueError> {
        let texts: Vec<Text> = serde_json::from_str(json).map_err(|_| CatalogueError)?;
        for (slot, text) in self.texts.iter_mut().zip(texts) {
            if text != Text::Missing {
                *slot = text;
            }
        }
        Ok(())
    }

    /// Adds a shipped part as read elsewhere: each entry is the text of the message at its
    /// index (the same array [`Catalogue::add`] reads).
    pub fn add_entries(&mut self, entries: Vec<Entry>) {
        for (slot, entry) in self.texts.iter_mut().zip(entries) {
            match entry {
                Entry::Missing => {}
                Entry::One(text) => *slot = Text::One(text),
                Entry::Counted(forms) => {
                    *slot = Text::Counted(
                        forms
                            .into_iter()
                            .filter_map(|(name, text)| {
                                let p = Plural::ALL.into_iter().find(|p| p.name() == name)?;
                                Some((p, text))
                            })
                            .collect(),
                    )
                }
            }
        }
    }

    /// A catalogue read from one shipped part.
    pub fn parse(lang: Lang, json: &str) -> Result<Catalogue, CatalogueError> {
        let mut catalogue = Catalogue::new(lang);
        catalogue.add(json)?;
        Ok(catalogue)
    }

    /// A catalogue read from a locale file as translators write it (`locales/*.json`: one object,
    /// key to text); keys it does not know are left out (`boot.` keys are the page's own).
    #[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
    pub fn from_locale_file(lang: Lang, json: &str) -> Result<Catalogue, CatalogueError> {
        let entries: BTreeMap<String, serde_json::Value> =
            serde_json::from_str(json).map_err(|_| CatalogueError)?;
        let mut catalogue = Catalogue::new(lang);
        for (key, value) in entries {
            let Ok(i) = KEYS.binary_search(&key.as_str()) else {
                continue;
            };
            catalogue.texts[i] = serde_json::from_value(value).map_err(|_| CatalogueError)?;
        }
        Ok(catalogue)
    }

    /// The English catalogue, for native code and tests (the browser fetches its own).
    #[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
    pub fn english() -> Catalogue {
        match Catalogue::from_locale_file(Lang::En, include_str!("../../../locales/en.json")) {
            Ok(catalogue) => catalogue,
            Err(e) => unreachable!("locales/en.json is read by build.rs too: {e:?}"),
        }
    }

    /// Uses the platform's plural rules, number format and capitals.
    pub fn with_formats(
        mut self,
        plural: fn(Lang, u64) -> Plural,
        number: fn(Lang, u64) -> String,
        capital: fn(&str) -> String,
    ) -> Catalogue {
        self.plural = plural;
        self.number = number;
        self.capital = capital;
        self
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether the catalogue has this message (a later part may not have arrived yet).
    pub fn has(&self, msg: Msg) -> bool {
        self.texts[msg as usize] != Text::Missing
    }

    /// The messages this catalogue lacks.
    pub fn missing(&self) -> impl Iterator<Item = Msg> + '_ {
        Msg::ALL.into_iter().filter(|m| !self.has(*m))
    }

    /// A message's text as it stands, placeholders and all (for counted messages, `other`).
    pub fn raw(&self, msg: Msg) -> &str {
        match &self.texts[msg as usize] {
            Text::One(text) => text,
            Text::Counted(forms) => forms
                .iter()
                .find(|(p, _)| *p == Plural::Other)
                .or(forms.first())
                .map_or(missing(msg), |(_, t)| t),
            Text::Missing => missing(msg),
        }
    }

    /// A message with no placeholders.
    pub fn text(&self, msg: Msg) -> String {
        self.fill(msg, &[])
    }

    /// A message with its placeholders filled from `args`.
    pub fn fill(&self, msg: Msg, args: &[(&str, &str)]) -> String {
        self.render(self.raw(msg), &|name| {
            args.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_owned())
        })
    }

    /// A message that counts: the text for `n`'s plural category, `{n}` written as this
    /// language writes numbers.
    pub fn count(&self, msg: Msg, n: u64, args: &[(&str, &str)]) -> String {
        let category = (self.plural)(self.lang, n);
        let text = match &self.texts[msg as usize] {
            Text::Counted(forms) => forms
                .iter()
                .find(|(p, _)| *p == category)
                .or_else(|| forms.iter().find(|(p, _)| *p == Plural::Other))
                .map_or(missing(msg), |(_, t)| t.as_str()),
            _ => self.raw(msg),
        };
        let number = self.number(n);
        self.render(text, &|name| {
            if name == "n" {
                return Some(number.clone());
            }
            args.iter()
                .find(|(a, _)| *a == name)
                .map(|(_, v)| (*v).to_owned())
        })
    }

    /// A number as this language writes it.
    pub fn number(&self, n: u64) -> String {
        (self.number)(self.lang, n)
    }

    /// A sentence of the result: its arguments, and the terms of the sector (an `industry`
    /// option id, or `None` for the general terms).
    pub fn sentence(&self, msg: Msg, args: Args, sector: Option<&str>) -> String {
        self.render(self.raw(msg), &|name| match args.get(name) {
            Some(Arg::Msg(inner)) => Some(self.sentence(inner, Args::NONE, sector)),
            Some(Arg::Num(n)) => Some(self.number(u64::from(n))),
            None => self.term(name, sector),
        })
    }

    /// Fills `{name}` from `value`; `{Name}` capitalised. Only sentences of the result name
    /// their sector's terms (the first screen's texts never do, so the terms' table loads with
    /// the later screens' code).
    fn render(&self, text: &str, value: &dyn Fn(&str) -> Option<String>) -> String {
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let Some(close) = after.find('}') else {
                out.push_str(&rest[open..]);
                return out;
            };
            let name = &after[..close];
            // Placeholder names are ASCII: `{Customers}` is the term `customers`, capitalised.
            let lower = name.to_ascii_lowercase();
            match value(&lower) {
                Some(value) if name != lower => out.push_str(&(self.capital)(&value)),
                Some(value) => out.push_str(&value),
                None => {
                    out.push('{');
                    out.push_str(name);
                    out.push('}');
                }
            }
            rest = &after[close + 1..];
        }
        out.push_str(rest);
        out
    }

    /// A term of the sector: `term.<sector>.<name>`, else `term.<name>`.
    fn term(&self, name: &str, sector: Option<&str>) -> Option<String> {
        let msg = term(sector, name)
            .filter(|m| self.has(*m))
            .or_else(|| term(None, name))?;
        Some(self.render(self.raw(msg), &|_| None))
    }
}

/// What stands for a message missing from the catalogue: its key where keys are compiled in
/// (tests, debug builds), else nothing. A test keeps every shipped locale complete.
fn missing(msg: Msg) -> &'static str {
    #[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
    return msg.key();
    #[cfg(all(target_arch = "wasm32", not(debug_assertions)))]
    {
        let _ = msg;
        ""
    }
}

/// The first letter in capitals: Unicode's rules natively, ASCII's in the browser until the
/// platform gives its own (`with_formats`).
fn capital_first(text: &str) -> String {
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    #[cfg(not(target_arch = "wasm32"))]
    let upper: String = first.to_uppercase().collect();
    #[cfg(target_arch = "wasm32")]
    let upper = first.to_ascii_uppercase().to_string();
    upper + chars.as_str()
}

#[cfg(test)]
mod tests {
    use super::Entry;

    #[test]
    fn records_give_each_kind_of_entry() {
        let records = "=Größe\u{1e}-\u{1e}#one\u{1f}شخص واحد\u{1f}other\u{1f}{n} people\u{1e}=";
        assert_eq!(
            Entry::from_records(records),
            vec![
                Entry::One("Größe".into()),
                Entry::Missing,
                Entry::Counted(vec![
                    ("one".into(), "شخص واحد".into()),
                    ("other".into(), "{n} people".into())
                ]),
                Entry::One(String::new()),
            ]
        );
        assert_eq!(Entry::from_records(""), Vec::new());
        // Anything unmarked is read as absent, never as a text.
        assert_eq!(Entry::from_records("?x"), vec![Entry::Missing]);
    }
}
