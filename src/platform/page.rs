//! The static page around the app (its title, the intro `index.html` shows, the stylesheet of
//! the later screens), and the clock.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

use crate::core::assessment::Env;
use crate::core::locale::Lang;

#[wasm_bindgen(module = "/src/platform/browser.js")]
extern "C" {
    #[wasm_bindgen(js_name = whenLaterStyled)]
    fn when_later_styled_js(done: JsValue);
    #[wasm_bindgen(js_name = pageTexts)]
    fn page_texts(code: &str);
}

/// Sets the document title.
pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// Sets `<html lang dir>` for the language shown.
pub fn set_lang(lang: Lang) {
    if let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = html.set_attribute("lang", lang.code());
        let _ = html.set_attribute("dir", if lang.rtl() { "rtl" } else { "ltr" });
    }
    page_texts(lang.code());
}

/// Shows or hides an element of `index.html` by id.
pub fn set_hidden(id: &str, hidden: bool) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    if let Some(element) = element {
        let _ = if hidden {
            element.set_attribute("hidden", "")
        } else {
            element.remove_attribute("hidden")
        };
    }
}

/// Calls `done` once the stylesheet of the screens a first visit does not start on
/// (`style/later.css`) has loaded, or has failed to (a screen without its styles is still
/// usable, so nothing waits on a failure). `index.html` keeps the stylesheet's `<link>` inert in
/// `<template id="later-styles">`, so the first load does not fetch it; the first call adds it to
/// the page (in `browser.js`, where the load event is simpler to wait for).
pub fn when_later_styled(done: impl FnOnce() + 'static) {
    when_later_styled_js(Closure::once_into_js(done));
}

/// Marks the page with the label of the build that runs it (`data-build` on `<html>`).
pub fn mark_build(label: &str) {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    if let Some(root) = root {
        let _ = root.set_attribute("data-build", label);
    }
}

/// The time and some randomness for a state change.
pub fn env() -> Env {
    let now = js_sys::Date::now();
    Env {
        now: if now.is_finite() && now > 0.0 {
            now as u64
        } else {
            0
        },
        random: (js_sys::Math::random() * 4_294_967_296.0) as u64,
    }
}

/// Today's date as `YYYY-MM-DD`, for file names and the printed report.
pub fn today() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    iso.chars().take(10).collect()
}

/// Today's date as `lang` writes it (the printed report's date).
pub fn local_date(lang: Lang) -> String {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
    let locales = js_sys::Array::of1(&lang.intl().into());
    let format = js_sys::Intl::DateTimeFormat::new(&locales, &options).format();
    format
        .call1(&wasm_bindgen::JsValue::NULL, &js_sys::Date::new_0())
        .ok()
        .and_then(|text| text.as_string())
        .unwrap_or_else(today)
}

/// A date and time as `lang` writes it, e.g. "26 Nov 2026, 14:05".
pub fn local_time(ms: u64, lang: Lang) -> String {
    thread_local! {
        // One formatter per language for every date: creating one is the costly part.
        static FORMATS: std::cell::RefCell<Vec<(Lang, js_sys::Function)>> =
            const { std::cell::RefCell::new(Vec::new()) };
    }
    let format = FORMATS.with(|formats| {
        let mut formats = formats.borrow_mut();
        if let Some((_, f)) = formats.iter().find(|(l, _)| *l == lang) {
            return f.clone();
        }
        let options = js_sys::Object::new();
        for (key, value) in [("dateStyle", "medium"), ("timeStyle", "short")] {
            let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
        }
        let locales = js_sys::Array::of1(&lang.intl().into());
        let f = js_sys::Intl::DateTimeFormat::new(&locales, &options).format();
        formats.push((lang, f.clone()));
        f
    });
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    format
        .call1(&wasm_bindgen::JsValue::NULL, &date)
        .ok()
        .and_then(|text| text.as_string())
        .unwrap_or_default()
}

/// Whether a media query matches (`(pointer: coarse)`, `(hover: hover)`).
pub fn matches_media(query: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.match_media(query).ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Whether the browser runs on an Apple system, where the copy shortcut is ⌘C.
pub fn is_apple() -> bool {
    web_sys::window()
        .and_then(|w| w.navigator().user_agent().ok())
        .is_some_and(|agent| {
            agent.contains("Mac") || agent.contains("iPhone") || agent.contains("iPad")
        })
}
