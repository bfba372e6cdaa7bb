//! Where the page is: the screen shown, and the history entries this page has made (the
//! [`Trail`]), kept in step with the browser's session history.

use crate::core::assessment::Id;
use crate::core::questionnaire::{Answers, Question};
use crate::core::team::TeamId;

/// How many assessments can be compared side by side.
pub const COMPARE_MAX: usize = 4;

/// What the page shows.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Screen {
    /// A returning visitor's greeting: continue, see the result, or start a new assessment.
    Welcome,
    Step(Question),
    Result,
    /// Every assessment in this browser.
    Assessments,
    /// Two to [`COMPARE_MAX`] assessments side by side.
    Compare(Vec<Id>),
    /// The hiring kit for the roles the result calls for.
    Kit,
    /// A team's respondents read together.
    Team(TeamId),
}

impl Screen {
    /// Where a person with these answers picks up: the first unanswered question, or the result.
    pub fn resume(answers: &Answers) -> Screen {
        answers
            .first_unanswered()
            .map_or(Screen::Result, Screen::Step)
    }

    /// The screen as text, for the history entry (`step:size`, `result`, `compare:a:b`,
    /// `team:t-…`, …).
    pub(super) fn encode(&self) -> String {
        match self {
            Screen::Welcome => "welcome".into(),
            Screen::Step(q) => format!("step:{}", q.key()),
            Screen::Result => "result".into(),
            Screen::Assessments => "assessments".into(),
            Screen::Compare(ids) => {
                let ids: Vec<&str> = ids.iter().map(Id::as_str).collect();
                format!("compare:{}", ids.join(":"))
            }
            Screen::Kit => "kit".into(),
            Screen::Team(team) => format!("team:{}", team.as_str()),
        }
    }

    pub(super) fn decode(text: &str) -> Option<Screen> {
        let (name, rest) = text.split_once(':').unwrap_or((text, ""));
        let screen = match (name, rest) {
            ("welcome", "") => Screen::Welcome,
            ("step", key) => Screen::Step(Question::from_key(key)?),
            ("result", "") => Screen::Result,
            ("assessments", "") => Screen::Assessments,
            ("compare", ids) => {
                let ids = ids.split(':').map(Id::parse).collect::<Option<Vec<Id>>>()?;
                (2..=COMPARE_MAX)
                    .contains(&ids.len())
                    .then_some(Screen::Compare(ids))?
            }
            ("kit", "") => Screen::Kit,
            ("team", id) => Screen::Team(TeamId::parse(id)?),
            _ => return None,
        };
        Some(screen)
    }
}

/// One history entry: a screen, and the assessment that was current on it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    pub screen: Screen,
    pub assessment: Id,
}

/// The history entries this page has made, and which one is shown. Kept in step with the
/// browser's session history: an action pushes one entry, goes back one, or replaces the current.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Trail {
    pub entries: Vec<Place>,
    pub at: usize,
}

/// How many entries the trail keeps; older ones stay in the browser, which carries each entry's
/// own copy of the trail.
const TRAIL_MAX: usize = 60;

impl Trail {
    pub(super) fn new(place: Place) -> Trail {
        Trail {
            entries: vec![place],
            at: 0,
        }
    }

    pub fn place(&self) -> &Place {
        // `at` always points into `entries`, which is never empty.
        &self.entries[self.at.min(self.entries.len() - 1)]
    }

    /// A new entry, unless `place` is already the current one.
    pub(super) fn push(&mut self, place: Place) {
        if *self.place() != place {
            self.push_new(place);
        }
    }

    /// A new entry, even for the place already shown: the browser made one.
    pub(super) fn push_new(&mut self, place: Place) {
        self.entries.truncate(self.at + 1);
        self.entries.push(place);
        if self.entries.len() > TRAIL_MAX {
            self.entries.remove(0);
        }
        self.at = self.entries.len() - 1;
    }

    /// Back to `place`: one entry back when that is where the previous entry was, else in place.
    pub(super) fn back_to(&mut self, place: Place) {
        if self.at > 0 && self.entries[self.at - 1] == place {
            self.at -= 1;
        } else {
            self.entries[self.at] = place;
        }
    }

    pub(super) fn replace(&mut self, place: Place) {
        self.entries[self.at] = place;
    }

    /// The trail as text for the browser's history entry: `at`, then one line per entry.
    pub fn encode(&self) -> String {
        let mut out = self.at.to_string();
        for place in &self.entries {
            out.push('\n');
            out.push_str(&place.screen.encode());
            out.push('@');
            out.push_str(place.assessment.as_str());
        }
        out
    }

    /// A trail read back from a history entry; `None` unless every line is valid.
    pub fn decode(text: &str) -> Option<Trail> {
        let mut lines = text.lines();
        let at: usize = lines.next()?.parse().ok()?;
        let entries = lines
            .map(|line| {
                let (screen, id) = line.rsplit_once('@')?;
                Some(Place {
                    screen: Screen::decode(screen)?,
                    assessment: Id::parse(id)?,
                })
            })
            .collect::<Option<Vec<Place>>>()?;
        (at < entries.len() && entries.len() <= TRAIL_MAX).then_some(Trail { entries, at })
    }
}
