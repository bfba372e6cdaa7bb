//! Keeping the workspace in local storage: reading it at start (migrating older schemas, setting
//! unreadable data aside), saving each change with a new revision, and taking another tab's
//! newer saves; and reading assessment files, the same code. The code that reads and writes the
//! stored JSON (serde's, with the schema's reader) is a split point of its own in release
//! builds: a first visit, with nothing stored, shows its first question without it, and it
//! arrives before the first answer needs saving.

use leptos::ev;
use leptos::prelude::*;
use leptos::reactive::effect::ImmediateEffect;

use super::split::NotLoaded;
use super::store::AppStore;
use crate::core::assessment::{Assessment, Env, Id};
use crate::core::locale::Lang;
use crate::core::persist::file::{self, FileError, Imported};
use crate::core::persist::share::DecodedLink;
use crate::core::persist::storage::{
    self, Loaded, StorageProblem, Workspace, LEGACY_ANSWERS_KEY, LEGACY_SET_ASIDE_KEY,
    WORKSPACE_KEY,
};
use crate::core::state::{Action, PreparedBy, Startup, State, StorageFailure, Trail};
use crate::core::team::Team;
use crate::platform::{page, storage as store};

/// What storage holds under the app's keys, as raw text (nothing parsed yet).
pub struct Raw {
    workspace: Option<String>,
    legacy: Option<String>,
    aside: Option<String>,
}

impl Raw {
    fn read() -> Raw {
        Raw {
            workspace: store::read(WORKSPACE_KEY),
            legacy: store::read(LEGACY_ANSWERS_KEY),
            aside: store::read(LEGACY_SET_ASIDE_KEY),
        }
    }

    fn is_empty(&self) -> bool {
        self.workspace.is_none() && self.legacy.is_none() && self.aside.is_none()
    }
}

/// What is under the workspace key: the first save happens as soon as the state differs from
/// it (data migrated from an older schema, a link opened on a first visit).
#[derive(Clone, Default, PartialEq)]
pub struct Stored {
    assessments: Vec<Assessment>,
    teams: Vec<Team>,
    current: Option<Id>,
    prepared_by: PreparedBy,
}

impl Stored {
    /// What storage keeps of `s`: the assessments worth keeping, their teams, the current one
    /// if it is among them, and who prepares the reports.
    fn of(s: &State) -> Stored {
        let assessments: Vec<Assessment> = s
            .assessments()
            .iter()
            .filter(|a| !a.is_blank())
            .cloned()
            .collect();
        let current =
            Some(s.current().id.clone()).filter(|id| assessments.iter().any(|a| &a.id == id));
        Stored {
            assessments,
            teams: s.teams().to_vec(),
            current,
            prepared_by: s.prepared_by().clone(),
        }
    }

    fn from_workspace(ws: &Workspace) -> Stored {
        Stored {
            assessments: ws.assessments.clone(),
            teams: ws.teams.clone(),
            current: ws.current.clone(),
            prepared_by: ws.prepared_by.clone(),
        }
    }

    fn saving(&self, revision: u64) -> storage::Saving<'_> {
        storage::Saving {
            assessments: &self.assessments,
            teams: &self.teams,
            current: self.current.as_ref(),
            revision,
            prepared_by: &self.prepared_by,
        }
    }
}

/// What storage gave the app to start from.
pub struct Kept {
    workspace: Workspace,
    /// Stored data that could not be used as it stood: the problem, the raw text, and where it
    /// was copied (`None` if the copy failed).
    problem: Option<(StorageProblem, String, Option<String>)>,
    /// What is stored now, as the app would write it.
    stored: Stored,
    /// False when stored data could not be read at all (its code did not load): nothing is
    /// written over it then.
    writable: bool,
}

/// Where the page starts: the link in the address, a reload's trail, the language.
pub struct Place {
    pub link: Option<DecodedLink>,
    pub trail: Option<Trail>,
    pub lang: Lang,
    pub lang_chosen: bool,
}

/// Whether saves may go ahead, and what was saved last.
pub struct Saved {
    stored: Stored,
    writable: bool,
}

impl Kept {
    /// The state's start, and what storage holds.
    pub fn startup(self, place: Place) -> (Startup, Saved) {
        let startup = Startup {
            workspace: self.workspace,
            stored_problem: self.problem,
            storage_available: store::available(),
            link: place.link,
            trail: place.trail,
            lang: place.lang,
            lang_chosen: place.lang_chosen,
        };
        let saved = Saved {
            stored: self.stored,
            writable: self.writable,
        };
        (startup, saved)
    }
}

/// A piece of work on the stored JSON, done by the code that loads with it.
enum Job {
    /// Read what is stored (any schema), copying unreadable data aside.
    Read(Raw, Env),
    /// Save, at a revision above this tab's and any other tab's.
    Write(Stored, u64),
    /// Read what another tab saved.
    Decode(String, Env),
    /// Read an assessment file.
    Import(String, Env),
}

enum Done {
    Read(Kept),
    Wrote(Result<u64, StorageFailure>),
    Decoded(Option<Workspace>),
    Imported(Result<Imported, FileError>),
}

#[cfg_attr(
    split,
    leptos::wasm_split::wasm_split(
        stored_json,
        wasm_split_path = ::leptos::wasm_split,
        preload(preload_stored_json),
        fallible
    )
)]
fn work(job: Job) -> Result<Done, NotLoaded> {
    Ok(match job {
        Job::Read(raw, env) => Done::Read(read_now(raw, env)),
        Job::Write(stored, revision) => {
            let revision = revision.max(stored_revision()) + 1;
            let written =
                store::write(WORKSPACE_KEY, storage::Stored::new(stored.saving(revision)));
            Done::Wrote(written.map(|()| revision))
        }
        Job::Decode(raw, env) => {
            let loaded = storage::decode(&raw, env);
            Done::Decoded(loaded.problem.is_none().then_some(loaded.workspace))
        }
        Job::Import(text, env) => Done::Imported(file::import(&text, env)),
    })
}

/// Reads an assessment file's text, then calls `done` with what it held.
pub fn read_file(
    text: String,
    env: Env,
    done: impl FnOnce(Result<Result<Imported, FileError>, NotLoaded>) + 'static,
) {
    run(Job::Import(text, env), move |result| {
        done(match result {
            Ok(Done::Imported(imported)) => Ok(imported),
            _ => Err(NotLoaded),
        })
    });
}

/// Runs `job` once its code is here (at once in tests and debug builds).
fn run(job: Job, done: impl FnOnce(Result<Done, NotLoaded>) + 'static) {
    #[cfg(split)]
    leptos::task::spawn_local(async move { done(work(job).await) });
    #[cfg(not(split))]
    done(work(job));
}

/// Reads what storage holds, then calls `mount` with it: at once when nothing is stored.
pub fn read(mount: impl FnOnce(Kept) + 'static) {
    let raw = Raw::read();
    if raw.is_empty() {
        // Fetched just after the first screen (not in its task), so the first save does not wait
        // for it.
        #[cfg(split)]
        super::soon::soon(|| {
            leptos::task::spawn_local(async {
                let _ = preload_stored_json().await;
            })
        });
        return mount(Kept {
            workspace: Workspace::default(),
            problem: None,
            stored: Stored::default(),
            writable: true,
        });
    }
    run(Job::Read(raw, page::env()), move |done| {
        mount(match done {
            Ok(Done::Read(kept)) => kept,
            // Its code could not be fetched (offline, before the app was kept for offline use):
            // the app starts empty, says so, and writes nothing over what is stored.
            _ => Kept {
                workspace: Workspace::default(),
                problem: Some((StorageProblem::NotLoaded, String::new(), None)),
                stored: Stored::default(),
                writable: false,
            },
        })
    });
}

/// Stored data of any schema, read; data that cannot be read as it stood is copied aside, byte
/// for byte, before anything is written.
fn read_now(raw: Raw, env: Env) -> Kept {
    let (loaded, text, migrated) = match raw.workspace {
        Some(text) => (storage::decode(&text, env), text, false),
        None => {
            let loaded = storage::migrate(raw.legacy.as_deref(), raw.aside.as_deref(), env);
            (loaded, raw.legacy.or(raw.aside).unwrap_or_default(), true)
        }
    };
    let Loaded { workspace, problem } = loaded;
    let stored = if migrated {
        Stored::default()
    } else {
        Stored::from_workspace(&workspace)
    };
    let problem = problem.map(|problem| {
        let key = storage::backup_key(&text, store::read);
        let kept = store::write_raw(&key, &text).ok().map(|()| key);
        (problem, text, kept)
    });
    Kept {
        workspace,
        problem,
        stored,
        writable: true,
    }
}

/// The revision currently in storage (0 when there is none or it cannot be read).
fn stored_revision() -> u64 {
    store::read(WORKSPACE_KEY).map_or(0, |raw| storage::revision(&raw))
}

/// Storage follows the state. Each save raises the revision, so other tabs can tell newer data
/// from stale; what is already stored is not written again. Another tab's newer save is taken.
pub fn follow(store: AppStore, saved: Saved) {
    let persisted = store.slice(Stored::of);
    let Saved { stored, writable } = saved;
    let saved = StoredValue::new(stored);
    ImmediateEffect::new_scoped(move || {
        persisted.with(|now| {
            if !writable || saved.with_value(|s| s == now) {
                return;
            }
            // Marked as saved either way: after a failure, the next change tries again.
            saved.set_value(now.clone());
            let revision = store.with_untracked(State::revision);
            run(Job::Write(now.clone(), revision), move |done| match done {
                Ok(Done::Wrote(Ok(revision))) => store.saved(revision),
                Ok(Done::Wrote(Err(failure))) => store.dispatch(Action::StorageFailed(failure)),
                Ok(_) => {}
                Err(NotLoaded) => store.dispatch(Action::StorageFailed(StorageFailure::NotLoaded)),
            });
        })
    });
    // Another tab saved: take its assessments if they are newer than ours.
    let other_tab = window_event_listener(ev::storage, move |e: web_sys::StorageEvent| {
        if e.key().as_deref() != Some(WORKSPACE_KEY) {
            return;
        }
        let raw = e.new_value().unwrap_or_default();
        run(Job::Decode(raw, page::env()), move |done| {
            if let Ok(Done::Decoded(Some(workspace))) = done {
                store.dispatch(Action::OtherTab(workspace));
                // What the other tab wrote is stored already: no need to write it back.
                saved.set_value(persisted.get_untracked());
            }
        });
    });
    on_cleanup(move || other_tab.remove());
}
