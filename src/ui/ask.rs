//! Asking a team from the result: "Ask your team" makes the invitation; a respondent names
//! themselves and sends their answers back; and who prepares the reports, set once. The sender
//! an invitation names is shown to the respondent as text.

use std::rc::Rc;

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::copy::{copy_text, Text, Wording};
use super::dom::{property, El};
use super::locale::tr;
use super::store::AppStore;
use crate::core::locale::Msg;
use crate::core::persist::share::{self, Extras};
use crate::core::questionnaire::Answers;
use crate::core::state::{Action, PreparedBy};
use crate::core::team::{TeamId, LABEL_MAX_CHARS};
use crate::platform::history;

/// The team part of the result's hand-over: "Ask your team" for an assessment of its own; for
/// a team's answers, who answered, "Send my answers", the invitation and the team view.
pub fn team_panel(store: AppStore) -> El {
    // Rebuilt when the assessment joins a team ("Ask your team"), not as the label is typed.
    let team = store.slice(|s| {
        s.current()
            .team
            .as_ref()
            .map(|m| (m.team.clone(), m.combined))
    });
    El::new("section", "ask no-print")
        .attr("aria-labelledby", "ask-title")
        .bind(move |el| {
            // Read, not only tracked: a memo read by nobody never runs, so never changes.
            team.with(|_| ());
            El::fill(el, untrack(|| panel(store)));
        })
}

fn panel(store: AppStore) -> Vec<El> {
    let member = store.with_untracked(|s| s.current().team.clone());
    let title = El::text("h2", "result__section", &tr(Msg::AskTitle)).attr("id", "ask-title");
    let Some(member) = member else {
        return vec![
            title,
            El::text("p", "", &tr(Msg::AskText)),
            El::button("btn", &tr(Msg::AskButton), move |_| {
                store.dispatch(Action::Invite)
            }),
        ];
    };
    let team = member.team.clone();
    let open = {
        let team = team.clone();
        El::button("btn", &tr(Msg::AskOpenTeam), move |_| {
            store.dispatch(Action::ShowTeam(team.clone()))
        })
    };
    if member.combined {
        return vec![title, El::text("p", "", &tr(Msg::AskCombined)), open];
    }
    vec![
        title,
        label_field(store, &member.by),
        El::text("p", "", &tr(Msg::AskSendText)),
        copy_text(
            Text::OnDemand(Rc::new(move || my_answers(store))),
            Wording::MyAnswers,
        ),
        El::text("p", "", &tr(Msg::AskInviteText)),
        invitation_field(store, team),
        open,
    ]
}

/// The link to this respondent's answers, with their team and label.
fn my_answers(store: AppStore) -> String {
    store.with_untracked(|s| {
        let current = s.current();
        let extras = Extras {
            team: current.team.as_ref().map(|m| m.team.clone()),
            by: current
                .team
                .as_ref()
                .map_or(String::new(), |m| m.by.clone()),
            ..s.link_extras(true)
        };
        history::link_to(&share::encode_with(&current.answers, &extras))
    })
}

/// The invitation link for `team`, to copy or share.
pub fn invitation_field(store: AppStore, team: TeamId) -> El {
    let link = store.slice(move |s| {
        s.invitation(&team)
            .map_or(String::new(), |(company, extras)| {
                let mut answers = Answers::default();
                answers.set_company(&company);
                history::link_to(&share::encode_with(&answers, &extras))
            })
    });
    copy_text(Text::Live(link), Wording::Invitation)
}

/// "Your role in the team": the label the team view shows for these answers.
fn label_field(store: AppStore, by: &str) -> El {
    let input = El::new("input", "field__input")
        .attr("type", "text")
        .attr("maxlength", &LABEL_MAX_CHARS.to_string())
        .attr("autocomplete", "organization-title")
        .attr("value", by)
        .on(ev::input, move |e| {
            if let Some(field) = e.target() {
                store.dispatch(Action::SetLabel(property(field.unchecked_ref(), "value")));
            }
        });
    El::new("label", "field")
        .child(El::text("span", "field__label", &tr(Msg::AskLabel)))
        .child(input)
}

/// Who prepares the reports: a name and an organisation, set once for every report.
pub fn prepared_by_form(store: AppStore) -> El {
    let current = store.with_untracked(|s| s.prepared_by().clone());
    let field = |label: Msg, value: &str, autocomplete: &str, name: bool| {
        El::new("label", "field")
            .child(El::text("span", "field__label", &tr(label)))
            .child(
                El::new("input", "field__input")
                    .attr("type", "text")
                    .attr("maxlength", "80")
                    .attr("autocomplete", autocomplete)
                    .attr("value", value)
                    .on(ev::input, move |e| {
                        let Some(field) = e.target() else { return };
                        let text = property(field.unchecked_ref(), "value");
                        let mut by: PreparedBy = store.with_untracked(|s| s.prepared_by().clone());
                        if name {
                            by.name = text;
                        } else {
                            by.organisation = text;
                        }
                        store.dispatch(Action::SetPreparedBy(by));
                    }),
            )
    };
    El::new("details", "prepared-by-form no-print")
        .child(El::text("summary", "", &tr(Msg::AskPreparedByTitle)))
        .child(El::text("p", "", &tr(Msg::AskPreparedByText)))
        .child(field(Msg::AskPreparedByName, &current.name, "name", true))
        .child(field(
            Msg::AskPreparedByOrganisation,
            &current.organisation,
            "organization",
            false,
        ))
}
