//! A kit's first 90 days: what the new leader should have done by when, in this organisation's
//! terms.

use crate::core::advice::claims::{builds_products, said, Claim as C, Said};
use crate::core::advice::roles::Role;
use crate::core::locale::Msg;
use crate::core::questionnaire::*;

pub(super) fn first_90_days(role: Role, p: &Profile) -> Vec<Said> {
    let heavy = p.regulation == Regulation::Heavy;
    let roadmap = if builds_products(p) {
        said(Msg::DaysRoadmap, &[C::ProductsToBuild])
    } else {
        said(Msg::DaysServicesList, &[C::LittleToBuild])
    };
    let systems_plan = if p.systems == Systems::Complex {
        said(Msg::DaysSystemsPlan, &[C::ComplexSystems])
    } else {
        said(Msg::DaysToolsPlan, &[C::SystemsNotComplex])
    };
    let compliance_review = said(Msg::DaysComplianceReview, &[C::HeavyRegulation]);
    let mut days = Vec::new();
    match role {
        Role::Cto => {
            days.push(if p.engineering == Engineering::None {
                said(Msg::DaysCtoMapTechnology, &[C::NoEngineers])
            } else {
                said(Msg::DaysCtoMeetEngineers, &[C::HasEngineers])
            });
            days.push(roadmap);
            days.push(match p.engineering {
                Engineering::None => said(Msg::DaysCtoFirstEngineers, &[C::NoEngineers]),
                Engineering::Few => said(Msg::DaysCtoBasics, &[C::FewEngineers]),
                Engineering::Team | Engineering::Department => {
                    said(Msg::DaysCtoPractices, &[C::EngineeringTeams])
                }
            });
            if heavy {
                days.push(said(Msg::DaysCtoRulesThroughout, &[C::HeavyRegulation]));
            }
        }
        Role::Cio => {
            days.push(said(Msg::DaysCioInventory, &[]));
            if heavy {
                days.push(compliance_review);
            }
            days.push(systems_plan);
            days.push(if p.priority == Priority::Products {
                said(Msg::DaysCioBudget, &[C::OfferingsFirst])
            } else {
                said(Msg::DaysCioAutomation, &[C::PlansEfficiency])
            });
            if p.leadership == Leadership::ItManager {
                days.push(said(Msg::DaysItManager, &[C::HasItManager]));
            }
        }
        Role::Combined => {
            days.push(said(Msg::DaysOneLearn, &[]));
            if heavy {
                days.push(compliance_review);
            }
            days.push(roadmap);
            days.push(systems_plan);
            days.push(said(Msg::DaysOnePartners, &[C::OneLeader]));
        }
    }
    days
}
