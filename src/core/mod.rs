//! The pure core: no browser dependencies, tested natively with `cargo test`.

pub mod advice;
pub mod answers;
pub mod claims;
pub mod engine;
pub mod hiring;
pub mod json;
pub mod questions;
pub mod samples;
pub mod share;
pub mod storage;
