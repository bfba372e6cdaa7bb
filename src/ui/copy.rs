//! Copying text (the share link, the summary, a hiring kit) with the Clipboard API; when the
//! browser refuses, the text is shown selected so the person can copy it themselves, with the
//! words that fit their device.

use std::rc::Rc;

use leptos::ev;
use leptos::prelude::*;
use leptos::reactive::effect::ImmediateEffect;
use wasm_bindgen::JsCast;

use super::dom::{set_property, El};
use super::locale::tr;
use super::store::AppStore;
use crate::core::locale::Msg;
use crate::core::persist::share;
use crate::platform::{clipboard, history, page};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Copy {
    Idle,
    Copied,
    Shared,
    Refused,
}

/// What is being copied, which decides what the control says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wording {
    Link,
    Summary,
    Kit,
    /// The link that invites a team.
    Invitation,
    /// A respondent's answers, sent back through the share sheet where there is one.
    MyAnswers,
}

struct Words {
    button: Msg,
    field: Msg,
    copied: Msg,
    /// What was refused, before the how-to-copy part.
    refused: Msg,
    multiline: bool,
    /// Offered to the share sheet first (a phone's), copied where there is none.
    share: bool,
}

impl Wording {
    fn words(self) -> Words {
        match self {
            Wording::Link => Words {
                button: Msg::CopyLinkButton,
                field: Msg::CopyLinkField,
                copied: Msg::CopyLinkCopied,
                refused: Msg::CopyLinkRefused,
                multiline: false,
                share: false,
            },
            Wording::Invitation => Words {
                button: Msg::CopyInviteButton,
                field: Msg::CopyInviteField,
                copied: Msg::CopyInviteCopied,
                refused: Msg::CopyInviteRefused,
                multiline: false,
                share: true,
            },
            Wording::MyAnswers => Words {
                button: Msg::CopyMineButton,
                field: Msg::CopyMineField,
                copied: Msg::CopyMineCopied,
                refused: Msg::CopyMineRefused,
                multiline: false,
                share: true,
            },
            Wording::Kit => Words {
                button: Msg::CopyKitButton,
                field: Msg::CopyKitField,
                copied: Msg::CopyKitCopied,
                refused: Msg::CopyKitRefused,
                multiline: true,
                share: false,
            },
            Wording::Summary => Words {
                button: Msg::CopySummaryButton,
                field: Msg::CopySummaryField,
                copied: Msg::CopySummaryCopied,
                refused: Msg::CopySummaryRefused,
                multiline: true,
                share: false,
            },
        }
    }
}

/// How to copy selected text by hand on this device.
fn by_hand() -> Msg {
    if page::matches_media("(pointer: coarse)") {
        Msg::CopyByHandTouch
    } else if page::is_apple() {
        Msg::CopyByHandApple
    } else {
        Msg::CopyByHandKeys
    }
}

/// The share link of the current answers, with the language when the person chose it.
pub fn share_link(store: AppStore) -> Memo<String> {
    store.slice(|s| {
        history::link_to(&share::encode_with(
            &s.current().answers,
            &s.link_extras(true),
        ))
    })
}

/// What a copy control copies.
#[derive(Clone)]
pub enum Text {
    /// Text that follows the state, shown in the field as it changes (the share link).
    Live(Memo<String>),
    /// Text made only when it is copied, as making it costs more than showing a screen (the
    /// summary, a hiring kit).
    OnDemand(Rc<dyn Fn() -> String>),
}

impl Text {
    fn get(&self) -> String {
        match self {
            Text::Live(text) => text.get_untracked(),
            Text::OnDemand(make) => make(),
        }
    }
}

/// A button that copies `text`, a status line for screen readers and sighted people alike, and
/// the text itself in a field when it must be copied by hand.
pub fn copy_text(text: Text, wording: Wording) -> El {
    let words = wording.words();
    let state = RwSignal::new(Copy::Idle);
    let (class, rows) = if words.multiline {
        ("share__url share__text", "8")
    } else {
        ("share__url", "2")
    };
    let mut area = El::new("textarea", class)
        .attr("readonly", "")
        .attr("rows", rows)
        .on(ev::focus, |e| {
            if let Some(field) = e.target() {
                select(field.unchecked_ref());
            }
        });
    if let Text::Live(live) = &text {
        let live = *live;
        // New text makes an earlier confirmation stale.
        ImmediateEffect::new_scoped(move || {
            live.track();
            state.set(Copy::Idle);
        });
        area = area.bind(move |el| live.with(|t| set_property(el, "value", t.as_str())));
    }
    let field = area.node();
    let copy = move |field: web_sys::Element, copied: String| {
        clipboard::copy(&copied, move |done| {
            if done {
                state.set(Copy::Copied);
            } else {
                state.set(Copy::Refused);
                request_animation_frame(move || select(&field));
            }
        });
    };
    let share_first = words.share;
    let title = tr(words.button);
    let send = move |_| {
        let field = field.clone();
        let copied = text.get();
        set_property(&field, "value", copied.as_str());
        if !share_first {
            return copy(field, copied);
        }
        let again = copied.clone();
        clipboard::share(&title, &copied, move |outcome| match outcome {
            clipboard::Shared::Shared => state.set(Copy::Shared),
            clipboard::Shared::Cancelled => state.set(Copy::Idle),
            clipboard::Shared::Unavailable => copy(field, again),
        });
    };
    let (copied, refused) = (words.copied, words.refused);
    El::new("div", "share")
        .child(El::button("btn", &tr(words.button), send))
        .child(El::new("p", "").attr("role", "status").bind(move |el| {
            let (class, message) = match state.get() {
                Copy::Idle => ("share__status", String::new()),
                Copy::Copied => ("share__status share__status--shown", tr(copied)),
                Copy::Shared => ("share__status share__status--shown", tr(Msg::CopyShared)),
                Copy::Refused => (
                    "share__status share__status--shown",
                    format!("{} {}", tr(refused), tr(by_hand())),
                ),
            };
            el.set_class_name(class);
            el.set_text_content(Some(&message));
        }))
        // Hidden rather than added and removed, so the field keeps its place and its text.
        .child(
            El::new("label", "share__field")
                .hidden_if(move || state.get() != Copy::Refused)
                .child(El::text("span", "share__label", &tr(words.field)))
                .child(area),
        )
}

/// Focuses the field and selects all its text, ready to copy.
fn select(field: &web_sys::Element) {
    if let Some(area) = field.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        let _ = area.focus();
        area.select();
    }
}
