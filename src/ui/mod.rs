//! The Leptos UI: thin components over the core. State lives in `app`; each screen is a component.

pub mod app;
mod crash;
mod details;
mod dom;
mod notices;
mod question_step;
mod result_view;
mod set_aside;
mod share;
mod start_over;
mod status;
mod what_if;
