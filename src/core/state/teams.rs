//! A team on this device: inviting it, a respondent naming themselves, and the team's combined
//! answers as an assessment of their own.

use super::{Notice, Screen, State, Undo};
use crate::core::assessment::{Assessment, Env};
use crate::core::persist::share::Extras;
use crate::core::team::{clean_label, Membership, Team, TeamId};

impl State {
    /// Makes the current assessment the first of a new team, unless it is in one already.
    pub(super) fn invite(&mut self, env: Env) {
        if self.current().team.is_some() {
            return;
        }
        let mut salt = 0;
        let id = loop {
            let id = TeamId::generate(Env {
                random: env.random.wrapping_add(salt),
                ..env
            });
            if self.team(&id).is_none() {
                break id;
            }
            salt += 1;
        };
        let company = self.current().answers.company().to_owned();
        self.teams.push(Team::new(id.clone(), &company));
        let current = self.current.clone();
        if let Some(a) = self.assessments.iter_mut().find(|a| a.id == current) {
            a.team = Some(Membership::respondent(id, "", ""));
            a.changed = env.now.max(a.changed);
        }
    }

    /// Names who answered the current assessment ("CFO"), when it answers for a team.
    pub(super) fn set_label(&mut self, label: &str, env: Env) {
        let (label, _) = clean_label(label);
        let current = self.current.clone();
        if let Some(a) = self.assessments.iter_mut().find(|a| a.id == current) {
            if let Some(member) = a.team.as_mut().filter(|m| m.by != label) {
                member.by = label;
                a.changed = env.now.max(a.changed);
            }
        }
    }

    /// The link that invites `team`: its id and company, and who sends it.
    pub fn invitation(&self, team: &TeamId) -> Option<(String, Extras)> {
        let team = self.team(team)?;
        let from = match (
            self.prepared_by.name.as_str(),
            self.prepared_by.organisation.as_str(),
        ) {
            ("", organisation) => organisation.to_owned(),
            (name, "") => name.to_owned(),
            (name, organisation) => format!("{name}, {organisation}"),
        };
        let extras = Extras {
            team: Some(team.id.clone()),
            from: clean_label(&from).0,
            ..self.link_extras(true)
        };
        Some((team.company.clone(), extras))
    }

    /// The team's combined answers as an assessment: its full result and hiring kit. Made once
    /// and brought up to date afterwards, with an Undo that gives back the earlier answers.
    pub(super) fn open_combined(&mut self, team: &TeamId, env: Env) {
        let Some(combination) = self.combination(team) else {
            return;
        };
        // Only once every question has the team's answer (no tie left open).
        let answers = combination.answers;
        if answers.first_unanswered().is_some() {
            return;
        }
        let existing = self
            .assessments
            .iter()
            .find(|a| {
                a.team
                    .as_ref()
                    .is_some_and(|m| m.team == *team && m.combined)
            })
            .map(|a| (a.id.clone(), a.answers.clone()));
        match existing {
            Some((id, before)) => {
                self.switch_to(id.clone());
                if before != answers {
                    self.edit_current(env, |a| *a = answers);
                    let undo = self.remember(Undo::Clear {
                        id: id.clone(),
                        answers: before,
                    });
                    let name = self.current().name().to_owned();
                    self.notify_about(Notice::CombinedUpdated { team: name, undo }, id);
                }
            }
            None => {
                let mut created = Assessment::new(self.fresh_id(env), answers, env.now);
                created.team = Some(Membership {
                    combined: true,
                    ..Membership::respondent(team.clone(), "", "")
                });
                let id = created.id.clone();
                self.assessments.push(created);
                self.switch_to(id);
            }
        }
        self.go(Screen::Result);
    }
}
