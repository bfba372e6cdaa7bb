//! The pure core: no browser dependencies, tested natively with `cargo test`.

pub mod advice;
pub mod answers;
pub mod engine;
pub mod json;
pub mod questions;
pub mod share;
pub mod storage;
