//! "Start over": clears every answer, after a confirmation in a native modal dialog.

use leptos::html;
use leptos::prelude::*;

use super::app::Screen;
use crate::core::answers::Answers;
use crate::core::questions::Question;

#[component]
pub fn StartOver(answers: RwSignal<Answers>, screen: RwSignal<Screen>) -> impl IntoView {
    let dialog = NodeRef::<html::Dialog>::new();
    let close = move || {
        if let Some(d) = dialog.get() {
            d.close();
        }
    };
    let open = move |_| {
        if let Some(d) = dialog.get() {
            let _ = d.show_modal();
        }
    };
    let clear = move |_| {
        close();
        answers.set(Answers::default());
        screen.set(Screen::Step(Question::Size));
    };
    view! {
        <button type="button" class="btn btn--quiet" on:click=open>"Start over"</button>
        <dialog node_ref=dialog class="dialog" aria-labelledby="start-over-title">
            <h2 id="start-over-title" class="dialog__title">"Start over?"</h2>
            <p>"This clears every answer saved on this device. It cannot be undone."</p>
            <div class="dialog__actions">
                <button type="button" class="btn" autofocus on:click=move |_| close()>"Cancel"</button>
                <button type="button" class="btn btn--danger" on:click=clear>"Clear answers"</button>
            </div>
        </dialog>
    }
}
