//! Messages about the app's own state (storage, links, files, undo) and the question an import
//! asks when a file holds assessments that are here with other answers.

use leptos::prelude::*;

use super::dom::El;
use super::locale::{catalogue, revision, tr, tr_count};
use super::store::AppStore;
use crate::core::locale::Msg;
use crate::core::state::{Action, Notice, Resolution};

/// How many of a file's problems are listed one by one.
const LISTED_PROBLEMS: usize = 20;

/// The messages, refilled whenever they change; a polite live region, so each is announced.
pub fn notices(store: AppStore) -> El {
    let shown = store.slice(|s| {
        let notices: Vec<(Notice, bool)> = s
            .notices()
            .iter()
            .map(|n| (n.clone(), s.can_undo(n)))
            .collect();
        let conflicts: Vec<String> = s.conflicts().iter().map(|a| a.name().to_owned()).collect();
        (notices, conflicts)
    });
    El::new("section", "notices")
        .attr("aria-live", "polite")
        .attr("aria-label", &tr(Msg::NoticesLabel))
        .bind(move |el| {
            revision();
            shown.with(|(notices, conflicts)| {
                let mut built: Vec<El> = notices
                    .iter()
                    .enumerate()
                    .map(|(index, (notice, undo))| note(store, index, notice, *undo))
                    .collect();
                if !conflicts.is_empty() {
                    built.push(conflict_prompt(store, conflicts));
                }
                let _ = el.toggle_attribute_with_force("data-empty", built.is_empty());
                El::fill(el, built);
            })
        })
}

fn note(store: AppStore, index: usize, notice: &Notice, can_undo: bool) -> El {
    let mut actions = El::new("div", "notice__actions");
    if can_undo {
        actions = actions.child(El::button(
            "btn btn--small btn--primary",
            &tr(Msg::NoticeUndo),
            move |_| store.dispatch(Action::Undo),
        ));
    }
    if let Notice::Stored { raw, .. } = notice {
        actions = actions.child(
            El::text("a", "btn btn--small", &tr(Msg::NoticeDownloadKept))
                .attr("href", &download_href(raw))
                .attr("download", "cto-or-cio-saved-data.json"),
        );
    }
    if matches!(notice, Notice::LinkOpened { .. }) {
        actions = actions.child(El::button(
            "btn btn--small",
            &tr(Msg::NoticeAllAssessments),
            move |_| store.dispatch(Action::ShowAssessments),
        ));
    }
    actions = actions.child(El::button(
        "btn btn--small btn--quiet",
        &tr(Msg::NoticeDismiss),
        move |_| store.dispatch(Action::Dismiss(index)),
    ));
    let mut box_ = El::new("div", "notice")
        .attr("role", "note")
        .child(El::text("p", "notice__text", &notice.message(&catalogue())));
    if let Notice::Imported(report) = notice {
        if !report.problems.is_empty() {
            let mut items: Vec<El> = report
                .problems
                .iter()
                .take(LISTED_PROBLEMS)
                .map(|p| El::text("li", "", &p.message(&catalogue())))
                .collect();
            let more = report.problems.len().saturating_sub(LISTED_PROBLEMS);
            if more > 0 {
                items.push(El::text("li", "", &tr_count(Msg::StorageMore, more)));
            }
            box_ = box_.child(El::new("ul", "notice__list").children(items));
        }
    }
    box_.child(actions)
}

/// Asks what to do with assessments in a file whose ids are here with other answers.
fn conflict_prompt(store: AppStore, names: &[String]) -> El {
    let text = tr_count(Msg::ConflictText, names.len());
    let items: Vec<&str> = names.iter().map(String::as_str).collect();
    let resolve = move |resolution| move |_| store.dispatch(Action::ResolveImport(resolution));
    El::new("div", "choice")
        .attr("role", "region")
        .attr("aria-labelledby", "conflict-title")
        .child(
            El::text("h2", "choice__title", &tr(Msg::ConflictTitle)).attr("id", "conflict-title"),
        )
        .child(El::text("p", "", &text))
        .child(El::list("plain-list", &items))
        .child(
            El::new("div", "choice__actions")
                .child(El::button(
                    "btn btn--primary",
                    &tr(Msg::ConflictReplace),
                    resolve(Resolution::Replace),
                ))
                .child(El::button(
                    "btn",
                    &tr(Msg::ConflictKeepBoth),
                    resolve(Resolution::KeepBoth),
                ))
                .child(El::button(
                    "btn btn--quiet",
                    &tr(Msg::ConflictSkip),
                    resolve(Resolution::Skip),
                )),
        )
}

/// A `data:` address holding the raw text, so it can be saved without any server.
fn download_href(raw: &str) -> String {
    let encoded: String = js_sys::encode_uri_component(raw).into();
    format!("data:application/json;charset=utf-8,{encoded}")
}
