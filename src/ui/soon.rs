//! Work the first screen does not need, done just after it: one piece per task of the browser's
//! event loop, in the order asked (timers of the same delay fire in the order they were set). A
//! tap between two pieces is answered between them, where one long task would keep it waiting
//! (what Lighthouse counts as blocking time).

use std::time::Duration;

use leptos::prelude::{set_timeout, Owner};

/// Runs `job` in a task of its own after the current one and any pieces asked for before it,
/// under the reactive owner current now (so what it makes is released with it).
pub fn soon(job: impl FnOnce() + 'static) {
    later(Box::new(job));
}

fn later(job: Box<dyn FnOnce()>) {
    let owner = Owner::current();
    set_timeout(
        move || match owner {
            Some(owner) => owner.with(job),
            None => job(),
        },
        Duration::ZERO,
    );
}
