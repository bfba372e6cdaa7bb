//! Local storage through gloo-storage, treated as something that may be missing, full or
//! throwing at any moment. gloo's `LocalStorage::raw()` throws where storage is unavailable, so
//! every call first checks availability through web-sys.

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};
use serde::Serialize;

use crate::core::state::StorageFailure;

/// Whether this page may use local storage at all (disabled, blocked or sandboxed: not).
pub fn available() -> bool {
    web_sys::window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))))
}

/// The raw text under `key`: copied byte for byte when it cannot be read, so it is never
/// parsed here.
pub fn read(key: &str) -> Option<String> {
    if !available() {
        return None;
    }
    LocalStorage::raw().get_item(key).ok().flatten()
}

/// Stores `value` as JSON under `key`.
pub fn write(key: &str, value: impl Serialize) -> Result<(), StorageFailure> {
    if !available() {
        return Err(StorageFailure::Unavailable);
    }
    LocalStorage::set(key, value).map_err(|e| match e {
        StorageError::JsError(js) if js.name == "QuotaExceededError" => StorageFailure::Full,
        _ => StorageFailure::Unavailable,
    })
}

/// Stores `text` under `key` as it is (a copy of data that could not be read).
pub fn write_raw(key: &str, text: &str) -> Result<(), StorageFailure> {
    if !available() {
        return Err(StorageFailure::Unavailable);
    }
    LocalStorage::raw()
        .set_item(key, text)
        .map_err(|_| StorageFailure::Unavailable)
}
