//! What the split build shares between its split points (see `later.rs`).

/// A deferred screen's code could not be loaded (a network failure on a first visit).
#[derive(Debug)]
pub struct NotLoaded;

#[cfg(split)]
impl From<leptos::wasm_split::SplitLoaderError> for NotLoaded {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> NotLoaded {
        NotLoaded
    }
}
