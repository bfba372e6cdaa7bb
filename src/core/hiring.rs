//! A hiring kit for each role the verdict calls for: the job description (what this person would
//! own here, the reporting line, the skills that matter most for this company, the first 90 days)
//! and interview questions tied to the company's answers, as data and as Markdown.
//!
//! Every sentence is a [`Said`], checked with the rest of the result (see [`super::claims`]).

use super::advice::{
    builds_products, paragraph, part_time_note, roles, surplus_note, Role, RoleBrief,
};
use super::answers::Profile;
use super::claims::{said, Claim as C, Said};
use super::engine::Recommendation;
use super::questions::*;

/// The most interview questions a kit lists; every kit has at least six.
const MAX_QUESTIONS: usize = 8;

/// A job description and interview questions for one role.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kit {
    pub role: Role,
    /// The title for the job advert.
    pub title: &'static str,
    /// What to know before using the kit: a role already filled, surplus leadership, a part-time
    /// option. Often empty.
    pub context: Vec<Said>,
    pub brief: RoleBrief,
    pub first_90_days: Vec<Said>,
    pub questions: Vec<Said>,
}

impl Kit {
    /// Every sentence that makes a claim, for the consistency check.
    pub fn sentences(&self) -> impl Iterator<Item = &Said> {
        self.context
            .iter()
            .chain(self.brief.sentences())
            .chain(&self.first_90_days)
            .chain(&self.questions)
    }
}

/// A kit for each role the verdict calls for, the first hire first.
pub fn hiring_kit(p: &Profile, rec: &Recommendation) -> Vec<Kit> {
    let surplus = surplus_note(p, rec);
    roles(p, rec)
        .into_iter()
        .map(|brief| {
            let role = brief.role;
            let mut context = surplus.clone();
            if surplus.is_empty() {
                context.extend(in_post(role, p));
                context.extend(part_time_note(p, rec));
            }
            Kit {
                role,
                title: match role {
                    Role::Cto => "Chief Technology Officer (CTO)",
                    Role::Cio => "Chief Information Officer (CIO)",
                    Role::Combined => "Head of Technology (CTO and CIO in one role)",
                },
                context,
                brief,
                first_90_days: first_90_days(role, p),
                questions: questions(role, p),
            }
        })
        .collect()
}

/// Said when someone holds the role, or could take it on, today.
fn in_post(role: Role, p: &Profile) -> Option<Said> {
    match (role, p.leadership) {
        (Role::Cto, Leadership::Cto | Leadership::Both) => Some(said(
            "You have a CTO today: use this kit to agree the remit, or when the post falls vacant.",
            &[C::HasCto, C::CtoCalledFor],
        )),
        (Role::Cio, Leadership::Cio | Leadership::Both) => Some(said(
            "You have a CIO today: use this kit to agree the remit, or when the post falls vacant.",
            &[C::HasCio, C::CioCalledFor],
        )),
        (Role::Combined, Leadership::Cto) => Some(said(
            "Your CTO can take this role: use the kit to agree the wider remit.",
            &[C::HasCto, C::OneLeader],
        )),
        (Role::Combined, Leadership::Cio) => Some(said(
            "Your CIO can take this role: use the kit to agree the wider remit.",
            &[C::HasCio, C::OneLeader],
        )),
        _ => None,
    }
}

fn first_90_days(role: Role, p: &Profile) -> Vec<Said> {
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

fn questions(role: Role, p: &Profile) -> Vec<Said> {
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

fn focus_question(p: &Profile) -> Said {
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

fn engineering_question(p: &Profile) -> Said {
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

fn startup_question(p: &Profile) -> Option<Said> {
    (p.stage == Stage::Startup).then_some(said(
        "What would you do in your first three months, and what would you deliberately leave \
         for later?",
        &[C::Startup],
    ))
}

fn it_manager_question(p: &Profile) -> Option<Said> {
    (p.leadership == Leadership::ItManager).then_some(said(
        "How would you work with, and develop, our current IT manager?",
        &[C::HasItManager],
    ))
}

fn trend_question() -> Said {
    said(
        "Which technology trend would you bet on for us, and which would you ignore?",
        &[],
    )
}

fn systems_question(p: &Profile) -> Said {
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

fn regulation_question(p: &Profile) -> Said {
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

fn budget_question(p: &Profile) -> Said {
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

/// The kits as one Markdown document, to copy or to download as a `.md` file.
pub fn kit_markdown(kits: &[Kit], company_name: &str, link: &str) -> String {
    let mut md = String::from("# Hiring kit");
    if !company_name.is_empty() {
        md.push_str(" for ");
        md.push_str(company_name);
    }
    md.push('\n');
    for kit in kits {
        md.push_str(&format!("\n## {}\n\n", kit.title));
        if !kit.context.is_empty() {
            md.push_str(&paragraph(&kit.context));
            md.push_str("\n\n");
        }
        md.push_str("### What this person would own here\n\n");
        for item in &kit.brief.owns {
            md.push_str(&format!("- {}\n", item.text));
        }
        md.push_str(&format!(
            "\n**Reports to:** {}\n\n### The skills that matter most here\n\n",
            kit.brief.reports_to.text
        ));
        numbered(&mut md, &kit.brief.skills);
        md.push_str("\n### The first 90 days\n\n");
        for item in &kit.first_90_days {
            md.push_str(&format!("- {}\n", item.text));
        }
        md.push_str("\n### Interview questions\n\n");
        numbered(&mut md, &kit.questions);
    }
    md.push_str(&format!("\nBased on these answers: {link}\n"));
    md
}

fn numbered(md: &mut String, items: &[Said]) {
    for (i, item) in items.iter().enumerate() {
        md.push_str(&format!("{}. {}\n", i + 1, item.text));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::engine::recommend;
    use crate::core::samples::*;

    fn kits_for(p: &Profile) -> Vec<Kit> {
        hiring_kit(p, &recommend(p))
    }

    #[test]
    fn hospital_group_gets_a_cio_kit_then_a_cto_kit() {
        let kits = kits_for(&hospital_group());
        let roles: Vec<Role> = kits.iter().map(|k| k.role).collect();
        assert_eq!(roles, [Role::Cio, Role::Cto]);
        assert!(kits[0]
            .questions
            .iter()
            .any(|q| q.text.contains("patient records")));
        assert!(kits[0]
            .questions
            .iter()
            .any(|q| q.text.contains("current IT manager")));
        assert!(kits[1]
            .questions
            .iter()
            .any(|q| q.text.contains("offer patients first")));
    }

    #[test]
    fn kit_describes_the_same_role_as_the_result() {
        let p = mid_sized_retailer();
        let rec = recommend(&p);
        let briefs: Vec<RoleBrief> = hiring_kit(&p, &rec).into_iter().map(|k| k.brief).collect();
        assert_eq!(briefs, roles(&p, &rec));
    }

    #[test]
    fn startup_with_surplus_executives_is_told_so_in_its_kit() {
        let p = five_person_startup_with_a_cto_and_a_cio();
        let kits = kits_for(&p);
        assert_eq!(kits.len(), 1);
        assert_eq!(kits[0].context, surplus_note(&p, &recommend(&p)));
    }

    #[test]
    fn tiny_fintech_cto_kit_asks_about_building_for_regulators() {
        let kits = kits_for(&tiny_fintech());
        assert!(kits[0]
            .questions
            .iter()
            .any(|q| q.text.contains("satisfy regulators")));
        assert!(kits[0]
            .first_90_days
            .iter()
            .any(|d| d.claims.contains(C::HeavyRegulation)));
    }

    #[test]
    fn kit_markdown_has_each_role_its_sections_numbered_questions_and_the_link() {
        let kits = kits_for(&hospital_group());
        let md = kit_markdown(&kits, "St Mary's Group", "https://example.org/#v=1");
        assert!(md.starts_with("# Hiring kit for St Mary's Group\n"), "{md}");
        assert!(
            md.find("## Chief Information Officer (CIO)")
                < md.find("## Chief Technology Officer (CTO)")
        );
        assert_eq!(md.matches("### Interview questions").count(), 2);
        assert!(md.contains("**Reports to:** The CFO or COO"));
        assert!(md.contains(&format!("\n1. {}\n", kits[0].questions[0].text)));
        assert!(md.ends_with("Based on these answers: https://example.org/#v=1\n"));
        assert!(kit_markdown(&kits, "", "x").starts_with("# Hiring kit\n"));
    }
}
