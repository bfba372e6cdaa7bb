//! The pure core: no browser dependencies, tested natively with `cargo test`.
//!
//! ```text
//! questionnaire/  the nine questions as data (keys, option ids, texts); a company's answers
//! verdict/        the two scores as named contributions, the bar, the rules, which need leads
//! advice/         every sentence of the result, each with the claims it makes (claims.rs)
//! hiring/         the hiring kit for each role the verdict calls for
//! locale/         the languages, the message ids (from locales/en.json) and a language's texts
//! env.rs          the environment a change runs in: the clock and randomness for new ids
//! assessment.rs   one company's saved answers, its id, and the team it answers for if any
//! team/           a leadership team's respondents read together: agreement, ties, disputes
//! state/          State, the Action enum and apply: every change the app makes
//! persist/        the share-link codec, the stored workspace and its migrations, the export file
//! samples.rs      sample companies shared by the tests
//! ```
//!
//! Imports run one way, down this list's dependencies: `questionnaire` needs nothing;
//! `verdict` reads answers; `advice` and `hiring` read the verdict; `persist` reads answers and
//! assessments; `state` ties assessments, links, files and storage together. A test
//! (`tests/modules.rs`) fails on any import cycle.

pub mod advice;
pub mod assessment;
pub mod env;
pub mod hiring;
pub mod locale;
pub mod persist;
pub mod questionnaire;
pub mod samples;
pub mod state;
pub mod team;
pub mod verdict;
