//! A hiring kit for each role the verdict calls for, written for this organisation: the title at
//! the seniority its size and sector call for, what the person would own here, the reporting
//! line, the skills that matter most, the first 90 days, and 6 to 8 interview questions drawn
//! from its answers (its sector, what technology does for it, its size and stage, its engineers,
//! systems and regulation, and who leads technology today), each with what a strong answer shows.
//!
//! Every sentence is a [`Said`], checked with the rest of the result (see
//! [`crate::core::advice::claims`]): nothing is asked that the answers do not support.

pub mod days;
pub mod interview;
pub mod markdown;

use self::days::first_90_days;
use self::interview::{questions, Interview};
use crate::core::advice::claims::{said, Claim as C, Said};
use crate::core::advice::next_step::{part_time_note, surplus_note};
use crate::core::advice::roles::{roles, Role, RoleBrief};
use crate::core::locale::Msg;
use crate::core::questionnaire::*;
use crate::core::verdict::Recommendation;

/// A job description and interview questions for one role.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kit {
    pub role: Role,
    /// The title for the job advert, at the seniority the size and sector call for.
    pub title: Said,
    /// What to know before using the kit: a role already filled, surplus leadership, a part-time
    /// option. Often empty.
    pub context: Vec<Said>,
    pub brief: RoleBrief,
    pub first_90_days: Vec<Said>,
    pub questions: Vec<Interview>,
}

impl Kit {
    /// Every sentence that makes a claim, for the consistency check.
    pub fn sentences(&self) -> impl Iterator<Item = &Said> {
        std::iter::once(&self.title)
            .chain(&self.context)
            .chain(self.brief.sentences())
            .chain(&self.first_90_days)
            .chain(self.questions.iter().flat_map(|q| [&q.ask, &q.strong]))
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
                title: title(role, p),
                context,
                brief,
                first_90_days: first_90_days(role, p),
                questions: questions(role, p),
            }
        })
        .collect()
}

/// The advert's title: a hands-on lead in a small organisation, an executive in a large one; the
/// sector's own name for the role (`{cto_title}`, `{cio_title}`).
fn title(role: Role, p: &Profile) -> Said {
    match (role, p.size) {
        (Role::Cto, Size::Micro | Size::Small) => said(Msg::KitTitleCtoHandsOn, &[C::UnderFifty]),
        (Role::Cto, Size::Medium) => said(Msg::KitTitleCto, &[C::MidSized]),
        (Role::Cto, _) => said(Msg::KitTitleCtoExecutive, &[C::LargeOrMore]),
        (Role::Cio, Size::Micro | Size::Small) => said(Msg::KitTitleCioSmall, &[C::UnderFifty]),
        (Role::Cio, Size::Medium) => said(Msg::KitTitleCio, &[C::MidSized]),
        (Role::Cio, _) => said(Msg::KitTitleCioExecutive, &[C::LargeOrMore]),
        (Role::Combined, Size::Micro | Size::Small) => {
            said(Msg::KitTitleCombinedSmall, &[C::UnderFifty])
        }
        (Role::Combined, _) => said(Msg::KitTitleCombined, &[C::FiftyOrMore]),
    }
}

/// Said when someone holds the role, or could take it on, today.
fn in_post(role: Role, p: &Profile) -> Option<Said> {
    match (role, p.leadership) {
        (Role::Cto, Leadership::Cto | Leadership::Both) => {
            Some(said(Msg::KitInPostCto, &[C::HasCto, C::CtoCalledFor]))
        }
        (Role::Cio, Leadership::Cio | Leadership::Both) => {
            Some(said(Msg::KitInPostCio, &[C::HasCio, C::CioCalledFor]))
        }
        (Role::Combined, Leadership::Cto) => {
            Some(said(Msg::KitInPostCombinedCto, &[C::HasCto, C::OneLeader]))
        }
        (Role::Combined, Leadership::Cio) => {
            Some(said(Msg::KitInPostCombinedCio, &[C::HasCio, C::OneLeader]))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::locale::Catalogue;
    use crate::core::samples::*;
    use crate::core::verdict::recommend;

    fn kits_for(p: &Profile) -> Vec<Kit> {
        hiring_kit(p, &recommend(p))
    }

    fn asks(kit: &Kit, p: &Profile) -> Vec<String> {
        let english = Catalogue::english();
        kit.questions
            .iter()
            .map(|q| q.ask.text(&english, p.industry))
            .collect()
    }

    #[test]
    fn hospital_group_gets_a_cio_kit_then_a_cto_kit() {
        let p = hospital_group();
        let kits = kits_for(&p);
        let roles: Vec<Role> = kits.iter().map(|k| k.role).collect();
        assert_eq!(roles, [Role::Cio, Role::Cto]);
        let cio = asks(&kits[0], &p).join("\n");
        assert!(cio.contains("patient records"), "{cio}");
        assert!(cio.contains("IT manager"), "{cio}");
        let cto = asks(&kits[1], &p).join("\n");
        assert!(cto.contains("patients"), "{cto}");
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
        let p = tiny_fintech();
        let kits = kits_for(&p);
        assert!(asks(&kits[0], &p)
            .iter()
            .any(|q| q.contains("financial regulators' rules")));
        assert!(kits[0]
            .first_90_days
            .iter()
            .any(|d| d.claims.contains(C::HeavyRegulation)));
    }

    #[test]
    fn every_question_says_what_a_strong_answer_shows() {
        for p in Profile::all().step_by(101) {
            for kit in kits_for(&p) {
                assert!((6..=8).contains(&kit.questions.len()), "{p:?}");
                for q in &kit.questions {
                    assert_ne!(q.ask.msg, q.strong.msg);
                    assert!(
                        q.strong.msg.key().starts_with("kit.strong."),
                        "{:?}",
                        q.strong
                    );
                }
            }
        }
    }
}
