//! A kit's first 90 days: what the new leader should have done by when.

use crate::core::advice::claims::{builds_products, said, Claim as C, Said};
use crate::core::advice::roles::Role;
use crate::core::questionnaire::*;

pub(super) fn first_90_days(role: Role, p: &Profile) -> Vec<Said> {
    let heavy = p.regulation == Regulation::Heavy;
    let builds = builds_products(p);
    let roadmap = if builds {
        said(
            "By day 60: a technical roadmap for the next two years, agreed with the CEO.",
            &[C::ProductsToBuild],
        )
    } else {
        said(
            "By day 60: a short list of digital services worth offering, each with a choice to \
             build or buy.",
            &[C::LittleToBuild],
        )
    };
    let systems_plan = if p.systems == Systems::Complex {
        said(
            "By day 60: a plan for the core systems: what to keep, fix or replace.",
            &[C::ComplexSystems],
        )
    } else {
        said(
            "By day 60: a plan for the tools every team relies on, with owners and costs.",
            &[],
        )
    };
    let compliance_review = said(
        "By day 45: a compliance and data-security review, its gaps ranked by risk.",
        &[C::HeavyRegulation],
    );
    let mut days = Vec::new();
    match role {
        Role::Cto => {
            days.push(if p.engineering == Engineering::None {
                said(
                    "First month: map the technology customers touch, and what the company buys \
                     rather than builds.",
                    &[C::NoEngineers],
                )
            } else {
                said(
                    "First month: meet the engineers, read the code and learn what customers use \
                     and why.",
                    &[C::HasEngineers],
                )
            });
            days.push(roadmap);
            days.push(match p.engineering {
                Engineering::None => said(
                    "By day 90: the first engineers or partners chosen to build what the roadmap \
                     needs.",
                    &[C::NoEngineers],
                ),
                Engineering::Few => said(
                    "By day 90: sound basics for the small team: code review, testing and regular \
                     releases.",
                    &[C::FewEngineers],
                ),
                Engineering::Team | Engineering::Department => said(
                    "By day 90: engineering practices, a hiring plan and a steady delivery rhythm \
                     in place.",
                    &[C::EngineeringTeams],
                ),
            });
            if heavy {
                days.push(said(
                    "Throughout: regulatory demands built into the roadmap from the start.",
                    &[C::HeavyRegulation],
                ));
            }
        }
        Role::Cio => {
            days.push(said(
                "First month: an inventory of systems, vendors, contracts and risks.",
                &[],
            ));
            if heavy {
                days.push(compliance_review);
            }
            days.push(systems_plan);
            days.push(if p.priority == Priority::Products {
                said(
                    "By day 90: an IT budget and roadmap agreed with the executive team.",
                    &[],
                )
            } else {
                said(
                    "By day 90: the first automation delivered and an IT budget agreed.",
                    &[C::PlansEfficiency],
                )
            });
            if p.leadership == Leadership::ItManager {
                days.push(said(
                    "Early on: agree the IT manager's role and how they can grow.",
                    &[C::HasItManager],
                ));
            }
        }
        Role::Combined => {
            days.push(said(
                "First month: learn what customers use and what the company runs on, and list \
                 the risks.",
                &[],
            ));
            if heavy {
                days.push(compliance_review);
            }
            days.push(roadmap);
            days.push(systems_plan);
            days.push(said(
                "By day 90: a plan for which parts of the job go to partners, and the signs that \
                 it is time to split the role.",
                &[C::OneLeader],
            ));
        }
    }
    if role != Role::Combined && p.leadership != Leadership::Both {
        let counterpart = match role {
            Role::Cto => said(
                "Early on: agree with the CIO, or whoever runs internal IT, who owns what in \
                 security and data.",
                &[],
            ),
            _ => said(
                "Early on: agree with the CTO, or whoever leads what you build, who owns what in \
                 security and data.",
                &[],
            ),
        };
        days.push(counterpart);
    }
    days
}
