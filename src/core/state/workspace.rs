//! The assessments in this browser: new, open, rename, duplicate, delete, start over, Undo, and
//! the marks for comparison.

use super::trail::COMPARE_MAX;
use super::{newest, Notice, Posted, Screen, State, Undo};
use crate::core::assessment::{Assessment, Env, Id};
use crate::core::questionnaire::{Answers, Question, COMPANY_MAX_CHARS};

impl State {
    pub(super) fn new_assessment(&mut self, env: Env) {
        if !self.current().is_blank() {
            let blank = Assessment::new(self.fresh_id(env), Answers::default(), env.now);
            self.switch_to(blank.id.clone());
            self.assessments.push(blank);
        }
        self.go(Screen::Step(Question::Size));
    }

    pub(super) fn open(&mut self, id: Id) {
        if let Some(answers) = self.get(&id).map(|a| a.answers.clone()) {
            self.switch_to(id);
            self.go(Screen::resume(&answers));
        }
    }

    pub(super) fn rename(&mut self, id: &Id, name: &str, env: Env) {
        if let Some(a) = self.assessments.iter_mut().find(|a| a.id == *id) {
            let before = a.answers.company().to_owned();
            a.answers.set_company(name);
            // A name is all an unanswered assessment has: erasing it would drop it.
            if a.is_blank() {
                a.answers.set_company(&before);
            }
            if a.answers.company() != before {
                a.changed = env.now.max(a.changed);
            }
        }
    }

    pub(super) fn duplicate(&mut self, id: &Id, env: Env) {
        if let Some(original) = self.get(id).cloned() {
            let mut answers = original.answers.clone();
            answers.set_company(&copy_name(original.name()));
            let copy = Assessment::new(self.fresh_id(env), answers, env.now);
            let screen = Screen::resume(&copy.answers);
            self.switch_to(copy.id.clone());
            self.assessments.push(copy);
            self.go(screen);
        }
    }

    /// Clears the current assessment's answers; its name stays.
    pub(super) fn start_over(&mut self, env: Env) {
        let current = self.current().clone();
        if current.answers.answered_count() > 0 {
            let mut cleared = Answers::default();
            cleared.set_company(current.answers.company());
            self.edit_current(env, |a| *a = cleared);
            let undo = self.remember(Undo::Clear {
                id: current.id.clone(),
                answers: current.answers.clone(),
            });
            self.notify_about(
                Notice::Cleared {
                    name: current.name().to_owned(),
                    undo,
                },
                current.id.clone(),
            );
        }
        self.what_if = None;
        self.go(Screen::Step(Question::Size));
    }

    /// Marks an assessment for comparison, or unmarks it. Once [`COMPARE_MAX`] are marked,
    /// another mark is refused (never an earlier one silently dropped).
    pub(super) fn select(&mut self, id: Id) {
        if let Some(at) = self.selected.iter().position(|s| *s == id) {
            self.selected.remove(at);
        } else if self.get(&id).is_some() && self.selected.len() < COMPARE_MAX {
            self.selected.push(id);
        }
    }

    pub(super) fn edit_current(&mut self, env: Env, change: impl FnOnce(&mut Answers)) {
        let current = self.current.clone();
        if let Some(a) = self.assessments.iter_mut().find(|a| a.id == current) {
            let before = a.answers.clone();
            change(&mut a.answers);
            if a.answers != before {
                a.changed = env.now.max(a.changed);
            }
        }
    }

    /// Makes `id` current. A blank assessment left behind is dropped: nothing was entered in it.
    pub(super) fn switch_to(&mut self, id: Id) {
        if id == self.current {
            return;
        }
        let left = self.current.clone();
        self.current = id;
        self.what_if = None;
        self.editing = false;
        self.assessments.retain(|a| a.id != left || !a.is_blank());
    }

    pub(super) fn fresh_id(&self, env: Env) -> Id {
        let mut salt = 0u64;
        loop {
            let id = Id::generate(Env {
                random: env.random.wrapping_add(salt),
                ..env
            });
            if self.get(&id).is_none() {
                return id;
            }
            salt += 1;
        }
    }

    /// Posts a notice about the app as a whole.
    pub(super) fn notify(&mut self, notice: Notice) {
        self.post(notice, None);
    }

    /// Posts a notice about one assessment: it goes when that assessment leaves the screen.
    pub(super) fn notify_about(&mut self, notice: Notice, about: Id) {
        self.post(notice, Some(about));
    }

    fn post(&mut self, notice: Notice, about: Option<Id>) {
        if !self.notices.iter().any(|p| p.notice == notice) {
            self.notices.push(Posted { notice, about });
        }
    }

    /// Keeps `undo` as the one thing Undo restores, replacing any earlier one.
    pub(super) fn remember(&mut self, undo: Undo) -> u64 {
        // Only the newest can be undone, so older offers go.
        self.notices.retain(|p| p.notice.undo().is_none());
        self.undo_seq += 1;
        self.undo = Some((self.undo_seq, undo));
        self.undo_seq
    }

    pub(super) fn delete(&mut self, id: Id, env: Env) {
        let Some(index) = self.assessments.iter().position(|a| a.id == id) else {
            return;
        };
        let was_current = id == self.current;
        let assessment = self.assessments.remove(index);
        self.selected.retain(|s| *s != id);
        if was_current {
            self.what_if = None;
            self.editing = false;
            self.current = match newest(&self.assessments) {
                Some(next) => next,
                None => {
                    let blank = Assessment::new(self.fresh_id(env), Answers::default(), env.now);
                    let id = blank.id.clone();
                    self.assessments.push(blank);
                    id
                }
            };
        }
        if !assessment.is_blank() {
            let name = assessment.name().to_owned();
            let undo = self.remember(Undo::Delete {
                assessment,
                index,
                was_current,
            });
            self.notify(Notice::Deleted { name, undo });
        }
        // A screen about the deleted assessment has nothing left to show.
        let place = self.trail.place().clone();
        let gone = match &place.screen {
            Screen::Compare(ids) => ids.contains(&id),
            Screen::Team(team) => self.respondents(team).is_empty(),
            _ => place.assessment == id,
        };
        if gone {
            let screen = if self.count() > 0 {
                Screen::Assessments
            } else {
                Screen::Step(Question::Size)
            };
            let place = self.place(screen);
            self.trail.push(place);
        } else if place.assessment == id {
            // The list, a comparison or a team view stays, with the new current assessment.
            let fixed = self.place(place.screen);
            self.trail.replace(fixed);
        }
    }

    pub(super) fn undo(&mut self, env: Env) {
        let Some((seq, undo)) = self.undo.take() else {
            return;
        };
        self.notices.retain(|p| p.notice.undo() != Some(seq));
        match undo {
            Undo::Delete {
                assessment,
                index,
                was_current,
            } => {
                if self.get(&assessment.id).is_some() {
                    return;
                }
                let id = assessment.id.clone();
                self.assessments
                    .insert(index.min(self.assessments.len()), assessment);
                if was_current {
                    self.switch_to(id);
                    let screen = self.valid(self.screen().clone());
                    let place = self.place(screen);
                    self.trail.replace(place);
                }
            }
            Undo::Clear { id, answers } => {
                if let Some(a) = self.assessments.iter_mut().find(|a| a.id == id) {
                    a.answers = answers;
                    a.changed = env.now.max(a.changed);
                }
            }
            Undo::Link { created, previous } => {
                if self.get(&previous).is_some() {
                    self.switch_to(previous);
                }
                if self.current != created {
                    self.assessments.retain(|a| a.id != created);
                    let screen = Screen::resume(&self.current().answers);
                    self.go(screen);
                }
            }
        }
    }
}

/// The name of a duplicate, within the company name's limit.
fn copy_name(name: &str) -> String {
    const SUFFIX: &str = " (copy)";
    let room = COMPANY_MAX_CHARS - SUFFIX.chars().count();
    let mut out: String = name.chars().take(room).collect();
    out.push_str(SUFFIX);
    out
}
