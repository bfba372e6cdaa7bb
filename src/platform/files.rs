//! Files in and out: a download made in the page, and the text of a file the person picked or
//! dropped.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Offers `text` as a file named `name` of type `mime`.
pub fn download(text: &str, name: &str, mime: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(link) = document.create_element("a") {
        let _ = link.set_attribute("href", &url);
        let _ = link.set_attribute("download", name);
        if let Some(link) = link.dyn_ref::<web_sys::HtmlElement>() {
            link.click();
        }
    }
    // The click has started the download; the address is not needed after this turn.
    let _ = web_sys::Url::revoke_object_url(&url);
}

#[wasm_bindgen(module = "/src/platform/browser.js")]
extern "C" {
    #[wasm_bindgen(js_name = readText)]
    fn read_text_js(file: &web_sys::File, done: JsValue);
}

/// Reads each file's text, then calls `done` with it (or with `None` when it cannot be read).
/// The promise is handled in `browser.js`, as for the clipboard.
pub fn read_text(files: &web_sys::FileList, done: impl Fn(Option<String>) + 'static) {
    let done = std::rc::Rc::new(done);
    for index in 0..files.length() {
        let Some(file) = files.get(index) else {
            continue;
        };
        let done = done.clone();
        read_text_js(
            &file,
            Closure::once_into_js(move |text: JsValue| done(text.as_string())),
        );
    }
}
