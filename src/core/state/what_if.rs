//! What-if: a sandbox copy of the answers on the result, changed freely, kept only on request.

use super::{Screen, State};
use crate::core::assessment::Env;
use crate::core::questionnaire::Question;

impl State {
    pub(super) fn what_if_open(&mut self) {
        // What-if lives on the result only.
        if *self.screen() == Screen::Result && self.what_if.is_none() {
            self.what_if = Some(self.current().answers.clone());
        }
    }

    pub(super) fn what_if_change(&mut self, question: Question, choice: usize) {
        if *self.screen() != Screen::Result {
            return;
        }
        let mut sandbox = self
            .what_if
            .take()
            .unwrap_or_else(|| self.current().answers.clone());
        sandbox.set(question, choice);
        self.what_if = Some(sandbox);
    }

    /// The sandbox changes the nine answers; the name stays as it is now.
    pub(super) fn what_if_keep(&mut self, env: Env) {
        if let Some(sandbox) = self.what_if.take() {
            self.edit_current(env, |a| {
                for q in Question::ALL {
                    match sandbox.get(q) {
                        Some(choice) => a.set(q, choice),
                        None => a.clear(q),
                    }
                }
            });
        }
    }
}
