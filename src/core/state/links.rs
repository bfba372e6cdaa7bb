//! Opening a share link: it never changes or removes another assessment.

use super::{Notice, Screen, State, Undo};
use crate::core::assessment::{Assessment, Env, Id};
use crate::core::persist::share::DecodedLink;
use crate::core::questionnaire::Answers;
use crate::core::team::{Membership, Team, TeamId};

impl State {
    /// Opens a link's answers: an assessment with exactly these answers opens; otherwise they
    /// become a new assessment (or fill the current one when nothing was entered in it). A link
    /// with a team is an invitation (no answers) or a respondent's answers (see [`Self::open_team_link`]).
    /// Always one new history entry, matching the one the browser made for the new address.
    pub(super) fn open_link(&mut self, link: DecodedLink, env: Env) {
        let DecodedLink {
            answers,
            extras,
            problems,
        } = link;
        if let Some(lang) = extras.lang {
            self.lang = lang;
            self.lang_from_link = true;
        }
        if let Some(team) = extras.team.clone() {
            let member = Membership::respondent(team, &extras.by, &extras.from);
            self.open_team_link(answers, member, env);
        } else if answers.is_empty() {
            let place = self.trail.place().clone();
            self.trail.push_new(place);
        } else {
            self.open_answers(answers, env);
        }
        for problem in problems {
            self.notify_about(Notice::Link(problem), self.current.clone());
        }
    }

    fn open_answers(&mut self, answers: Answers, env: Env) {
        let same = if self.current().answers == answers {
            Some(self.current.clone())
        } else {
            self.assessments
                .iter()
                .find(|a| a.answers == answers)
                .map(|a| a.id.clone())
        };
        match same {
            Some(id) => self.matched(id),
            None if self.current().is_blank() => {
                self.edit_current(env, |a| *a = answers);
            }
            None => {
                let created = Assessment::new(self.fresh_id(env), answers, env.now);
                let name = created.name().to_owned();
                let undo = self.add_from_link(created);
                self.notify_about(Notice::LinkOpened { name, undo }, self.current.clone());
            }
        }
        let screen = Screen::resume(&self.current().answers);
        let place = self.place(screen);
        self.trail.push_new(place);
    }

    /// A link naming a team. Without answers it is an invitation: this device's own answers for
    /// that team open (or a new assessment for them starts, named for the company). With answers
    /// they are a respondent's: the same respondent's identical answers open; any other answers
    /// become a new respondent, never replacing one, and the team view shows them among the rest.
    fn open_team_link(&mut self, answers: Answers, member: Membership, env: Env) {
        let team = member.team.clone();
        if self.team(&team).is_none() {
            self.teams.push(Team::new(team.clone(), answers.company()));
        }
        if answers.answered_count() == 0 {
            let mine = self
                .assessments
                .iter()
                .filter(|a| a.team.as_ref().is_some_and(|m| m.answers_for(&team)))
                .max_by_key(|a| a.changed)
                .map(|a| a.id.clone());
            match mine {
                Some(id) => self.matched(id),
                None => {
                    let mut invited = answers;
                    if invited.company().is_empty() {
                        let company = self.team(&team).map(|t| t.company.clone());
                        invited.set_company(&company.unwrap_or_default());
                    }
                    let mut created = Assessment::new(self.fresh_id(env), invited, env.now);
                    created.team = Some(member);
                    self.take_in(created);
                }
            }
            let screen = Screen::resume(&self.current().answers);
            let place = self.place(screen);
            self.trail.push_new(place);
            return;
        }
        let same = self
            .assessments
            .iter()
            .find(|a| {
                a.answers == answers
                    && a.team
                        .as_ref()
                        .is_some_and(|m| m.answers_for(&team) && m.by == member.by)
            })
            .map(|a| a.id.clone());
        match same {
            Some(id) => self.matched(id),
            None => {
                let by = self.unused_label(&team, &member.by);
                let company = self
                    .team(&team)
                    .map_or(String::new(), |t| t.company.clone());
                let mut created = Assessment::new(self.fresh_id(env), answers, env.now);
                created.team = Some(Membership { by, ..member });
                let by = created
                    .team
                    .as_ref()
                    .map_or(String::new(), |m| m.by.clone());
                let undo = self.add_from_link(created);
                self.notify_about(
                    Notice::RespondentAdded {
                        by,
                        team: company,
                        undo,
                    },
                    self.current.clone(),
                );
            }
        }
        let place = self.place(Screen::Team(team));
        self.trail.push_new(place);
    }

    /// An assessment that was already here opens, and says so when it was not on screen.
    fn matched(&mut self, id: Id) {
        if id != self.current {
            let name = self.get(&id).map_or("", Assessment::name).to_owned();
            self.switch_to(id.clone());
            self.notify_about(Notice::LinkMatched { name }, id);
        }
    }

    /// Adds what a link brought and makes it current: into the current assessment when nothing
    /// was entered there, else as a new one.
    fn take_in(&mut self, created: Assessment) {
        if self.current().is_blank() {
            let id = self.current.clone();
            if let Some(a) = self.assessments.iter_mut().find(|a| a.id == id) {
                a.answers = created.answers;
                a.team = created.team;
                a.changed = created.changed.max(a.changed);
            }
        } else {
            let id = created.id.clone();
            self.assessments.push(created);
            self.switch_to(id);
        }
    }

    /// Adds a link's new assessment, current from now on, with an Undo that takes it out again.
    fn add_from_link(&mut self, created: Assessment) -> u64 {
        let previous = self.current.clone();
        let id = created.id.clone();
        self.assessments.push(created);
        self.switch_to(id.clone());
        self.remember(Undo::Link {
            created: id,
            previous,
        })
    }

    /// `by`, or `by (2)`, `by (3)`, … when another respondent of the team already has that
    /// label: two answer sets from one person stay apart, and neither replaces the other.
    fn unused_label(&self, team: &TeamId, by: &str) -> String {
        let taken = |label: &str| {
            self.respondents(team)
                .iter()
                .any(|a| a.team.as_ref().is_some_and(|m| m.by == label))
        };
        if by.is_empty() || !taken(by) {
            return by.to_owned();
        }
        (2..)
            .map(|n| {
                let suffix = format!(" ({n})");
                let room = crate::core::team::LABEL_MAX_CHARS - suffix.chars().count();
                let mut label: String = by.chars().take(room).collect();
                label.push_str(&suffix);
                label
            })
            .find(|label| !taken(label))
            .unwrap_or_default()
    }
}
