//! Copying text (the share link, the summary) with the Clipboard API; when the browser refuses,
//! the text is shown selected so the person can copy it themselves.

use leptos::html;
use leptos::prelude::*;
use leptos::reactive::effect::ImmediateEffect;

use crate::core::answers::Answers;
use crate::core::share;
use crate::platform::{clipboard, location};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Copy {
    Idle,
    Copied,
    Refused,
}

/// The share link of the current answers.
pub fn link_of(answers: RwSignal<Answers>) -> Memo<String> {
    Memo::new(move |_| answers.with(|a| location::link_to(&share::encode(a))))
}

/// "Copy link" with its confirmation and fallback field.
#[component]
pub fn ShareLink(
    answers: RwSignal<Answers>,
    /// Show the link as selectable text even before anyone copies it.
    #[prop(optional)]
    always_show: bool,
) -> impl IntoView {
    view! {
        <CopyText
            text=link_of(answers)
            button="Copy link"
            field="Share link"
            copied="Link copied. Anyone who opens it sees these answers."
            refused="This browser did not allow copying: the link is selected below, press Ctrl+C (⌘C on a Mac) to copy it."
            always_show
        />
    }
}

/// A button that copies `text`, a status line for screen readers and sighted people alike, and
/// the text itself in a field when it must be copied by hand (or `always_show` asks for it).
#[component]
pub fn CopyText(
    text: Memo<String>,
    button: &'static str,
    field: &'static str,
    copied: &'static str,
    refused: &'static str,
    #[prop(optional)] always_show: bool,
    #[prop(optional)] multiline: bool,
) -> impl IntoView {
    let state = RwSignal::new(Copy::Idle);
    let area = NodeRef::<html::Textarea>::new();
    let select_field = move || {
        if let Some(field) = area.get_untracked() {
            let _ = field.focus();
            field.select();
        }
    };
    // New text makes an earlier confirmation stale.
    ImmediateEffect::new_scoped(move || {
        text.track();
        state.set(Copy::Idle);
    });
    let copy = move |_| {
        let value = text.get_untracked();
        clipboard::copy(&value, move |copied| {
            if copied {
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
            <button type="button" class="btn" on:click=copy>{button}</button>
            <p class="share__status" class:share__status--shown=move || state.get() != Copy::Idle role="status">
                {move || match state.get() {
                    Copy::Idle => "",
                    Copy::Copied => copied,
                    Copy::Refused => refused,
                }}
            </p>
            // Hidden rather than added and removed: that would compile update code for the field.
            <label class="share__field" hidden=move || !show_field()>
                <span class="share__label">{field}</span>
                <textarea class="share__url" class:share__text=multiline readonly rows=if multiline { 8 } else { 2 }
                    node_ref=area prop:value=move || text.get() on:focus=move |_| select_field()></textarea>
            </label>
        </div>
    }
}
