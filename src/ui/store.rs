//! The app's state in one signal, and the one way to change it: [`AppStore::dispatch`] applies
//! an [`Action`]. Every screen and listener holds the store (it is `Copy`) and reads slices of the
//! state as memos. Named apart from Leptos's own `reactive_stores::Store`, which is another thing.

use leptos::prelude::*;

use crate::core::state::{Action, State};
use crate::platform::page;

/// The app's state and the one way to change it. Copy, so every screen and listener can hold it.
#[derive(Clone, Copy)]
pub struct AppStore(RwSignal<State>);

impl AppStore {
    /// The store over a state that has just started.
    pub fn new(state: State) -> AppStore {
        AppStore(RwSignal::new(state))
    }

    /// Applies an action: one write of the state signal.
    pub fn dispatch(self, action: Action) {
        self.0.update(|s| s.apply(action, page::env()));
    }

    /// Records a save: nothing on the page shows the revision, so nothing is notified.
    pub fn saved(self, revision: u64) {
        self.0
            .update_untracked(|s| s.apply(Action::Saved(revision), page::env()));
    }

    /// Reads the state, and re-runs the caller's effect or memo when it changes.
    pub fn with<T>(self, read: impl FnOnce(&State) -> T) -> T {
        self.0.with(read)
    }

    pub fn with_untracked<T>(self, read: impl FnOnce(&State) -> T) -> T {
        self.0.with_untracked(read)
    }

    /// A memo of one part of the state: what depends on it re-runs only when that part changes.
    pub fn slice<T: PartialEq + Send + Sync + 'static>(
        self,
        read: impl Fn(&State) -> T + Send + Sync + 'static,
    ) -> Memo<T> {
        self.memo(Box::new(read))
    }

    /// One memo type per result type, whatever the reading closure.
    fn memo<T: PartialEq + Send + Sync + 'static>(self, read: Reader<T>) -> Memo<T> {
        Memo::new(move |_| self.with(|s| read(s)))
    }
}

type Reader<T> = Box<dyn Fn(&State) -> T + Send + Sync>;
