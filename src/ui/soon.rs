//! Work the first screen does not need, done just after it: one piece per task of the browser's
//! event loop, in the order asked. A tap between two pieces is answered between them, where one
//! long task would keep it waiting (what Lighthouse counts as blocking time).

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::time::Duration;

use leptos::prelude::{set_timeout, Owner};

type Job = Box<dyn FnOnce()>;

thread_local! {
    static QUEUE: RefCell<VecDeque<Job>> = const { RefCell::new(VecDeque::new()) };
    /// Whether a task to run the next piece is already asked for.
    static ASKED: Cell<bool> = const { Cell::new(false) };
}

/// Runs `job` in a task of its own after the current one and any pieces asked for before it,
/// under the reactive owner current now (so what it makes is released with it).
pub fn soon(job: impl FnOnce() + 'static) {
    queue(Box::new(job));
}

fn queue(job: Job) {
    let owner = Owner::current();
    QUEUE.with(|q| {
        q.borrow_mut().push_back(match owner {
            Some(owner) => Box::new(move || owner.with(job)),
            None => job,
        })
    });
    ask();
}

fn ask() {
    if !ASKED.with(|a| a.replace(true)) {
        set_timeout(run_one, Duration::ZERO);
    }
}

fn run_one() {
    ASKED.with(|a| a.set(false));
    let job = QUEUE.with(|q| q.borrow_mut().pop_front());
    if let Some(job) = job {
        job();
    }
    if QUEUE.with(|q| !q.borrow().is_empty()) {
        ask();
    }
}
