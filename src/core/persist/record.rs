//! One assessment as stored in the browser and written to an assessment file: the serde types,
//! and a reader that keeps whatever is valid and names each field that is not.
//!
//! ```json
//! {"id":"a-mbx2k1-3fj9","company":"Acme Ltd","answers":{"size":"medium","stage":"scaling"},
//!  "created":1764115200000,"changed":1764118800000}
//! ```
//! Answers use the contract-v1 question keys and option ids; times are milliseconds since the
//! Unix epoch; `company` is left out when there is none. A team's respondent (schema 4, file
//! version 2) adds `"team":"t-…","by":"CFO"`, and `"from":"…"` when an invitation named its
//! sender; the team's combined answers carry `"team"` and `"combined":true`.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::de::{IgnoredAny, MapAccess};
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use super::loose::{Loose, Shape};
use crate::core::assessment::{Assessment, Env, Id, ID_MAX_CHARS};
use crate::core::locale::{Catalogue, Msg};
use crate::core::questionnaire::Question;
use crate::core::questionnaire::{Answers, COMPANY_MAX_CHARS};
use crate::core::team::{clean_label, Membership, TeamId};

/// An assessment as written.
#[derive(Serialize)]
pub struct RecordOut<'a> {
    pub id: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    pub company: &'a str,
    pub answers: AnswerIds<'a>,
    pub created: u64,
    pub changed: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub team: Option<&'a str>,
    #[serde(skip_serializing_if = "str::is_empty")]
    pub by: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    pub from: &'a str,
    #[serde(skip_serializing_if = "is_false")]
    pub combined: bool,
}

fn is_false(value: &bool) -> bool {
    !value
}

impl<'a> From<&'a Assessment> for RecordOut<'a> {
    fn from(a: &'a Assessment) -> RecordOut<'a> {
        let team = a.team.as_ref();
        RecordOut {
            id: a.id.as_str(),
            company: a.answers.company(),
            answers: AnswerIds(Cow::Borrowed(&a.answers)),
            created: a.created,
            changed: a.changed,
            team: team.map(|m| m.team.as_str()),
            by: team.map_or("", |m| m.by.as_str()),
            from: team.map_or("", |m| m.from.as_str()),
            combined: team.is_some_and(|m| m.combined),
        }
    }
}

/// The answers as a JSON object of contract ids, in questionnaire order.
pub struct AnswerIds<'a>(pub Cow<'a, Answers>);

impl AnswerIds<'_> {
    pub fn owned(answers: Answers) -> AnswerIds<'static> {
        AnswerIds(Cow::Owned(answers))
    }

    pub fn is_empty(&self) -> bool {
        self.0.answered_count() == 0
    }
}

impl Serialize for AnswerIds<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let given = Question::ALL
            .into_iter()
            .filter_map(|q| Some((q.key(), self.0.get_id(q)?)));
        let mut map = serializer.serialize_map(None)?;
        for (key, id) in given {
            map.serialize_entry(key, id)?;
        }
        map.end()
    }
}

/// An assessment as read: each field loosely, so that a wrong type in one field costs that
/// field only, and can be named.
#[derive(Default)]
pub struct RecordIn {
    id: Loose<String>,
    company: Loose<String>,
    /// The answers in the order written.
    answers: Loose<Vec<(String, Loose<String>)>>,
    created: Loose<u64>,
    changed: Loose<u64>,
    team: Loose<String>,
    by: Loose<String>,
    from: Loose<String>,
    combined: Loose<bool>,
}

impl RecordIn {
    /// The record schemas 1 and 2 kept: answers and a company name, no id or times.
    pub fn legacy(
        answers: Loose<Vec<(String, Loose<String>)>>,
        company: Loose<String>,
    ) -> RecordIn {
        RecordIn {
            answers,
            company,
            ..RecordIn::default()
        }
    }
}

impl Shape for RecordIn {
    fn from_map<'de, A: MapAccess<'de>>(mut map: A) -> Result<Option<RecordIn>, A::Error> {
        let mut record = RecordIn::default();
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "id" => record.id = map.next_value()?,
                "company" => record.company = map.next_value()?,
                "answers" => record.answers = map.next_value()?,
                "created" => record.created = map.next_value()?,
                "changed" => record.changed = map.next_value()?,
                "team" => record.team = map.next_value()?,
                "by" => record.by = map.next_value()?,
                "from" => record.from = map.next_value()?,
                "combined" => record.combined = map.next_value()?,
                // Fields of a newer version: not this version's to read.
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(Some(record))
    }
}

/// Where a problem was found: which assessment (its position from 1, and its name when it has
/// one), which field. Position 0 is a team's entry, numbered in `name`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldProblem {
    pub position: usize,
    pub name: String,
    pub field: String,
    pub why: Why,
}

/// What was wrong with a field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Why {
    /// The entry is not an object at all; nothing of it was read.
    NotAnObject,
    NotText,
    NotAWholeNumber,
    /// A key that is not one of the nine questions.
    UnknownQuestion,
    /// A value that is not one of the question's option ids (quoted, shortened).
    UnknownOption(String),
    /// Longer than the contract allows; it was cut.
    Cut,
    /// Missing or malformed; a new id was given.
    NewId,
    /// Another assessment in the same data has this id; a new id was given.
    RepeatedId,
    /// Not a team id: the assessment was read without its team.
    NotATeam,
    /// A team's entry that is not an object at all; nothing of it was read.
    TeamNotAnObject,
    /// A team's entry without a valid id: its settlements could not be placed.
    TeamIdBad,
    /// Not `true` or `false`.
    NotYesOrNo,
}

impl FieldProblem {
    /// The problem as a sentence: which assessment, which field, why, and what was done.
    pub fn message(&self, catalogue: &Catalogue) -> String {
        let position = catalogue.number(self.position as u64);
        let which = match self.name.as_str() {
            // A team's entry: `name` holds its position in the list of teams.
            n if self.position == 0 => catalogue.fill(
                Msg::FieldWhichTeam,
                &[("n", &catalogue.number(n.parse().unwrap_or(0)))],
            ),
            "" => catalogue.fill(Msg::FieldWhich, &[("n", &position)]),
            name => catalogue.fill(Msg::FieldWhichNamed, &[("n", &position), ("name", name)]),
        };
        let field = self.field.as_str();
        let why = match &self.why {
            Why::NotAnObject => catalogue.text(Msg::FieldNotAnObject),
            Why::NotText => catalogue.fill(Msg::FieldNotText, &[("field", field)]),
            Why::NotAWholeNumber => catalogue.fill(Msg::FieldNotAWholeNumber, &[("field", field)]),
            Why::UnknownQuestion => catalogue.fill(Msg::FieldUnknownQuestion, &[("field", field)]),
            Why::UnknownOption(value) => catalogue.fill(
                Msg::FieldUnknownOption,
                &[("field", field), ("value", value)],
            ),
            Why::Cut => catalogue.fill(
                Msg::FieldCut,
                &[
                    ("field", field),
                    ("max", &catalogue.number(COMPANY_MAX_CHARS as u64)),
                ],
            ),
            Why::NewId => catalogue.fill(Msg::FieldNewId, &[("field", field)]),
            Why::RepeatedId => catalogue.fill(Msg::FieldRepeatedId, &[("field", field)]),
            Why::NotATeam => catalogue.fill(Msg::FieldNotATeam, &[("field", field)]),
            Why::TeamNotAnObject => catalogue.text(Msg::FieldTeamNotAnObject),
            Why::TeamIdBad => catalogue.fill(Msg::FieldTeamIdBad, &[("field", field)]),
            Why::NotYesOrNo => catalogue.fill(Msg::FieldNotYesOrNo, &[("field", field)]),
        };
        catalogue.fill(Msg::FieldProblem, &[("which", &which), ("why", &why)])
    }
}

/// Reads one assessment. Whatever is valid is kept; each field that is not becomes a problem.
/// `None` only when the entry is not an object. A missing or bad id gets a fresh one from `env`.
pub fn read(
    record: Loose<RecordIn>,
    position: usize,
    env: Env,
    problems: &mut Vec<FieldProblem>,
) -> Option<Assessment> {
    let Loose::Is(record) = record else {
        problems.push(FieldProblem {
            position,
            name: String::new(),
            field: String::new(),
            why: Why::NotAnObject,
        });
        return None;
    };
    let mut answers = Answers::default();
    let mut found = Vec::new();
    match record.company {
        Loose::Absent => {}
        Loose::Is(name) => {
            if answers.set_company(&name) {
                found.push(("company".to_owned(), Why::Cut));
            }
        }
        Loose::Not => found.push(("company".to_owned(), Why::NotText)),
    }
    match record.answers {
        Loose::Absent => {}
        Loose::Is(fields) => {
            for (key, value) in fields {
                let Some(question) = Question::from_key(&key) else {
                    found.push((quote(&key), Why::UnknownQuestion));
                    continue;
                };
                match value.ok().map(|id| (question.choice_index(&id), id)) {
                    Some((Some(choice), _)) => answers.set(question, choice),
                    Some((None, id)) => found.push((key, Why::UnknownOption(quote(&id)))),
                    None => found.push((key, Why::NotText)),
                }
            }
        }
        Loose::Not => found.push(("answers".to_owned(), Why::NotText)),
    }
    let mut time = |field: &str, value: Loose<u64>| match value {
        Loose::Absent => env.now,
        Loose::Is(ms) => ms,
        Loose::Not => {
            found.push((field.to_owned(), Why::NotAWholeNumber));
            env.now
        }
    };
    let created = time("created", record.created);
    let changed = time("changed", record.changed).max(created);
    let id = match record.id.ok().as_deref().and_then(Id::parse) {
        Some(id) => id,
        None => {
            found.push(("id".to_owned(), Why::NewId));
            Id::generate(Env {
                random: env.random.wrapping_add(position as u64),
                ..env
            })
        }
    };
    let team = read_membership(
        &record.team,
        record.by,
        record.from,
        record.combined,
        &mut found,
    );
    let name = answers.company().to_owned();
    problems.extend(found.into_iter().map(|(field, why)| FieldProblem {
        position,
        name: name.clone(),
        field,
        why,
    }));
    Some(Assessment {
        id,
        answers,
        created,
        changed,
        team,
    })
}

/// The team an assessment answers for: `None` without a valid `team`; the label and sender are
/// read as text and cut to their limit.
fn read_membership(
    team: &Loose<String>,
    by: Loose<String>,
    from: Loose<String>,
    combined: Loose<bool>,
    found: &mut Vec<(String, Why)>,
) -> Option<Membership> {
    let team = match team {
        Loose::Absent => return None,
        Loose::Is(text) => TeamId::parse(text),
        Loose::Not => None,
    };
    let Some(team) = team else {
        found.push(("team".to_owned(), Why::NotATeam));
        return None;
    };
    let mut text = |field: &str, value: Loose<String>| match value {
        Loose::Absent => String::new(),
        Loose::Is(raw) => {
            let (label, cut) = clean_label(&raw);
            if cut {
                found.push((field.to_owned(), Why::Cut));
            }
            label
        }
        Loose::Not => {
            found.push((field.to_owned(), Why::NotText));
            String::new()
        }
    };
    let by = text("by", by);
    let from = text("from", from);
    let combined = match combined {
        Loose::Absent => false,
        Loose::Is(value) => value,
        Loose::Not => {
            found.push(("combined".to_owned(), Why::NotYesOrNo));
            false
        }
    };
    Some(Membership {
        team,
        by,
        from,
        combined,
    })
}

/// Gives every assessment after the first with an id already used a fresh one, and says so.
pub fn dedupe_ids(assessments: &mut [Assessment], env: Env, problems: &mut Vec<FieldProblem>) {
    let mut seen = BTreeMap::new();
    for (index, a) in assessments.iter_mut().enumerate() {
        if seen.insert(a.id.clone(), ()).is_some() {
            problems.push(FieldProblem {
                position: index + 1,
                name: a.answers.company().to_owned(),
                field: "id".to_owned(),
                why: Why::RepeatedId,
            });
            let mut salt = index as u64;
            while seen.contains_key(&a.id) {
                a.id = Id::generate(Env {
                    random: env.random.wrapping_add(salt).wrapping_mul(31),
                    ..env
                });
                salt += 1;
            }
            seen.insert(a.id.clone(), ());
        }
    }
}

/// A bad value, shortened for a message.
fn quote(text: &str) -> String {
    let mut quoted: String = text
        .chars()
        .filter(|c| !c.is_control())
        .take(ID_MAX_CHARS)
        .collect();
    if text.chars().count() > ID_MAX_CHARS {
        quoted.push('…');
    }
    quoted
}
