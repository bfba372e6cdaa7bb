//! The offline worker: registration and the hand-over to a new version.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/platform/browser.js")]
extern "C" {
    #[wasm_bindgen(js_name = register)]
    fn register_worker(on_update_ready: &Closure<dyn Fn()>);

    /// Activates the waiting version and reloads the page into it.
    #[wasm_bindgen(js_name = applyUpdate)]
    pub fn apply_update();
}

/// Registers `sw.js` (release builds only, so a development server never serves stale files);
/// `on_update_ready` runs when a new version has installed and waits for the person's go-ahead.
pub fn register(on_update_ready: impl Fn() + 'static) {
    if cfg!(debug_assertions) {
        return;
    }
    let callback = Closure::<dyn Fn()>::new(on_update_ready);
    register_worker(&callback);
    // The worker may report at any time in the page's life, so the callback lives as long as it.
    callback.forget();
}

/// Whether the browser says it has a network connection.
pub fn online() -> bool {
    web_sys::window().is_some_and(|w| w.navigator().on_line())
}
