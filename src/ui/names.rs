//! How an assessment is named on screen: its company, and for a team's respondent their label
//! ("Harbor Insurance · CFO"), or that it holds the team's combined answers.

use super::locale::{tr, tr_with};
use crate::core::assessment::Assessment;
use crate::core::locale::Msg;

pub fn title(a: &Assessment) -> String {
    match &a.team {
        None => a.name().to_owned(),
        Some(m) if m.combined => tr_with(Msg::TeamCombinedName, &[("company", a.name())]),
        Some(m) => tr_with(
            Msg::TeamRespondentName,
            &[("company", a.name()), ("by", &label(&m.by))],
        ),
    }
}

/// A respondent's label, or a placeholder when they gave none.
pub fn label(by: &str) -> String {
    match by {
        "" => tr(Msg::TeamUnlabelled),
        by => by.to_owned(),
    }
}
