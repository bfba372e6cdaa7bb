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
                        let download = match &notice {
                            Notice::Storage { raw, .. } => Some(download_href(raw)),
                            _ => None,
                        };
                        view! {
                            <div class="notice" role="note">
                                <p class="notice__text">{notice.message()}</p>
                                <div class="notice__actions">
                                    {download.map(|href| view! {
                                        <a class="btn btn--small" href=href download="cto-or-cio-saved-data.json">"Download the kept data"</a>
                                    })}
                                    <button type="button" class="btn btn--small btn--quiet" on:click=move |_| dismiss(index)>
                                        "Dismiss"
                                    </button>
                                </div>
                            </div>
                        }
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
