//! A kit's interview questions, each tied to an answer the company gave.

use crate::core::advice::claims::{builds_products, said, Claim as C, Said};
use crate::core::advice::roles::Role;
use crate::core::questionnaire::*;

/// The most interview questions a kit lists; every kit has at least six.
pub(super) const MAX_QUESTIONS: usize = 8;

pub(super) fn questions(role: Role, p: &Profile) -> Vec<Said> {
    let builds = builds_products(p);
    let asked = match role {
        Role::Cto => vec![
            Some(focus_question(p)),
            Some(engineering_question(p)),
            if p.regulation == Regulation::Heavy && builds {
                Some(said(
                    "How have you built products that satisfy regulators from the first release?",
                    &[C::HeavyRegulation, C::ProductsToBuild],
                ))
            } else if p.regulation == Regulation::Heavy {
                Some(said(
                    "How would you make sure new digital services meet our regulators' demands?",
                    &[C::HeavyRegulation],
                ))
            } else {
                None
            },
            (builds && (p.stage == Stage::Scaling || p.size >= Size::Large)).then_some(said(
                "Tell us about a platform you kept reliable while its use grew several times \
                 over.",
                &[C::Growing, C::ProductsToBuild],
            )),
            startup_question(p),
            (p.priority != Priority::Operations).then_some(said(
                "Which of the new offerings we plan would you question, and why?",
                &[C::PlansNewOfferings],
            )),
            Some(if p.focus == Focus::Operations {
                said(
                    "How would you learn what our departments and customers need from \
                     technology?",
                    &[C::OperationsFocus],
                )
            } else {
                said(
                    "How do you work with marketing, design and sales on what to build next?",
                    &[C::CustomerFacing],
                )
            }),
            Some(said(
                "How would you divide security, data and digital transformation with the person \
                 who runs internal IT?",
                &[],
            )),
            Some(trend_question()),
            Some(said(
                "Tell us about a technology investment you had to justify to the board, and how \
                 you made the case.",
                &[],
            )),
        ],
        Role::Cio => vec![
            Some(systems_question(p)),
            Some(regulation_question(p)),
            (p.priority != Priority::Products).then_some(said(
                "Which internal process would you automate first, and how would you show that it \
                 paid off?",
                &[C::PlansEfficiency],
            )),
            it_manager_question(p),
            (p.priority == Priority::Operations && p.focus == Focus::Operations).then_some(said(
                "How would you show a CFO or COO what IT is worth to the business?",
                &[C::EfficiencyFirst, C::OperationsFocus],
            )),
            Some(budget_question(p)),
            Some(said(
                "How do you choose software vendors, and when have you replaced one?",
                &[],
            )),
            Some(said(
                "How do you make sure every department gets the technology it needs?",
                &[],
            )),
            Some(said(
                "Which risk to our data or systems would you look at first?",
                &[],
            )),
        ],
        Role::Combined => vec![
            Some(if builds {
                said(
                    "What have you built hands-on, and how much building would you still do \
                     yourself here?",
                    &[C::ProductsToBuild],
                )
            } else {
                said(
                    "How would you choose and connect the software we buy, and when would you \
                     build instead?",
                    &[C::LittleToBuild],
                )
            }),
            Some(systems_question(p)),
            Some(regulation_question(p)),
            Some(said(
                "Which half of the job would you hand to someone else first as we grow, and \
                 when?",
                &[C::OneLeader],
            )),
            Some(said(
                "What would you do yourself, and what would you give to outside partners?",
                &[],
            )),
            it_manager_question(p),
            Some(budget_question(p)),
            startup_question(p),
            Some(trend_question()),
        ],
    };
    asked.into_iter().flatten().take(MAX_QUESTIONS).collect()
}

pub(super) fn focus_question(p: &Profile) -> Said {
    match (p.focus, p.industry) {
        (Focus::Product, _) => said(
            "How have you set the technical roadmap for a product customers pay for, and what \
             did you leave out?",
            &[C::ProductFocus],
        ),
        (Focus::Channel, Industry::Retail) => said(
            "How would you keep the online store and checkout fast on the busiest day of the \
             year?",
            &[C::ChannelFocus, C::Retail],
        ),
        (Focus::Channel, _) => said(
            "Which of our customer channels would you improve first, and how would you measure \
             the result?",
            &[C::ChannelFocus],
        ),
        (Focus::Operations, Industry::Healthcare) => said(
            "Which digital service would you offer patients first, and how would you keep their \
             data safe?",
            &[C::OperationsFocus, C::Healthcare],
        ),
        (Focus::Operations, _) => said(
            "Which digital service for customers would you start with, and would you build it \
             or buy it?",
            &[C::OperationsFocus],
        ),
    }
}

pub(super) fn engineering_question(p: &Profile) -> Said {
    match p.engineering {
        Engineering::None => said(
            "How would you decide what to build in-house and what to buy, and whom would you \
             hire first?",
            &[C::NoEngineers],
        ),
        Engineering::Few => said(
            "How would you turn a crew of a few developers into a team with sound practices, \
             without slowing it down?",
            &[C::FewEngineers],
        ),
        Engineering::Team | Engineering::Department => said(
            "How have you organised and hired for engineering teams of our size?",
            &[C::EngineeringTeams],
        ),
    }
}

pub(super) fn startup_question(p: &Profile) -> Option<Said> {
    (p.stage == Stage::Startup).then_some(said(
        "What would you do in your first three months, and what would you deliberately leave \
         for later?",
        &[C::Startup],
    ))
}

pub(super) fn it_manager_question(p: &Profile) -> Option<Said> {
    (p.leadership == Leadership::ItManager).then_some(said(
        "How would you work with, and develop, our current IT manager?",
        &[C::HasItManager],
    ))
}

pub(super) fn trend_question() -> Said {
    said(
        "Which technology trend would you bet on for us, and which would you ignore?",
        &[],
    )
}

pub(super) fn systems_question(p: &Profile) -> Said {
    match (p.systems, p.industry) {
        (Systems::Complex, Industry::Retail | Industry::Manufacturing) => said(
            "How have you run inventory and supply-chain systems across several sites, and what \
             broke first?",
            &[C::ComplexSystems, C::SupplyChains],
        ),
        (Systems::Complex, _) => said(
            "Which of our core systems would you stabilise first, and how would you keep the \
             business running meanwhile?",
            &[C::ComplexSystems],
        ),
        (Systems::Moderate, _) => said(
            "How would you keep our connected systems and their integrations reliable as we \
             grow?",
            &[C::ConnectedSystems],
        ),
        (Systems::Simple, _) => said(
            "Which of our everyday tools would you consolidate or secure first?",
            &[C::SimpleSystems],
        ),
    }
}

pub(super) fn regulation_question(p: &Profile) -> Said {
    match (p.regulation, p.industry) {
        (Regulation::Heavy, Industry::Finance) => said(
            "How have you prepared for a regulator's audit of financial data, and what changed \
             afterwards?",
            &[C::HeavyRegulation, C::Finance],
        ),
        (Regulation::Heavy, Industry::Healthcare) => said(
            "How have you protected patient records through an audit or an incident?",
            &[C::HeavyRegulation, C::Healthcare],
        ),
        (Regulation::Heavy, _) => said(
            "How have you prepared an organisation for a regulator's audit?",
            &[C::HeavyRegulation],
        ),
        (Regulation::Moderate, _) => said(
            "How would you set up data governance and privacy without slowing every team down?",
            &[C::RegulationNotLight],
        ),
        (Regulation::Light, _) => said(
            "What is the least security and governance a company like ours must have?",
            &[C::LightRegulation],
        ),
    }
}

pub(super) fn budget_question(p: &Profile) -> Said {
    if p.size >= Size::Medium {
        said(
            "How have you built and defended an IT budget of our size?",
            &[C::FiftyOrMore],
        )
    } else {
        said(
            "How would you spend a small IT budget to get the most from it?",
            &[C::UnderFifty],
        )
    }
}
