//! "Copy link": the share link of the current answers, to the clipboard or, when the browser
//! refuses, shown selected so the person can copy it themselves.

use leptos::html;
use leptos::prelude::*;

use crate::core::answers::Answers;
use crate::core::share;
use crate::platform::{clipboard, location};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Copy {
    Idle,
    Copied,
    Refused,
}

#[component]
pub fn ShareLink(
    answers: RwSignal<Answers>,
    /// Show the link as selectable text even before anyone copies it.
    #[prop(optional)]
    always_show: bool,
) -> impl IntoView {
    let state = RwSignal::new(Copy::Idle);
    let link = Memo::new(move |_| answers.with(|a| location::link_to(&share::encode(a))));
    let field = NodeRef::<html::Input>::new();
    let select_field = move || {
        if let Some(input) = field.get_untracked() {
            let _ = input.focus();
            input.select();
        }
    };
    // A new answer makes an earlier confirmation stale.
    Effect::new(move |_| {
        link.track();
        state.set(Copy::Idle);
    });
    let copy = move |_| {
        let text = link.get_untracked();
        leptos::task::spawn_local(async move {
            if clipboard::copy(&text).await {
                state.set(Copy::Copied);
            } else {
                state.set(Copy::Refused);
                request_animation_frame(select_field);
            }
        });
    };
    let show_field = move || always_show || state.get() == Copy::Refused;
    view! {
        <div class="share">
            <button type="button" class="btn" on:click=copy>"Copy link"</button>
            <p class="share__status" class:share__status--shown=move || state.get() != Copy::Idle role="status">
                {move || match state.get() {
                    Copy::Idle => "",
                    Copy::Copied => "Link copied. Anyone who opens it sees these answers.",
                    Copy::Refused => "This browser did not allow copying: the link is selected below, press Ctrl+C (⌘C on a Mac) to copy it.",
                }}
            </p>
            <Show when=show_field>
                <label class="share__field">
                    <span class="share__label">"Share link"</span>
                    <input
                        class="share__url"
                        type="text"
                        readonly
                        node_ref=field
                        prop:value=move || link.get()
                        on:focus=move |_| select_field()
                    />
                </label>
            </Show>
        </div>
    }
}
