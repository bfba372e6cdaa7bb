//! A leadership team answering together (contract v1.2, "Teams of respondents"): a consultant
//! invites the team with a link carrying `team` (and the company, and who sent it); each person
//! answers on their own device and sends back a link with their label (`by`); opened on the
//! consultant's device, each link becomes a respondent of that team. The team view reads the
//! respondents' answers side by side ([`combine`]): the most common answer per question, the ties
//! the consultant settles, and the disagreements that would change the verdict.

pub mod combine;

use crate::core::env::Env;
use crate::core::questionnaire::Question;

/// The longest team id (contract v1.2).
pub const TEAM_ID_MAX_CHARS: usize = 40;
/// The longest respondent label or sender name (contract v1.2).
pub const LABEL_MAX_CHARS: usize = 80;
/// How many respondents the team view is built for.
pub const MAX_RESPONDENTS: usize = 12;

/// A team's id, as links carry it: 1–40 of `A–Z a–z 0–9 - _`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TeamId(String);

impl TeamId {
    /// An id from outside (a link, storage, a file, the history): `None` unless it has the shape.
    pub fn parse(text: &str) -> Option<TeamId> {
        let valid = !text.is_empty()
            && text.len() <= TEAM_ID_MAX_CHARS
            && text
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        valid.then(|| TeamId(text.to_owned()))
    }

    /// A new id, e.g. `t-mbx2k1-3fj9`.
    pub fn generate(env: Env) -> TeamId {
        TeamId(format!("t-{}", env.stamp()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A label or a sender's name from outside: without control characters, trimmed, at most
/// [`LABEL_MAX_CHARS`] characters. Returns the text and whether it had to be cut.
pub fn clean_label(text: &str) -> (String, bool) {
    let kept: String = text.chars().filter(|c| !c.is_control()).collect();
    let trimmed = kept.trim();
    let cut = trimmed.chars().count() > LABEL_MAX_CHARS;
    let label: String = trimmed.chars().take(LABEL_MAX_CHARS).collect();
    (label.trim_end().to_owned(), cut)
}

/// An assessment's place in a team.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Membership {
    pub team: TeamId,
    /// Who answered ("CFO"), as they named themselves; empty until they do.
    pub by: String,
    /// Who sent the invitation, as the link named them; shown to the respondent, as text.
    pub from: String,
    /// The team's combined answers, made from the team view: not a respondent.
    pub combined: bool,
}

impl Membership {
    pub fn respondent(team: TeamId, by: &str, from: &str) -> Membership {
        Membership {
            team,
            by: clean_label(by).0,
            from: clean_label(from).0,
            combined: false,
        }
    }

    /// A respondent of `team`: in it, and not its combined answers.
    pub fn answers_for(&self, team: &TeamId) -> bool {
        self.team == *team && !self.combined
    }
}

/// A team: its company, and the ties the consultant settled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Team {
    pub id: TeamId,
    pub company: String,
    /// One answer per settled question, in questionnaire order: used while that question's
    /// most common answers stay tied and this is one of them.
    settled: Vec<(Question, usize)>,
}

impl Team {
    pub fn new(id: TeamId, company: &str) -> Team {
        Team {
            id,
            company: crate::core::questionnaire::Answers::clean_company(company),
            settled: Vec::new(),
        }
    }

    /// The answer settled for a question, if any.
    pub fn settled(&self, question: Question) -> Option<usize> {
        self.settled
            .iter()
            .find(|(q, _)| *q == question)
            .map(|&(_, choice)| choice)
    }

    /// Every settlement, in questionnaire order.
    pub fn settlements(&self) -> &[(Question, usize)] {
        &self.settled
    }

    /// Settles a question (an option that does not exist is ignored).
    pub fn settle(&mut self, question: Question, choice: usize) {
        if choice >= question.choices().len() {
            return;
        }
        self.settled.retain(|(q, _)| *q != question);
        let at = self
            .settled
            .iter()
            .position(|(q, _)| q.index() > question.index())
            .unwrap_or(self.settled.len());
        self.settled.insert(at, (question, choice));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn team_ids_have_the_contract_shape() {
        assert!(TeamId::parse("acme-2026_Q4").is_some());
        assert!(TeamId::parse(&"a".repeat(40)).is_some());
        for bad in ["", "a b", "a:b", "a@b", "é", &"a".repeat(41)] {
            assert_eq!(TeamId::parse(bad), None, "{bad}");
        }
        let env = Env {
            now: 1_764_115_200_000,
            random: 7,
        };
        let made = TeamId::generate(env);
        assert!(made.as_str().starts_with("t-"));
        assert_eq!(TeamId::parse(made.as_str()), Some(made));
    }

    #[test]
    fn labels_are_text_trimmed_and_cut_at_eighty_characters() {
        assert_eq!(clean_label("  CFO\u{7}  "), ("CFO".to_owned(), false));
        let (label, cut) = clean_label(&"x".repeat(81));
        assert_eq!((label.chars().count(), cut), (80, true));
        assert_eq!(clean_label("<b>CFO</b>").0, "<b>CFO</b>");
    }

    #[test]
    fn a_settlement_replaces_the_last_one_for_its_question() {
        let mut team = Team::new(TeamId::parse("t").unwrap(), "Acme");
        team.settle(Question::Stage, 1);
        team.settle(Question::Size, 2);
        team.settle(Question::Stage, 0);
        team.settle(Question::Stage, 99);
        assert_eq!(
            team.settlements(),
            [(Question::Size, 2), (Question::Stage, 0)]
        );
    }
}
