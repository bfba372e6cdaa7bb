//! CTO or CIO? — recommends the technology leadership a company needs.

/// Questionnaire, answers, engine, link codec and storage schema: pure Rust, no browser.
pub mod core;
/// The only code that touches the browser: storage, address bar, clipboard, service worker.
#[cfg(target_arch = "wasm32")]
pub mod platform;
/// Leptos components; they render the core's data and never compute a score.
#[cfg(target_arch = "wasm32")]
pub mod ui;
