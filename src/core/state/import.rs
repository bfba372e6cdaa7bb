//! Assessments arriving from elsewhere: an imported file (with a choice for conflicts), and
//! another tab's save.

use super::{newest, ImportReport, Notice, Resolution, Screen, State};
use crate::core::assessment::{Assessment, Env};
use crate::core::persist::file::Imported;
use crate::core::persist::storage::Workspace;
use crate::core::questionnaire::Answers;

impl State {
    pub(super) fn import(&mut self, imported: Imported) {
        let mut report = ImportReport {
            added: 0,
            unchanged: 0,
            replaced: 0,
            kept_both: 0,
            skipped: 0,
            problems: imported.problems,
            newer: imported.newer,
        };
        // Teams join this device's: a settlement here stays, one only in the file is added.
        for incoming in imported.teams {
            match self.teams.iter_mut().find(|t| t.id == incoming.id) {
                Some(here) => {
                    for &(question, choice) in incoming.settlements() {
                        if here.settled(question).is_none() {
                            here.settle(question, choice);
                        }
                    }
                }
                None => self.teams.push(incoming),
            }
        }
        let mut conflicts = Vec::new();
        for incoming in imported.assessments.into_iter().filter(|a| !a.is_blank()) {
            match self.get(&incoming.id) {
                None => {
                    self.assessments.push(incoming);
                    report.added += 1;
                }
                Some(here) if here.answers == incoming.answers && here.team == incoming.team => {
                    report.unchanged += 1
                }
                // Nothing was entered in it, so there is nothing to ask about.
                Some(here) if here.is_blank() => {
                    let id = incoming.id.clone();
                    self.assessments.retain(|a| a.id != id);
                    self.assessments.push(incoming);
                    report.added += 1;
                }
                Some(_) => conflicts.push(incoming),
            }
        }
        self.conflicts = conflicts;
        if self.conflicts.is_empty() {
            self.notify(Notice::Imported(report));
        } else {
            self.pending_report = Some(report);
        }
        self.go(Screen::Assessments);
    }

    pub(super) fn resolve(&mut self, resolution: Resolution, env: Env) {
        let Some(mut report) = self.pending_report.take() else {
            return;
        };
        for incoming in std::mem::take(&mut self.conflicts) {
            match resolution {
                Resolution::Replace => {
                    if let Some(here) = self.assessments.iter_mut().find(|a| a.id == incoming.id) {
                        if here.id == self.current {
                            self.what_if = None;
                        }
                        *here = incoming;
                        report.replaced += 1;
                    }
                }
                Resolution::KeepBoth => {
                    let mut copy = incoming;
                    copy.id = self.fresh_id(env);
                    self.assessments.push(copy);
                    report.kept_both += 1;
                }
                Resolution::Skip => report.skipped += 1,
            }
        }
        self.notify(Notice::Imported(report));
    }

    /// Takes another tab's save when it is newer than what this tab has: its assessments, while
    /// this tab keeps showing its own current one (unless that one was deleted there).
    pub(super) fn other_tab(&mut self, workspace: Workspace, env: Env) {
        if workspace.revision <= self.revision {
            return;
        }
        self.revision = workspace.revision;
        let mine = self.current().clone();
        self.assessments = workspace.assessments;
        self.teams = workspace.teams;
        self.prepared_by = workspace.prepared_by;
        if self.get(&mine.id).is_none() {
            // Nothing entered here yet: follow the other tab's current assessment.
            let theirs = workspace
                .current
                .clone()
                .filter(|id| self.get(id).is_some());
            if let (true, Some(id)) = (mine.is_blank(), theirs) {
                self.current = id;
            } else if mine.is_blank() {
                self.assessments.push(mine);
            } else {
                self.notify(Notice::DeletedElsewhere {
                    name: mine.name().to_owned(),
                });
                self.current = match workspace.current.or_else(|| newest(&self.assessments)) {
                    Some(id) if self.get(&id).is_some() => id,
                    _ => {
                        let blank =
                            Assessment::new(self.fresh_id(env), Answers::default(), env.now);
                        let id = blank.id.clone();
                        self.assessments.push(blank);
                        id
                    }
                };
                self.what_if = None;
                let screen = Screen::resume(&self.current().answers);
                let place = self.place(screen);
                self.trail.replace(place);
                return;
            }
        }
        self.selected
            .retain(|id| self.assessments.iter().any(|a| &a.id == id));
        let screen = self.valid(self.screen().clone());
        let place = self.place(screen);
        if *self.trail.place() != place {
            self.trail.replace(place);
        }
    }
}
