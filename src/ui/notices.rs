//! Messages about the app's own state: storage that failed, data kept aside, links that were bad.

use leptos::prelude::*;

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

/// A button in a [`Note`].
pub struct Action {
    pub label: &'static str,
    pub class: &'static str,
    pub run: Box<dyn Fn() + Send + Sync>,
}

impl Action {
    pub fn new(
        label: &'static str,
        class: &'static str,
        run: impl Fn() + Send + Sync + 'static,
    ) -> Action {
        Action {
            label,
            class,
            run: Box::new(run),
        }
    }
}

/// A message with buttons: every notice on the page (problems, answers kept aside, a new
/// version, the choice a link brings) has this one shape, so it is rendered by one function.
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
    pub actions: Vec<Action>,
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

    pub fn action(
        mut self,
        label: &'static str,
        class: &'static str,
        run: impl Fn() + Send + Sync + 'static,
    ) -> Note {
        self.actions.push(Action::new(label, class, run));
        self
    }
}

pub fn note_view(note: Note) -> impl IntoView {
    let kind = note.kind;
    let title_id = note.title.map(|_| format!("{kind}-title"));
    let labelled_by = title_id.clone();
    let buttons = note
        .actions
        .into_iter()
        .map(|a| {
            let run = a.run;
            view! { <button type="button" class=a.class on:click=move |_| run()>{a.label}</button> }
        })
        .collect_view();
    view! {
        <div class=format!("{kind} {}", note.modifier) role=note.role aria-labelledby=labelled_by>
            {note.title.map(|title| view! { <h2 id=title_id class=format!("{kind}__title")>{title}</h2> })}
            <p class=format!("{kind}__text")>{note.text}</p>
            <div class=format!("{kind}__actions")>
                {note.download.map(|href| view! {
                    <a class="btn btn--small" href=href download="cto-or-cio-saved-data.json">"Download the kept data"</a>
                })}
                {buttons}
            </div>
        </div>
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
    view! {
        <section class="notices" class:notices--shown=move || notices.with(|n| !n.is_empty()) aria-live="polite" aria-label="Messages">
            {move || {
                notices
                    .get()
                    .into_iter()
                    .enumerate()
                    .map(|(index, notice)| {
                        let mut note = Note::new("", "note", notice.message())
                            .action("Dismiss", "btn btn--small btn--quiet", move || dismiss(index));
                        if let Notice::Storage { raw, .. } = &notice {
                            note.download = Some(download_href(raw));
                        }
                        note_view(note)
                    })
                    .collect_view()
            }}
        </section>
    }
}

/// A `data:` address holding the raw text, so it can be saved without any server.
fn download_href(raw: &str) -> String {
    let encoded: String = js_sys::encode_uri_component(raw).into();
    format!("data:application/json;charset=utf-8,{encoded}")
}
