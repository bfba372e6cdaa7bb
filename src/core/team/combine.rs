//! A team's answers read together: for each question, who gave which answer; the combined answer
//! set (the most common answer, or the consultant's pick where the most common answers tie); and
//! the disagreements that matter first, those that would change the verdict if settled the other
//! way.

use super::Team;
use crate::core::questionnaire::{Answers, Question, QUESTION_COUNT};
use crate::core::verdict::{recommend, Recommendation, Verdict};

/// How one question's combined answer was reached.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pick {
    /// Nobody answered it yet.
    Unanswered,
    /// Everyone who answered it agrees.
    Agreed(usize),
    /// More respondents gave this answer than any other.
    Majority(usize),
    /// The most common answers tie, and the consultant picked this one of them.
    Settled(usize),
    /// The most common answers tie (in option order), and nobody has picked one yet.
    Tie(Vec<usize>),
}

impl Pick {
    /// The combined answer, when there is one.
    pub fn choice(&self) -> Option<usize> {
        match self {
            Pick::Agreed(c) | Pick::Majority(c) | Pick::Settled(c) => Some(*c),
            Pick::Unanswered | Pick::Tie(_) => None,
        }
    }
}

/// Everyone's answer to one question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tally {
    pub question: Question,
    /// Each answer given, with the respondents (their positions) who gave it: most given first,
    /// then in option order.
    pub groups: Vec<(usize, Vec<usize>)>,
    pub pick: Pick,
}

impl Tally {
    /// The respondents gave more than one answer.
    pub fn disputed(&self) -> bool {
        self.groups.len() > 1
    }
}

/// The team's answers read together.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Combination {
    /// One per question, in questionnaire order.
    pub tallies: Vec<Tally>,
    /// The combined answers: every question with a pick (ties not yet settled stay open), and
    /// the team's company.
    pub answers: Answers,
}

impl Combination {
    /// The questions whose most common answers tie and are not settled yet.
    pub fn open_ties(&self) -> impl Iterator<Item = &Tally> {
        self.tallies
            .iter()
            .filter(|t| matches!(t.pick, Pick::Tie(_)))
    }

    pub fn disputed(&self) -> impl Iterator<Item = &Tally> {
        self.tallies.iter().filter(|t| t.disputed())
    }

    /// The combined result, once every question has a combined answer.
    pub fn result(&self) -> Option<Recommendation> {
        self.answers.profile().map(|p| recommend(&p))
    }

    /// The combined answers with each open tie read as its first tied answer: what the
    /// disagreements are weighed against while ties remain.
    fn provisional(&self) -> Answers {
        let mut answers = self.answers.clone();
        for tally in &self.tallies {
            if let Pick::Tie(options) = &tally.pick {
                if let Some(&first) = options.first() {
                    answers.set(tally.question, first);
                }
            }
        }
        answers
    }
}

/// Reads the respondents' answers together, with the team's settlements.
pub fn combine(team: &Team, respondents: &[&Answers]) -> Combination {
    let mut answers = Answers::default();
    answers.set_company(&team.company);
    let tallies: Vec<Tally> = Question::ALL
        .iter()
        .map(|&question| {
            let tally = tally(question, respondents, team.settled(question));
            if let Some(choice) = tally.pick.choice() {
                answers.set(question, choice);
            }
            tally
        })
        .collect();
    debug_assert_eq!(tallies.len(), QUESTION_COUNT);
    Combination { tallies, answers }
}

fn tally(question: Question, respondents: &[&Answers], settled: Option<usize>) -> Tally {
    // Who gave each option, in option order.
    let by_option: Vec<Vec<usize>> = (0..question.choices().len())
        .map(|choice| {
            (0..respondents.len())
                .filter(|&who| respondents[who].get(question) == Some(choice))
                .collect()
        })
        .collect();
    // Most given first; among as many, in option order.
    let mut groups: Vec<(usize, Vec<usize>)> = Vec::new();
    for count in (1..=respondents.len()).rev() {
        for (choice, people) in by_option.iter().enumerate() {
            if people.len() == count {
                groups.push((choice, people.clone()));
            }
        }
    }
    let top = groups.first().map_or(0, |(_, people)| people.len());
    let tied: Vec<usize> = groups
        .iter()
        .filter(|(_, people)| people.len() == top)
        .map(|&(choice, _)| choice)
        .collect();
    let pick = match (groups.len(), tied.as_slice()) {
        (0, _) => Pick::Unanswered,
        (1, _) => Pick::Agreed(groups[0].0),
        (_, [one]) => Pick::Majority(*one),
        (_, many) => match settled.filter(|s| many.contains(s)) {
            Some(choice) => Pick::Settled(choice),
            None => Pick::Tie(many.to_vec()),
        },
    };
    Tally {
        question,
        groups,
        pick,
    }
}

/// A question the respondents answered differently, and what each answer given would make of
/// the team's verdict.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Disagreement {
    pub question: Question,
    /// Each answer given, with the verdict the combined answers would reach with it (`None`
    /// while other questions are unanswered), in the tally's order.
    pub outcomes: Vec<(usize, Option<Verdict>)>,
    /// Settled another way, the verdict would differ.
    pub changes_verdict: bool,
}

/// The disputed questions, those that would change the verdict first, then by how many
/// respondents differ from the most common answer, then in questionnaire order. Open ties are
/// weighed with each other tie read as its first answer.
pub fn disagreements(combination: &Combination) -> Vec<Disagreement> {
    let base = combination.provisional();
    let mut found: Vec<(usize, Disagreement)> = combination
        .disputed()
        .map(|tally| {
            let outcomes: Vec<(usize, Option<Verdict>)> = tally
                .groups
                .iter()
                .map(|&(choice, _)| {
                    let mut answers = base.clone();
                    answers.set(tally.question, choice);
                    (choice, answers.profile().map(|p| recommend(&p).verdict))
                })
                .collect();
            let first = outcomes.first().and_then(|&(_, v)| v);
            let changes_verdict = outcomes.iter().any(|&(_, v)| v.is_some() && v != first);
            let minority = tally.groups.iter().skip(1).map(|(_, p)| p.len()).sum();
            (
                minority,
                Disagreement {
                    question: tally.question,
                    outcomes,
                    changes_verdict,
                },
            )
        })
        .collect();
    found.sort_by(|(ma, a), (mb, b)| {
        b.changes_verdict
            .cmp(&a.changes_verdict)
            .then(mb.cmp(ma))
            .then(a.question.index().cmp(&b.question.index()))
    });
    found.into_iter().map(|(_, d)| d).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::samples::*;
    use crate::core::team::TeamId;

    fn team() -> Team {
        Team::new(TeamId::parse("t-1").unwrap(), "Harbor Insurance")
    }

    fn answers_of(p: &crate::core::questionnaire::Profile) -> Answers {
        Answers::from(p)
    }

    #[test]
    fn agreement_majority_and_tie_are_told_apart() {
        let a = answers_of(&insurer());
        let mut b = a.clone();
        b.set(Question::Priority, 0);
        let mut c = a.clone();
        c.set(Question::Priority, 0);
        c.set(Question::Engineering, 0);
        let combined = combine(&team(), &[&a, &b, &c]);
        let pick = |q: Question| combined.tallies[q.index()].pick.clone();
        assert_eq!(
            pick(Question::Size),
            Pick::Agreed(a.get(Question::Size).unwrap())
        );
        assert_eq!(pick(Question::Priority), Pick::Majority(0));
        let engineering = a.get(Question::Engineering).unwrap();
        assert_eq!(pick(Question::Engineering), Pick::Majority(engineering));
        assert_eq!(combined.open_ties().count(), 0);
        assert_eq!(combined.answers.company(), "Harbor Insurance");
        assert!(combined.result().is_some());

        // Two respondents who differ tie on every disputed question, until settled.
        let mut settled = team();
        let two = combine(&settled, &[&a, &c]);
        let ties: Vec<Question> = two.open_ties().map(|t| t.question).collect();
        assert_eq!(ties, [Question::Engineering, Question::Priority]);
        assert!(two.result().is_none());
        settled.settle(Question::Engineering, 0);
        settled.settle(Question::Priority, a.get(Question::Priority).unwrap());
        let done = combine(&settled, &[&a, &c]);
        assert_eq!(done.open_ties().count(), 0);
        assert_eq!(
            done.tallies[Question::Engineering.index()].pick,
            Pick::Settled(0)
        );
        assert!(done.result().is_some());
    }

    #[test]
    fn a_settlement_counts_only_while_its_answer_is_among_the_tied() {
        let a = answers_of(&insurer());
        let mut b = a.clone();
        b.set(Question::Stage, 0);
        let mut t = team();
        t.settle(Question::Stage, 1);
        let stage = a.get(Question::Stage).unwrap();
        assert_ne!(stage, 1);
        assert_ne!(stage, 0);
        let combined = combine(&t, &[&a, &b]);
        assert!(matches!(
            combined.tallies[Question::Stage.index()].pick,
            Pick::Tie(_)
        ));
        // A third respondent breaks the tie: the majority wins, the settlement waits unused.
        let combined = combine(&t, &[&a, &b, &b]);
        assert_eq!(
            combined.tallies[Question::Stage.index()].pick,
            Pick::Majority(0)
        );
    }

    #[test]
    fn disagreements_that_change_the_verdict_come_first() {
        // A public agency (a CIO) whose executives split on the stage, harmlessly, and on the
        // engineering team: one counts a whole department, which would call for a CTO too.
        let a = answers_of(&public_agency());
        let mut b = a.clone();
        b.set(Question::Stage, (a.get(Question::Stage).unwrap() + 1) % 3);
        let mut c = a.clone();
        c.set(Question::Engineering, 3);
        let combined = combine(&team(), &[&a, &a, &b, &c]);
        let found = disagreements(&combined);
        assert_eq!(found.len(), 2);
        let base = combined.result().unwrap().verdict;
        assert!(found.iter().all(|d| d.outcomes.len() >= 2));
        let changing: Vec<bool> = found.iter().map(|d| d.changes_verdict).collect();
        assert_eq!(changing, [true, false], "{found:?}");
        assert_eq!(found[0].question, Question::Engineering);
        let mut sorted = changing.clone();
        sorted.sort_by(|a, b| b.cmp(a));
        assert_eq!(changing, sorted, "changing ones first");
        for d in &found {
            let differs = d.outcomes.iter().any(|&(_, v)| v != Some(base));
            assert_eq!(d.changes_verdict, differs, "{:?}", d.question);
        }
    }

    #[test]
    fn unanswered_questions_leave_no_combined_result() {
        let mut a = answers_of(&insurer());
        a.clear(Question::Leadership);
        let combined = combine(&team(), &[&a]);
        assert_eq!(
            combined.tallies[Question::Leadership.index()].pick,
            Pick::Unanswered
        );
        assert!(combined.result().is_none());
        assert!(disagreements(&combined).is_empty());
    }
}
