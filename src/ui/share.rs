//! Copying text (the share link, the summary) with the Clipboard API; when the browser refuses,
//! the text is shown selected so the person can copy it themselves.

use leptos::prelude::*;
use leptos::reactive::effect::ImmediateEffect;
use wasm_bindgen::JsCast;

use super::dom::{set_property, El};
use crate::core::answers::Answers;
use crate::core::share;
use crate::platform::{clipboard, location};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Copy {
    Idle,
    Copied,
    Refused,
}

/// What a copy control says.
pub struct Wording {
    pub button: &'static str,
    /// Names the field that shows the text.
    pub field: &'static str,
    pub copied: &'static str,
    pub refused: &'static str,
}

/// The share link of the current answers.
pub fn link_of(answers: RwSignal<Answers>) -> Memo<String> {
    Memo::new(move |_| answers.with(|a| location::link_to(&share::encode(a))))
}

/// "Copy link" with its confirmation and fallback field; `always_show` shows the link as
/// selectable text even before anyone copies it.
pub fn share_link(answers: RwSignal<Answers>, always_show: bool) -> El {
    let wording = Wording {
        button: "Copy link",
        field: "Share link",
        copied: "Link copied. Anyone who opens it sees these answers.",
        refused: "This browser did not allow copying: the link is selected below, press Ctrl+C (⌘C on a Mac) to copy it.",
    };
    copy_text(link_of(answers), wording, always_show, false)
}

/// A button that copies `text`, a status line for screen readers and sighted people alike, and
/// the text itself in a field when it must be copied by hand (or `always_show` asks for it).
pub fn copy_text(text: Memo<String>, wording: Wording, always_show: bool, multiline: bool) -> El {
    let state = RwSignal::new(Copy::Idle);
    // New text makes an earlier confirmation stale.
    ImmediateEffect::new_scoped(move || {
        text.track();
        state.set(Copy::Idle);
    });
    let area = El::new(
        "textarea",
        if multiline {
            "share__url share__text"
        } else {
            "share__url"
        },
    )
    .attr("readonly", "")
    .attr("rows", if multiline { "8" } else { "2" })
    .bind(move |el| text.with(|t| set_property(el, "value", t.as_str())))
    .on("focus", |e| {
        if let Some(field) = e.target() {
            select(field.unchecked_ref());
        }
    });
    let field = area.node();
    let copy = move |_| {
        let field = field.clone();
        clipboard::copy(&text.get_untracked(), move |copied| {
            if copied {
                state.set(Copy::Copied);
            } else {
                state.set(Copy::Refused);
                request_animation_frame(move || select(&field));
            }
        });
    };
    let Wording {
        button,
        field,
        copied,
        refused,
    } = wording;
    El::new("div", "share")
        .child(El::button("btn", button, copy))
        .child(El::new("p", "").attr("role", "status").bind(move |el| {
            let (class, message) = match state.get() {
                Copy::Idle => ("share__status", ""),
                Copy::Copied => ("share__status share__status--shown", copied),
                Copy::Refused => ("share__status share__status--shown", refused),
            };
            el.set_class_name(class);
            el.set_text_content(Some(message));
        }))
        // Hidden rather than added and removed, so the field keeps its place and its text.
        .child(
            El::new("label", "share__field")
                .hidden_if(move || !always_show && state.get() != Copy::Refused)
                .child(El::text("span", "share__label", field))
                .child(area),
        )
}

/// Focuses the field and selects all its text, ready for Ctrl+C.
fn select(field: &web_sys::Element) {
    if let Some(area) = field.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        let _ = area.focus();
        area.select();
    }
}
