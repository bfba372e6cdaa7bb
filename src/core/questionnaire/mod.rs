//! The questionnaire as data, and a company's answers to it.

pub mod answers;
pub mod questions;

pub use answers::{Answers, Profile, COMPANY_MAX_CHARS};
pub use questions::*;
