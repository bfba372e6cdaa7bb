//! Teams as stored and exported (schema 4, file version 2): each team's id, company and settled
//! ties, `{"id":"t-…","company":"Acme","settled":{"stage":"scaling"}}`, listed beside the
//! assessments whose records name the team.

use serde::de::{IgnoredAny, MapAccess};
use serde::Serialize;

use super::loose::{Loose, Shape};
use super::record::{AnswerIds, FieldProblem, RecordOut, Why};
use crate::core::assessment::Assessment;
use crate::core::questionnaire::{Answers, Question};
use crate::core::team::{Team, TeamId};

/// The teams that some kept record answers for.
pub fn teams_out<'a>(teams: &'a [Team], kept: &[RecordOut]) -> Vec<TeamOut<'a>> {
    teams
        .iter()
        .filter(|t| kept.iter().any(|r| r.team == Some(t.id.as_str())))
        .map(TeamOut::from)
        .collect()
}

/// A team as written: its id, company and settled ties.
#[derive(Serialize)]
pub struct TeamOut<'a> {
    id: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    company: &'a str,
    #[serde(skip_serializing_if = "AnswerIds::is_empty")]
    settled: AnswerIds<'static>,
}

impl<'a> From<&'a Team> for TeamOut<'a> {
    fn from(team: &'a Team) -> TeamOut<'a> {
        let mut settled = Answers::default();
        for &(question, choice) in team.settlements() {
            settled.set(question, choice);
        }
        TeamOut {
            id: team.id.as_str(),
            company: &team.company,
            settled: AnswerIds::owned(settled),
        }
    }
}

/// A team as read.
#[derive(Default)]
pub struct TeamIn {
    id: Loose<String>,
    company: Loose<String>,
    settled: Loose<Vec<(String, Loose<String>)>>,
}

impl Shape for TeamIn {
    fn from_map<'de, A: MapAccess<'de>>(mut map: A) -> Result<Option<TeamIn>, A::Error> {
        let mut team = TeamIn::default();
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "id" => team.id = map.next_value()?,
                "company" => team.company = map.next_value()?,
                "settled" => team.settled = map.next_value()?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(Some(team))
    }
}

/// Reads the teams; an entry without a valid id is a problem (its settlements cannot be placed);
/// a settlement that is not a question's option is left out and named. Every team some
/// assessment answers for is there afterwards, made from its company when it was not listed.
pub fn read_teams(
    entries: Loose<Vec<Loose<TeamIn>>>,
    assessments: &[Assessment],
    problems: &mut Vec<FieldProblem>,
) -> Vec<Team> {
    let entries = entries.ok().unwrap_or_default();
    let mut teams: Vec<Team> = Vec::new();
    for (i, entry) in entries.into_iter().enumerate() {
        let problem = |field: &str, why| FieldProblem {
            position: 0,
            name: (i + 1).to_string(),
            field: field.to_owned(),
            why,
        };
        let Loose::Is(entry) = entry else {
            problems.push(problem("", Why::TeamNotAnObject));
            continue;
        };
        let Some(id) = entry.id.ok().as_deref().and_then(TeamId::parse) else {
            problems.push(problem("id", Why::TeamIdBad));
            continue;
        };
        if teams.iter().any(|t| t.id == id) {
            continue;
        }
        let mut team = Team::new(id, &entry.company.ok().unwrap_or_default());
        for (key, value) in entry.settled.ok().unwrap_or_default() {
            let choice =
                Question::from_key(&key).and_then(|q| Some((q, q.choice_index(&value.ok()?)?)));
            match choice {
                Some((question, choice)) => team.settle(question, choice),
                None => problems.push(problem(&key, Why::UnknownQuestion)),
            }
        }
        teams.push(team);
    }
    for a in assessments {
        if let Some(member) = &a.team {
            if !teams.iter().any(|t| t.id == member.team) {
                teams.push(Team::new(member.team.clone(), a.answers.company()));
            }
        }
    }
    teams
}
