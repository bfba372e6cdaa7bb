//! One question per screen: progress, the question as the page heading, options as native radios.
//!
//! Choosing with the pointer, Space or Enter saves the answer and moves on; arrow keys only move
//! the selection (and save it), so keyboard users can look before they leave. Number keys pick
//! an option and move on.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;

use super::app::{Screen, HEADING_ID};
use super::dom::{set_property, El};
use super::share::share_link;
use super::start_over::start_over;
use crate::core::answers::Answers;
use crate::core::questions::{Question, QUESTION_COUNT};

pub fn question_step(
    question: Question,
    answers: RwSignal<Answers>,
    screen: RwSignal<Screen>,
) -> El {
    let step = question.index() + 1;
    let choice_count = question.choices().len();
    // Set while an arrow key is down: the selection moves, but the step does not.
    let arrowing = StoredValue::new(false);
    let choose = move |choice: usize, advance: bool| {
        answers.update(|a| a.set(question, choice));
        if advance {
            screen.set(answers.with_untracked(|a| Screen::after(question, a)));
        }
    };

    let number_keys = window_event_listener(ev::keydown, move |e: KeyboardEvent| {
        if e.alt_key() || e.ctrl_key() || e.meta_key() || e.default_prevented() || in_text_field(&e)
        {
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
    on_cleanup(move || number_keys.remove());

    let options = question
        .choices()
        .iter()
        .enumerate()
        .map(|(index, choice)| {
            let radio = answer_radio("option__input", question, index, answers)
                .on("click", move |_| {
                    if !arrowing.get_value() {
                        choose(index, true);
                    }
                })
                .on("change", move |_| choose(index, false))
                .on("keydown", move |e| {
                    let e: KeyboardEvent = e.unchecked_into();
                    match e.key().as_str() {
                        // Space on an already-chosen radio fires no click in Chromium.
                        "Enter" | " " => {
                            e.prevent_default();
                            choose(index, true);
                        }
                        key if key.starts_with("Arrow") => arrowing.set_value(true),
                        _ => {}
                    }
                })
                .on("keyup", move |_| arrowing.set_value(false));
            El::new("label", "option")
                .child(radio)
                .child(
                    El::new("span", "option__text")
                        .child(El::text("span", "option__label", choice.label))
                        .child(El::text("span", "option__hint", choice.hint)),
                )
                .child(
                    El::text("kbd", "option__key", &(index + 1).to_string())
                        .attr("aria-hidden", "true"),
                )
        })
        .collect();

    // Memos, so the buttons below are shown or hidden only when these flip, not on every answer.
    let answered = Memo::new(move |_| answers.with(|a| a.get(question).is_some()));
    let has_answers = Memo::new(move |_| answers.with(|a| a.answered_count() > 0));
    let mut nav = El::new("nav", "step-nav").attr("aria-label", "Questionnaire");
    if let Some(previous) = Screen::before(question) {
        nav = nav.child(El::button("btn", "Back", move |_| screen.set(previous)));
    }
    let next = El::button("btn btn--primary", "Next", move |_| {
        screen.set(answers.with_untracked(|a| Screen::after(question, a)))
    });
    let nav = nav
        .child(next.hidden_if(move || !answered.get()))
        .child(El::new("span", "step-nav__spacer"))
        .child(
            El::new("span", "step-nav__group")
                .hidden_if(move || !has_answers.get())
                .child(share_link(answers, false))
                .children(start_over(answers, screen)),
        );

    let kbd = |key: &str| El::text("kbd", "", key);
    let total = QUESTION_COUNT.to_string();
    El::new("section", "step")
        .attr("aria-labelledby", HEADING_ID)
        .child(
            El::new("div", "progress")
                .child(
                    El::text("p", "progress__label", &format!("Step {step} of {total}"))
                        .attr("id", "progress-label"),
                )
                .child(
                    El::new("progress", "progress__bar")
                        .attr("max", &total)
                        .attr("value", &step.to_string())
                        .attr("aria-labelledby", "progress-label"),
                ),
        )
        .child(
            El::new("fieldset", "question")
                .child(
                    El::new("legend", "question__legend").child(
                        El::text("h1", "question__title", question.title())
                            .attr("id", HEADING_ID)
                            .attr("tabindex", "-1"),
                    ),
                )
                .child(El::text("p", "question__context", question.context()))
                .child(El::new("div", "options").children(options)),
        )
        .child(
            El::text("p", "keys-hint", "Tip: press ")
                .child(kbd("1"))
                .add_text("–")
                .child(kbd(&choice_count.to_string()))
                .add_text(" to choose, arrows to move, ")
                .child(kbd("Enter"))
                .add_text(" to continue."),
        )
        .child(nav)
}

/// The radio for option `index` of `question`, named and valued as in the contract, checked
/// while it is the saved answer.
pub(super) fn answer_radio(
    class: &str,
    question: Question,
    index: usize,
    answers: RwSignal<Answers>,
) -> El {
    let id = question.choices().get(index).map_or("", |c| c.id);
    El::new("input", class)
        .attr("type", "radio")
        .attr("name", question.key())
        .attr("value", id)
        .bind(move |el| {
            let on = answers.with(|a| a.get(question) == Some(index));
            set_property(el, "checked", on);
        })
}

/// True when the key went to a field where digits are text, not shortcuts.
fn in_text_field(e: &KeyboardEvent) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            let tag = el.tag_name();
            tag.eq_ignore_ascii_case("textarea")
                || (tag.eq_ignore_ascii_case("input")
                    && el.get_attribute("type").as_deref() != Some("radio"))
                || el.closest("dialog").ok().flatten().is_some()
        })
}
