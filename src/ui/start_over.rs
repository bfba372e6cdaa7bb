//! "Start over": clears every answer, after a confirmation in a native modal dialog.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::app::Screen;
use super::dom::El;
use crate::core::answers::Answers;
use crate::core::questions::Question;

/// The button and its dialog.
pub fn start_over(answers: RwSignal<Answers>, screen: RwSignal<Screen>) -> Vec<El> {
    let dialog = El::new("dialog", "dialog").attr("aria-labelledby", "start-over-title");
    let modal: web_sys::HtmlDialogElement = dialog.node().unchecked_into();
    let (open, cancel, clear) = (modal.clone(), modal.clone(), modal);
    let dialog = dialog
        .child(El::text("h2", "dialog__title", "Start over?").attr("id", "start-over-title"))
        .child(El::text(
            "p",
            "",
            "This clears every answer saved on this device. It cannot be undone.",
        ))
        .child(
            El::new("div", "dialog__actions")
                .child(El::button("btn", "Cancel", move |_| cancel.close()).attr("autofocus", ""))
                .child(El::button("btn btn--danger", "Clear answers", move |_| {
                    clear.close();
                    answers.set(Answers::default());
                    screen.set(Screen::Step(Question::Size));
                })),
        );
    vec![
        El::button("btn btn--quiet", "Start over", move |_| {
            let _ = open.show_modal();
        }),
        dialog,
    ]
}
