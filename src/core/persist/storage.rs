//! What the browser keeps: every assessment, which one is current, and a revision, as versioned
//! JSON read and written with serde. Reading never fails as a whole: what is valid is kept, and
//! the problem says what was not, so the caller can copy the raw text aside before writing.
//!
//! - Schema 1 (first release), under [`LEGACY_ANSWERS_KEY`]:
//!   `{"schema":1,"answers":{"size":"medium",…},"company":"Acme"}`.
//! - Schema 2, same key: adds `"revision"`, raised on every save so a tab can tell whether what it
//!   hears from another tab is newer. A second set of answers could sit under
//!   [`LEGACY_SET_ASIDE_KEY`] (same shape) when a link differed from the saved ones.
//! - Schema 3, under [`WORKSPACE_KEY`]: any number of assessments (see [`super::record`]):
//!   `{"schema":3,"revision":12,"current":"a-…","assessments":[…]}`. Schemas 1 and 2 migrate to
//!   it: the saved answers become the current assessment and the set-aside answers a second one.
//!   The legacy keys are left as they were.
//! - Schema 4, same key: adds the teams (`"teams":[{"id":"t-…","company":"Acme","settled":
//!   {"stage":"scaling"}}]`, each respondent's record naming its team) and who prepares the
//!   reports (`"prepared_by":{"name":"…","organisation":"…"}`). Schema 3 reads as schema 4
//!   without teams; a record naming a team that is not listed gets one made from its company.

use serde::de::{IgnoredAny, MapAccess};
use serde::{Deserialize, Serialize};

use super::loose::{Loose, Shape};
use super::record::{self, FieldProblem, RecordIn, RecordOut};
use super::teams::{read_teams, teams_out, TeamIn, TeamOut};
use crate::core::advice::markdown::PreparedBy;
use crate::core::assessment::{Assessment, Env, Id};
use crate::core::locale::{Catalogue, Msg};
use crate::core::team::Team;

/// The schema this version writes.
pub const SCHEMA: u64 = 4;

/// Where schema 3 lives.
pub const WORKSPACE_KEY: &str = "cto-or-cio.assessments";
/// Where schemas 1 and 2 kept the answers.
pub const LEGACY_ANSWERS_KEY: &str = "cto-or-cio.answers";
/// Where schema 2 kept the answers set aside when a link differed.
pub const LEGACY_SET_ASIDE_KEY: &str = "cto-or-cio.set-aside";
/// Where unreadable or newer data is copied before anything is written over it; when it already
/// holds other data, `.2`, `.3`, … are used, so no earlier copy is lost.
pub const BACKUP_KEY: &str = "cto-or-cio.backup";

/// Everything that is stored.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Workspace {
    /// Never blank ones (see [`Assessment::is_blank`]).
    pub assessments: Vec<Assessment>,
    /// Every team an assessment answers for.
    pub teams: Vec<Team>,
    pub current: Option<Id>,
    pub revision: u64,
    pub prepared_by: PreparedBy,
}

/// What is saved, borrowed from the state.
#[derive(Clone, Copy, Debug)]
pub struct Saving<'a> {
    pub assessments: &'a [Assessment],
    pub teams: &'a [Team],
    pub current: Option<&'a Id>,
    pub revision: u64,
    pub prepared_by: &'a PreparedBy,
}

/// Nobody named as preparing the reports.
static NOBODY: PreparedBy = PreparedBy::NOBODY;

impl<'a> Saving<'a> {
    /// Assessments alone: no teams, nobody named as preparing the reports.
    pub fn assessments(
        assessments: &'a [Assessment],
        current: Option<&'a Id>,
        revision: u64,
    ) -> Saving<'a> {
        Saving {
            assessments,
            teams: &[],
            current,
            revision,
            prepared_by: &NOBODY,
        }
    }
}

/// The stored form, ready for serde: every assessment that is not blank, the teams they answer
/// for, the current one's id (when it is stored), the revision and who prepares the reports.
#[derive(Serialize)]
pub struct Stored<'a> {
    schema: u64,
    revision: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    current: Option<&'a str>,
    assessments: Vec<RecordOut<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    teams: Vec<TeamOut<'a>>,
    #[serde(skip_serializing_if = "PreparedByOut::is_empty")]
    prepared_by: PreparedByOut<'a>,
}

impl<'a> Stored<'a> {
    pub fn new(saving: Saving<'a>) -> Stored<'a> {
        let kept: Vec<RecordOut> = saving
            .assessments
            .iter()
            .filter(|a| !a.is_blank())
            .map(RecordOut::from)
            .collect();
        let current = saving
            .current
            .map(Id::as_str)
            .filter(|id| kept.iter().any(|r| r.id == *id));
        Stored {
            schema: SCHEMA,
            revision: saving.revision,
            current,
            teams: teams_out(saving.teams, &kept),
            assessments: kept,
            prepared_by: PreparedByOut {
                name: &saving.prepared_by.name,
                organisation: &saving.prepared_by.organisation,
            },
        }
    }
}

#[derive(Serialize)]
struct PreparedByOut<'a> {
    #[serde(skip_serializing_if = "str::is_empty")]
    name: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    organisation: &'a str,
}

impl PreparedByOut<'_> {
    fn is_empty(&self) -> bool {
        self.name.is_empty() && self.organisation.is_empty()
    }
}

/// Stored data of any schema, as read: every field loosely (see [`super::loose`]).
#[derive(Default)]
struct StoredIn {
    schema: Loose<u64>,
    revision: Loose<u64>,
    current: Loose<String>,
    assessments: Loose<Vec<Loose<RecordIn>>>,
    /// Schema 4.
    teams: Loose<Vec<Loose<TeamIn>>>,
    prepared_by: Loose<Vec<(String, Loose<String>)>>,
    /// Schemas 1 and 2.
    answers: Loose<Vec<(String, Loose<String>)>>,
    company: Loose<String>,
}

impl Shape for StoredIn {
    fn from_map<'de, A: MapAccess<'de>>(mut map: A) -> Result<Option<StoredIn>, A::Error> {
        let mut stored = StoredIn::default();
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "schema" => stored.schema = map.next_value()?,
                "revision" => stored.revision = map.next_value()?,
                "current" => stored.current = map.next_value()?,
                "assessments" => stored.assessments = map.next_value()?,
                "teams" => stored.teams = map.next_value()?,
                "prepared_by" => stored.prepared_by = map.next_value()?,
                "answers" => stored.answers = map.next_value()?,
                "company" => stored.company = map.next_value()?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(Some(stored))
    }
}

/// The JSON to store (see [`Stored`]).
pub fn encode(saving: Saving) -> String {
    serde_json::to_string(&Stored::new(saving)).unwrap_or_default()
}

/// Only the revision of stored JSON (0 when there is none), without reading the assessments.
pub fn revision(raw: &str) -> u64 {
    // What schemas 3 and 4 write starts with the schema and the revision: read them without
    // parsing every assessment.
    let written = raw
        .strip_prefix("{\"schema\":")
        .and_then(|rest| {
            rest.trim_start_matches(|c: char| c.is_ascii_digit())
                .strip_prefix(",\"revision\":")
        })
        .map(|rest| {
            rest.split(|c: char| !c.is_ascii_digit())
                .next()
                .unwrap_or("")
        });
    if let Some(revision) = written.and_then(|digits| digits.parse().ok()) {
        return revision;
    }
    #[derive(Deserialize)]
    struct Revision {
        #[serde(default)]
        revision: u64,
    }
    serde_json::from_str::<Revision>(raw).map_or(0, |r| r.revision)
}

/// Why stored data could not be used as it stood.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageProblem {
    /// Not JSON, or not the shape of any schema.
    Unreadable,
    /// Written by a newer version of the app.
    Newer(u64),
    /// Readable, but these fields held values this app does not know.
    Fields(Vec<FieldProblem>),
    /// Not read at all: the code that reads it could not be fetched (offline before the app
    /// was kept for offline use). It stays as it is, and nothing is written over it.
    NotLoaded,
}

impl StorageProblem {
    /// The problem as sentences for a person, in `catalogue`'s language.
    pub fn message(&self, catalogue: &Catalogue) -> String {
        match self {
            StorageProblem::Unreadable => catalogue.text(Msg::StorageUnreadable),
            StorageProblem::NotLoaded => catalogue.text(Msg::StorageNotLoaded),
            StorageProblem::Newer(v) => {
                catalogue.fill(Msg::StorageNewer, &[("schema", &catalogue.number(*v))])
            }
            StorageProblem::Fields(problems) => {
                let listed: Vec<String> = problems
                    .iter()
                    .take(5)
                    .map(|p| p.message(catalogue))
                    .collect();
                let mut text =
                    catalogue.fill(Msg::StorageFields, &[("problems", &listed.join(" "))]);
                if let n @ 1.. = problems.len().saturating_sub(5) {
                    text.push(' ');
                    text.push_str(&catalogue.count(Msg::StorageMore, n as u64, &[]));
                }
                text
            }
        }
    }
}

/// Stored data as read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Loaded {
    pub workspace: Workspace,
    pub problem: Option<StorageProblem>,
}

/// Reads stored JSON of any known schema; never panics, whatever the input. `env` supplies the
/// time and ids for data that lacks them (older schemas).
pub fn decode(raw: &str, env: Env) -> Loaded {
    let Ok(Loose::Is(stored)) = serde_json::from_str::<Loose<StoredIn>>(raw) else {
        return unreadable();
    };
    match stored.schema {
        Loose::Is(1 | 2) => from_legacy(stored, env),
        Loose::Is(3 | SCHEMA) => read_workspace(stored, env),
        Loose::Is(newer) if newer > SCHEMA => {
            // Take what this version understands, but report it so the original is kept aside.
            let mut loaded = read_workspace(stored, env);
            loaded.problem = Some(StorageProblem::Newer(newer));
            loaded
        }
        _ => unreadable(),
    }
}

/// Migrates what schemas 1 and 2 stored (the saved answers and the set-aside ones) to a
/// workspace: the saved answers become the current assessment. A blank or missing value adds
/// nothing.
pub fn migrate(saved: Option<&str>, set_aside: Option<&str>, env: Env) -> Loaded {
    let mut loaded = saved.map_or_else(Loaded::default, |raw| decode(raw, env));
    if let Some(aside) = set_aside.map(|raw| decode(raw, second(env))) {
        let mut aside_assessments = aside.workspace.assessments;
        loaded.workspace.assessments.append(&mut aside_assessments);
        if loaded.problem.is_none() {
            loaded.problem = aside.problem;
        }
    }
    loaded
}

/// The environment for a second legacy record, so it gets a different id.
fn second(env: Env) -> Env {
    Env {
        random: env.random.wrapping_add(0x9e37),
        ..env
    }
}

fn unreadable() -> Loaded {
    Loaded {
        problem: Some(StorageProblem::Unreadable),
        ..Loaded::default()
    }
}

/// Schema 1 and 2: one set of answers; schema 1 had no revision.
fn from_legacy(stored: StoredIn, env: Env) -> Loaded {
    let legacy = RecordIn::legacy(stored.answers, stored.company);
    let mut problems = Vec::new();
    let assessment = record::read(Loose::Is(legacy), 1, env, &mut problems)
        .map(|mut a| {
            // Legacy data had no id: the new one is not a problem to report.
            problems.retain(|p| p.field != "id");
            a.id = Id::generate(env);
            a
        })
        .filter(|a| !a.is_blank());
    let revision = match stored.revision {
        Loose::Absent => 0,
        Loose::Is(revision) => revision,
        Loose::Not => {
            problems.push(FieldProblem {
                position: 1,
                name: String::new(),
                field: "revision".into(),
                why: record::Why::NotAWholeNumber,
            });
            0
        }
    };
    Loaded {
        workspace: Workspace {
            current: assessment.as_ref().map(|a| a.id.clone()),
            assessments: assessment.into_iter().collect(),
            revision,
            ..Workspace::default()
        },
        problem: (!problems.is_empty()).then_some(StorageProblem::Fields(problems)),
    }
}

fn read_workspace(stored: StoredIn, env: Env) -> Loaded {
    let entries = match stored.assessments {
        Loose::Is(entries) => entries,
        Loose::Absent => Vec::new(),
        Loose::Not => return unreadable(),
    };
    let mut problems = Vec::new();
    let mut assessments: Vec<Assessment> = entries
        .into_iter()
        .enumerate()
        .filter_map(|(i, entry)| record::read(entry, i + 1, env, &mut problems))
        .filter(|a| !a.is_blank())
        .collect();
    record::dedupe_ids(&mut assessments, env, &mut problems);
    let current = stored
        .current
        .ok()
        .as_deref()
        .and_then(Id::parse)
        .filter(|id| assessments.iter().any(|a| &a.id == id));
    let teams = read_teams(stored.teams, &assessments, &mut problems);
    let field = |fields: &[(String, Loose<String>)], name: &str| {
        fields
            .iter()
            .find(|(key, _)| key == name)
            .and_then(|(_, value)| value.clone().ok())
            .unwrap_or_default()
    };
    let by = stored.prepared_by.ok().unwrap_or_default();
    let prepared_by = PreparedBy {
        name: field(&by, "name"),
        organisation: field(&by, "organisation"),
    }
    .cleaned();
    Loaded {
        workspace: Workspace {
            assessments,
            teams,
            current,
            revision: stored.revision.ok().unwrap_or(0),
            prepared_by,
        },
        problem: (!problems.is_empty()).then_some(StorageProblem::Fields(problems)),
    }
}

/// The key to copy unreadable data to: the first of `cto-or-cio.backup`, `.2`, `.3`, … that is
/// free or already holds exactly this data. `stored` reads a key.
pub fn backup_key(raw: &str, stored: impl Fn(&str) -> Option<String>) -> String {
    (1..)
        .map(|n| match n {
            1 => BACKUP_KEY.to_owned(),
            n => format!("{BACKUP_KEY}.{n}"),
        })
        .find(|key| stored(key).is_none_or(|held| held == raw))
        .unwrap_or_else(|| BACKUP_KEY.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::persist::record::Why;
    use crate::core::questionnaire::Question;

    const ENV: Env = Env {
        now: 1_764_115_200_000,
        random: 42,
    };

    fn workspace_of(raw: &str) -> Workspace {
        let loaded = decode(raw, ENV);
        assert_eq!(loaded.problem, None, "{raw}");
        loaded.workspace
    }

    #[test]
    fn round_trip_keeps_every_assessment_the_current_one_and_the_revision() {
        let raw = r#"{"schema":3,"revision":7,"current":"a-2","assessments":[
            {"id":"a-1","company":"Acme \"Quotes\" <Ltd>","answers":{"size":"medium","leadership":"it-manager"},"created":5,"changed":9},
            {"id":"a-2","answers":{"stage":"startup"},"created":6,"changed":6}]}"#;
        let workspace = workspace_of(raw);
        assert_eq!(workspace.assessments.len(), 2);
        assert_eq!(
            workspace.assessments[0].answers.company(),
            "Acme \"Quotes\" <Ltd>"
        );
        assert_eq!(
            workspace.assessments[0]
                .answers
                .get_id(Question::Leadership),
            Some("it-manager")
        );
        assert_eq!(
            (
                workspace.assessments[0].created,
                workspace.assessments[0].changed
            ),
            (5, 9)
        );
        let current = workspace.current.clone().expect("current kept");
        let again = workspace_of(&encode(Saving::assessments(
            &workspace.assessments,
            Some(&current),
            7,
        )));
        assert_eq!(again, workspace);
    }

    #[test]
    fn blank_assessments_are_not_stored() {
        let blank = Assessment::new(Id::generate(ENV), Default::default(), 1);
        let raw = encode(Saving::assessments(
            std::slice::from_ref(&blank),
            Some(&blank.id),
            1,
        ));
        assert_eq!(raw, r#"{"schema":4,"revision":1,"assessments":[]}"#);
    }

    #[test]
    fn schema_1_sample_migrates_to_one_current_assessment() {
        let raw = r#"{"schema":1,"answers":{"size":"small","stage":"startup","leadership":"it-manager"},"company":"Acme"}"#;
        let loaded = migrate(Some(raw), None, ENV);
        assert_eq!(loaded.problem, None);
        let ws = loaded.workspace;
        assert_eq!(ws.revision, 0);
        assert_eq!(ws.assessments.len(), 1);
        let a = &ws.assessments[0];
        assert_eq!(ws.current.as_ref(), Some(&a.id));
        assert_eq!(a.answers.answered_count(), 3);
        assert_eq!(a.answers.get_id(Question::Leadership), Some("it-manager"));
        assert_eq!(a.answers.company(), "Acme");
        assert_eq!((a.created, a.changed), (ENV.now, ENV.now));
    }

    #[test]
    fn schema_2_with_answers_set_aside_migrates_to_two_assessments() {
        let saved = r#"{"schema":2,"revision":12,"answers":{"size":"large"},"company":"Mine"}"#;
        let aside = r#"{"schema":2,"revision":0,"answers":{"size":"micro","stage":"scaling"},"company":"Theirs"}"#;
        let loaded = migrate(Some(saved), Some(aside), ENV);
        assert_eq!(loaded.problem, None);
        let ws = loaded.workspace;
        assert_eq!(ws.revision, 12);
        let names: Vec<&str> = ws.assessments.iter().map(|a| a.answers.company()).collect();
        assert_eq!(names, ["Mine", "Theirs"]);
        assert_ne!(ws.assessments[0].id, ws.assessments[1].id);
        assert_eq!(ws.current.as_ref(), Some(&ws.assessments[0].id));
        // Once migrated, the workspace is stored in schema 3 and reads back the same.
        let current = ws.current.clone().expect("current");
        assert_eq!(
            workspace_of(&encode(Saving::assessments(
                &ws.assessments,
                Some(&current),
                12
            ))),
            ws
        );
    }

    #[test]
    fn nothing_stored_migrates_to_an_empty_workspace() {
        assert_eq!(migrate(None, None, ENV), Loaded::default());
        let blank = r#"{"schema":2,"revision":3,"answers":{}}"#;
        assert!(migrate(Some(blank), None, ENV)
            .workspace
            .assessments
            .is_empty());
    }

    #[test]
    fn bad_json_is_unreadable_and_starts_empty() {
        for raw in [
            "",
            "{",
            "null",
            "[1,2]",
            "\"text\"",
            r#"{"answers":{}}"#,
            r#"{"schema":"1"}"#,
            r#"{"schema":0,"answers":{}}"#,
            r#"{"schema":3,"assessments":{}}"#,
        ] {
            assert_eq!(decode(raw, ENV), unreadable(), "{raw}");
        }
    }

    #[test]
    fn wrong_types_and_unknown_ids_keep_the_valid_rest_and_name_each_field() {
        let raw = r#"{"schema":3,"revision":2,"assessments":[
            {"id":"a-1","company":7,"answers":{"size":"huge","stage":3,"industry":"retail","bogus":"x"},"created":"x"},
            "not an assessment",
            {"id":"a-1","company":"Twin","answers":{"size":"small"}}]}"#;
        let loaded = decode(raw, ENV);
        let ws = &loaded.workspace;
        assert_eq!(ws.assessments.len(), 2);
        assert_eq!(
            ws.assessments[0].answers.get_id(Question::Industry),
            Some("retail")
        );
        assert_eq!(ws.assessments[0].answers.answered_count(), 1);
        assert_ne!(
            ws.assessments[1].id.as_str(),
            "a-1",
            "a repeated id is replaced"
        );
        let Some(StorageProblem::Fields(problems)) = loaded.problem else {
            panic!("field problems expected");
        };
        let found: Vec<(usize, &str, &Why)> = problems
            .iter()
            .map(|p| (p.position, p.field.as_str(), &p.why))
            .collect();
        assert_eq!(
            found,
            [
                (1, "company", &Why::NotText),
                (1, "size", &Why::UnknownOption("huge".into())),
                (1, "stage", &Why::NotText),
                (1, "bogus", &Why::UnknownQuestion),
                (1, "created", &Why::NotAWholeNumber),
                (2, "", &Why::NotAnObject),
                (2, "id", &Why::RepeatedId),
            ]
        );
        assert!(problems[1]
            .message(&crate::core::locale::Catalogue::english())
            .contains("“huge” is not one of its answers"));
    }

    #[test]
    fn newer_schema_is_reported_so_it_is_kept_aside_and_what_is_known_is_used() {
        let loaded = decode(
            r#"{"schema":9,"revision":4,"assessments":[{"id":"a-1","answers":{"size":"large"},"hologram":true}]}"#,
            ENV,
        );
        assert_eq!(loaded.problem, Some(StorageProblem::Newer(9)));
        assert_eq!(loaded.workspace.revision, 4);
        assert_eq!(
            loaded.workspace.assessments[0]
                .answers
                .get_id(Question::Size),
            Some("large")
        );
    }

    #[test]
    fn the_revision_is_read_from_what_this_version_writes_and_from_any_other_json() {
        let blank = Assessment::new(Id::generate(ENV), Default::default(), 1);
        assert_eq!(
            revision(&encode(Saving::assessments(
                std::slice::from_ref(&blank),
                None,
                42
            ))),
            42
        );
        assert_eq!(revision(r#"{"assessments":[],"revision":7,"schema":3}"#), 7);
        assert_eq!(revision("not json"), 0);
    }

    #[test]
    fn backups_never_overwrite_an_earlier_different_copy() {
        let held = |key: &str| match key {
            BACKUP_KEY => Some("older".to_owned()),
            "cto-or-cio.backup.2" => Some("same".to_owned()),
            _ => None,
        };
        assert_eq!(backup_key("new", |_| None), BACKUP_KEY);
        assert_eq!(backup_key("same", held), "cto-or-cio.backup.2");
        assert_eq!(backup_key("other", held), "cto-or-cio.backup.3");
    }
}
