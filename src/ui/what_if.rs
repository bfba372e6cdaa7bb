//! What-if: every answer can be changed on the result; verdict, scores and reasons update in place
//! and the change is saved like any other answer.

use leptos::prelude::*;

use crate::core::answers::Answers;
use crate::core::questions::Question;

#[component]
pub fn WhatIf(answers: RwSignal<Answers>) -> impl IntoView {
    let groups = Question::ALL
        .into_iter()
        .map(|question| {
            let options = question
                .choices()
                .iter()
                .enumerate()
                .map(|(index, choice)| {
                    view! {
                        <label class="chip">
                            <input
                                type="radio"
                                name=question.key()
                                value=choice.id
                                prop:checked=move || answers.with(|a| a.get(question) == Some(index))
                                on:change=move |_| answers.update(|a| a.set(question, index))
                            />
                            <span>{choice.label}</span>
                        </label>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="what-if__group">
                    <legend class="what-if__legend">{question.topic()}</legend>
                    <div class="chips">{options}</div>
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <details class="what-if">
            <summary class="what-if__summary">"What if? Change any answer and see the result update"</summary>
            {groups}
        </details>
    }
}
