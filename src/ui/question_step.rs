//! One question per screen: progress, the question as the page heading, options as native radios.
//!
//! Choosing with the pointer, Space or Enter saves the answer and moves on; arrow keys only move
//! the selection (and save it), so keyboard users can look before they leave. Number keys pick
//! an option and move on.

use leptos::ev;
use leptos::prelude::*;
use web_sys::KeyboardEvent;

use super::app::{Screen, HEADING_ID};
use super::share::ShareLink;
use super::start_over::StartOver;
use crate::core::answers::Answers;
use crate::core::questions::{Question, QUESTION_COUNT};

#[component]
pub fn QuestionStep(
    question: Question,
    answers: RwSignal<Answers>,
    screen: RwSignal<Screen>,
) -> impl IntoView {
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
            let checked = move || answers.with(|a| a.get(question) == Some(index));
            view! {
                <label class="option">
                    <input
                        type="radio"
                        class="option__input"
                        name=question.key()
                        value=choice.id
                        prop:checked=checked
                        on:click=move |_| {
                            if !arrowing.get_value() {
                                choose(index, true);
                            }
                        }
                        on:change=move |_| choose(index, false)
                        on:keydown=move |e: KeyboardEvent| match e.key().as_str() {
                            // Space on an already-chosen radio fires no click in Chromium.
                            "Enter" | " " => {
                                e.prevent_default();
                                choose(index, true);
                            }
                            key if key.starts_with("Arrow") => arrowing.set_value(true),
                            _ => {}
                        }
                        on:keyup=move |_| arrowing.set_value(false)
                    />
                    <span class="option__text">
                        <span class="option__label">{choice.label}</span>
                        <span class="option__hint">{choice.hint}</span>
                    </span>
                    <kbd class="option__key" aria-hidden="true">{index + 1}</kbd>
                </label>
            }
        })
        .collect_view();

    // Memos, so the buttons below are shown or hidden only when these flip, not on every answer.
    // Hidden, not added and removed: a conditional view compiles update code for its whole
    // subtree, about 4 KiB of wasm here.
    let answered = Memo::new(move |_| answers.with(|a| a.get(question).is_some()));
    let has_answers = Memo::new(move |_| answers.with(|a| a.answered_count() > 0));
    view! {
        <section class="step" aria-labelledby=HEADING_ID>
            <div class="progress">
                <p class="progress__label" id="progress-label">
                    "Step " {step} " of " {QUESTION_COUNT}
                </p>
                <progress class="progress__bar" max=QUESTION_COUNT value=step aria-labelledby="progress-label"></progress>
            </div>
            <fieldset class="question">
                <legend class="question__legend">
                    <h1 id=HEADING_ID class="question__title" tabindex="-1">{question.title()}</h1>
                </legend>
                <p class="question__context">{question.context()}</p>
                <div class="options">{options}</div>
            </fieldset>
            <p class="keys-hint">
                "Tip: press " <kbd>"1"</kbd> "–" <kbd>{choice_count}</kbd> " to choose, arrows to move, "
                <kbd>"Enter"</kbd> " to continue."
            </p>
            <nav class="step-nav" aria-label="Questionnaire">
                {Screen::before(question).map(|previous| view! {
                    <button type="button" class="btn" on:click=move |_| screen.set(previous)>"Back"</button>
                })}
                <button type="button" class="btn btn--primary" hidden=move || !answered.get() on:click=move |_| {
                    screen.set(answers.with_untracked(|a| Screen::after(question, a)))
                }>"Next"</button>
                <span class="step-nav__spacer"></span>
                <span class="step-nav__group" hidden=move || !has_answers.get()>
                    <ShareLink answers/>
                    <StartOver answers screen/>
                </span>
            </nav>
        </section>
    }
}

/// True when the key went to a field where digits are text, not shortcuts.
fn in_text_field(e: &KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
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
