//! Mounts the app; nothing else.

#[cfg(target_arch = "wasm32")]
fn main() {
    cto_or_cio::ui::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("CTO or CIO? runs in the browser: build it with `trunk build --release`.");
}
