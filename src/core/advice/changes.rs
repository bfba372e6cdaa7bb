//! What would change the recommendation: the changes an organisation can make or will live
//! through (growing, building an engineering team, systems growing, regulation arriving, a shift
//! in priorities, a leader leaving), the likeliest first, at most [`MAX_CHANGES`]; never another
//! sector or fewer people. Also the path the organisation takes across the plane as it grows.

use crate::core::locale::{Catalogue, Msg};
use crate::core::questionnaire::*;
use crate::core::verdict::*;

/// The most changes the result lists.
pub const MAX_CHANGES: usize = 5;

/// What the result would be: the verdict and, when both roles are called for, which comes first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Outcome {
    pub verdict: Verdict,
    pub first: Option<Side>,
}

impl Outcome {
    pub fn of(rec: &Recommendation) -> Outcome {
        Outcome::at(rec.verdict, rec.lead)
    }

    fn at(verdict: Verdict, lead: Lead) -> Outcome {
        Outcome {
            verdict,
            first: (verdict == Verdict::Both).then_some(lead.first()),
        }
    }

    /// The outcome as the end of a sentence ("you would need a CTO").
    pub const fn phrase(self) -> Msg {
        match (self.verdict, self.first) {
            (Verdict::Cto, _) => Msg::OutcomeCto,
            (Verdict::Cio, _) => Msg::OutcomeCio,
            (Verdict::Both, Some(Side::Cio)) => Msg::OutcomeBothCioFirst,
            (Verdict::Both, _) => Msg::OutcomeBothCtoFirst,
            (Verdict::Combined, _) => Msg::OutcomeCombined,
        }
    }
}

/// A verdict in a few words, for lists, tables and the plane's legend.
pub const fn verdict_label(verdict: Verdict) -> Msg {
    match verdict {
        Verdict::Cto => Msg::VerdictCto,
        Verdict::Cio => Msg::VerdictCio,
        Verdict::Both => Msg::VerdictBoth,
        Verdict::Combined => Msg::VerdictCombined,
    }
}

/// Something an organisation can do or will live through.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    /// Growing into this size band.
    Grow(Size),
    /// Moving on to this stage.
    Stage(Stage),
    /// The engineering team growing to this size.
    Engineering(Engineering),
    /// The internal systems growing to this.
    Systems(Systems),
    /// Regulation arriving or tightening to this.
    Regulation(Regulation),
    /// The main goal shifting to this.
    Priority(Priority),
    /// The leader of this side leaving.
    Leaves(Side),
}

impl Event {
    /// The profile once this has happened; `None` where it cannot happen to this organisation.
    fn applied(self, p: &Profile) -> Option<Profile> {
        let mut next = *p;
        match self {
            Event::Grow(size) if size > p.size => next.size = size,
            Event::Stage(stage) if stage > p.stage => next.stage = stage,
            Event::Engineering(e) if e > p.engineering => next.engineering = e,
            Event::Systems(s) if s > p.systems => next.systems = s,
            Event::Regulation(r) if r > p.regulation => next.regulation = r,
            Event::Priority(priority) if priority != p.priority => next.priority = priority,
            Event::Leaves(Side::Cto) => {
                next.leadership = match p.leadership {
                    Leadership::Cto => Leadership::None,
                    Leadership::Both => Leadership::Cio,
                    _ => return None,
                }
            }
            Event::Leaves(Side::Cio) => {
                next.leadership = match p.leadership {
                    Leadership::Cio => Leadership::None,
                    Leadership::Both => Leadership::Cto,
                    _ => return None,
                }
            }
            _ => return None,
        }
        Some(next)
    }

    /// When it happens, in practice ("when your engineering team passes 30 people").
    pub const fn when(self) -> Msg {
        match self {
            Event::Grow(Size::Micro | Size::Small) => Msg::WhenGrowSmall,
            Event::Grow(Size::Medium) => Msg::WhenGrowMedium,
            Event::Grow(Size::Large) => Msg::WhenGrowLarge,
            Event::Grow(Size::Enterprise) => Msg::WhenGrowEnterprise,
            Event::Stage(Stage::Startup | Stage::Scaling) => Msg::WhenScaling,
            Event::Stage(Stage::Established) => Msg::WhenEstablished,
            Event::Engineering(Engineering::None | Engineering::Few) => Msg::WhenFirstEngineers,
            Event::Engineering(Engineering::Team) => Msg::WhenEngineeringTeam,
            Event::Engineering(Engineering::Department) => Msg::WhenEngineeringDepartment,
            Event::Systems(Systems::Simple | Systems::Moderate) => Msg::WhenSystemsConnected,
            Event::Systems(Systems::Complex) => Msg::WhenSystemsComplex,
            Event::Regulation(Regulation::Light | Regulation::Moderate) => {
                Msg::WhenRegulationModerate
            }
            Event::Regulation(Regulation::Heavy) => Msg::WhenRegulationHeavy,
            Event::Priority(Priority::Products) => Msg::WhenPriorityProducts,
            Event::Priority(Priority::Operations) => Msg::WhenPriorityOperations,
            Event::Priority(Priority::Both) => Msg::WhenPriorityBoth,
            Event::Leaves(Side::Cto) => Msg::WhenCtoLeaves,
            Event::Leaves(Side::Cio) => Msg::WhenCioLeaves,
        }
    }
}

/// What happening would change: the recommendation, or (for a leader leaving) the next step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    Outcome(Outcome),
    /// The verdict stands, and the role must be filled again.
    Refill(Side),
}

/// One or two events and what they would change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub events: Vec<Event>,
    pub effect: Effect,
    /// The needs once it has happened.
    pub scores: (u8, u8),
}

impl Change {
    /// The change as a sentence in `catalogue`'s language, with the terms of `industry`.
    pub fn sentence(&self, catalogue: &Catalogue, industry: Industry) -> String {
        let when = |e: &Event| {
            catalogue.sentence(e.when(), Default::default(), Some(industry.choice().id))
        };
        let effect = match self.effect {
            Effect::Outcome(outcome) => catalogue.sentence(
                outcome.phrase(),
                Default::default(),
                Some(industry.choice().id),
            ),
            Effect::Refill(Side::Cto) => catalogue.text(Msg::OutcomeRefillCto),
            Effect::Refill(Side::Cio) => catalogue.text(Msg::OutcomeRefillCio),
        };
        let scores = [
            ("cto", catalogue.number(u64::from(self.scores.0))),
            ("cio", catalogue.number(u64::from(self.scores.1))),
        ];
        match self.events.as_slice() {
            [a, b] => catalogue.fill(
                Msg::ChangeTwo,
                &[
                    ("when", &when(a)),
                    ("and", &when(b)),
                    ("outcome", &effect),
                    ("cto", &scores[0].1),
                    ("cio", &scores[1].1),
                ],
            ),
            [a, ..] if matches!(self.effect, Effect::Refill(_)) => catalogue.fill(
                Msg::ChangeLeaves,
                &[("when", &when(a)), ("outcome", &effect)],
            ),
            [a, ..] => catalogue.fill(
                Msg::ChangeOne,
                &[
                    ("when", &when(a)),
                    ("outcome", &effect),
                    ("cto", &scores[0].1),
                    ("cio", &scores[1].1),
                ],
            ),
            [] => String::new(),
        }
    }
}

/// The events that can happen to an organisation, likeliest first: the next stage, the next
/// size band, the engineering team, systems and regulation a step up, a shift in priorities,
/// then two steps up, then a leader leaving.
fn events(p: &Profile) -> Vec<Event> {
    let mut out = Vec::new();
    let step = |n: usize| {
        [
            Stage::ALL
                .get(p.stage as usize + n)
                .map(|s| Event::Stage(*s)),
            Size::ALL.get(p.size as usize + n).map(|s| Event::Grow(*s)),
            Engineering::ALL
                .get(p.engineering as usize + n)
                .map(|e| Event::Engineering(*e)),
            Systems::ALL
                .get(p.systems as usize + n)
                .map(|s| Event::Systems(*s)),
            Regulation::ALL
                .get(p.regulation as usize + n)
                .map(|r| Event::Regulation(*r)),
        ]
    };
    out.extend(step(1).into_iter().flatten());
    out.extend(
        Priority::ALL
            .iter()
            .filter(|&&priority| priority != p.priority)
            .map(|&priority| Event::Priority(priority)),
    );
    out.extend(
        step(2)
            .into_iter()
            .flatten()
            .filter(|e| !matches!(e, Event::Stage(_))),
    );
    out.extend([Event::Leaves(Side::Cto), Event::Leaves(Side::Cio)]);
    out
}

/// What would change the recommendation, the likeliest first, at most [`MAX_CHANGES`]. When no
/// single event changes it, pairs of the likeliest next steps are tried. Empty when nothing
/// plausible changes it (the result says so).
pub fn changes(p: &Profile) -> Vec<Change> {
    let (cto, cio) = scores(p);
    let now = Outcome::at(
        verdict_for_scores(p, cto, cio),
        lead_for_scores(p, cto, cio),
    );
    let mut found: Vec<Change> = Vec::new();
    let candidates = events(p);
    for &event in &candidates {
        let Some(after) = event.applied(p) else {
            continue;
        };
        if let Some(change) = effect(p, now, &after, vec![event]) {
            // Growing one band or two is one change: the nearer is listed.
            let listed = found
                .iter()
                .any(|c| c.effect == change.effect && same_kind(c.events[0], event));
            if !listed {
                found.push(change);
            }
        }
    }
    if found.is_empty() {
        // Two of the likeliest single steps at once.
        let steps: Vec<Event> = candidates
            .iter()
            .copied()
            .filter(|e| !matches!(e, Event::Leaves(_) | Event::Priority(_)))
            .take(5)
            .collect();
        for (i, &a) in steps.iter().enumerate() {
            for &b in &steps[i + 1..] {
                if same_kind(a, b) {
                    continue;
                }
                let Some(after) = a.applied(p).and_then(|q| b.applied(&q)) else {
                    continue;
                };
                if let Some(change) = effect(p, now, &after, vec![a, b]) {
                    found.push(change);
                }
            }
        }
    }
    found.truncate(MAX_CHANGES);
    found
}

/// Whether two events move the same answer (growing one band or two is one kind of change).
fn same_kind(a: Event, b: Event) -> bool {
    std::mem::discriminant(&a) == std::mem::discriminant(&b)
}

/// What `after` changes against `now`, if anything.
fn effect(p: &Profile, now: Outcome, after: &Profile, events: Vec<Event>) -> Option<Change> {
    // Scores and the rules alone: this runs for every candidate event of every result.
    let (cto, cio) = scores(after);
    let verdict = verdict_for_scores(after, cto, cio);
    let outcome = Outcome::at(verdict, lead_for_scores(after, cto, cio));
    let effect = if outcome != now {
        Effect::Outcome(outcome)
    } else {
        match events.as_slice() {
            [Event::Leaves(side)] if p.leadership != after.leadership => Effect::Refill(*side),
            _ => return None,
        }
    };
    // A leader leaving changes no need: it matters only where the verdict calls for that role.
    if let Effect::Refill(side) = effect {
        let called = match verdict {
            Verdict::Cto => side == Side::Cto,
            Verdict::Cio => side == Side::Cio,
            Verdict::Both => true,
            Verdict::Combined => false,
        };
        if !called {
            return None;
        }
    }
    Some(Change {
        events,
        effect,
        scores: (cto, cio),
    })
}

/// The outcome at one size band, every other answer kept: a step on the path the organisation
/// would take across the CTO-need × CIO-need plane as it grows.
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

    #[test]
    fn changes_never_shrink_the_organisation_or_change_its_sector_and_are_at_most_five() {
        for p in Profile::all().step_by(7) {
            let found = changes(&p);
            assert!(found.len() <= MAX_CHANGES, "{p:?}");
            for change in &found {
                let mut q = p;
                for event in &change.events {
                    assert!(!matches!(event, Event::Grow(size) if *size <= p.size));
                    q = event.applied(&q).expect("an event that can happen");
                }
                assert_eq!(q.industry, p.industry);
                assert!(q.size >= p.size);
            }
        }
    }

    #[test]
    fn every_change_listed_changes_the_outcome_or_a_role_to_fill() {
        for p in Profile::all().step_by(97) {
            let now = Outcome::of(&recommend(&p));
            for change in changes(&p) {
                let mut q = p;
                for event in &change.events {
                    q = event.applied(&q).expect("possible");
                }
                match change.effect {
                    Effect::Outcome(outcome) => {
                        assert_ne!(outcome, now);
                        assert_eq!(outcome, Outcome::of(&recommend(&q)));
                    }
                    Effect::Refill(_) => assert_ne!(q.leadership, p.leadership),
                }
            }
        }
    }

    #[test]
    fn a_large_agency_with_few_engineers_is_shown_what_building_a_team_would_do() {
        let found = changes(&public_agency());
        assert!(!found.is_empty());
        assert!(found
            .iter()
            .any(|c| c.events == [Event::Engineering(Engineering::Team)]
                && c.effect
                    == Effect::Outcome(Outcome {
                        verdict: Verdict::Both,
                        first: Some(Side::Cio)
                    })));
        assert!(found
            .iter()
            .all(|c| !c.events.iter().any(|e| matches!(e, Event::Grow(_)))));
    }

    /// How likely an event is, 0 the likeliest (the order of [`events`]).
    fn rank(p: &Profile, event: Event) -> usize {
        let steps = |from: usize, to: usize| to.saturating_sub(from);
        match event {
            Event::Stage(_) => 0,
            Event::Grow(s) if steps(p.size as usize, s as usize) == 1 => 1,
            Event::Engineering(e) if steps(p.engineering as usize, e as usize) == 1 => 2,
            Event::Systems(s) if steps(p.systems as usize, s as usize) == 1 => 3,
            Event::Regulation(r) if steps(p.regulation as usize, r as usize) == 1 => 4,
            Event::Priority(_) => 5,
            Event::Leaves(_) => 7,
            _ => 6,
        }
    }

    #[test]
    fn the_likeliest_change_comes_first() {
        for p in Profile::all().step_by(5) {
            let ranks: Vec<usize> = changes(&p)
                .iter()
                .filter(|c| c.events.len() == 1)
                .map(|c| rank(&p, c.events[0]))
                .collect();
            assert!(
                ranks.windows(2).all(|w| w[0] <= w[1]),
                "{ranks:?} for {p:?}"
            );
        }
    }

    #[test]
    fn a_small_software_startup_is_told_that_nothing_likely_changes_its_cto() {
        assert_eq!(changes(&small_software_startup()), Vec::new());
    }

    #[test]
    fn roadmap_follows_the_organisation_through_every_size_band() {
        let road = roadmap(&small_software_startup());
        let verdicts: Vec<Verdict> = road.iter().map(|m| m.verdict).collect();
        use Verdict as V;
        // Even at 1,000 people its internal IT stays under the bar: a CTO, with a head of IT.
        assert_eq!(verdicts, [V::Cto, V::Cto, V::Cto, V::Cto, V::Cto]);
        assert!(road.windows(2).all(|w| w[0].cio_score <= w[1].cio_score));
    }
}
