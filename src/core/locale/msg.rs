//! The message ids, made by `build.rs` from the English locale file: one variant per key.

include!(concat!(env!("OUT_DIR"), "/msg.rs"));

#[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
impl Msg {
    /// The message's key in the locale files.
    pub const fn key(self) -> &'static str {
        KEYS[self as usize]
    }

    /// The message with this key.
    pub fn from_key(key: &str) -> Option<Msg> {
        KEYS.binary_search(&key).ok().map(|i| Msg::ALL[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_finds_its_message() {
        for msg in Msg::ALL {
            assert_eq!(Msg::from_key(msg.key()), Some(msg));
        }
        assert_eq!(Msg::from_key("no.such.key"), None);
    }
}
