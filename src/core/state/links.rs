//! Opening a share link: it never changes or removes another assessment.

use super::{Notice, Screen, State, Undo};
use crate::core::assessment::{Assessment, Env};
use crate::core::persist::share::DecodedLink;

impl State {
    /// Opens a link's answers: an assessment with exactly these answers opens; otherwise they
    /// become a new assessment (or fill the current one when nothing was entered in it). Always
    /// one new history entry, matching the one the browser made for the new address.
    pub(super) fn open_link(&mut self, link: DecodedLink, env: Env) {
        for problem in link.problems {
            self.notify(Notice::Link(problem));
        }
        let answers = link.answers;
        if answers.is_empty() {
            let place = self.trail.place().clone();
            self.trail.push_new(place);
            return;
        }
        let same = if self.current().answers == answers {
            Some(self.current.clone())
        } else {
            self.assessments
                .iter()
                .find(|a| a.answers == answers)
                .map(|a| a.id.clone())
        };
        match same {
            Some(id) => {
                if id != self.current {
                    let name = self.get(&id).map_or("", Assessment::name).to_owned();
                    self.notify(Notice::LinkMatched { name });
                    self.switch_to(id);
                }
            }
            None if self.current().is_blank() => {
                self.edit_current(env, |a| *a = answers);
            }
            None => {
                let created = Assessment::new(self.fresh_id(env), answers, env.now);
                let name = created.name().to_owned();
                let previous = self.current.clone();
                let id = created.id.clone();
                self.assessments.push(created);
                self.switch_to(id.clone());
                let undo = self.remember(Undo::Link {
                    created: id,
                    previous,
                });
                self.notify(Notice::LinkOpened { name, undo });
            }
        }
        let screen = Screen::resume(&self.current().answers);
        let place = self.place(screen);
        self.trail.push_new(place);
    }
}
