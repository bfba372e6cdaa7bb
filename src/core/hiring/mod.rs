//! A hiring kit for each role the verdict calls for: the job description (what this person would
//! own here, the reporting line, the skills that matter most for this company, the first 90 days)
//! and interview questions tied to the company's answers, as data and as Markdown.
//!
//! Every sentence is a [`Said`], checked with the rest of the result (see
//! [`crate::core::advice::claims`]).

pub mod days;
pub mod interview;
pub mod markdown;

use self::days::first_90_days;
use self::interview::questions;
use crate::core::advice::claims::{said, Claim as C, Said};
use crate::core::advice::next_step::{part_time_note, surplus_note};
use crate::core::advice::roles::{roles, Role, RoleBrief};
use crate::core::questionnaire::*;
use crate::core::verdict::Recommendation;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::samples::*;
    use crate::core::verdict::recommend;

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
}
