//! Messages about the app's own state: storage that failed, data kept aside, links that were bad.

use std::sync::Arc;

use leptos::html::{self, ElementType};
use leptos::prelude::*;
use leptos::reactive::effect::ImmediateEffect;
use wasm_bindgen::JsCast;

use super::dom::El;

use crate::core::share::LinkProblem;
use crate::core::storage::{StorageProblem, BACKUP_KEY};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Storage refused a read or write: answers live in memory only.
    NotSaved,
    /// Stored data could not be used as it stood; `raw` is what was found, `kept` whether the
    /// backup copy was written.
    Storage {
        problem: StorageProblem,
        raw: String,
        kept: bool,
    },
    Link(LinkProblem),
}

impl Notice {
    /// Adds a notice unless the same one is already shown.
    pub fn add(list: &mut Vec<Notice>, notice: Notice) {
        if !list.contains(&notice) {
            list.push(notice);
        }
    }

    fn message(&self) -> String {
        match self {
            Notice::NotSaved => "This browser is not letting the page save data, so your answers will be lost when you close the tab. Everything else works.".into(),
            Notice::Storage { problem, kept: true, .. } => format!("{} (Kept under “{BACKUP_KEY}”.)", problem.message()),
            Notice::Storage { problem, .. } => problem.message(),
            Notice::Link(problem) => problem.message(),
        }
    }
}

/// What a note's button does.
pub type Action = Arc<dyn Fn() + Send + Sync>;

/// A message with buttons: every notice on the page (problems, answers kept aside, a new
/// version, the choice a link brings) has this one shape. Notes are static markup built with
/// [`El`]; their buttons are served by one click handler on the element that holds them.
pub struct Note {
    /// The base of the class names inside ("notice" or "choice").
    pub kind: &'static str,
    /// Extra classes on the box.
    pub modifier: &'static str,
    pub role: &'static str,
    /// A heading, which also names the box for assistive technology.
    pub title: Option<&'static str>,
    pub text: String,
    /// A `data:` address to download kept data from.
    pub download: Option<String>,
    pub actions: Vec<(&'static str, &'static str, Action)>,
}

impl Note {
    pub fn new(modifier: &'static str, role: &'static str, text: String) -> Note {
        Note {
            kind: "notice",
            modifier,
            role,
            title: None,
            text,
            download: None,
            actions: Vec::new(),
        }
    }

    /// Adds a button labelled `label`, with classes `class`, that runs `run`.
    pub fn action(
        mut self,
        label: &'static str,
        class: &'static str,
        run: impl Fn() + Send + Sync + 'static,
    ) -> Note {
        self.actions.push((label, class, Arc::new(run)));
        self
    }

    /// The note's markup; its buttons carry `data-action`, their index in `actions`, where their
    /// actions are appended.
    fn build(self, actions: &mut Vec<Action>) -> El {
        let kind = self.kind;
        let mut note = El::new("div", &format!("{kind} {}", self.modifier)).attr("role", self.role);
        if let Some(title) = self.title {
            let id = format!("{kind}-title");
            note = note
                .attr("aria-labelledby", &id)
                .child(El::text("h2", &format!("{kind}__title"), title).attr("id", &id));
        }
        let mut buttons = El::new("div", &format!("{kind}__actions"));
        if let Some(href) = self.download {
            buttons = buttons.child(
                El::text("a", "btn btn--small", "Download the kept data")
                    .attr("href", &href)
                    .attr("download", "cto-or-cio-saved-data.json"),
            );
        }
        for (label, class, run) in self.actions {
            buttons = buttons.child(
                El::text("button", class, label)
                    .attr("type", "button")
                    .attr("data-action", &actions.len().to_string()),
            );
            actions.push(run);
        }
        note.child(El::text("p", &format!("{kind}__text"), &self.text))
            .child(buttons)
    }
}

/// Where notes are shown: a host element, refilled whenever the notes change, and the actions of
/// the buttons in it.
#[derive(Clone, Copy)]
pub struct NoteHost {
    actions: StoredValue<Vec<Action>>,
}

impl NoteHost {
    /// Shows what `notes` returns in the element `host` loads, again whenever what it reads
    /// changes.
    pub fn follow<E>(
        host: NodeRef<E>,
        notes: impl Fn() -> Vec<Note> + Send + Sync + 'static,
    ) -> NoteHost
    where
        E: ElementType,
        E::Output: JsCast + Clone + 'static,
        NodeRef<E>: Get<Value = Option<E::Output>>,
    {
        let actions = StoredValue::new(Vec::new());
        // Until the host is mounted there is nowhere to show notes, so they are not built; the
        // host's loading runs this again.
        ImmediateEffect::new_scoped(move || {
            let Some(el) = host.get() else { return };
            let mut runs = Vec::new();
            let built = notes().into_iter().map(|n| n.build(&mut runs)).collect();
            El::fill(el.unchecked_ref(), built);
            actions.set_value(runs);
        });
        NoteHost { actions }
    }

    /// Runs the action of the button a click landed on, if any.
    pub fn clicked(self, e: web_sys::MouseEvent) {
        let index = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("[data-action]").ok().flatten())
            .and_then(|button| button.get_attribute("data-action"))
            .and_then(|k| k.parse::<usize>().ok());
        // Cloned out first: the action may change the notes, which refills `actions`.
        if let Some(run) = index.and_then(|k| self.actions.with_value(|a| a.get(k).cloned())) {
            run();
        }
    }
}

#[component]
pub fn Notices(notices: RwSignal<Vec<Notice>>) -> impl IntoView {
    let dismiss = move |index: usize| {
        notices.update(|n| {
            if index < n.len() {
                n.remove(index);
            }
        })
    };
    let section = NodeRef::<html::Section>::new();
    let host = NoteHost::follow(section, move || {
        notices.with(|list| {
            list.iter()
                .enumerate()
                .map(|(index, notice)| {
                    let mut note = Note::new("", "note", notice.message()).action(
                        "Dismiss",
                        "btn btn--small btn--quiet",
                        move || dismiss(index),
                    );
                    if let Notice::Storage { raw, .. } = notice {
                        note.download = Some(download_href(raw));
                    }
                    note
                })
                .collect()
        })
    });
    view! {
        <section
            node_ref=section
            class="notices"
            class:notices--shown=move || notices.with(|n| !n.is_empty())
            aria-live="polite"
            aria-label="Messages"
            on:click=move |e| host.clicked(e)
        ></section>
    }
}

/// A `data:` address holding the raw text, so it can be saved without any server.
fn download_href(raw: &str) -> String {
    let encoded: String = js_sys::encode_uri_component(raw).into();
    format!("data:application/json;charset=utf-8,{encoded}")
}
