//! The address bar and the session history: the fragment carries the current answers (a share
//! link), and each history entry carries the app's trail, so Back, Forward and a reload land
//! where the person expects.

use std::cell::RefCell;
use std::time::Duration;

use leptos::prelude::{request_animation_frame, set_timeout};
use wasm_bindgen::JsValue;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The current fragment without its `#`; empty when there is none.
pub fn fragment() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_owned())
        .unwrap_or_default()
}

/// The page's address without any fragment.
fn address() -> String {
    let href = window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    match href.split_once('#') {
        Some((base, _)) => base.to_owned(),
        None => href,
    }
}

/// The full link that carries `fragment` (none when empty).
pub fn link_to(fragment: &str) -> String {
    match fragment {
        "" => address(),
        fragment => format!("{}#{fragment}", address()),
    }
}

/// The text the app keeps in the current history entry, if it put any there.
pub fn entry_state() -> Option<String> {
    window()
        .and_then(|w| w.history().ok())
        .and_then(|h| h.state().ok())
        .and_then(|s| s.as_string())
}

/// How the session history follows a change of place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// A new entry after the current one.
    Push,
    /// The current entry, rewritten.
    Replace,
}

/// A write to the session history that waits for the screen it follows to be painted.
struct Write {
    how: Move,
    state: String,
    fragment: String,
}

thread_local! {
    /// Writes not made yet, in order.
    static PENDING: RefCell<Vec<Write>> = const { RefCell::new(Vec::new()) };
}

/// Writes `state` and the link for `fragment` into the session history, once the screen the
/// change shows has been painted: the browser's `pushState` and `replaceState` cost about a
/// millisecond each (four on a slow phone), which would otherwise delay that screen. A person
/// cannot press Back or reload before they see it.
pub fn write(how: Move, state: &str, fragment: &str) {
    let first = PENDING.with(|p| {
        let mut pending = p.borrow_mut();
        pending.push(Write {
            how,
            state: state.to_owned(),
            fragment: fragment.to_owned(),
        });
        pending.len() == 1
    });
    if first {
        // After the next paint; a hidden page paints nothing, so a timer makes sure.
        request_animation_frame(|| set_timeout(flush, Duration::ZERO));
        set_timeout(flush, Duration::from_millis(100));
    }
}

/// Makes the waiting writes.
fn flush() {
    let Some(history) = window().and_then(|w| w.history().ok()) else {
        return;
    };
    for Write {
        how,
        state,
        fragment,
    } in PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()))
    {
        let url = link_to(&fragment);
        let state = JsValue::from_str(&state);
        let _ = match how {
            Move::Push => history.push_state_with_url(&state, "", Some(&url)),
            Move::Replace => history.replace_state_with_url(&state, "", Some(&url)),
        };
    }
}

/// Goes back one entry, as the browser's Back does. At once, not after the paint: the app's
/// Back pressed twice in quick succession must leave two entries, in order. The writes still
/// waiting are made first, so it leaves the entry they make.
pub fn back() {
    flush();
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.back();
    }
}

/// Drops the waiting writes: the browser moved to another entry itself (Back, Forward, a
/// pasted link), or the app is gone.
pub fn forget_pending() {
    PENDING.with(|p| p.borrow_mut().clear());
}

/// Whether the query string holds `name` as a bare flag or a key.
pub fn has_query(name: &str) -> bool {
    let search = window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    search
        .trim_start_matches('?')
        .split('&')
        .any(|part| part.split('=').next() == Some(name))
}
