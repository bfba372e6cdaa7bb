//! Wires the state: answers are the one source of truth; the recommendation is a memo of them;
//! storage, the address bar, the title and focus follow them in effects.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::notices::{Notice, Notices};
use super::question_step::QuestionStep;
use super::result_view::ResultView;
use super::set_aside::{LinkChoice, SetAside};
use super::status::{OfflineNotice, UpdatePrompt};
use crate::core::answers::Answers;
use crate::core::engine::recommend;
use crate::core::questions::Question;
use crate::core::{share, storage};
use crate::platform::{location, storage as store};

/// What the page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
    console_error_panic_hook::set_once();
    let page = document();
    let root = page
        .get_element_by_id("app")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .or_else(|| page.body());
    let Some(root) = root else { return };
    root.set_inner_html("");
    mount_to(root, App).forget();
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

    // Storage follows the answers; a failed write says so once instead of throwing.
    Effect::new(move |_| {
        let json = answers.with(storage::encode);
        if store::write(storage::ANSWERS_KEY, &json).is_err() {
            notices.update(|n| Notice::add(n, Notice::NotSaved));
        }
    });
    Effect::new(move |_| {
        let saved = match aside.with(|a| a.as_ref().map(storage::encode)) {
            Some(json) => store::write(storage::SET_ASIDE_KEY, &json),
            None => store::remove(storage::SET_ASIDE_KEY),
        };
        if saved.is_err() {
            notices.update(|n| Notice::add(n, Notice::NotSaved));
        }
    });
    // The address bar carries the current answers, so a reload never brings back stale ones;
    // while the person is choosing between a link and their own answers, the link stays.
    Effect::new(move |_| {
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
    Effect::new(move |_| {
        company.with(|name| match name.as_str() {
            "" => location::set_title(TITLE),
            name => location::set_title(&format!("{name} — CTO or CIO?")),
        })
    });

    // A result needs every answer; otherwise show the first open question.
    let shown = Memo::new(move |_| match screen.get() {
        Screen::Result if recommendation.with(Option::is_none) => answers.with(Screen::resume),
        other => other,
    });
    // Focus follows the screen (the first one included, which replaces the loading screen), so
    // keyboard and screen-reader users always start at the new heading.
    Effect::new(move |_| {
        shown.track();
        request_animation_frame(focus_heading);
    });

    view! {
        <OfflineNotice/>
        <UpdatePrompt/>
        <Notices notices/>
        <SetAside aside answers screen/>
        <LinkChoice shared answers aside screen/>
        {move || match shown.get() {
            Screen::Step(question) => view! { <QuestionStep question answers screen/> }.into_any(),
            Screen::Result => view! { <ResultView recommendation answers screen/> }.into_any(),
        }}
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
    notices: Vec<Notice>,
    /// A link's answers that differ from the saved ones, waiting for the person to choose.
    shared: Option<Answers>,
    aside: Option<Answers>,
}

impl Startup {
    fn read() -> Startup {
        let (saved, mut notices) = load_saved();
        let aside = store::read(storage::SET_ASIDE_KEY)
            .ok()
            .flatten()
            .map(|raw| storage::decode(&raw).answers)
            .filter(|a| !a.is_empty());
        let fragment = location::fragment();
        if fragment.is_empty() {
            return Startup {
                answers: saved,
                notices,
                shared: None,
                aside,
            };
        }
        let link = share::decode(&fragment);
        notices.extend(link.problems.into_iter().map(Notice::Link));
        let (answers, shared) = if link.answers.is_empty() || link.answers == saved {
            (saved, None)
        } else if saved.is_empty() {
            (link.answers, None)
        } else {
            (saved, Some(link.answers))
        };
        Startup {
            answers,
            notices,
            shared,
            aside,
        }
    }
}

/// Reads saved answers. Anything unreadable is copied aside before the first write replaces it.
fn load_saved() -> (Answers, Vec<Notice>) {
    let raw = match store::read(storage::ANSWERS_KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return (Answers::default(), Vec::new()),
        Err(_) => return (Answers::default(), vec![Notice::NotSaved]),
    };
    let loaded = storage::decode(&raw);
    let notices = match loaded.problem {
        Some(problem) => {
            let kept = store::write(storage::BACKUP_KEY, &raw).is_ok();
            vec![Notice::Storage { problem, raw, kept }]
        }
        None => Vec::new(),
    };
    (loaded.answers, notices)
}
