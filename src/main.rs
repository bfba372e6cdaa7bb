//! Mounts the app; nothing else.

// Talc in place of the default allocator (dlmalloc): smaller in wasm, and it merges freed blocks.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    cto_or_cio::ui::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("CTO or CIO? runs in the browser: build it with `trunk build --release`.");
}
