//! The seeds' skills for each role, weighted by what this organisation's answers make matter most.
//! Nothing is asked for that the answers do not support: leading IT people only where someone
//! runs IT today, building for regulators only where regulation is heavy.

use super::claims::{builds_products, said, Claim as C, Said};
use crate::core::locale::Msg;
use crate::core::questionnaire::*;

/// Skills with the weight this organisation's answers give them, heaviest first; at most five.
fn weighted(mut skills: Vec<(u8, Said)>) -> Vec<Said> {
    // A stable insertion sort: five items, and far less wasm than the standard sorts.
    for i in 1..skills.len() {
        let mut j = i;
        while j > 0 && skills[j - 1].0 < skills[j].0 {
            skills.swap(j - 1, j);
            j -= 1;
        }
    }
    skills.into_iter().take(5).map(|(_, s)| s).collect()
}

/// The seeds' CTO skills: technical depth, innovation and vision, product management, work
/// across functions, scalability; and building for regulators where regulation is heavy.
pub(super) fn cto_skills(p: &Profile) -> Vec<Said> {
    let products = builds_products(p);
    let growing = p.stage == Stage::Scaling || p.size >= Size::Large;
    let mut skills = vec![
        match p.engineering {
            Engineering::None => (2, said(Msg::SkillCtoJudgeBuild, &[C::NoEngineers])),
            level => (
                2 + level as u8,
                said(Msg::SkillCtoDepth, &[C::HasEngineers]),
            ),
        },
        (
            if p.priority == Priority::Operations {
                1
            } else {
                3
            },
            said(Msg::SkillCtoVision, &[]),
        ),
        match p.focus {
            Focus::Product => (5, said(Msg::SkillCtoProduct, &[C::ProductFocus])),
            Focus::Channel => (3, said(Msg::SkillCtoChannel, &[C::ChannelFocus])),
            Focus::Operations => (1, said(Msg::SkillCtoServices, &[C::OperationsFocus])),
        },
        if p.focus == Focus::Operations {
            (2, said(Msg::SkillCtoDepartments, &[C::OperationsFocus]))
        } else {
            (3, said(Msg::SkillCtoCrossFunctional, &[C::CustomerFacing]))
        },
        match (products, growing) {
            (true, true) => (
                4,
                said(Msg::SkillCtoScale, &[C::Growing, C::ProductsToBuild]),
            ),
            (true, false) => (2, said(Msg::SkillCtoScaleLater, &[C::ProductsToBuild])),
            (false, _) => (1, said(Msg::SkillCtoScaleServices, &[C::LittleToBuild])),
        },
    ];
    if p.regulation == Regulation::Heavy {
        skills.push((4, said(Msg::SkillCtoRegulated, &[C::HeavyRegulation])));
    }
    weighted(skills)
}

/// The seeds' CIO skills: strategy, budgeting, leadership, risk management, regulatory knowledge.
pub(super) fn cio_skills(p: &Profile) -> Vec<Said> {
    let complex = u8::from(p.systems == Systems::Complex);
    let heavy = u8::from(p.regulation == Regulation::Heavy);
    weighted(vec![
        regulatory_knowledge(p),
        (2 + complex + heavy, said(Msg::SkillCioRisk, &[])),
        (3, said(Msg::SkillCioStrategy, &[])),
        budgeting(p),
        match (p.leadership, p.size >= Size::Medium) {
            (Leadership::ItManager, _) => (3, said(Msg::SkillCioLeadItManager, &[C::HasItManager])),
            (Leadership::Cio | Leadership::Both, _) => {
                (2, said(Msg::SkillCioLeadProjects, &[C::HasCio]))
            }
            (_, true) => (
                3,
                said(Msg::SkillCioBuildFunction, &[C::FiftyOrMore, C::NoItStaff]),
            ),
            (_, false) => (1, said(Msg::SkillCioVendorsSmall, &[C::UnderFifty])),
        },
    ])
}

fn regulatory_knowledge(p: &Profile) -> (u8, Said) {
    match p.regulation {
        Regulation::Heavy => (5, said(Msg::SkillRegulationHeavy, &[C::HeavyRegulation])),
        Regulation::Moderate => (
            3,
            said(Msg::SkillRegulationModerate, &[C::RegulationNotLight]),
        ),
        Regulation::Light => (1, said(Msg::SkillRegulationLight, &[C::LightRegulation])),
    }
}

fn budgeting(p: &Profile) -> (u8, Said) {
    if p.size >= Size::Medium {
        (3, said(Msg::SkillBudget, &[C::FiftyOrMore]))
    } else {
        (2, said(Msg::SkillBudgetSmall, &[C::UnderFifty]))
    }
}

/// What one leader covering both sides needs from each list.
pub(super) fn combined_skills(p: &Profile) -> Vec<Said> {
    let complex = u8::from(p.systems == Systems::Complex);
    weighted(vec![
        match (builds_products(p), p.focus) {
            (true, Focus::Product) => (5, said(Msg::SkillOneBuildProduct, &[C::ProductFocus])),
            (true, _) => (4, said(Msg::SkillOneBuild, &[C::ProductsToBuild])),
            (false, _) => (3, said(Msg::SkillOneChoose, &[C::LittleToBuild])),
        },
        (3 + complex, said(Msg::SkillOneOperations, &[])),
        if p.regulation == Regulation::Heavy {
            (4, said(Msg::SkillOneCompliance, &[C::HeavyRegulation]))
        } else {
            (2, said(Msg::SkillOneSecurity, &[]))
        },
        budgeting(p),
        (1, said(Msg::SkillOneHandOver, &[C::OneLeader])),
    ])
}
