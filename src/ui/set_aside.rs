//! When a shared link differs from the answers saved here, the person chooses; the set of answers
//! not chosen is kept aside, and can be switched back to, until they discard it.

use leptos::prelude::*;

use super::app::Screen;
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

/// Asks which answers to open: the shared ones or those saved on this device.
#[component]
pub fn LinkChoice(
    shared: RwSignal<Option<Answers>>,
    answers: RwSignal<Answers>,
    aside: RwSignal<Option<Answers>>,
    screen: RwSignal<Screen>,
) -> impl IntoView {
    let open_shared = move |_| {
        if let Some(incoming) = shared.get_untracked() {
            swap_in(incoming, answers, aside, screen);
            shared.set(None);
        }
    };
    let keep_mine = move |_| {
        aside.set(shared.get_untracked());
        shared.set(None);
    };
    move || {
        shared.get().map(|incoming| {
            let mine = answers.with_untracked(describe);
            view! {
                <section class="choice" role="region" aria-labelledby="choice-title">
                    <h2 id="choice-title" class="choice__title">"This link has different answers"</h2>
                    <p>
                        "The link carries " {describe(&incoming)} "; this device has " {mine}
                        " saved. Which do you want to open? The other set is kept, so you can switch back."
                    </p>
                    <div class="choice__actions">
                        <button type="button" class="btn btn--primary" on:click=open_shared>"Open the shared answers"</button>
                        <button type="button" class="btn" on:click=keep_mine>"Keep mine"</button>
                    </div>
                </section>
            }
        })
    }
}

/// Offers the answers set aside: switch to them (setting the current ones aside) or discard them.
#[component]
pub fn SetAside(
    aside: RwSignal<Option<Answers>>,
    answers: RwSignal<Answers>,
    screen: RwSignal<Screen>,
) -> impl IntoView {
    let switch = move |_| {
        if let Some(other) = aside.get_untracked() {
            swap_in(other, answers, aside, screen);
        }
    };
    move || {
        aside.get().map(|other| {
            view! {
                <div class="notice notice--aside" role="note">
                    <p class="notice__text">
                        "Another set of answers is kept aside (" {describe(&other)} ")."
                    </p>
                    <div class="notice__actions">
                        <button type="button" class="btn btn--small" on:click=switch>"Restore the other answers"</button>
                        <button type="button" class="btn btn--small btn--quiet" on:click=move |_| aside.set(None)>
                            "Discard them"
                        </button>
                    </div>
                </div>
            }
        })
    }
}
