//! The languages the app speaks and their messages. Every text a person can read is a [`Msg`],
//! a key of the locale files under `locales/` (one per language, edited by translators); a
//! [`Catalogue`] holds one language's texts and fills in their placeholders. Ids in links, files
//! and storage never depend on the language.

mod catalogue;
mod lang;
mod msg;

pub use catalogue::{Arg, Args, Catalogue, CatalogueError, Entry, Plural};
pub use lang::{choose, Lang};
#[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
pub use msg::KEYS;
pub use msg::{term, Msg};
