//! Assessment files: export one or all, import by picker or by dropping a file anywhere on the
//! page. The code that reads a file (serde's reader of the format) loads with the stored JSON's
//! (see `keep`).

use leptos::ev;
use leptos::prelude::*;

use super::split::NotLoaded;
use super::store::AppStore;
use crate::core::assessment::Assessment;
use crate::core::persist::file::{self, FileError};
use crate::core::state::Action;
use crate::core::team::Team;
use crate::platform::{files, page};

/// Assessment files dropped anywhere on the page are imported.
pub fn accept_dropped_files(store: AppStore) {
    let over = window_event_listener(ev::dragover, move |e: web_sys::DragEvent| {
        if carries_files(&e) {
            e.prevent_default();
        }
    });
    let dropped = window_event_listener(ev::drop, move |e: web_sys::DragEvent| {
        let Some(files) = e.data_transfer().and_then(|d| d.files()) else {
            return;
        };
        if files.length() == 0 {
            return;
        }
        e.prevent_default();
        import_files(store, &files);
    });
    on_cleanup(move || {
        over.remove();
        dropped.remove();
    });
}

fn carries_files(e: &web_sys::DragEvent) -> bool {
    e.data_transfer()
        .is_some_and(|d| d.types().includes(&"Files".into(), 0))
}

/// Imports the text of an assessment file, once the code that reads it has loaded (it is the
/// stored JSON's reader, see `keep`).
pub fn import(store: AppStore, text: String) {
    super::keep::read_file(text, page::env(), move |read| match read {
        Ok(imported) => store.dispatch(Action::Import(imported)),
        // The file is still there: say so, and the person can drop it again.
        Err(NotLoaded) => store.dispatch(Action::Import(Err(FileError::NotLoaded))),
    });
}

/// Imports every file in `files` as an assessment file.
pub fn import_files(store: AppStore, files: &web_sys::FileList) {
    files::read_text(files, move |text| match text {
        Some(text) => import(store, text),
        None => store.dispatch(Action::Import(Err(FileError::NotAnAssessmentFile))),
    });
}

/// Offers these assessments as a file (one, or all when `single` is `None`), with the teams
/// they answer for.
pub fn export(assessments: &[Assessment], teams: &[Team], single: Option<&Assessment>) {
    let text = file::export(assessments, teams, page::env().now);
    files::download(
        &text,
        &file::file_name(single, &page::today()),
        "application/json",
    );
}
