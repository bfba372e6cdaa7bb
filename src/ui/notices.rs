//! Messages about the app's own state (storage, links, files, undo) and the question an import
//! asks when a file holds assessments that are here with other answers. The newest message is
//! shown in full; older ones fold into one line with their count. Each says what kind it is in
//! words and a mark (done ✓, warning !, error ×), not by colour alone.

use leptos::prelude::*;

use super::dom::El;
use super::locale::{catalogue, revision, tr, tr_count};
use super::split::NotLoaded;
use super::store::AppStore;
use crate::core::locale::Msg;
use crate::core::state::{Action, Kind, Notice, Resolution};

/// How many of a file's problems are listed one by one.
const LISTED_PROBLEMS: usize = 20;

/// What the messages show: each notice with whether its Undo still applies, and the names of
/// the assessments an import asks about.
#[derive(Clone, PartialEq)]
struct Shown {
    notices: Vec<(Notice, bool)>,
    conflicts: Vec<String>,
}

thread_local! {
    /// Raised at each refill, so messages built late (their code arrived after newer ones were
    /// asked for) never replace newer ones.
    static FILLS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// The messages, refilled whenever they change; a polite live region, so each is announced.
/// Their code is a split point of its own (release builds): most visits never show a message,
/// and the region is there from the start, so announcements work once one arrives.
pub fn notices(store: AppStore) -> El {
    let shown = store.slice(|s| Shown {
        notices: s
            .notices()
            .iter()
            .map(|posted| (posted.notice.clone(), s.can_undo(&posted.notice)))
            .collect(),
        conflicts: s.conflicts().iter().map(|a| a.name().to_owned()).collect(),
    });
    El::new("section", "notices")
        .attr("aria-live", "polite")
        .attr("aria-label", &tr(Msg::NoticesLabel))
        .attr("data-empty", "")
        .bind(move |el| {
            revision();
            let now = shown.get();
            let fill = FILLS.with(|f| {
                f.set(f.get() + 1);
                f.get()
            });
            let empty = now.notices.is_empty() && now.conflicts.is_empty();
            let _ = el.toggle_attribute_with_force("data-empty", empty);
            if empty {
                El::fill(el, Vec::new());
                return;
            }
            let filling = Filling {
                store,
                shown: now,
                owner: Owner::current().unwrap_or_default(),
                fill,
            };
            let target = el.clone();
            let done = move |built: Result<Option<Vec<El>>, NotLoaded>| match built {
                Ok(Some(built)) => El::fill(&target, built),
                Ok(None) => {}
                // Said in words from the first part of the texts, which is always here.
                Err(NotLoaded) => El::fill(
                    &target,
                    vec![El::text(
                        "p",
                        "notice notice--error",
                        &tr(Msg::NoticesNotLoaded),
                    )],
                ),
            };
            #[cfg(split)]
            leptos::task::spawn_local(async move { done(messages(filling).await) });
            #[cfg(not(split))]
            done(messages(filling));
        })
}

/// Everything the messages are built from, crossing the split point in one value.
struct Filling {
    store: AppStore,
    shown: Shown,
    /// The region's binding, which owns (and releases) the messages' listeners.
    owner: Owner,
    fill: u64,
}

#[cfg_attr(
    split,
    leptos::wasm_split::wasm_split(
        notices_chunk,
        wasm_split_path = ::leptos::wasm_split,
        preload(preload_notices),
        fallible
    )
)]
fn messages(filling: Filling) -> Result<Option<Vec<El>>, NotLoaded> {
    if FILLS.with(std::cell::Cell::get) != filling.fill {
        return Ok(None);
    }
    let Filling {
        store,
        shown,
        owner,
        ..
    } = filling;
    Ok(Some(owner.with(|| untrack(|| build(store, &shown)))))
}

/// Fetches the messages' code ahead of need (see `later::preload_all`).
#[cfg(split)]
pub async fn preload() {
    let _ = preload_notices().await;
}

fn build(store: AppStore, shown: &Shown) -> Vec<El> {
    // Newest first: the newest in full, the rest behind one line with their count.
    let mut notes = shown
        .notices
        .iter()
        .enumerate()
        .rev()
        .map(|(index, (notice, undo))| note(store, index, notice, *undo));
    let mut built: Vec<El> = notes.next().into_iter().collect();
    let older: Vec<El> = notes.collect();
    if !older.is_empty() {
        let count = tr_count(Msg::NoticesMore, older.len());
        built.push(
            El::new("details", "notices__more")
                .child(El::text("summary", "notices__count", &count))
                .child(El::new("div", "notices__older").children(older)),
        );
    }
    if !shown.conflicts.is_empty() {
        built.push(conflict_prompt(store, &shown.conflicts));
    }
    built
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
    // Data set aside can be saved as a file (there is none when it was never read).
    if let Some(raw) = match notice {
        Notice::Stored { raw, .. } if !raw.is_empty() => Some(raw),
        _ => None,
    } {
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
    let (kind, word) = match notice.kind() {
        Kind::Done => ("done", Msg::NoticesDone),
        Kind::Warning => ("warning", Msg::NoticesWarning),
        Kind::Error => ("error", Msg::NoticesError),
    };
    let mut box_ = El::new("div", &format!("notice notice--{kind}"))
        .attr("role", "note")
        .attr("data-notice-kind", kind)
        .child(
            El::new("p", "notice__text")
                .child(El::text("strong", "notice__kind", &tr(word)))
                .add_text(" ")
                .add_text(&notice.message(&catalogue())),
        );
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
