//! Copying text with the asynchronous Clipboard API, which may be missing or refused; sharing a
//! link through the device's share sheet, where there is one.
//!
//! The promise is handled in `browser.js`, which calls back once: awaiting it here would compile
//! a future and its task into the wasm for this one use.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/platform/browser.js")]
extern "C" {
    #[wasm_bindgen(js_name = copyText)]
    fn copy_text(text: &str, done: JsValue);
    #[wasm_bindgen(js_name = shareLink)]
    fn share_link(title: &str, url: &str, done: JsValue);
}

/// What the share sheet did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shared {
    Shared,
    /// The person closed it without sharing.
    Cancelled,
    /// There is no share sheet here, or it failed: copy instead.
    Unavailable,
}

/// Offers `url` to the device's share sheet, then calls `done` with what happened.
pub fn share(title: &str, url: &str, done: impl FnOnce(Shared) + 'static) {
    let done = move |outcome: String| {
        done(match outcome.as_str() {
            "shared" => Shared::Shared,
            "cancelled" => Shared::Cancelled,
            _ => Shared::Unavailable,
        })
    };
    share_link(title, url, Closure::once_into_js(done));
}

/// Copies `text`, then calls `done` with `true`, or with `false` when the browser has no
/// Clipboard API here or refuses it.
pub fn copy(text: &str, done: impl FnOnce(bool) + 'static) {
    copy_text(text, Closure::once_into_js(done));
}
