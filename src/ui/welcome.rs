//! A returning visitor's greeting: where they left off, and what they can do next.

use super::dom::{El, Heading, Page};
use super::store::AppStore;
use crate::core::questionnaire::QUESTION_COUNT;
use crate::core::state::Action;

pub fn screen(store: AppStore) -> Page {
    let (name, answered, next, count) = store.with_untracked(|s| {
        let current = s.current();
        (
            current.answers.company().to_owned(),
            current.answers.answered_count(),
            current.answers.first_unanswered(),
            s.count(),
        )
    });
    let about = match name.as_str() {
        "" => "your company".to_owned(),
        name => name.to_owned(),
    };
    let progress = match next {
        Some(_) => {
            format!("You have answered {answered} of {QUESTION_COUNT} questions about {about}.")
        }
        None => format!("All {QUESTION_COUNT} questions about {about} are answered."),
    };
    let carry_on = match next {
        Some(question) => format!("Continue at step {}", question.index() + 1),
        None => "See the result".to_owned(),
    };
    let mut actions = El::new("div", "welcome__actions")
        .child(El::button("btn btn--primary", &carry_on, move |_| {
            store.dispatch(Action::Continue)
        }))
        .child(El::button("btn", "Start a new assessment", move |_| {
            store.dispatch(Action::New)
        }));
    if count > 1 {
        actions = actions.child(El::button(
            "btn btn--quiet",
            &format!("All {count} assessments"),
            move |_| store.dispatch(Action::ShowAssessments),
        ));
    }
    El::screen(
        "step welcome",
        Heading::new("question__title", "Welcome back"),
        vec![
            El::text("p", "question__context", &progress),
            El::text(
                "p",
                "welcome__note",
                "Your answers stay in this browser. Pick up where you left off, or start another company.",
            ),
            actions,
        ],
    )
}
