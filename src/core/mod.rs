//! The pure core: no browser dependencies, tested natively with `cargo test`.

pub mod advice;
pub mod answers;
pub mod assessment;
pub mod claims;
pub mod engine;
pub mod file;
pub mod hiring;
pub mod loose;
pub mod questions;
pub mod record;
pub mod samples;
pub mod share;
pub mod state;
pub mod storage;
