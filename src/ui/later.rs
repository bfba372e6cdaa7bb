//! The screens a first visit does not start on (the result, the hiring kit, the list of
//! assessments, the comparison, the team view): in a release build (`cfg(split)`, set by `build.rs`) each is a split point of
//! the wasm (`wasm_split`, which Leptos re-exports), so its code and everything only it uses load
//! in a chunk of their own. The first screen comes up without them; they are fetched soon after,
//! and the service worker keeps them for offline use. Otherwise (tests, debug builds)
//! they are built at once like any other screen.

use std::cell::Cell;

use leptos::prelude::*;

use super::dom::{El, Focus, Heading, Page};
use super::locale::tr;
use super::split::NotLoaded;
use super::store::AppStore;
use crate::core::locale::Msg;
use crate::core::state::Screen;
use crate::platform::page;

thread_local! {
    /// Raised whenever the outlet shows another screen, so a chunk that arrives late does not
    /// replace what the person moved on to.
    static SHOWN: Cell<u64> = const { Cell::new(0) };
}

/// Notes that the outlet shows another screen; returns its number.
pub fn next_screen() -> u64 {
    SHOWN.with(|shown| {
        shown.set(shown.get() + 1);
        shown.get()
    })
}

/// What a deferred screen is built with: everything crosses the split point in one value.
pub struct Build {
    store: AppStore,
    /// The outlet's owner, so the screen's listeners and bindings are released with it.
    owner: Owner,
    shown: u64,
}

impl Build {
    /// The screen, unless another has been shown since it was asked for.
    fn page(self, build: fn(AppStore) -> Page) -> Option<Page> {
        let current = SHOWN.with(Cell::get) == self.shown;
        current.then(|| self.owner.with(|| untrack(|| build(self.store))))
    }
}

/// Declares one deferred screen: a split point in release builds, a plain function otherwise.
// Skipped by rustfmt, which indents the attribute further on every run.
#[rustfmt::skip]
macro_rules! deferred {
    ($name:ident, $preload:ident, $build:path) => {
        #[cfg_attr(
            split,
            leptos::wasm_split::wasm_split(
                $name,
                wasm_split_path = ::leptos::wasm_split,
                preload($preload),
                fallible
            )
        )]
        fn $name(build: Build) -> Result<Option<Page>, NotLoaded> {
            Ok(build.page($build))
        }
    };
}

deferred!(result_screen, preload_result, super::result::screen);
deferred!(kit_screen, preload_kit, super::kit::screen);
deferred!(assessments_screen, preload_assessments, list_or_compare);
deferred!(team_screen, preload_team, super::team::screen);

/// The list and the comparison share a chunk: a comparison is reached from the list.
fn list_or_compare(store: AppStore) -> Page {
    match store.with_untracked(|s| s.screen().clone()) {
        Screen::Compare(_) => super::compare::screen(store),
        _ => super::assessments::screen(store),
    }
}

/// Builds `screen` into `parent`: now, or once its code has loaded.
pub fn show(screen: &Screen, store: AppStore, parent: web_sys::Element, focus: Focus) {
    let owner = Owner::current().unwrap_or_default();
    let build = Build {
        store,
        owner: owner.clone(),
        shown: SHOWN.with(Cell::get),
    };
    let again = screen.clone();
    let fill = move |built: Result<Option<Page>, NotLoaded>| {
        let page = match built {
            Ok(Some(page)) => page,
            // Another screen was shown meanwhile.
            Ok(None) => return,
            Err(NotLoaded) => owner.with(|| not_loaded(again, store, parent.clone())),
        };
        Focus::hold(&parent);
        El::fill(&parent, vec![page.0]);
        focus.apply(&parent);
    };
    // The screens' stylesheet starts loading now, beside their code. Built at once (tests,
    // debug builds), a screen is styled as soon as the stylesheet has loaded.
    page::when_later_styled(|| ());
    // A screen is built once its texts are here (the rest of them, fetched at start).
    let screen = screen.clone();
    super::locale::when_rest(move || {
        #[cfg(split)]
        leptos::task::spawn_local(async move {
            let built = match screen {
                Screen::Result => result_screen(build).await,
                Screen::Kit => kit_screen(build).await,
                Screen::Team(_) => team_screen(build).await,
                _ => assessments_screen(build).await,
            };
            // Shown once its stylesheet is here too, a screen never paints unstyled.
            page::when_later_styled(move || fill(built))
        });
        #[cfg(not(split))]
        fill(match screen {
            Screen::Result => result_screen(build),
            Screen::Kit => kit_screen(build),
            Screen::Team(_) => team_screen(build),
            _ => assessments_screen(build),
        });
    });
}

/// Said in place of a screen whose code could not be fetched, with a way to try again.
fn not_loaded(screen: Screen, store: AppStore, parent: web_sys::Element) -> Page {
    El::screen(
        "step",
        Heading::new("question__title", &tr(Msg::LaterNotLoadedTitle)),
        vec![
            El::text("p", "question__context", &tr(Msg::LaterNotLoadedText)),
            El::new("nav", "step-nav").child(El::button(
                "btn btn--primary",
                &tr(Msg::LaterTryAgain),
                move |_| show(&screen, store, parent.clone(), Focus::Heading),
            )),
        ],
    )
}

/// Fetches every deferred screen's code and stylesheet a moment after the app has started, so
/// none keeps a person waiting later (and all are there offline even before the service worker
/// is), and makes what they need that is slow to make the first time: each step in a task of its
/// own (see `soon`), so none blocks a tap for long.
pub fn preload_all() {
    // The list's date formatter takes long to make the first time: made while idle, after the
    // preloads below have started.
    set_timeout(
        || drop(crate::platform::page::local_time(0, super::locale::lang())),
        std::time::Duration::from_millis(900),
    );
    #[cfg(split)]
    set_timeout(
        || {
            use super::soon::soon;
            soon(|| page::when_later_styled(|| ()));
            soon(|| super::locale::when_rest(|| ()));
            soon(|| {
                leptos::task::spawn_local(async {
                    // A failure here is not shown: the screen says so if it is opened and still
                    // fails.
                    let _ = preload_result().await;
                    let _ = preload_assessments().await;
                    let _ = preload_kit().await;
                    let _ = preload_team().await;
                    super::notices::preload().await;
                })
            });
        },
        std::time::Duration::from_millis(600),
    );
}
