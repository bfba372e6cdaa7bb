//! The stored form of the answers: versioned JSON, validated on read and migrated from older schemas.
//!
//! - Schema 1 (first release): `{"schema":1,"answers":{"size":"medium",…},"company":"Acme"}`.
//! - Schema 2: adds `"revision"`, a counter raised on every save, so a tab can tell whether what it
//!   hears from another tab is newer than what it has.
//!
//! Option ids are those of contract v1. Reading never fails as a whole: what is valid is kept,
//! and the problem says what was not, so the caller can keep the raw text aside before writing.

use super::answers::Answers;
use super::json::{self, Json};
use super::questions::Question;

/// The schema this version writes.
pub const SCHEMA: u64 = 2;

/// The local-storage key of the answers.
pub const ANSWERS_KEY: &str = "cto-or-cio.answers";
/// Where unreadable or newer data is kept aside before anything is written over it.
pub const BACKUP_KEY: &str = "cto-or-cio.backup";
/// The answers a person set aside when a shared link differed from theirs (same format).
pub const SET_ASIDE_KEY: &str = "cto-or-cio.set-aside";

/// The JSON to store for these answers at this revision.
pub fn encode(answers: &Answers, revision: u64) -> String {
    let mut out = format!("{{\"schema\":{SCHEMA},\"revision\":{revision},\"answers\":{{");
    let mut first = true;
    for q in Question::ALL {
        if let Some(id) = answers.get_id(q) {
            if !first {
                out.push(',');
            }
            first = false;
            json::push_string(&mut out, q.key());
            out.push(':');
            json::push_string(&mut out, id);
        }
    }
    out.push('}');
    if !answers.company().is_empty() {
        out.push_str(",\"company\":");
        json::push_string(&mut out, answers.company());
    }
    out.push('}');
    out
}

/// Why stored data could not be used as it stood.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageProblem {
    /// Not JSON, or not the shape of any schema.
    Unreadable,
    /// Written by a newer version of the app.
    Newer(u64),
    /// Readable, but these fields held values this app does not know.
    InvalidFields(Vec<String>),
}

impl StorageProblem {
    pub fn message(&self) -> String {
        match self {
            StorageProblem::Unreadable => "Your saved answers could not be read, so the app started afresh. The unreadable data was kept aside and can be downloaded.".into(),
            StorageProblem::Newer(v) => format!("Your saved answers were written by a newer version of this app (schema {v}). They were kept aside untouched; this version starts with what it can read."),
            StorageProblem::InvalidFields(fields) => format!("Some saved answers could not be read ({}); those questions are unanswered again. The original data was kept aside and can be downloaded.", fields.join(", ")),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Loaded {
    pub answers: Answers,
    pub revision: u64,
    pub problem: Option<StorageProblem>,
}

/// Reads stored JSON of any known schema; never panics, whatever the input.
pub fn decode(raw: &str) -> Loaded {
    let Some(root @ Json::Object(_)) = json::parse(raw) else {
        return unreadable();
    };
    let Some(schema) = root.get("schema").and_then(Json::as_u64) else {
        return unreadable();
    };
    if schema > SCHEMA {
        // Take what this version understands, but report it so the original is kept aside.
        let mut loaded = read_current(&root);
        loaded.problem = Some(StorageProblem::Newer(schema));
        return loaded;
    }
    match migrate(schema, root) {
        Some(current) => read_current(&current),
        None => unreadable(),
    }
}

fn unreadable() -> Loaded {
    Loaded {
        problem: Some(StorageProblem::Unreadable),
        ..Loaded::default()
    }
}

/// Brings an older schema's object up to the current one, one step at a time. Each new schema
/// adds a step here and a sample of its predecessor to the tests.
fn migrate(schema: u64, root: Json) -> Option<Json> {
    match schema {
        1 => {
            let Json::Object(mut members) = root else {
                return None;
            };
            members.retain(|(key, _)| key != "schema");
            members.push(("schema".into(), Json::Number("2".into())));
            members.push(("revision".into(), Json::Number("0".into())));
            migrate(2, Json::Object(members))
        }
        SCHEMA => Some(root),
        _ => None,
    }
}

fn read_current(root: &Json) -> Loaded {
    let mut answers = Answers::default();
    let mut invalid = Vec::new();
    match root.get("answers") {
        Some(Json::Object(fields)) => {
            for (key, value) in fields {
                let choice = Question::from_key(key)
                    .and_then(|q| Some((q, q.choice_index(value.as_str()?)?)));
                match choice {
                    Some((q, index)) => answers.set(q, index),
                    None => invalid.push(key.chars().take(40).collect()),
                }
            }
        }
        None => {}
        Some(_) => invalid.push("answers".to_owned()),
    }
    match root.get("company") {
        Some(Json::String(name)) => {
            answers.set_company(name);
        }
        None => {}
        Some(_) => invalid.push("company".to_owned()),
    }
    let revision = match root.get("revision") {
        None => 0,
        Some(value) => value.as_u64().unwrap_or_else(|| {
            invalid.push("revision".to_owned());
            0
        }),
    };
    Loaded {
        answers,
        revision,
        problem: (!invalid.is_empty()).then_some(StorageProblem::InvalidFields(invalid)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_keeps_every_answer_and_the_company() {
        let mut answers = Answers::default();
        answers.set(Question::Size, 2);
        answers.set(Question::Leadership, 1);
        answers.set_company("Acme \"Quotes\" <Ltd>");
        let raw = encode(&answers, 7);
        let expected = Loaded {
            answers,
            revision: 7,
            problem: None,
        };
        assert_eq!(decode(&raw), expected);
    }

    #[test]
    fn schema_1_sample_migrates_to_the_current_schema() {
        let raw = r#"{"schema":1,"answers":{"size":"small","stage":"startup","leadership":"it-manager"},"company":"Acme"}"#;
        let loaded = decode(raw);
        assert_eq!(loaded.problem, None);
        assert_eq!(loaded.revision, 0);
        assert_eq!(loaded.answers.answered_count(), 3);
        assert_eq!(
            loaded.answers.get_id(Question::Leadership),
            Some("it-manager")
        );
        assert_eq!(loaded.answers.company(), "Acme");
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
        ] {
            assert_eq!(decode(raw), unreadable(), "{raw}");
        }
    }

    #[test]
    fn wrong_types_and_unknown_ids_keep_the_valid_rest() {
        let raw = r#"{"schema":2,"revision":"x","answers":{"size":"huge","stage":3,"industry":"retail","bogus":"x"},"company":7}"#;
        let loaded = decode(raw);
        assert_eq!(loaded.answers.answered_count(), 1);
        assert_eq!(loaded.answers.get_id(Question::Industry), Some("retail"));
        assert_eq!(
            loaded.problem,
            Some(StorageProblem::InvalidFields(vec![
                "size".into(),
                "stage".into(),
                "bogus".into(),
                "company".into(),
                "revision".into()
            ]))
        );
    }

    #[test]
    fn newer_schema_is_reported_so_it_is_kept_aside() {
        let loaded = decode(r#"{"schema":9,"revision":4,"answers":{"size":"large"}}"#);
        assert_eq!(loaded.revision, 4);
        assert_eq!(loaded.problem, Some(StorageProblem::Newer(9)));
        assert_eq!(loaded.answers.get_id(Question::Size), Some("large"));
    }

    #[test]
    fn every_problem_has_a_sentence() {
        for p in [
            StorageProblem::Unreadable,
            StorageProblem::Newer(2),
            StorageProblem::InvalidFields(vec!["size".into()]),
        ] {
            assert!(p.message().len() > 40);
        }
    }
}
