//! Local storage, treated as something that may be missing, full or throwing at any moment.

/// Why storage could not be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unavailable;

fn local_storage() -> Result<web_sys::Storage, Unavailable> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(Unavailable)
}

/// The value under `key`, `Ok(None)` when there is none.
pub fn read(key: &str) -> Result<Option<String>, Unavailable> {
    local_storage()?.get_item(key).map_err(|_| Unavailable)
}

pub fn write(key: &str, value: &str) -> Result<(), Unavailable> {
    local_storage()?
        .set_item(key, value)
        .map_err(|_| Unavailable)
}

pub fn remove(key: &str) -> Result<(), Unavailable> {
    local_storage()?.remove_item(key).map_err(|_| Unavailable)
}
