//! What would change the verdict: the nearest answer changes in every direction, and the path the
//! company takes across the plane as it grows.

use crate::core::questionnaire::*;
use crate::core::verdict::*;

/// What the result would be: the verdict and, when both roles are called for, which comes first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Outcome {
    pub verdict: Verdict,
    pub first: Option<Side>,
}

impl Outcome {
    pub fn of(rec: &Recommendation) -> Outcome {
        Outcome::new(rec.verdict, rec.lead)
    }

    /// The outcome for this company at these scores.
    fn at(p: &Profile, (cto, cio): (u8, u8)) -> Outcome {
        let verdict = verdict_for_scores(p, cto, cio);
        Outcome {
            verdict,
            first: (verdict == Verdict::Both).then(|| lead_for_scores(p, cto, cio).first()),
        }
    }

    fn new(verdict: Verdict, lead: Lead) -> Outcome {
        Outcome {
            verdict,
            first: (verdict == Verdict::Both).then_some(lead.first()),
        }
    }

    /// A short phrase for the outcome inside a sentence.
    pub const fn phrase(self) -> &'static str {
        match (self.verdict, self.first) {
            (Verdict::Cto, _) => "a CTO",
            (Verdict::Cio, _) => "a CIO",
            (Verdict::Both, Some(Side::Cio)) => "both, with the CIO first",
            (Verdict::Both, _) => "both, with the CTO first",
            (Verdict::Combined, _) => "one leader for both",
        }
    }
}

/// A short phrase for a verdict inside a sentence.
pub const fn verdict_phrase(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Cto => "a CTO",
        Verdict::Cio => "a CIO",
        Verdict::Both => "both a CTO and a CIO",
        Verdict::Combined => "one leader for both",
    }
}

/// One answer changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Edit {
    pub question: Question,
    pub choice: usize,
}

impl Edit {
    /// The profile with this answer changed; `None` for an option that does not exist.
    fn applied(self, p: &Profile) -> Option<Profile> {
        let mut edited = *p;
        let choice = self.choice;
        match self.question {
            Question::Size => edited.size = Size::from_index(choice)?,
            Question::Stage => edited.stage = Stage::from_index(choice)?,
            Question::Industry => edited.industry = Industry::from_index(choice)?,
            Question::Focus => edited.focus = Focus::from_index(choice)?,
            Question::Regulation => edited.regulation = Regulation::from_index(choice)?,
            Question::Systems => edited.systems = Systems::from_index(choice)?,
            Question::Engineering => edited.engineering = Engineering::from_index(choice)?,
            Question::Priority => edited.priority = Priority::from_index(choice)?,
            Question::Leadership => edited.leadership = Leadership::from_index(choice)?,
        }
        Some(edited)
    }

    /// How far the answer moves: steps along an ordered scale, one for any other change.
    fn steps(self, p: &Profile) -> u8 {
        let from = p.choice(self.question);
        let ordered = matches!(
            self.question,
            Question::Size
                | Question::Stage
                | Question::Focus
                | Question::Regulation
                | Question::Systems
                | Question::Engineering
        );
        if ordered {
            u8::try_from(from.abs_diff(self.choice)).unwrap_or(u8::MAX)
        } else {
            1
        }
    }
}

/// Answer changes that would give another outcome.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub edits: Vec<Edit>,
    pub outcome: Outcome,
    /// How far the answers move in all: for ordering changes of the same size.
    pub steps: u8,
}

impl Change {
    pub fn sentence(&self) -> String {
        let mut sentence = String::new();
        for (i, edit) in self.edits.iter().enumerate() {
            if i > 0 {
                sentence.push_str(" and ");
            }
            sentence.push_str(edit.question.topic());
            sentence.push_str(": “");
            sentence.push_str(edit.question.choices()[edit.choice].label);
            sentence.push('”');
        }
        sentence.push_str(" would make it ");
        sentence.push_str(self.outcome.phrase());
        sentence.push('.');
        sentence
    }
}

/// The nearest changes that lead to one outcome.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChangeGroup {
    pub outcome: Outcome,
    pub changes: Vec<Change>,
}

/// How many two-answer changes are kept for an outcome no single change reaches.
pub(super) const PAIRS_PER_OUTCOME: usize = 3;

/// For every other outcome within two answer changes, the nearest changes that lead to it: every
/// single change if one suffices, else the two-answer changes that move the answers least.
/// Groups are ordered nearest first; today's leadership is left alone, as it changes no need.
pub fn changes(p: &Profile) -> Vec<ChangeGroup> {
    let base = scores(p);
    let now = Outcome::at(p, base);
    let mut alternatives = Vec::new();
    for question in Question::ALL {
        let from = p.choice(question);
        // Today's leadership scores nothing and changes no need: it is left alone.
        let Some(old) = answer_points(question, from) else {
            continue;
        };
        for choice in (0..question.choices().len()).filter(|&c| c != from) {
            let edit = Edit { question, choice };
            let (Some(new), Some(edited)) = (answer_points(question, choice), edit.applied(p))
            else {
                continue;
            };
            let points = (base.0 - old.0 + new.0, base.1 - old.1 + new.1);
            alternatives.push((edit, edited, points));
        }
    }
    let mut found: Vec<(Vec<Edit>, Outcome)> = Vec::new();
    for (edit, edited, points) in &alternatives {
        let outcome = Outcome::at(edited, *points);
        if outcome != now {
            found.push((vec![*edit], outcome));
        }
    }
    let mut reached: Vec<Outcome> = Vec::new();
    for (_, outcome) in &found {
        if !reached.contains(outcome) {
            reached.push(*outcome);
        }
    }
    // Five outcomes in all: once every other one is a single change away, no pair is needed.
    let pairs = if reached.len() < 4 {
        alternatives.as_slice()
    } else {
        &[]
    };
    for (i, (a, with_a, points_a)) in pairs.iter().enumerate() {
        for (b, _, points_b) in &pairs[i + 1..] {
            if a.question == b.question {
                continue;
            }
            let Some(both) = b.applied(with_a) else {
                continue;
            };
            // Each edit moves the scores by its own difference from the company's answers.
            let points = (
                points_a.0 + points_b.0 - base.0,
                points_a.1 + points_b.1 - base.1,
            );
            let outcome = Outcome::at(&both, points);
            if outcome != now && !reached.contains(&outcome) {
                found.push((vec![*a, *b], outcome));
            }
        }
    }
    let mut groups: Vec<ChangeGroup> = Vec::new();
    for (edits, outcome) in found {
        let steps = edits.iter().map(|e| e.steps(p)).sum();
        let change = Change {
            edits,
            outcome,
            steps,
        };
        match groups.iter_mut().find(|g| g.outcome == outcome) {
            Some(group) => group.changes.push(change),
            None => groups.push(ChangeGroup {
                outcome,
                changes: vec![change],
            }),
        }
    }
    for group in &mut groups {
        group.changes.sort_by_key(|c| c.steps);
        if group.changes[0].edits.len() > 1 {
            group.changes.truncate(PAIRS_PER_OUTCOME);
        }
    }
    groups.sort_by_key(|g| (g.changes[0].edits.len(), g.changes[0].steps));
    groups
}

/// The outcome at one size band, every other answer kept: a step on the path the company would
/// take across the CTO-need × CIO-need plane as it grows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Milestone {
    pub size: Size,
    pub verdict: Verdict,
    pub cto_score: u8,
    pub cio_score: u8,
}

/// The outcome at each size band, smallest first.
pub fn roadmap(p: &Profile) -> Vec<Milestone> {
    Size::ALL
        .iter()
        .map(|&size| {
            let at = Profile { size, ..*p };
            let (cto_score, cio_score) = scores(&at);
            Milestone {
                size,
                verdict: verdict_for_scores(&at, cto_score, cio_score),
                cto_score,
                cio_score,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::samples::*;
    use crate::core::verdict::recommend;

    #[test]
    fn hospital_group_is_shown_changes_beyond_shrinking() {
        let p = hospital_group();
        let outcomes: Vec<Outcome> = changes(&p).iter().map(|g| g.outcome).collect();
        let cto_first = Outcome {
            verdict: Verdict::Both,
            first: Some(Side::Cto),
        };
        assert!(outcomes.contains(&cto_first), "{outcomes:?}");
        let group = changes(&p).into_iter().find(|g| g.outcome == cto_first);
        let edits = group
            .map(|g| g.changes[0].edits.clone())
            .unwrap_or_default();
        assert!(
            edits.iter().all(|e| e.question != Question::Size),
            "{edits:?}"
        );
    }

    #[test]
    fn changes_are_the_nearest_ones_that_alter_the_outcome() {
        for p in Profile::all().step_by(97) {
            let now = Outcome::of(&recommend(&p));
            let groups = changes(&p);
            for group in &groups {
                for change in &group.changes {
                    let mut changed = p;
                    for edit in &change.edits {
                        changed = edit.applied(&changed).expect("a valid option");
                    }
                    assert_eq!(Outcome::of(&recommend(&changed)), group.outcome, "{p:?}");
                }
            }
            // Today's leadership is left out: it changes no need.
            for question in &Question::ALL[..Question::Leadership.index()] {
                for choice in 0..question.choices().len() {
                    let edit = Edit {
                        question: *question,
                        choice,
                    };
                    let changed = edit.applied(&p).expect("a valid option");
                    let outcome = Outcome::of(&recommend(&changed));
                    let single = groups
                        .iter()
                        .flat_map(|g| &g.changes)
                        .any(|c| c.edits == [edit]);
                    assert_eq!(single, outcome != now, "{p:?} {edit:?}");
                }
            }
        }
    }

    #[test]
    fn changes_come_nearest_first() {
        let groups = changes(&hospital_group());
        let first = &groups[0];
        assert_eq!(first.outcome.verdict, Verdict::Cio);
        assert_eq!(
            first.changes[0].edits,
            [Edit {
                question: Question::Size,
                choice: Size::Medium as usize
            }]
        );
        let sizes: Vec<usize> = groups.iter().map(|g| g.changes[0].edits.len()).collect();
        assert_eq!(sizes, [1, 1, 2]);
    }

    #[test]
    fn manufacturer_with_developers_would_put_its_cto_first_with_a_channel_and_new_offerings() {
        let cto_first = Outcome {
            verdict: Verdict::Both,
            first: Some(Side::Cto),
        };
        let groups = changes(&mid_sized_manufacturer_with_developers());
        let group = groups.iter().find(|g| g.outcome == cto_first);
        let nearest = group.map(|g| g.changes[0].edits.clone());
        let edit = |question, choice: usize| Edit { question, choice };
        assert_eq!(
            nearest,
            Some(vec![
                edit(Question::Focus, Focus::Channel as usize),
                edit(Question::Priority, Priority::Products as usize)
            ])
        );
    }

    #[test]
    fn roadmap_follows_the_company_through_every_size_band() {
        let road = roadmap(&small_software_startup());
        let verdicts: Vec<Verdict> = road.iter().map(|m| m.verdict).collect();
        use Verdict as V;
        assert_eq!(verdicts, [V::Cto, V::Cto, V::Cto, V::Both, V::Both]);
        assert!(road.windows(2).all(|w| w[0].cio_score <= w[1].cio_score));
    }
}
