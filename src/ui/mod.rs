//! The UI over the core. `app` holds the state in Leptos signals and mounts the page's shell;
//! each screen is built by a function with [`dom::El`] and follows the same signals.

pub mod app;
mod crash;
mod details;
pub mod dom;
mod notices;
mod question_step;
mod result_view;
mod set_aside;
mod share;
mod start_over;
mod status;
mod what_if;
