//! The roles the verdict calls for, tailored to the answers: what each would own here, its
//! reporting line and, for one leader covering both, the signs that it is time to split the role.

use super::claims::{builds_products, said, Claim as C, Said};
use super::skills::{cio_skills, combined_skills, cto_skills};
use crate::core::questionnaire::*;
use crate::core::verdict::*;

/// A technology leadership role the company should have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Cto,
    Cio,
    /// One leader covering both.
    Combined,
}

impl Role {
    pub const fn title(self) -> &'static str {
        match self {
            Role::Cto => "Chief Technology Officer (CTO)",
            Role::Cio => "Chief Information Officer (CIO)",
            Role::Combined => "One technology leader for both sides",
        }
    }
}

/// One role, tailored to a company's answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleBrief {
    pub role: Role,
    /// What the role would own here.
    pub owns: Vec<Said>,
    pub reports_to: Said,
    /// The seeds' skills for the role, the ones that matter most for this company first.
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
                    said("The CEO, as in most small companies.", &[C::UnderFifty])
                } else {
                    said("The CEO.", &[])
                },
                skills: combined_skills(p),
                split_when: split_signs(p),
            }]
        }
    }
}

pub(super) fn cto_owns(p: &Profile) -> Vec<Said> {
    let mut owns = vec![match (p.focus, p.industry) {
        (Focus::Product, _) => said(
            "The product's architecture and technical roadmap",
            &[C::ProductFocus],
        ),
        (Focus::Channel, Industry::Retail) => said(
            "The online store, apps and checkout customers use",
            &[C::ChannelFocus, C::Retail],
        ),
        (Focus::Channel, Industry::Finance) => said(
            "Customer apps and portals, built to meet financial rules",
            &[C::ChannelFocus, C::Finance],
        ),
        (Focus::Channel, Industry::Healthcare) => said(
            "Patient- and clinician-facing tools that respect health-data rules",
            &[C::ChannelFocus, C::Healthcare],
        ),
        (Focus::Channel, _) => said(
            "The digital channels customers use: apps, portals, self-service",
            &[C::ChannelFocus],
        ),
        (Focus::Operations, Industry::Healthcare) => said(
            "Digital services for patients, such as booking, access to records and care at a \
             distance",
            &[C::OperationsFocus, C::Healthcare],
        ),
        (Focus::Operations, Industry::Public) => said(
            "Digital services for the citizens or members the organisation serves",
            &[C::OperationsFocus, C::Public],
        ),
        (Focus::Operations, _) => said(
            "Digital services for customers, from the first idea to daily running",
            &[C::OperationsFocus],
        ),
    }];
    owns.push(match p.engineering {
        Engineering::None => said(
            "Deciding what to build and what to buy, and hiring engineers when building pays off",
            &[C::NoEngineers],
        ),
        Engineering::Few => said(
            "Turning a small build crew into a team with sound practices",
            &[C::FewEngineers],
        ),
        Engineering::Team | Engineering::Department => said(
            "Leading the engineering teams: hiring, practices and delivery",
            &[C::EngineeringTeams],
        ),
    });
    if p.priority != Priority::Operations {
        owns.push(said(
            "The new offerings planned for the next two years",
            &[C::PlansNewOfferings],
        ));
    }
    if builds_products(p) && (p.stage == Stage::Scaling || p.size >= Size::Large) {
        owns.push(said(
            "Keeping the platform fast and reliable as customers grow",
            &[C::Growing, C::ProductsToBuild],
        ));
    }
    if p.regulation == Regulation::Heavy {
        owns.push(if builds_products(p) {
            said(
                "Products that meet regulatory demands by design",
                &[C::HeavyRegulation, C::ProductsToBuild],
            )
        } else {
            said(
                "Digital services that meet regulatory demands by design",
                &[C::HeavyRegulation],
            )
        });
    }
    owns.push(said(
        "Watching technology trends and deciding which to adopt",
        &[],
    ));
    owns
}

pub(super) fn cio_owns(p: &Profile) -> Vec<Said> {
    let mut owns = vec![systems_scope(p)];
    owns.push(match (p.regulation, p.industry) {
        (Regulation::Heavy, Industry::Finance) => said(
            "Compliance, audits and the security of financial data",
            &[C::HeavyRegulation, C::Finance],
        ),
        (Regulation::Heavy, Industry::Healthcare) => said(
            "Compliance and the privacy and security of health records",
            &[C::HeavyRegulation, C::Healthcare],
        ),
        (Regulation::Heavy, _) => said(
            "Compliance, audits and data security",
            &[C::HeavyRegulation],
        ),
        (Regulation::Moderate, _) => said("Data governance and privacy", &[C::RegulationNotLight]),
        (Regulation::Light, _) => said("Internal security: accounts, devices and access", &[]),
    });
    if p.priority != Priority::Products {
        owns.push(said(
            "Automation and internal digital transformation",
            &[C::PlansEfficiency],
        ));
    }
    owns.push(if p.size >= Size::Medium {
        said("The IT budget and vendor contracts", &[C::FiftyOrMore])
    } else {
        said("Choosing and managing software vendors", &[])
    });
    owns.push(said(
        "Making sure every department has the technology it needs",
        &[],
    ));
    owns
}

/// The internal systems a CIO, or the one leader, would own.
pub(super) fn systems_scope(p: &Profile) -> Said {
    match (p.systems, p.industry) {
        (Systems::Complex, Industry::Retail | Industry::Manufacturing) => said(
            "Inventory, supply-chain and ERP systems",
            &[C::ComplexSystems, C::SupplyChains],
        ),
        (Systems::Complex, _) => said(
            "ERP and the core business systems across sites",
            &[C::ComplexSystems],
        ),
        (Systems::Moderate, _) => said(
            "The connected business systems and their integrations",
            &[C::ConnectedSystems],
        ),
        (Systems::Simple, _) => said("The cloud tools every team relies on", &[C::SimpleSystems]),
    }
}

pub(super) fn cto_reports_to(p: &Profile) -> Said {
    if p.size >= Size::Large && p.focus == Focus::Product {
        said(
            "The CEO, or the head of a product division.",
            &[C::LargeOrMore, C::ProductFocus],
        )
    } else {
        said("The CEO.", &[])
    }
}

pub(super) fn cio_reports_to(p: &Profile) -> Said {
    if p.priority == Priority::Operations && p.focus == Focus::Operations {
        said(
            "The CFO or COO: here IT mainly serves operational efficiency.",
            &[C::EfficiencyFirst, C::OperationsFocus],
        )
    } else {
        said("The CEO.", &[])
    }
}

pub(super) fn split_signs(p: &Profile) -> Vec<Said> {
    let mut signs = vec![
        said(
            "The leader spends most weeks on one side while the other slips",
            &[],
        ),
        if p.engineering == Engineering::None {
            said(
                "Departments wait on IT while customer-facing work stalls",
                &[C::NoEngineers],
            )
        } else {
            said(
                "Departments wait on IT while engineers wait on decisions",
                &[C::HasEngineers],
            )
        },
    ];
    if p.size < Size::Medium {
        signs.push(said(
            "Headcount passes 50 and teams want systems of their own",
            &[C::UnderFifty],
        ));
    }
    if p.regulation != Regulation::Light {
        signs.push(said(
            "Auditors or regulators want a named owner for compliance",
            &[C::RegulationNotLight],
        ));
    }
    match p.engineering {
        Engineering::None => signs.push(said(
            "You start building software of your own",
            &[C::NoEngineers],
        )),
        Engineering::Few => signs.push(said("The build crew grows into teams", &[C::FewEngineers])),
        Engineering::Team | Engineering::Department => {}
    }
    signs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::advice::{advise, Advice};
    use crate::core::samples::*;
    use crate::core::verdict::recommend;

    fn advice_for(p: &Profile) -> Advice {
        advise(p, &recommend(p))
    }

    #[test]
    fn cio_reports_to_cfo_or_coo_where_it_serves_efficiency() {
        let briefs = advice_for(&mid_sized_manufacturer()).roles;
        assert!(briefs[0].reports_to.text.contains("CFO or COO"));
        let retailer = advice_for(&mid_sized_retailer()).roles;
        assert_eq!(retailer[1].reports_to.text, "The CEO.");
        let serving_customers = Profile {
            focus: Focus::Channel,
            ..mid_sized_manufacturer()
        };
        assert_eq!(cio_reports_to(&serving_customers).text, "The CEO.");
    }

    #[test]
    fn one_leader_owns_three_things_from_each_side_the_leading_side_first() {
        let p = micro_clinic();
        let owns = advice_for(&p).roles.remove(0).owns;
        assert_eq!(owns[..3], cio_owns(&p)[..3]);
        assert_eq!(owns[3..], cto_owns(&p)[..3]);
    }
}
