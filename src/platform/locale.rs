//! What the loader (boot/loader.js) leaves for the app: the language it chose, its locale
//! files' addresses and integrity, and the first part of its texts; and the browser's own plural
//! rules and number formats (`Intl`), so the wasm carries no locale data.

use wasm_bindgen::prelude::*;

use crate::core::locale::{Entry, Lang, Plural};

#[wasm_bindgen(module = "/src/platform/browser.js")]
extern "C" {
    #[wasm_bindgen(js_name = bootValue)]
    fn boot_value(path: &str) -> Option<String>;
    #[wasm_bindgen(js_name = pluralCategory)]
    fn plural_category(lang: &str, n: f64) -> String;
    #[wasm_bindgen(js_name = formatNumber)]
    fn format_number(lang: &str, n: f64) -> String;
    #[wasm_bindgen(js_name = capitalFirst)]
    fn capital_first(text: &str) -> String;
    #[wasm_bindgen(js_name = fetchText)]
    fn fetch_text(url: &str, integrity: &str, done: JsValue);
    #[wasm_bindgen(js_name = partTexts)]
    fn part_texts(json: &str) -> Option<String>;
}

/// A shipped part of a language's texts (a JSON array, see `scripts/post-build.mjs`), read by
/// the browser's own JSON reader; `None` when it is not one.
pub fn read_part(json: &str) -> Option<Vec<Entry>> {
    part_texts(json).map(|records| Entry::from_records(&records))
}

/// The language the loader chose for the page.
pub fn boot_lang() -> Lang {
    boot_value("lang")
        .and_then(|code| Lang::from_tag(&code))
        .unwrap_or_default()
}

/// Whether the language came from the link or the person's saved choice (not the browser's).
pub fn boot_lang_chosen() -> bool {
    boot_value("chosen").as_deref() == Some("true")
}

/// The first part of the chosen language's texts, as the loader fetched it.
pub fn boot_first_part() -> Option<String> {
    boot_value("first")
}

/// Keeps the language a person chose for their next visits (the loader reads it first thing).
pub fn save_choice(lang: Lang) {
    use gloo_storage::{LocalStorage, Storage};
    if super::storage::available() {
        let _ = LocalStorage::raw().set_item(CHOICE_KEY, lang.code());
    }
}

/// Where the chosen language is kept (boot/lang.js reads it).
const CHOICE_KEY: &str = "cto-or-cio.lang";

/// Which part of a language's locale file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// What the first screens need.
    First,
    /// Every text (the first screens' too): what follows the first screen, and all a change of
    /// language needs, in one request.
    All,
}

/// Fetches a part of a language's texts, checked against its integrity; `done` gets the text,
/// or `None` when it could not be fetched.
pub fn fetch_part(lang: Lang, part: Part, done: impl FnOnce(Option<String>) + 'static) {
    let name = match part {
        Part::First => "first",
        Part::All => "all",
    };
    let url = boot_value(&format!("locales.{}.{name}", lang.code()));
    let integrity = boot_value(&format!("locales.{}.{name}Sri", lang.code()));
    match (url, integrity) {
        (Some(url), Some(integrity)) => {
            let done = Closure::once_into_js(move |text: JsValue| done(text.as_string()));
            fetch_text(&url, &integrity, done);
        }
        _ => done(None),
    }
}

/// The CLDR plural category of `n` in `lang`, by the browser's `Intl.PluralRules`.
pub fn plural(lang: Lang, n: u64) -> Plural {
    match plural_category(lang.intl(), n as f64).as_str() {
        "zero" => Plural::Zero,
        "one" => Plural::One,
        "two" => Plural::Two,
        "few" => Plural::Few,
        "many" => Plural::Many,
        _ => Plural::Other,
    }
}

/// `text` with a capital first letter, by the browser's `toUpperCase` (every script's rules).
pub fn capital(text: &str) -> String {
    capital_first(text)
}

/// `n` as `lang` writes numbers: its digits alone below a thousand, by the browser's
/// `Intl.NumberFormat` from there (grouped as the language groups them).
pub fn number(lang: Lang, n: u64) -> String {
    lang.small_number(n)
        .unwrap_or_else(|| format_number(lang.intl(), n as f64))
}

/// `n` as the browser's `Intl.NumberFormat` writes it in `lang`, for a test of [`number`].
pub fn intl_number(lang: Lang, n: u64) -> String {
    format_number(lang.intl(), n as f64)
}
