//! Assessment files: one or all assessments exported to a `.json` file, and read back.
//!
//! ```json
//! {
//!   "format": "cto-or-cio/assessments",
//!   "version": 1,
//!   "exported": 1764118800000,
//!   "assessments": [ {"id": "a-…", "company": "Acme Ltd", "answers": {"size": "medium"}, … } ]
//! }
//! ```
//! Each assessment is a [`super::record`]. Version 2 adds the teams the exported assessments
//! answer for, as storage keeps them (`"teams":[{"id":"t-…","company":"…","settled":{…}}]`), and
//! each respondent's `team`, `by` and `from`. Reading takes any version up to this one (version 1
//! has no teams), and a newer one as far as this version understands it; every problem names the
//! assessment, or the team, and the field.

use serde::de::{IgnoredAny, MapAccess};
use serde::Serialize;

use super::loose::{Loose, Shape};
use super::record::{self, FieldProblem, RecordIn, RecordOut};
use super::teams::{read_teams, teams_out, TeamIn, TeamOut};
use crate::core::assessment::{Assessment, Env};
use crate::core::locale::{Catalogue, Msg};
use crate::core::team::Team;

/// The `format` every assessment file carries.
pub const FORMAT: &str = "cto-or-cio/assessments";
/// The newest file version this app reads, and the one it writes.
pub const VERSION: u64 = 2;

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    version: u64,
    exported: u64,
    assessments: Vec<RecordOut<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    teams: Vec<TeamOut<'a>>,
}

/// A file as read: every field loosely (see [`super::loose`]).
#[derive(Default)]
struct FileIn {
    format: Loose<String>,
    version: Loose<u64>,
    assessments: Loose<Vec<Loose<RecordIn>>>,
    teams: Loose<Vec<Loose<TeamIn>>>,
}

impl Shape for FileIn {
    fn from_map<'de, A: MapAccess<'de>>(mut map: A) -> Result<Option<FileIn>, A::Error> {
        let mut file = FileIn::default();
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "format" => file.format = map.next_value()?,
                "version" => file.version = map.next_value()?,
                "assessments" => file.assessments = map.next_value()?,
                "teams" => file.teams = map.next_value()?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(Some(file))
    }
}

/// The file's text for these assessments and the teams they answer for (compact JSON: any JSON
/// viewer indents it).
pub fn export<'a>(
    assessments: impl IntoIterator<Item = &'a Assessment>,
    teams: &'a [Team],
    now: u64,
) -> String {
    let assessments: Vec<RecordOut> = assessments.into_iter().map(RecordOut::from).collect();
    let file = FileOut {
        format: FORMAT,
        version: VERSION,
        exported: now,
        teams: teams_out(teams, &assessments),
        assessments,
    };
    serde_json::to_string(&file).unwrap_or_default()
}

/// A file name for an export: the company's name for one assessment, else a date (`YYYY-MM-DD`).
pub fn file_name(single: Option<&Assessment>, date: &str) -> String {
    let company = single.map(|a| a.answers.company()).unwrap_or_default();
    let slug: String = company
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let slug = slug
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    match (single, slug.is_empty()) {
        (Some(_), false) => format!("{slug}.cto-or-cio.json"),
        (Some(_), true) => format!("assessment-{date}.cto-or-cio.json"),
        (None, _) => format!("assessments-{date}.cto-or-cio.json"),
    }
}

/// A file that could be read, with what could not be used in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    pub assessments: Vec<Assessment>,
    /// Every team an imported assessment answers for.
    pub teams: Vec<Team>,
    pub problems: Vec<FieldProblem>,
    /// The file's version when it is newer than this app's.
    pub newer: Option<u64>,
}

/// Why a file could not be read at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    /// Not JSON; where the reader stopped.
    NotJson { line: usize, column: usize },
    /// JSON, but not an assessment file of this app.
    NotAnAssessmentFile,
    /// An assessment file without a list of assessments.
    NoList,
    /// The app's code that reads files could not be fetched (a network failure).
    NotLoaded,
}

impl FileError {
    /// The error as a sentence for a person, in `catalogue`'s language.
    pub fn message(&self, catalogue: &Catalogue) -> String {
        match self {
            FileError::NotJson { line, column } => catalogue.fill(
                Msg::FileNotJson,
                &[
                    ("line", &catalogue.number(*line as u64)),
                    ("column", &catalogue.number(*column as u64)),
                ],
            ),
            FileError::NotAnAssessmentFile => {
                catalogue.fill(Msg::FileNotAssessments, &[("format", FORMAT)])
            }
            FileError::NoList => catalogue.text(Msg::FileNoList),
            FileError::NotLoaded => catalogue.text(Msg::FileNotLoaded),
        }
    }
}

/// Reads an assessment file of any version; never panics, whatever the input.
pub fn import(text: &str, env: Env) -> Result<Imported, FileError> {
    let read: Loose<FileIn> = serde_json::from_str(text).map_err(|e| FileError::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
    let Some(file) = read
        .ok()
        .filter(|f| f.format.clone().ok().as_deref() == Some(FORMAT))
    else {
        return Err(FileError::NotAnAssessmentFile);
    };
    let Loose::Is(entries) = file.assessments else {
        return Err(FileError::NoList);
    };
    // A file without a readable version is read as version 1, the first.
    let version = file.version.ok().unwrap_or(1);
    let mut problems = Vec::new();
    let mut assessments: Vec<Assessment> = entries
        .into_iter()
        .enumerate()
        .filter_map(|(i, entry)| record::read(entry, i + 1, env, &mut problems))
        .collect();
    record::dedupe_ids(&mut assessments, env, &mut problems);
    let teams = read_teams(file.teams, &assessments, &mut problems);
    Ok(Imported {
        assessments,
        teams,
        problems,
        newer: (version > VERSION).then_some(version),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::assessment::Id;
    use crate::core::persist::record::Why;
    use crate::core::questionnaire::Answers;
    use crate::core::questionnaire::Question;

    const ENV: Env = Env {
        now: 1_764_115_200_000,
        random: 7,
    };

    fn assessment(id: &str, company: &str, size: usize) -> Assessment {
        let mut answers = Answers::default();
        answers.set(Question::Size, size);
        answers.set_company(company);
        Assessment {
            id: Id::parse(id).expect("valid id"),
            answers,
            created: 10,
            changed: 20,
            team: None,
        }
    }

    #[test]
    fn export_then_import_gives_back_every_assessment_exactly() {
        let all = [assessment("a-1", "Acme", 2), assessment("a-2", "", 0)];
        let text = export(&all, &[], ENV.now);
        assert!(text.starts_with(r#"{"format":"cto-or-cio/assessments","version":2,"#));
        let imported = import(&text, ENV).expect("readable");
        assert_eq!(imported.assessments, all);
        assert_eq!(imported.problems, []);
        assert_eq!(imported.newer, None);
    }

    #[test]
    fn text_that_is_not_json_says_where_it_stops() {
        assert_eq!(
            import("{\n  \"format\": oops", ENV),
            Err(FileError::NotJson {
                line: 2,
                column: 13
            })
        );
    }

    #[test]
    fn other_json_is_not_an_assessment_file() {
        for text in [
            "[]",
            "{}",
            r#"{"format":"something-else","assessments":[]}"#,
        ] {
            assert_eq!(
                import(text, ENV),
                Err(FileError::NotAnAssessmentFile),
                "{text}"
            );
        }
        assert_eq!(
            import(
                r#"{"format":"cto-or-cio/assessments","assessments":3}"#,
                ENV
            ),
            Err(FileError::NoList)
        );
    }

    #[test]
    fn a_newer_version_imports_what_this_version_understands_and_says_so() {
        let text = r#"{"format":"cto-or-cio/assessments","version":4,"assessments":[
            {"id":"a-9","company":"Future","answers":{"size":"large","ai":"yes"},"tags":["x"]}]}"#;
        let imported = import(text, ENV).expect("readable");
        assert_eq!(imported.newer, Some(4));
        assert_eq!(
            imported.assessments[0].answers.get_id(Question::Size),
            Some("large")
        );
        assert_eq!(imported.problems.len(), 1);
        assert_eq!(imported.problems[0].why, Why::UnknownQuestion);
        assert_eq!(
            imported.problems[0].message(&crate::core::locale::Catalogue::english()),
            "Assessment 1 (“Future”): “ai” is not a question of this app; left out."
        );
    }

    #[test]
    fn file_names_follow_the_company_or_the_date() {
        let acme = assessment("a-1", "Acme & Sons, Ltd.", 0);
        assert_eq!(
            file_name(Some(&acme), "2026-11-26"),
            "acme-sons-ltd.cto-or-cio.json"
        );
        let unnamed = assessment("a-2", "", 0);
        assert_eq!(
            file_name(Some(&unnamed), "2026-11-26"),
            "assessment-2026-11-26.cto-or-cio.json"
        );
        assert_eq!(
            file_name(None, "2026-11-26"),
            "assessments-2026-11-26.cto-or-cio.json"
        );
    }
}
