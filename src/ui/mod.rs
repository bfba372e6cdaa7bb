//! The UI over the core: [`store::AppStore`] holds the state in one signal; `app` mounts the
//! page's shell and wires storage and history to the state; each screen is a function that builds
//! its markup with [`dom::El`], renders the state and dispatches [`crate::core::state::Action`]s.
//! Screens never compute a score or decide a rule, and never import `app`.
//!
//! # How to add a screen
//! 1. Add a variant to [`crate::core::state::Screen`] (with its history text in `encode` and
//!    `decode`) and the actions that lead to it; test them natively in `tests/state.rs`.
//! 2. Write `pub fn screen(store: AppStore, …) -> Page` in a file of its own here. Build it with
//!    [`dom::El::screen`], which takes the screen's [`dom::Heading`]: the `<h1>` that receives
//!    focus when the screen appears, so no screen can be without one.
//! 3. Read the state through `store.slice(…)` (a memo: bindings re-run only when their part
//!    changes) and change it only with `store.dispatch(Action::…)`.
//! 4. Listen with typed events (`.on(ev::click, …)`): a misspelt event does not compile.
//!    Listeners and bindings are released with the screen.
//! 5. Add the screen to the outlet's `match` in `app.rs` (a screen a first visit does not start on
//!    goes through `later.rs`, as a split point), and a Playwright spec with an axe scan.

pub mod app;
mod ask;
mod assessments;
mod compare;
mod copy;
mod crash;
pub mod dom;
mod import_export;
mod keep;
mod kit;
mod later;
pub mod locale;
mod names;
mod notices;
mod plane;
mod result;
mod soon;
mod split;
mod status;
mod step;
pub mod store;
mod team;
mod welcome;
