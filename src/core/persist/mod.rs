//! What outlives the page: the share-link codec, the workspace in local storage (schema and
//! migrations), the assessment file, and the tolerant reader they share.

pub mod file;
pub mod loose;
pub mod record;
pub mod share;
pub mod storage;
pub mod teams;
