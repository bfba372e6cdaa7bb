//! Moving through the questionnaire and between screens: every move is a history entry.

use super::trail::COMPARE_MAX;
use super::{Place, Screen, State, Trail};
use crate::core::assessment::{Env, Id};
use crate::core::questionnaire::Question;

impl State {
    pub(super) fn choose(&mut self, question: Question, choice: usize, advance: bool, env: Env) {
        self.edit_current(env, |a| a.set(question, choice));
        if advance {
            self.advance_from(question);
        }
    }

    pub(super) fn next(&mut self) {
        if let Screen::Step(question) = *self.screen() {
            if self.current().answers.get(question).is_some() {
                self.advance_from(question);
            }
        }
    }

    pub(super) fn back(&mut self) {
        if let Screen::Step(question) = *self.screen() {
            if let Some(previous) = question.index().checked_sub(1) {
                let place = self.place(Screen::Step(Question::ALL[previous]));
                self.trail.back_to(place);
            }
        } else if self.trail.at > 0 {
            let place = self.trail.entries[self.trail.at - 1].clone();
            self.trail.back_to(place);
            self.follow_place();
        }
    }

    pub(super) fn popped(&mut self, snapshot: Trail) {
        let known = snapshot.at < self.trail.entries.len()
            && self.trail.entries[..=snapshot.at] == snapshot.entries[..=snapshot.at];
        if known {
            self.trail.at = snapshot.at;
        } else {
            self.trail = snapshot;
        }
        self.follow_place();
    }

    pub(super) fn edit(&mut self, question: Question) {
        self.what_if = None;
        self.editing = true;
        self.go(Screen::Step(question));
    }

    /// Two to four assessments side by side (each once, each still here).
    pub(super) fn compare(&mut self, ids: Vec<Id>) {
        let mut unique: Vec<Id> = Vec::new();
        for id in ids {
            if !unique.contains(&id) && self.get(&id).is_some() {
                unique.push(id);
            }
        }
        if (2..=COMPARE_MAX).contains(&unique.len()) {
            self.go(Screen::Compare(unique));
        }
    }

    /// The place for `screen` with the current assessment.
    pub(super) fn place(&self, screen: Screen) -> Place {
        Place {
            screen,
            assessment: self.current.clone(),
        }
    }

    /// Moves on to `screen` as a new history entry. A screen that needs every answer falls back
    /// to the first open question.
    pub(super) fn go(&mut self, screen: Screen) {
        let screen = self.valid(screen);
        if !matches!(screen, Screen::Step(_)) {
            self.editing = false;
        }
        if screen != Screen::Result {
            self.what_if = None;
        }
        let place = self.place(screen);
        self.trail.push(place);
    }

    /// `screen`, or where to go instead when it cannot be shown now.
    pub(super) fn valid(&self, screen: Screen) -> Screen {
        match screen {
            Screen::Result | Screen::Kit if self.current().answers.profile().is_none() => {
                Screen::resume(&self.current().answers)
            }
            Screen::Compare(ids) if ids.iter().any(|id| self.get(id).is_none()) => {
                Screen::Assessments
            }
            Screen::Team(team) if self.respondents(&team).is_empty() => Screen::Assessments,
            other => other,
        }
    }

    /// After the trail moved: make its assessment current, and its screen valid.
    pub(super) fn follow_place(&mut self) {
        let place = self.trail.place().clone();
        if place.assessment != self.current && self.get(&place.assessment).is_some() {
            self.switch_to(place.assessment.clone());
        }
        let screen = self.valid(place.screen.clone());
        let fixed = self.place(screen);
        if fixed != place {
            self.trail.replace(fixed);
        }
        if *self.screen() != Screen::Result {
            self.what_if = None;
        }
    }

    /// Where answering `question` leads: the next question, the result after an edit or at the
    /// end, or whichever question is still open.
    pub(super) fn advance_from(&mut self, question: Question) {
        let answers = &self.current().answers;
        let screen = match Question::ALL.get(question.index() + 1) {
            Some(next) if !self.editing => Screen::Step(*next),
            _ => Screen::resume(answers),
        };
        if screen == Screen::Result {
            self.editing = false;
        }
        self.go(screen);
    }
}
