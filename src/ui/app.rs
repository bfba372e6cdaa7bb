//! Wires the state: one signal holds the core's [`State`]; every change is an [`Action`]
//! dispatched to it. The recommendation and everything shown are derived from it; storage, the
//! session history, the title and focus follow it in effects.

use leptos::ev;
use leptos::html;
use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::reactive::effect::ImmediateEffect;
use wasm_bindgen::JsCast;

use super::dom::{property, set_property};
use super::dom::{El, Focus, Page};
use super::import_export::accept_dropped_files;
use super::keep::{self, Kept, Place as StartPlace};
use super::locale::{
    install, language, number, rest_settled, revision, switch, tr, tr_with, watch, when_rest,
};
use super::notices::notices;
use super::soon::soon;
use super::status::status;
use super::store::AppStore;
use super::{later, step, welcome};
use crate::core::locale::{Catalogue, Lang, Msg};
use crate::core::persist::share;
use crate::core::questionnaire::Question;
use crate::core::state::{Action, Place, Screen, State, Trail};
use crate::platform::history::{self, Move};
use crate::platform::locale as platform_locale;
use crate::platform::page;

/// Mounts the app in place of the first screen that `index.html` shows while the wasm loads.
pub fn start() {
    super::crash::install();
    let _ = any_spawner::Executor::init_wasm_bindgen();
    // The texts of the language the loader chose, fetched beside the wasm.
    let lang = platform_locale::boot_lang();
    let first = platform_locale::boot_first_part().unwrap_or_default();
    let mut catalogue = Catalogue::new(lang);
    if let Some(entries) = platform_locale::read_part(&first) {
        catalogue.add_entries(entries);
    }
    install(catalogue);
    let page = document();
    let root = page
        .get_element_by_id("app")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .or_else(|| page.body());
    let Some(root) = root else { return };
    // Stored data is read by code that loads on its own (see `keep`): at once when there is
    // none, as on a first visit.
    keep::read(move |kept| {
        root.set_inner_html("");
        mount_to(root, move || app(kept)).forget();
        // `?crash-test` in the address forces a panic once the app is up, so tests can check
        // the error panel for real.
        if history::has_query("crash-test") {
            request_animation_frame(|| panic!("crash test requested in the address"));
        }
    });
    // `CTO_OR_CIO_BUILD=…` at build time labels the build, so the update test can tell two apart.
    if let Some(label) = option_env!("CTO_OR_CIO_BUILD") {
        page::mark_build(label);
    }
}

/// The app, as `start` mounts it, for tests: there (without split points) stored data is read
/// at once, so the app is built at once.
#[allow(non_snake_case)]
pub fn App() -> impl IntoView {
    let kept = std::rc::Rc::new(std::cell::Cell::new(None));
    let slot = kept.clone();
    keep::read(move |k| slot.set(Some(k)));
    kept.take().map(app)
}

/// The app over what storage holds.
fn app(kept: Kept) -> impl IntoView {
    watch();
    let (startup, saved) = kept.startup(startup_place());
    let store = AppStore::new(State::start(startup, page::env()));
    keep::follow(store, saved);
    // What the first screen does not need comes after it, a piece per task, so a tap is never
    // kept waiting for all of it.
    soon(move || follow_history(store));
    soon(move || accept_dropped_files(store));
    soon(move || {
        if let Some(nav) = document().get_element_by_id("app-nav") {
            El::fill(&nav, vec![lang_menu(store), masthead_link(store)]);
        }
    });
    soon(move || follow_lang(store));
    soon(later::preload_all);
    let company = store.slice(|s| s.current().answers.company().to_owned());
    ImmediateEffect::new_scoped(move || {
        revision();
        company.with(|name| match name.as_str() {
            "" => page::set_title(&tr(Msg::AppTitle)),
            name => page::set_title(&tr_with(Msg::AppTitleFor, &[("company", name)])),
        })
    });
    // The intro in index.html greets a first visit; once there is anything to show, it steps aside.
    let fresh = store.slice(|s| {
        *s.screen() == Screen::Step(Question::Size)
            && s.current().answers.is_empty()
            && s.count() == 0
    });
    ImmediateEffect::new_scoped(move || page::set_hidden("intro", !fresh.get()));

    // Each place (a screen of an assessment) is built fresh in the outlet, never patched from
    // the last one: updating one step's radios in place into another's would let the browser
    // uncheck a saved answer while names and values change. Each run of this effect first
    // disposes what its last run made, so the old screen's bindings and listeners go with it.
    let place = store.slice(|s| Place {
        screen: s.screen().clone(),
        assessment: s.current().id.clone(),
    });
    let outlet = NodeRef::<html::Div>::new();
    // The place last shown: focus moves to a new screen's heading, not when the same screen is
    // built again because its texts arrived or the language changed.
    let last = StoredValue::new(None::<Place>);
    ImmediateEffect::new_scoped(move || {
        let shown = place.get();
        // The first screens' texts are all in the first part: they are built again only for
        // another language. Every other screen also when the rest of the texts arrives.
        match shown.screen {
            Screen::Welcome | Screen::Step(Question::Size) => language(),
            _ => revision(),
        };
        let Some(parent) = outlet.get() else { return };
        // Any other question has its words in the rest of the texts, which arrives a moment
        // after start (a link can open on one): until then the screen before stays (on a first
        // load, none), so no tap lands on an option without its words, and nothing moves under a
        // finger when they come. Their arrival (or failure) raises `revision`, which builds it.
        if matches!(shown.screen, Screen::Step(q) if q != Question::Size) && !rest_settled() {
            later::next_screen();
            when_rest(|| ());
            return;
        }
        let moved = last.with_value(|l| l.as_ref() != Some(&shown));
        last.set_value(Some(shown.clone()));
        let focus = if moved {
            Focus::Heading
        } else {
            Focus::kept_in(&parent)
        };
        later::next_screen();
        let now = |build: &dyn Fn() -> Page| {
            // Built untracked: the screen's own bindings follow the state, not this effect.
            let Page(built) = untrack(build);
            Focus::hold(&parent);
            El::fill(&parent, vec![built]);
            focus.apply(&parent);
        };
        match shown.screen {
            Screen::Welcome => now(&|| welcome::screen(store)),
            Screen::Step(question) => now(&|| step::screen(store, question)),
            deferred => later::show(&deferred, store, parent.clone().into(), focus),
        }
    });
    // The rest of the texts (every other question, the notices, the later screens), fetched
    // from the next task on; the status line and the notices built in the one after.
    soon(|| when_rest(|| ()));
    let chrome = NodeRef::<html::Div>::new();
    ImmediateEffect::new_scoped(move || {
        let Some(parent) = chrome.get() else { return };
        soon(move || untrack(|| El::fill(&parent, vec![status(), notices(store)])));
    });
    view! {
        <div node_ref=chrome></div>
        <div class="screen" node_ref=outlet></div>
    }
}

/// The language menu in the masthead, on every screen: each language named in itself. A
/// native menu, so it works with a keyboard and a screen reader as any other.
fn lang_menu(store: AppStore) -> El {
    let lang = store.slice(State::lang);
    let options = Lang::ALL
        .into_iter()
        .map(|l| {
            El::text("option", "", l.name())
                .attr("value", l.code())
                .attr("lang", l.code())
        })
        .collect();
    let select = El::new("select", "lang-menu__select")
        .attr("id", "lang-menu")
        .children(options)
        .bind(move |el| set_property(el, "value", lang.get().code()))
        .on(ev::change, move |e| {
            let Some(field) = e.target() else { return };
            if let Some(chosen) = Lang::from_code(&property(field.unchecked_ref(), "value")) {
                store.dispatch(Action::ChooseLang(chosen));
            }
        });
    El::new("div", "lang-menu")
        .child(
            El::new("label", "sr-only")
                .attr("for", "lang-menu")
                .text_from(move || {
                    revision();
                    tr(Msg::AppLanguage)
                }),
        )
        .child(select)
}

/// The page follows the state's language: its texts are fetched and every screen is built
/// again in it, keeping the screen, the answers and the focus. A person's own choice is kept
/// for their next visit.
fn follow_lang(store: AppStore) {
    let wanted = store.slice(|s| (s.lang(), s.lang_chosen()));
    ImmediateEffect::new_scoped(move || {
        let (lang, chosen) = wanted.get();
        if chosen {
            platform_locale::save_choice(lang);
        }
        switch(lang, move |done| {
            if !done {
                // Still in the language it had: the menu says so again.
                store.dispatch(Action::LangUnavailable(super::locale::lang()));
            }
        });
    });
}

/// "Assessments" in the masthead: one tap from every screen.
fn masthead_link(store: AppStore) -> El {
    let count = store.slice(State::count);
    El::button("btn btn--quiet masthead__link", "", move |_| {
        store.dispatch(Action::ShowAssessments)
    })
    .child(El::new("span", "").text_from(move || {
        revision();
        tr(Msg::AppAssessments)
    }))
    .child(El::new("span", "masthead__count").text_from(move || {
        revision();
        match count.get() {
            0 => String::new(),
            n => format!(" {}", tr_with(Msg::AppCount, &[("n", &number(n as u64))])),
        }
    }))
}

/// Where the page starts: the link in its address, the trail a reload kept, the language.
fn startup_place() -> StartPlace {
    let fragment = history::fragment();
    StartPlace {
        link: (!fragment.is_empty()).then(|| share::decode(&fragment)),
        trail: history::entry_state().and_then(|s| Trail::decode(&s)),
        lang: platform_locale::boot_lang(),
        lang_chosen: platform_locale::boot_lang_chosen(),
    }
}

/// The session history follows the trail: a new place is a new entry, Back is the browser's
/// Back, and every entry carries the current answers in its address and the trail in its state.
fn follow_history(store: AppStore) {
    let wanted = store.slice(|s| {
        let answers = &s.current().answers;
        let fragment = if answers.is_empty() {
            String::new()
        } else {
            share::encode_with(answers, &s.link_extras(false))
        };
        (s.trail().clone(), fragment)
    });
    // What the browser's history holds now; `None` until the first entry is stamped.
    let applied = StoredValue::new(None::<(Trail, String)>);
    // Set when the browser made an entry itself (a pasted link), so the app must not add one.
    let browser_pushed = StoredValue::new(false);
    ImmediateEffect::new_scoped(move || {
        wanted.with(|(trail, fragment)| {
            let how = applied.with_value(|old| match old {
                None => Some(Move::Replace),
                Some((old, old_fragment)) if old == trail && old_fragment == fragment => None,
                Some((old, _)) if trail.at == old.at + 1 && same_before(old, trail, trail.at) => {
                    Some(if browser_pushed.get_value() {
                        Move::Replace
                    } else {
                        Move::Push
                    })
                }
                Some((old, _)) if trail.at + 1 == old.at && same_before(old, trail, trail.at) => {
                    history::back();
                    // The entry landed on is rewritten when the browser reports it (popstate).
                    None
                }
                Some(_) => Some(Move::Replace),
            });
            if let Some(how) = how {
                history::write(how, &trail.encode(), fragment);
            }
            browser_pushed.set_value(false);
            applied.set_value(Some((trail.clone(), fragment.clone())));
        })
    });
    let stamp = move || {
        wanted.with_untracked(|(trail, fragment)| {
            history::write(Move::Replace, &trail.encode(), fragment);
            applied.set_value(Some((trail.clone(), fragment.clone())));
        })
    };
    // Back or Forward: the entry's own copy of the trail says where.
    let popped = window_event_listener(ev::popstate, move |e: web_sys::PopStateEvent| {
        history::forget_pending();
        let Some(trail) = e.state().as_string().and_then(|s| Trail::decode(&s)) else {
            return;
        };
        applied.set_value(Some((trail.clone(), history::fragment())));
        store.dispatch(Action::Popped(trail));
        stamp();
    });
    // A link pasted into the address bar of an open tab: the browser made a new entry with no
    // state of ours. Traversals (which carry our state) are handled above.
    let pasted = window_event_listener(ev::hashchange, move |_| {
        history::forget_pending();
        if history::entry_state().is_some() {
            return;
        }
        browser_pushed.set_value(true);
        store.dispatch(Action::OpenLink(share::decode(&history::fragment())));
        browser_pushed.set_value(false);
    });
    on_cleanup(move || {
        popped.remove();
        pasted.remove();
        history::forget_pending();
    });
}

/// Whether two trails hold the same entries before position `n`.
fn same_before(a: &Trail, b: &Trail, n: usize) -> bool {
    n <= a.entries.len() && n <= b.entries.len() && a.entries[..n] == b.entries[..n]
}
