//! What-if: every answer can be changed on the result; verdict, scores and reasons update in place
//! and the change is saved like any other answer.

use leptos::prelude::*;

use super::dom::El;
use super::question_step::answer_radio;
use crate::core::answers::Answers;
use crate::core::questions::Question;

pub fn what_if(answers: RwSignal<Answers>) -> El {
    let groups = Question::ALL
        .into_iter()
        .map(|question| {
            let chips = question
                .choices()
                .iter()
                .enumerate()
                .map(|(index, choice)| {
                    let radio = answer_radio("", question, index, answers)
                        .on("change", move |_| {
                            answers.update(|a| a.set(question, index))
                        });
                    El::new("label", "chip")
                        .child(radio)
                        .child(El::text("span", "", choice.label))
                })
                .collect();
            El::new("fieldset", "what-if__group")
                .child(El::text("legend", "what-if__legend", question.topic()))
                .child(El::new("div", "chips").children(chips))
        })
        .collect();
    El::new("details", "what-if")
        .child(El::text(
            "summary",
            "what-if__summary",
            "What if? Change any answer and see the result update",
        ))
        .children(groups)
}
