//! Wires the state: answers are the one source of truth; the recommendation is a memo of them;
//! storage, the address bar, the title and focus follow them in effects.

use leptos::ev;
use leptos::html;
use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::reactive::effect::ImmediateEffect;
use wasm_bindgen::JsCast;

use super::dom::El;
use super::notices::{Notice, Notices};
use super::question_step::question_step;
use super::result_view::result_view;
use super::set_aside::Choices;
use super::status::{OfflineNotice, UpdatePrompt};
use crate::core::answers::Answers;
use crate::core::engine::recommend;
use crate::core::questions::Question;
use crate::core::{share, storage};
use crate::platform::{location, page, storage as store};

/// What the page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Screen {
    Step(Question),
    Result,
}

impl Screen {
    /// Where a person with these answers picks up: the first unanswered question, or the result.
    pub fn resume(answers: &Answers) -> Screen {
        answers
            .first_unanswered()
            .map_or(Screen::Result, Screen::Step)
    }

    /// Where to go once `question` is answered: the next question in order, then the result (or
    /// whichever question is still open).
    pub fn after(question: Question, answers: &Answers) -> Screen {
        match Question::ALL.get(question.index() + 1) {
            Some(next) => Screen::Step(*next),
            None => Screen::resume(answers),
        }
    }

    pub fn before(question: Question) -> Option<Screen> {
        let index = question.index().checked_sub(1)?;
        Question::ALL.get(index).copied().map(Screen::Step)
    }
}

/// The id of the heading every screen has; focus moves there when the screen changes.
pub const HEADING_ID: &str = "screen-heading";

const TITLE: &str = "CTO or CIO? — the technology leadership your company needs";

/// Mounts the app in place of the first screen that `index.html` shows while the wasm loads.
pub fn start() {
    super::crash::install();
    let page = document();
    let root = page
        .get_element_by_id("app")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .or_else(|| page.body());
    let Some(root) = root else { return };
    root.set_inner_html("");
    mount_to(root, App).forget();
    // `CTO_OR_CIO_BUILD=…` at build time labels the build, so the update test can tell two apart.
    if let Some(label) = option_env!("CTO_OR_CIO_BUILD") {
        page::mark_build(label);
    }
    // `?crash-test` in the address forces a panic, so tests can check the error panel for real.
    if location::has_query("crash-test") {
        request_animation_frame(|| panic!("crash test requested in the address"));
    }
}

#[component]
pub fn App() -> impl IntoView {
    let startup = Startup::read();
    let screen = RwSignal::new(Screen::resume(&startup.answers));
    let answers = RwSignal::new(startup.answers);
    let notices = RwSignal::new(startup.notices);
    let shared = RwSignal::new(startup.shared);
    let aside = RwSignal::new(startup.aside);
    let recommendation = Memo::new(move |_| answers.with(|a| a.profile().map(|p| recommend(&p))));

    // Storage follows the answers. Each save raises the revision, so other tabs can tell newer
    // answers from stale ones; what is already stored is not written again.
    let revision = StoredValue::new(startup.revision);
    let stored = StoredValue::new(startup.saved);
    ImmediateEffect::new_scoped(move || {
        answers.with(|current| {
            if stored.with_value(|s| s == current) {
                return;
            }
            let next = revision.get_value().max(stored_revision()) + 1;
            if store::write(storage::ANSWERS_KEY, &storage::encode(current, next)).is_err() {
                notices.update(|n| Notice::add(n, Notice::NotSaved));
            }
            revision.set_value(next);
            stored.set_value(current.clone());
        })
    });
    // Another tab saved: take its answers if they are newer than ours.
    let other_tab = window_event_listener(ev::storage, move |e: web_sys::StorageEvent| {
        if e.key().as_deref() != Some(storage::ANSWERS_KEY) {
            return;
        }
        let loaded = storage::decode(&e.new_value().unwrap_or_default());
        if loaded.problem.is_none() && loaded.revision > revision.get_value() {
            revision.set_value(loaded.revision);
            stored.set_value(loaded.answers.clone());
            answers.set(loaded.answers);
        }
    });
    on_cleanup(move || other_tab.remove());
    ImmediateEffect::new_scoped(move || {
        let saved = match aside.with(|a| a.as_ref().map(|a| storage::encode(a, 0))) {
            Some(json) => store::write(storage::SET_ASIDE_KEY, &json),
            None => store::remove(storage::SET_ASIDE_KEY),
        };
        if saved.is_err() {
            notices.update(|n| Notice::add(n, Notice::NotSaved));
        }
    });
    // The address bar carries the current answers, so a reload never brings back stale ones;
    // while the person is choosing between a link and their own answers, the link stays.
    ImmediateEffect::new_scoped(move || {
        let fragment = answers.with(|a| {
            if a.is_empty() {
                String::new()
            } else {
                share::encode(a)
            }
        });
        if shared.with(Option::is_none) {
            location::replace_fragment(&fragment);
        }
    });
    let company = Memo::new(move |_| answers.with(|a| a.company().to_owned()));
    ImmediateEffect::new_scoped(move || {
        company.with(|name| match name.as_str() {
            "" => page::set_title(TITLE),
            name => page::set_title(&format!("{name} — CTO or CIO?")),
        })
    });

    // A result needs every answer; otherwise show the first open question.
    let shown = Memo::new(move |_| match screen.get() {
        Screen::Result if recommendation.with(Option::is_none) => answers.with(Screen::resume),
        other => other,
    });
    // The intro in index.html greets a first visit; once there is anything to show, it steps aside.
    ImmediateEffect::new_scoped(move || {
        let fresh = shown.get() == Screen::Step(Question::Size) && answers.with(Answers::is_empty);
        page::set_hidden("intro", !fresh);
    });
    // Focus follows the screen (the first one included, which replaces the loading screen), so
    // keyboard and screen-reader users always start at the new heading.
    ImmediateEffect::new_scoped(move || {
        shown.track();
        request_animation_frame(focus_heading);
    });

    // Each new screen is built fresh in the outlet, never patched from the last one: updating
    // one step's radios in place into another's would let the browser uncheck a saved answer
    // while names and values change. Each run of this effect first disposes what its last run
    // made, so the old screen's bindings and listeners go with it.
    let outlet = NodeRef::<html::Div>::new();
    ImmediateEffect::new_scoped(move || {
        let current = shown.get();
        let Some(parent) = outlet.get() else { return };
        // Built untracked: the screen's own bindings follow the answers, not this effect.
        let built = untrack(|| match current {
            Screen::Step(question) => question_step(question, answers, screen),
            Screen::Result => result_view(recommendation, answers, screen),
        });
        El::fill(&parent, vec![built]);
    });
    view! {
        <OfflineNotice/>
        <UpdatePrompt/>
        <Notices notices/>
        <Choices shared answers aside screen/>
        <div class="screen" node_ref=outlet></div>
    }
}

fn focus_heading() {
    if let Some(heading) = document()
        .get_element_by_id(HEADING_ID)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = heading.focus();
    }
}

/// Everything the app starts from: saved answers, a shared link, and what went wrong reading them.
struct Startup {
    answers: Answers,
    /// What storage holds, which may differ from `answers` when a link was opened.
    saved: Answers,
    notices: Vec<Notice>,
    /// A link's answers that differ from the saved ones, waiting for the person to choose.
    shared: Option<Answers>,
    aside: Option<Answers>,
    /// The revision of the saved answers.
    revision: u64,
}

impl Startup {
    fn read() -> Startup {
        let (saved, revision, mut notices) = load_saved();
        let aside = store::read(storage::SET_ASIDE_KEY)
            .ok()
            .flatten()
            .map(|raw| storage::decode(&raw).answers)
            .filter(|a| !a.is_empty());
        let fragment = location::fragment();
        if fragment.is_empty() {
            return Startup {
                answers: saved.clone(),
                saved,
                notices,
                shared: None,
                aside,
                revision,
            };
        }
        let link = share::decode(&fragment);
        notices.extend(link.problems.into_iter().map(Notice::Link));
        let (answers, shared) = if link.answers.is_empty() || link.answers == saved {
            (saved.clone(), None)
        } else if saved.is_empty() {
            (link.answers, None)
        } else {
            (saved.clone(), Some(link.answers))
        };
        Startup {
            answers,
            saved,
            notices,
            shared,
            aside,
            revision,
        }
    }
}

/// Reads saved answers. Anything unreadable is copied aside before the first write replaces it.
fn load_saved() -> (Answers, u64, Vec<Notice>) {
    let raw = match store::read(storage::ANSWERS_KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return (Answers::default(), 0, Vec::new()),
        Err(_) => return (Answers::default(), 0, vec![Notice::NotSaved]),
    };
    let loaded = storage::decode(&raw);
    let notices = match loaded.problem {
        Some(problem) => {
            let kept = store::write(storage::BACKUP_KEY, &raw).is_ok();
            vec![Notice::Storage { problem, raw, kept }]
        }
        None => Vec::new(),
    };
    (loaded.answers, loaded.revision, notices)
}

/// The revision currently in storage (0 when there is none or it cannot be read).
fn stored_revision() -> u64 {
    store::read(storage::ANSWERS_KEY)
        .ok()
        .flatten()
        .map_or(0, |raw| storage::decode(&raw).revision)
}
