//! A kit's interview questions, each drawn from an answer the organisation gave and worded with
//! its sector's own examples (`{offering}`, `{core_systems}`, `{rules}`, …), each with what a
//! strong answer shows. Every kit has 6 to [`MAX_QUESTIONS`].

use crate::core::advice::claims::{builds_products, said, Claim as C, Said};
use crate::core::advice::roles::Role;
use crate::core::locale::Msg;
use crate::core::questionnaire::*;

/// The most interview questions a kit lists; every kit has at least six.
pub(super) const MAX_QUESTIONS: usize = 8;

/// An interview question and what a strong answer to it shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Interview {
    pub ask: Said,
    pub strong: Said,
}

/// A question and its strong answer, both asserting `claims`.
fn q(ask: Msg, strong: Msg, claims: &[C]) -> Interview {
    Interview {
        ask: said(ask, claims),
        strong: said(strong, claims),
    }
}

pub fn questions(role: Role, p: &Profile) -> Vec<Interview> {
    let asked = match role {
        Role::Cto => vec![
            Some(focus_question(p)),
            Some(engineering_question(p)),
            cto_regulation_question(p),
            Some(cto_stage_question(p)),
            Some(cto_priority_question(p)),
            Some(cto_leadership_question(p)),
            (p.size >= Size::Medium)
                .then(|| q(Msg::KitAskBoard, Msg::KitStrongBoard, &[C::FiftyOrMore])),
            Some(q(Msg::KitAskTrend, Msg::KitStrongTrend, &[])),
        ],
        Role::Cio => vec![
            Some(systems_question(p)),
            Some(regulation_question(p)),
            Some(cio_priority_question(p)),
            Some(cio_leadership_question(p)),
            (p.priority == Priority::Operations && p.focus == Focus::Operations).then(|| {
                q(
                    Msg::KitAskWorth,
                    Msg::KitStrongWorth,
                    &[C::EfficiencyFirst, C::OperationsFocus],
                )
            }),
            Some(q(Msg::KitAskVendors, Msg::KitStrongVendors, &[])),
            Some(q(Msg::KitAskRisk, Msg::KitStrongRisk, &[])),
            Some(q(Msg::KitAskDepartments, Msg::KitStrongDepartments, &[])),
        ],
        Role::Combined => vec![
            Some(if builds_products(p) {
                q(
                    Msg::KitAskHandsOn,
                    Msg::KitStrongHandsOn,
                    &[C::ProductsToBuild],
                )
            } else {
                q(
                    Msg::KitAskChooseSoftware,
                    Msg::KitStrongChooseSoftware,
                    &[C::LittleToBuild],
                )
            }),
            Some(systems_question(p)),
            Some(regulation_question(p)),
            Some(q(
                Msg::KitAskHandOver,
                Msg::KitStrongHandOver,
                &[C::OneLeader],
            )),
            Some(q(Msg::KitAskPartners, Msg::KitStrongPartners, &[])),
            (p.leadership == Leadership::ItManager).then(|| {
                q(
                    Msg::KitAskItManager,
                    Msg::KitStrongItManager,
                    &[C::HasItManager],
                )
            }),
            (p.stage == Stage::Startup).then(|| {
                q(
                    Msg::KitAskFirstMonths,
                    Msg::KitStrongFirstMonths,
                    &[C::Startup],
                )
            }),
            Some(q(Msg::KitAskTrend, Msg::KitStrongTrend, &[])),
        ],
    };
    asked.into_iter().flatten().take(MAX_QUESTIONS).collect()
}

fn focus_question(p: &Profile) -> Interview {
    match p.focus {
        Focus::Product => q(
            Msg::KitAskRoadmap,
            Msg::KitStrongRoadmap,
            &[C::ProductFocus],
        ),
        Focus::Channel => q(
            Msg::KitAskChannel,
            Msg::KitStrongChannel,
            &[C::ChannelFocus],
        ),
        Focus::Operations => q(
            Msg::KitAskFirstService,
            Msg::KitStrongFirstService,
            &[C::OperationsFocus],
        ),
    }
}

fn engineering_question(p: &Profile) -> Interview {
    match p.engineering {
        Engineering::None => q(
            Msg::KitAskFirstHire,
            Msg::KitStrongFirstHire,
            &[C::NoEngineers],
        ),
        Engineering::Few => q(
            Msg::KitAskSmallCrew,
            Msg::KitStrongSmallCrew,
            &[C::FewEngineers],
        ),
        Engineering::Team => q(
            Msg::KitAskTeams,
            Msg::KitStrongTeams,
            &[C::EngineeringTeams],
        ),
        Engineering::Department => q(
            Msg::KitAskDepartment,
            Msg::KitStrongDepartment,
            &[C::EngineeringTeams],
        ),
    }
}

fn cto_regulation_question(p: &Profile) -> Option<Interview> {
    match (p.regulation, builds_products(p)) {
        (Regulation::Heavy, true) => Some(q(
            Msg::KitAskRegulatedBuild,
            Msg::KitStrongRegulatedBuild,
            &[C::HeavyRegulation, C::ProductsToBuild],
        )),
        (Regulation::Heavy, false) => Some(q(
            Msg::KitAskRegulatedServices,
            Msg::KitStrongRegulatedServices,
            &[C::HeavyRegulation, C::LittleToBuild],
        )),
        (Regulation::Moderate, _) => Some(q(
            Msg::KitAskPrivacyBuild,
            Msg::KitStrongPrivacyBuild,
            &[C::RegulationNotLight],
        )),
        (Regulation::Light, _) => None,
    }
}

fn cto_stage_question(p: &Profile) -> Interview {
    match (p.stage, builds_products(p)) {
        (Stage::Startup, _) => q(
            Msg::KitAskFirstMonths,
            Msg::KitStrongFirstMonths,
            &[C::Startup],
        ),
        (Stage::Scaling, true) => q(
            Msg::KitAskReliable,
            Msg::KitStrongReliable,
            &[C::Growing, C::ProductsToBuild],
        ),
        (Stage::Scaling, false) => q(
            Msg::KitAskGrowthServices,
            Msg::KitStrongGrowthServices,
            &[C::Growing, C::LittleToBuild],
        ),
        (Stage::Established, _) => q(
            Msg::KitAskModernise,
            Msg::KitStrongModernise,
            &[C::Established],
        ),
    }
}

fn cto_priority_question(p: &Profile) -> Interview {
    match p.priority {
        Priority::Operations => q(
            Msg::KitAskCtoEfficiency,
            Msg::KitStrongCtoEfficiency,
            &[C::EfficiencyFirst],
        ),
        _ => q(
            Msg::KitAskOfferings,
            Msg::KitStrongOfferings,
            &[C::PlansNewOfferings],
        ),
    }
}

fn cto_leadership_question(p: &Profile) -> Interview {
    match p.leadership {
        Leadership::ItManager => q(
            Msg::KitAskShareItManager,
            Msg::KitStrongShare,
            &[C::HasItManager],
        ),
        Leadership::Cio | Leadership::Both => {
            q(Msg::KitAskShareCio, Msg::KitStrongShare, &[C::HasCio])
        }
        Leadership::None | Leadership::Cto => q(
            Msg::KitAskShareNobody,
            Msg::KitStrongShareNobody,
            &[C::NoItStaff],
        ),
    }
}

fn cio_priority_question(p: &Profile) -> Interview {
    match p.priority {
        Priority::Products => q(
            Msg::KitAskSupportOfferings,
            Msg::KitStrongSupportOfferings,
            &[C::OfferingsFirst],
        ),
        _ => q(
            Msg::KitAskAutomate,
            Msg::KitStrongAutomate,
            &[C::PlansEfficiency],
        ),
    }
}

fn cio_leadership_question(p: &Profile) -> Interview {
    match p.leadership {
        Leadership::ItManager => q(
            Msg::KitAskItManager,
            Msg::KitStrongItManager,
            &[C::HasItManager],
        ),
        Leadership::Cto | Leadership::Both => {
            q(Msg::KitAskWorkWithCto, Msg::KitStrongShare, &[C::HasCto])
        }
        Leadership::None | Leadership::Cio => {
            q(Msg::KitAskBuildIt, Msg::KitStrongBuildIt, &[C::NoCtoToday])
        }
    }
}

fn systems_question(p: &Profile) -> Interview {
    match p.systems {
        Systems::Complex => q(
            Msg::KitAskComplexSystems,
            Msg::KitStrongComplexSystems,
            &[C::ComplexSystems],
        ),
        Systems::Moderate => q(
            Msg::KitAskConnected,
            Msg::KitStrongConnected,
            &[C::ConnectedSystems],
        ),
        Systems::Simple => q(
            Msg::KitAskEverydayTools,
            Msg::KitStrongEverydayTools,
            &[C::SimpleSystems],
        ),
    }
}

fn regulation_question(p: &Profile) -> Interview {
    match p.regulation {
        Regulation::Heavy => q(Msg::KitAskAudit, Msg::KitStrongAudit, &[C::HeavyRegulation]),
        Regulation::Moderate => q(
            Msg::KitAskGovernance,
            Msg::KitStrongGovernance,
            &[C::RegulationNotLight],
        ),
        Regulation::Light => q(
            Msg::KitAskLeastSecurity,
            Msg::KitStrongLeastSecurity,
            &[C::LightRegulation],
        ),
    }
}
