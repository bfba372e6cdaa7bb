//! Copying text with the asynchronous Clipboard API, which may be missing or refused.
//!
//! The promise is handled in `browser.js`, which calls back once: awaiting it here would compile
//! a future and its task into the wasm for this one use.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/platform/browser.js")]
extern "C" {
    #[wasm_bindgen(js_name = copyText)]
    fn copy_text(text: &str, done: JsValue);
}

/// Copies `text`, then calls `done` with `true`, or with `false` when the browser has no
/// Clipboard API here or refuses it.
pub fn copy(text: &str, done: impl FnOnce(bool) + 'static) {
    copy_text(text, Closure::once_into_js(done));
}
