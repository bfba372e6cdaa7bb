//! When a shared link differs from the answers saved here, the person chooses; the set of answers
//! not chosen is kept aside, and can be switched back to, until they discard it.

use leptos::html;
use leptos::prelude::*;

use super::app::Screen;
use super::notices::{Note, NoteHost};
use crate::core::answers::Answers;

fn describe(answers: &Answers) -> String {
    let who = match answers.company() {
        "" => String::new(),
        name => format!(" for {name}"),
    };
    format!("{} of 9 answers{who}", answers.answered_count())
}

/// Makes `other` the current answers and keeps the current ones aside, so nothing is lost.
fn swap_in(
    other: Answers,
    answers: RwSignal<Answers>,
    aside: RwSignal<Option<Answers>>,
    screen: RwSignal<Screen>,
) {
    aside.set(Some(answers.get_untracked()));
    screen.set(Screen::resume(&other));
    answers.set(other);
}

/// Asks which answers to open when a link's differ from those saved here (the shared ones or
/// the saved ones), and offers the set kept aside: switch to it (setting the current one aside)
/// or discard it.
#[component]
pub fn Choices(
    shared: RwSignal<Option<Answers>>,
    answers: RwSignal<Answers>,
    aside: RwSignal<Option<Answers>>,
    screen: RwSignal<Screen>,
) -> impl IntoView {
    let open_shared = move || {
        if let Some(incoming) = shared.get_untracked() {
            swap_in(incoming, answers, aside, screen);
            shared.set(None);
        }
    };
    let keep_mine = move || {
        aside.set(shared.get_untracked());
        shared.set(None);
    };
    let switch = move || {
        if let Some(other) = aside.get_untracked() {
            swap_in(other, answers, aside, screen);
        }
    };
    let holder = NodeRef::<html::Div>::new();
    let host = NoteHost::follow(holder, move || {
        let kept = aside.get().map(|other| {
            let text = format!(
                "Another set of answers is kept aside ({}).",
                describe(&other)
            );
            Note::new("notice--aside", "note", text)
                .action("Restore the other answers", "btn btn--small", switch)
                .action("Discard them", "btn btn--small btn--quiet", move || {
                    aside.set(None)
                })
        });
        let choice = shared.get().map(|incoming| {
            let mine = answers.with_untracked(describe);
            let text = format!(
                "The link carries {}; this device has {mine} saved. Which do you want to open? \
                 The other set is kept, so you can switch back.",
                describe(&incoming)
            );
            let mut note = Note::new("", "region", text)
                .action("Open the shared answers", "btn btn--primary", open_shared)
                .action("Keep mine", "btn", keep_mine);
            note.kind = "choice";
            note.title = Some("This link has different answers");
            note
        });
        kept.into_iter().chain(choice).collect()
    });
    view! { <div node_ref=holder on:click=move |e| host.clicked(e)></div> }
}
