//! The address bar: reading a shared link's fragment and keeping it in step with the answers.

use wasm_bindgen::JsValue;

/// The current fragment without its `#`; empty when there is none.
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_owned())
        .unwrap_or_default()
}

/// The page's address without any fragment.
fn address() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    match href.split_once('#') {
        Some((base, _)) => base.to_owned(),
        None => href,
    }
}

/// The full link that carries `fragment`.
pub fn link_to(fragment: &str) -> String {
    format!("{}#{fragment}", address())
}

/// Rewrites the fragment without adding a history entry; an empty one removes it.
pub fn replace_fragment(fragment: &str) {
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    let target = if fragment.is_empty() {
        address()
    } else {
        link_to(fragment)
    };
    let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&target));
}

/// Whether the query string holds `name` as a bare flag or a key.
pub fn has_query(name: &str) -> bool {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    search
        .trim_start_matches('?')
        .split('&')
        .any(|part| part.split('=').next() == Some(name))
}
