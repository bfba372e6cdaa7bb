//! The roles the verdict calls for, tailored to the answers: what each would own here, its
//! reporting line (which fits the size and the sector) and, for one leader covering both, the
//! signs that it is time to split the role.

use super::claims::{builds_products, said, Claim as C, Said};
use super::skills::{cio_skills, combined_skills, cto_skills};
use crate::core::locale::Msg;
use crate::core::questionnaire::*;
use crate::core::verdict::*;

/// A technology leadership role the organisation should have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Cto,
    Cio,
    /// One leader covering both.
    Combined,
}

impl Role {
    pub const fn title(self) -> Msg {
        match self {
            Role::Cto => Msg::RoleCtoTitle,
            Role::Cio => Msg::RoleCioTitle,
            Role::Combined => Msg::RoleCombinedTitle,
        }
    }
}

/// One role, tailored to an organisation's answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleBrief {
    pub role: Role,
    /// What the role would own here.
    pub owns: Vec<Said>,
    pub reports_to: Said,
    /// The seeds' skills for the role, the ones that matter most here first.
    pub skills: Vec<Said>,
    /// For one leader covering both: the signs that it is time to split the role.
    pub split_when: Vec<Said>,
}

impl RoleBrief {
    pub fn sentences(&self) -> impl Iterator<Item = &Said> {
        self.owns
            .iter()
            .chain(std::iter::once(&self.reports_to))
            .chain(&self.skills)
            .chain(&self.split_when)
    }
}

/// The roles the verdict calls for, tailored to the answers; when both, the first hire first.
pub fn roles(p: &Profile, rec: &Recommendation) -> Vec<RoleBrief> {
    let cto = || RoleBrief {
        role: Role::Cto,
        owns: cto_owns(p),
        reports_to: cto_reports_to(p),
        skills: cto_skills(p),
        split_when: Vec::new(),
    };
    let cio = || RoleBrief {
        role: Role::Cio,
        owns: cio_owns(p),
        reports_to: cio_reports_to(p),
        skills: cio_skills(p),
        split_when: Vec::new(),
    };
    match (rec.verdict, rec.lead.first()) {
        (Verdict::Cto, _) => vec![cto()],
        (Verdict::Cio, _) => vec![cio()],
        (Verdict::Both, Side::Cto) => vec![cto(), cio()],
        (Verdict::Both, Side::Cio) => vec![cio(), cto()],
        (Verdict::Combined, first) => {
            // Three items from each side, the side whose need leads first.
            let (mut owns, second) = match first {
                Side::Cto => (cto_owns(p), cio_owns(p)),
                Side::Cio => (cio_owns(p), cto_owns(p)),
            };
            owns.truncate(3);
            owns.extend(second.into_iter().take(3));
            vec![RoleBrief {
                role: Role::Combined,
                owns,
                reports_to: if p.size < Size::Medium {
                    said(Msg::RoleCombinedReportsSmall, &[C::UnderFifty])
                } else {
                    said(Msg::RoleCombinedReports, &[C::FiftyOrMore])
                },
                skills: combined_skills(p),
                split_when: split_signs(p),
            }]
        }
    }
}

pub(crate) fn cto_owns(p: &Profile) -> Vec<Said> {
    let mut owns = vec![match p.focus {
        Focus::Product => said(Msg::OwnsCtoProduct, &[C::ProductFocus]),
        Focus::Channel => said(Msg::OwnsCtoChannel, &[C::ChannelFocus]),
        Focus::Operations => said(Msg::OwnsCtoServices, &[C::OperationsFocus]),
    }];
    owns.push(match p.engineering {
        Engineering::None => said(Msg::OwnsCtoBuildOrBuy, &[C::NoEngineers]),
        Engineering::Few => said(Msg::OwnsCtoSmallCrew, &[C::FewEngineers]),
        Engineering::Team | Engineering::Department => {
            said(Msg::OwnsCtoEngineeringTeams, &[C::EngineeringTeams])
        }
    });
    if p.priority != Priority::Operations {
        owns.push(said(Msg::OwnsCtoNewOfferings, &[C::PlansNewOfferings]));
    }
    if builds_products(p) && (p.stage == Stage::Scaling || p.size >= Size::Large) {
        owns.push(said(
            Msg::OwnsCtoReliable,
            &[C::Growing, C::ProductsToBuild],
        ));
    }
    if p.regulation == Regulation::Heavy {
        owns.push(if builds_products(p) {
            said(
                Msg::OwnsCtoRegulatedBuild,
                &[C::HeavyRegulation, C::ProductsToBuild],
            )
        } else {
            said(Msg::OwnsCtoRegulatedServices, &[C::HeavyRegulation])
        });
    }
    owns.push(said(Msg::OwnsCtoTrends, &[]));
    owns
}

pub(crate) fn cio_owns(p: &Profile) -> Vec<Said> {
    let mut owns = vec![match p.systems {
        Systems::Complex => said(Msg::OwnsCioComplexSystems, &[C::ComplexSystems]),
        Systems::Moderate => said(Msg::OwnsCioConnectedSystems, &[C::ConnectedSystems]),
        Systems::Simple => said(Msg::OwnsCioCloudTools, &[C::SimpleSystems]),
    }];
    owns.push(match p.regulation {
        Regulation::Heavy => said(Msg::OwnsCioCompliance, &[C::HeavyRegulation]),
        Regulation::Moderate => said(Msg::OwnsCioPrivacy, &[C::RegulationNotLight]),
        Regulation::Light => said(Msg::OwnsCioSecurity, &[C::LightRegulation]),
    });
    if p.priority != Priority::Products {
        owns.push(said(Msg::OwnsCioAutomation, &[C::PlansEfficiency]));
    }
    owns.push(if p.size >= Size::Medium {
        said(Msg::OwnsCioBudget, &[C::FiftyOrMore])
    } else {
        said(Msg::OwnsCioVendors, &[C::UnderFifty])
    });
    owns.push(said(Msg::OwnsCioDepartments, &[]));
    owns
}

fn cto_reports_to(p: &Profile) -> Said {
    if p.size >= Size::Large && p.focus == Focus::Product {
        said(
            Msg::RoleCtoReportsDivision,
            &[C::LargeOrMore, C::ProductFocus],
        )
    } else {
        said(Msg::RoleCtoReports, &[])
    }
}

fn cio_reports_to(p: &Profile) -> Said {
    if p.priority == Priority::Operations && p.focus == Focus::Operations {
        said(
            Msg::RoleCioReportsOperations,
            &[C::EfficiencyFirst, C::OperationsFocus],
        )
    } else {
        said(Msg::RoleCioReports, &[])
    }
}

fn split_signs(p: &Profile) -> Vec<Said> {
    let mut signs = vec![
        said(Msg::SplitOneSideSlips, &[]),
        if p.engineering == Engineering::None {
            said(Msg::SplitDepartmentsWaitNoEngineers, &[C::NoEngineers])
        } else {
            said(Msg::SplitDepartmentsWait, &[C::HasEngineers])
        },
    ];
    if p.size < Size::Medium {
        signs.push(said(Msg::SplitPastFifty, &[C::UnderFifty]));
    }
    if p.regulation != Regulation::Light {
        signs.push(said(Msg::SplitNamedOwner, &[C::RegulationNotLight]));
    }
    match p.engineering {
        Engineering::None => signs.push(said(Msg::SplitStartBuilding, &[C::NoEngineers])),
        Engineering::Few => signs.push(said(Msg::SplitCrewGrows, &[C::FewEngineers])),
        Engineering::Team | Engineering::Department => {}
    }
    signs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::advice::advise;
    use crate::core::locale::Catalogue;
    use crate::core::samples::*;

    fn briefs(p: &Profile) -> Vec<RoleBrief> {
        advise(p, &recommend(p)).roles
    }

    fn text(s: &Said, p: &Profile) -> String {
        s.text(&Catalogue::english(), p.industry)
    }

    #[test]
    fn cio_reports_to_cfo_or_coo_where_it_serves_efficiency() {
        let p = mid_sized_manufacturer();
        assert!(text(&briefs(&p)[0].reports_to, &p).contains("CFO or COO"));
        let retailer = mid_sized_retailer();
        assert_eq!(
            text(&briefs(&retailer)[1].reports_to, &retailer),
            "The CIO reports to the CEO."
        );
    }

    #[test]
    fn a_public_body_reports_to_the_head_of_the_organisation() {
        let agency = Profile {
            industry: Industry::Public,
            ..mid_sized_retailer()
        };
        for brief in briefs(&agency) {
            let line = text(&brief.reports_to, &agency);
            assert!(line.contains("the head of the organisation"), "{line}");
            assert!(!line.contains("CEO"), "{line}");
        }
    }

    #[test]
    fn one_leader_owns_three_things_from_each_side_the_leading_side_first() {
        let p = micro_clinic();
        let owns = briefs(&p).remove(0).owns;
        assert_eq!(owns[..3], cio_owns(&p)[..3]);
        assert_eq!(owns[3..], cto_owns(&p)[..3]);
    }
}
