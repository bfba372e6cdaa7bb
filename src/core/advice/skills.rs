//! The seeds' skills for each role, weighted by what this company's answers make matter most.

use super::claims::{builds_products, said, Claim as C, Said};
use crate::core::questionnaire::*;

/// Skills with the weight this company's answers give them, heaviest first; at most five.
pub(super) fn weighted(mut skills: Vec<(u8, Said)>) -> Vec<Said> {
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
    let mut skills = vec![
        match p.engineering {
            Engineering::None => (
                2,
                said(
                    "Enough technical depth to judge what to build and what to buy",
                    &[C::NoEngineers],
                ),
            ),
            level => (
                2 + level as u8,
                said(
                    "Deep technical knowledge, to lead the engineers you have",
                    &[C::HasEngineers],
                ),
            ),
        },
        (
            if p.priority == Priority::Operations {
                1
            } else {
                3
            },
            said("Vision for which new technologies are worth adopting", &[]),
        ),
        match p.focus {
            Focus::Product => (
                5,
                said(
                    "Product management: turning what users need into a roadmap",
                    &[C::ProductFocus],
                ),
            ),
            Focus::Channel => (
                3,
                said(
                    "Product sense for the platforms customers use",
                    &[C::ChannelFocus],
                ),
            ),
            Focus::Operations => (
                1,
                said(
                    "Understanding what customers need from digital services",
                    &[C::OperationsFocus],
                ),
            ),
        },
        if p.focus == Focus::Operations {
            (
                2,
                said(
                    "Working across departments to turn their needs into digital services",
                    &[C::OperationsFocus],
                ),
            )
        } else {
            (
                3,
                said(
                    "Working alongside marketing, design and sales",
                    &[C::CustomerFacing],
                ),
            )
        },
        match (products, p.stage == Stage::Scaling || p.size >= Size::Large) {
            (true, true) => (
                4,
                said(
                    "Building platforms that scale with growth",
                    &[C::Growing, C::ProductsToBuild],
                ),
            ),
            (true, false) => (
                2,
                said(
                    "Building platforms that can scale when growth comes",
                    &[C::ProductsToBuild],
                ),
            ),
            (false, _) => (
                1,
                said("Choosing services that scale with the organisation", &[]),
            ),
        },
    ];
    if p.regulation == Regulation::Heavy {
        skills.push((
            4,
            said(
                "Building solutions that meet regulatory demands",
                &[C::HeavyRegulation],
            ),
        ));
    }
    weighted(skills)
}

/// The seeds' CIO skills: strategy, budgeting, leadership, risk management, regulatory knowledge.
pub(super) fn cio_skills(p: &Profile) -> Vec<Said> {
    let complex = u8::from(p.systems == Systems::Complex);
    let heavy = u8::from(p.regulation == Regulation::Heavy);
    weighted(vec![
        regulatory_knowledge(p),
        (
            2 + complex + heavy,
            said("Managing risk across data, systems and suppliers", &[]),
        ),
        (3, said("Strategy that ties IT to business goals", &[])),
        budgeting(p),
        match (p.leadership, p.size >= Size::Medium) {
            (Leadership::ItManager, _) => (
                3,
                said(
                    "Leading IT people and projects, starting with your IT manager",
                    &[C::HasItManager],
                ),
            ),
            (_, true) => (
                3,
                said("Leading IT teams and large projects", &[C::FiftyOrMore]),
            ),
            (_, false) => (
                1,
                said(
                    "Running IT projects with vendors and a small team",
                    &[C::UnderFifty],
                ),
            ),
        },
    ])
}

pub(super) fn regulatory_knowledge(p: &Profile) -> (u8, Said) {
    match p.regulation {
        Regulation::Heavy => (
            5,
            said(
                "Deep knowledge of your industry's compliance rules and data governance",
                &[C::HeavyRegulation],
            ),
        ),
        Regulation::Moderate => (
            3,
            said(
                "Working knowledge of privacy rules and data governance",
                &[C::RegulationNotLight],
            ),
        ),
        Regulation::Light => (
            1,
            said(
                "Enough grasp of data protection to keep governance sound",
                &[C::LightRegulation],
            ),
        ),
    }
}

pub(super) fn budgeting(p: &Profile) -> (u8, Said) {
    if p.size >= Size::Medium {
        (
            3,
            said(
                "Budgeting for significant infrastructure and software spending",
                &[C::FiftyOrMore],
            ),
        )
    } else {
        (
            2,
            said(
                "Spending a modest IT budget where it counts",
                &[C::UnderFifty],
            ),
        )
    }
}

/// What one leader covering both sides needs from each list.
pub(super) fn combined_skills(p: &Profile) -> Vec<Said> {
    let complex = u8::from(p.systems == Systems::Complex);
    weighted(vec![
        match (builds_products(p), p.focus) {
            (true, Focus::Product) => (
                5,
                said(
                    "Hands-on technical depth to build the product",
                    &[C::ProductFocus],
                ),
            ),
            (true, _) => (
                4,
                said(
                    "Hands-on technical depth to build what customers use",
                    &[C::ProductsToBuild],
                ),
            ),
            (false, _) => (
                3,
                said(
                    "Judgement to choose, buy and connect the right software",
                    &[C::LittleToBuild],
                ),
            ),
        },
        (
            3 + complex,
            said(
                "Enough operations sense to run internal IT and vendors",
                &[],
            ),
        ),
        if p.regulation == Regulation::Heavy {
            (
                4,
                said(
                    "Judgement on compliance and data security, with outside help for audits",
                    &[C::HeavyRegulation],
                ),
            )
        } else {
            (2, said("Judgement on security and risk", &[]))
        },
        budgeting(p),
        (
            1,
            said(
                "Knowing when to hand half the job to someone else",
                &[C::OneLeader],
            ),
        ),
    ])
}
