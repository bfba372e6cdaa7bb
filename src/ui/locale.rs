//! The language the page shows, as the screens use it: the catalogue of the current language
//! (`tr`, `tr_with`, `tr_count`). It arrives in two parts: the first screen's texts, which the
//! loader fetched beside the wasm, and the rest, fetched as soon as the app has started
//! (`fetch_rest`). Screens are rebuilt when texts arrive or the language changes (see `app.rs`:
//! they track [`revision`]), so they read texts once, when they are built.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::prelude::*;

use crate::core::locale::{Catalogue, Lang, Msg};
use crate::platform::locale as platform;

/// Callbacks waiting for the rest of the texts.
type Waiting = Vec<Box<dyn FnOnce()>>;

thread_local! {
    static CATALOGUE: RefCell<Rc<Catalogue>> = RefCell::new(Rc::new(Catalogue::new(Lang::En)));
    /// Raised whenever texts arrive or change: what depends on it is built again.
    static REVISION: Cell<Option<RwSignal<u64>>> = const { Cell::new(None) };
    /// Raised only when the language changes (not when the rest of its texts arrives).
    static LANGUAGE: Cell<Option<RwSignal<u64>>> = const { Cell::new(None) };
    /// What waits for the rest of the texts while they are on their way.
    static WAITING: RefCell<Option<Waiting>> = const { RefCell::new(None) };
    /// Set when the rest of the texts was asked for and could not be had.
    static REST_MISSED: Cell<bool> = const { Cell::new(false) };
}

/// Makes the texts trackable for as long as the app lives: called once, in the app's own scope
/// (a signal belongs to the owner it is made in, and a screen's goes with the screen).
pub fn watch() {
    REVISION.with(|r| r.set(Some(RwSignal::new(0))));
    LANGUAGE.with(|r| r.set(Some(RwSignal::new(0))));
}

/// Tracks the language only: what the first screen shows is in the first part of the texts, so
/// it is built again when the language changes, never when the rest arrives (which would
/// replace the options under a finger that is choosing one).
pub fn language() -> u64 {
    LANGUAGE.with(|r| r.get().map_or(0, |signal| signal.get()))
}

/// Tracks the texts: a screen, notice or label that reads this is rebuilt when texts arrive or
/// the language changes.
pub fn revision() -> u64 {
    REVISION.with(|r| r.get().map_or(0, |signal| signal.get()))
}

fn changed() {
    REVISION.with(|r| {
        if let Some(signal) = r.get() {
            signal.update(|n| *n += 1);
        }
    });
}

/// Makes `catalogue` the page's language, with the browser's plural rules, number format and
/// capitals.
pub fn install(catalogue: Catalogue) {
    let catalogue = catalogue.with_formats(platform::plural, platform::number, platform::capital);
    CATALOGUE.with(|c| *c.borrow_mut() = Rc::new(catalogue));
    LANGUAGE.with(|r| {
        if let Some(signal) = r.get() {
            signal.update(|n| *n += 1);
        }
    });
    changed();
}

/// Adds a part of the current language's texts.
fn add_part(json: &str) {
    let added = CATALOGUE.with(|c| {
        let Some(entries) = platform::read_part(json) else {
            return false;
        };
        let mut next = Catalogue::clone(&c.borrow());
        next.add_entries(entries);
        *c.borrow_mut() = Rc::new(next);
        true
    });
    if added {
        changed();
    }
}

/// The current language's catalogue, for the core's functions that write text.
pub fn catalogue() -> Rc<Catalogue> {
    CATALOGUE.with(|c| c.borrow().clone())
}

/// The language the page shows.
pub fn lang() -> Lang {
    CATALOGUE.with(|c| c.borrow().lang())
}

/// Whether the rest of the texts (beyond the first screen's) is here.
fn has_rest() -> bool {
    CATALOGUE.with(|c| c.borrow().has(Msg::ResultNextTitle))
}

/// Whether the rest of the texts is here, or was asked for and could not be had (a screen then
/// shows what it has). Either raises [`revision`].
pub fn rest_settled() -> bool {
    has_rest() || REST_MISSED.with(Cell::get)
}

/// Fetches the rest of the current language's texts, if it is not here; `done` runs once it is
/// here, or could not be fetched (a screen then shows what it has, and says what failed).
pub fn when_rest(done: impl FnOnce() + 'static) {
    if has_rest() {
        return done();
    }
    let first_call = WAITING.with(|w| {
        let mut waiting = w.borrow_mut();
        let first = waiting.is_none();
        waiting.get_or_insert_with(Vec::new).push(Box::new(done));
        first
    });
    if first_call {
        let asked = lang();
        platform::fetch_part(asked, platform::Part::All, move |text| {
            // Unless the page switched language meanwhile (it then has all of the new one's).
            if let (Some(text), true) = (text, lang() == asked) {
                add_part(&text);
            }
            if !has_rest() {
                // What waits for them is built with what there is (see `rest_settled`).
                REST_MISSED.with(|m| m.set(true));
                changed();
            }
            let waiting = WAITING.with(|w| w.borrow_mut().take()).unwrap_or_default();
            for done in waiting {
                done();
            }
        });
    }
}

/// Shows `lang`: all its texts are fetched in one request (from the offline cache once the app
/// is kept there), then installed, so every screen is built again in it. `done` gets whether it
/// worked; on failure the page stays in its language.
pub fn switch(lang: Lang, done: impl FnOnce(bool) + 'static) {
    if self::lang() == lang {
        return done(true);
    }
    platform::fetch_part(lang, platform::Part::All, move |text| {
        let entries = text.as_deref().and_then(platform::read_part);
        let finished = entries.is_some();
        if let Some(entries) = entries {
            let mut catalogue = Catalogue::new(lang);
            catalogue.add_entries(entries);
            install(catalogue);
            crate::platform::page::set_lang(lang);
        }
        done(finished);
    });
}

/// A message with no placeholders.
pub fn tr(msg: Msg) -> String {
    CATALOGUE.with(|c| c.borrow().text(msg))
}

/// A message with its placeholders filled.
pub fn tr_with(msg: Msg, args: &[(&str, &str)]) -> String {
    CATALOGUE.with(|c| c.borrow().fill(msg, args))
}

/// A message that counts `n`.
pub fn tr_count(msg: Msg, n: usize) -> String {
    CATALOGUE.with(|c| c.borrow().count(msg, n as u64, &[]))
}

/// A message, or `None` when the catalogue is busy (a panic in the middle of a change).
pub fn try_tr(msg: Msg) -> Option<String> {
    CATALOGUE
        .try_with(|c| c.try_borrow().ok().map(|c| c.text(msg)))
        .ok()
        .flatten()
}

/// A number as the current language writes it.
pub fn number(n: impl Into<u64>) -> String {
    CATALOGUE.with(|c| c.borrow().number(n.into()))
}
