//! One question per screen: progress, the question as the page heading, options as native radios.
//!
//! A choice (pointer, Space, Enter or a number key) is saved at once and shown as chosen for a
//! moment before the next question, so a mis-tap is noticed; arrow keys only move the selection
//! (and save it), so keyboard users can look before they leave. Enter anywhere else on an
//! answered step continues, as the hint says.

use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;

use super::copy::{copy_text, share_link, Text, Wording};
use super::dom::{set_property, El, Heading, Page};
use super::locale::{number, tr, tr_with};
use super::store::AppStore;
use crate::core::locale::Msg;
use crate::core::questionnaire::{Question, QUESTION_COUNT};
use crate::core::state::{Action, Screen};

/// How long a chosen card shows as chosen before the next question.
const SETTLE: Duration = Duration::from_millis(250);

thread_local! {
    /// The wait before moving on after a choice, if one is running.
    static PENDING: std::cell::Cell<Option<TimeoutHandle>> = const { std::cell::Cell::new(None) };
}

/// Cancels the wait before moving on, if one is running.
fn wait() {
    if let Some(timer) = PENDING.with(|p| p.take()) {
        timer.clear();
    }
}

pub fn screen(store: AppStore, question: Question) -> Page {
    let step = question.index() + 1;
    let choice_count = question.choices().len();
    // Set while an arrow key is down: the selection moves, but the step does not.
    let arrowing = StoredValue::new(false);
    // The answer is saved at once; moving on waits a moment (a later choice restarts the wait).
    // The wait outlives this build of the screen: built again (its texts arrived, the language
    // changed), it still moves on; left for another screen, it does not.
    let choose = move |choice: usize, advance: bool| {
        store.dispatch(Action::Choose {
            question,
            choice,
            advance: false,
        });
        if advance {
            let next = move || {
                PENDING.with(|p| p.set(None));
                if store.with_untracked(|s| *s.screen() == Screen::Step(question)) {
                    store.dispatch(Action::Next);
                }
            };
            wait();
            let timer = set_timeout_with_handle(next, SETTLE).ok();
            PENDING.with(|p| p.set(timer));
        }
    };
    let answered = store.slice(move |s| s.current().answers.get(question).is_some());

    let keys = window_event_listener(ev::keydown, move |e: KeyboardEvent| {
        if e.alt_key() || e.ctrl_key() || e.meta_key() || e.default_prevented() {
            return;
        }
        if e.key() == "Enter" && !on_control(&e) && answered.get_untracked() {
            e.prevent_default();
            store.dispatch(Action::Next);
            return;
        }
        if in_text_field(&e) {
            return;
        }
        if let Some(n) = e
            .key()
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=choice_count).contains(n))
        {
            e.prevent_default();
            choose(n - 1, true);
        }
    });
    on_cleanup(move || keys.remove());

    let options = question
        .choices()
        .iter()
        .enumerate()
        .map(|(index, choice)| {
            let radio = answer_radio(store, question, index)
                .on(ev::click, move |_| {
                    if !arrowing.get_value() {
                        choose(index, true);
                    }
                })
                .on(ev::change, move |_| {
                    // Arrowing to another option cancels a move that a click started.
                    if arrowing.get_value() {
                        wait();
                    }
                    choose(index, false)
                })
                .on(ev::keydown, move |e| match e.key().as_str() {
                    // Space on an already-chosen radio fires no click in Chromium.
                    "Enter" | " " => {
                        e.prevent_default();
                        choose(index, true);
                    }
                    key if key.starts_with("Arrow") => arrowing.set_value(true),
                    _ => {}
                })
                .on(ev::keyup, move |_| arrowing.set_value(false));
            El::new("label", "option")
                .child(radio)
                .child(
                    El::new("span", "option__text")
                        .child(El::text("span", "option__label", &tr(choice.label)))
                        .child(El::text("span", "option__hint", &tr(choice.hint))),
                )
                .child(
                    El::text("kbd", "option__key", &number(index as u64 + 1))
                        .attr("aria-hidden", "true"),
                )
        })
        .collect();

    let has_answers = store.slice(|s| s.current().answers.answered_count() > 0);
    let editing = store.slice(|s| s.editing());
    let mut nav = El::new("nav", "step-nav").attr("aria-label", &tr(Msg::StepNavLabel));
    if step > 1 {
        nav = nav.child(El::button("btn", &tr(Msg::StepBack), move |_| {
            store.dispatch(Action::Back)
        }));
    }
    let (next_label, back_to_result) = (tr(Msg::StepNext), tr(Msg::StepBackToResult));
    let next = El::button("btn btn--primary", &next_label, move |_| {
        store.dispatch(Action::Next)
    })
    .text_from(move || {
        if editing.get() {
            back_to_result.clone()
        } else {
            next_label.clone()
        }
    })
    .hidden_if(move || !answered.get());
    let nav = nav
        .child(next)
        .child(El::new("span", "step-nav__spacer"))
        .child(
            El::new("div", "step-nav__group")
                .hidden_if(move || !has_answers.get())
                .child(copy_text(Text::Live(share_link(store)), Wording::Link))
                .child(El::button(
                    "btn btn--quiet",
                    &tr(Msg::StepStartOver),
                    move |_| store.dispatch(Action::StartOver),
                )),
        );

    let kbd = |key: &str| El::text("kbd", "", key);
    let total = QUESTION_COUNT.to_string();
    let heading = Heading::new("question__title", &tr(question.title()));
    let label = tr_with(
        Msg::StepProgress,
        &[
            ("step", &number(step as u64)),
            ("total", &number(QUESTION_COUNT as u64)),
        ],
    );
    let progress = El::new("div", "progress")
        .child(El::text("p", "progress__label", &label).attr("id", "progress-label"))
        .child(
            El::new("progress", "progress__bar")
                .attr("max", &total)
                .attr("value", &step.to_string())
                .attr("aria-labelledby", "progress-label"),
        );
    let fieldset = El::new("fieldset", "question")
        .attr("aria-labelledby", super::dom::HEADING_ID)
        .child(El::text("p", "question__context", &tr(question.context())))
        .child(El::new("div", "options").children(options));
    let hint = El::new("p", "keys-hint").add_rich(
        &tr(Msg::StepKeysHint),
        vec![
            ("first", kbd(&number(1u64))),
            ("last", kbd(&number(choice_count as u64))),
            ("enter", kbd(&tr(Msg::StepKeyEnter))),
        ],
    );
    El::screen("step", heading, vec![fieldset, hint, nav])
        .with_before(progress)
        .with_before_maybe(sent_by(store))
}

/// "Sent by …" above the question, when these answers came with an invitation that named its
/// sender: shown as text, whatever it holds.
fn sent_by(store: AppStore) -> Option<El> {
    let from = store.with_untracked(|s| {
        s.current()
            .team
            .as_ref()
            .map(|m| m.from.clone())
            .filter(|f| !f.is_empty())
    })?;
    Some(El::text(
        "p",
        "sent-by",
        &tr_with(Msg::StepSentBy, &[("from", &from)]),
    ))
}

/// The radio for option `index` of `question`, named and valued as in the contract, checked
/// while it is the saved answer.
fn answer_radio(store: AppStore, question: Question, index: usize) -> El {
    let id = question.choices().get(index).map_or("", |c| c.id);
    let checked = store.slice(move |s| s.current().answers.get(question) == Some(index));
    El::new("input", "option__input")
        .attr("type", "radio")
        .attr("name", question.key())
        .attr("value", id)
        .bind(move |el| set_property(el, "checked", checked.get()))
}

/// The element a key went to.
fn target(e: &KeyboardEvent) -> Option<web_sys::Element> {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
}

/// True when the key went to a field where digits are text, not shortcuts.
fn in_text_field(e: &KeyboardEvent) -> bool {
    target(e).is_some_and(|el| {
        let tag = el.tag_name();
        tag.eq_ignore_ascii_case("textarea")
            || (tag.eq_ignore_ascii_case("input")
                && el.get_attribute("type").as_deref() != Some("radio"))
            || el.closest("dialog").ok().flatten().is_some()
    })
}

/// True when Enter belongs to a control (a button, a link, a field, a radio), not to the step.
fn on_control(e: &KeyboardEvent) -> bool {
    target(e).is_some_and(|el| {
        el.closest("button, a, input, textarea, select, summary")
            .ok()
            .flatten()
            .is_some()
    })
}
