//! A returning visitor's greeting: where they left off, and what they can do next.

use super::dom::{El, Heading, Page};
use super::locale::{number, tr, tr_count, tr_with};
use super::store::AppStore;
use crate::core::locale::Msg;
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
        "" => tr(Msg::WelcomeYourOrganisation),
        name => name.to_owned(),
    };
    let total = number(QUESTION_COUNT as u64);
    let progress = match next {
        Some(_) => tr_with(
            Msg::WelcomeProgress,
            &[
                ("answered", &number(answered as u64)),
                ("total", &total),
                ("about", &about),
            ],
        ),
        None => tr_with(Msg::WelcomeDone, &[("total", &total), ("about", &about)]),
    };
    let carry_on = match next {
        Some(question) => tr_with(
            Msg::WelcomeContinue,
            &[("step", &number(question.index() as u64 + 1))],
        ),
        None => tr(Msg::WelcomeSeeResult),
    };
    let mut actions = El::new("div", "welcome__actions")
        .child(El::button("btn btn--primary", &carry_on, move |_| {
            store.dispatch(Action::Continue)
        }))
        .child(El::button("btn", &tr(Msg::WelcomeNew), move |_| {
            store.dispatch(Action::New)
        }));
    if count > 1 {
        actions = actions.child(El::button(
            "btn btn--quiet",
            &tr_count(Msg::WelcomeAll, count),
            move |_| store.dispatch(Action::ShowAssessments),
        ));
    }
    El::screen(
        "step welcome",
        Heading::new("question__title", &tr(Msg::WelcomeTitle)),
        vec![
            El::text("p", "question__context", &progress),
            El::text("p", "welcome__note", &tr(Msg::WelcomeNote)),
            actions,
        ],
    )
}
