//! What a founder can act on. [`advise`] gathers everything the result shows, in order: the
//! verdict explained, the next step given today's leadership, the strongest reasons, the roles
//! tailored to the answers, surplus leadership, when a part-time leader serves, the ground the
//! roles share and what would change the verdict.
//!
//! Every sentence is a [`Said`] carrying the claims it makes about the company; a test checks all
//! of them against every combination of answers (see [`claims`]).

pub mod changes;
pub mod claims;
pub mod explain;
pub mod markdown;
pub mod next_step;
pub mod roles;
pub mod shared;
pub mod skills;

use self::changes::{changes, ChangeGroup};
use self::claims::Said;
use self::explain::{explanation, headline};
use self::next_step::{next_step, part_time_note, surplus_note};
use self::roles::{roles, RoleBrief};
use self::shared::{shared_ground, SharedGround};
use crate::core::questionnaire::*;
use crate::core::verdict::*;

/// How many of the strongest reasons lead the result.
const STRONGEST_REASONS: usize = 2;

/// Everything the result shows, in the order it shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Advice {
    pub headline: Said,
    pub explanation: Vec<Said>,
    /// What to do next; with surplus leadership, the same sentences as [`Advice::surplus`].
    pub next_step: Vec<Said>,
    /// The answers that pushed hardest toward the verdict.
    pub strongest: Vec<Contribution>,
    /// The roles the verdict calls for, the one to hire first first.
    pub roles: Vec<RoleBrief>,
    /// Said when today's leadership has more executives than the verdict calls for.
    pub surplus: Vec<Said>,
    /// Said where a full-time executive may be more than the company needs.
    pub part_time: Vec<Said>,
    pub shared_ground: Vec<SharedGround>,
    /// The nearest answer changes that would change the outcome, nearest first.
    pub changes: Vec<ChangeGroup>,
}

impl Advice {
    /// Every sentence that makes a claim, for the consistency check.
    pub fn sentences(&self) -> impl Iterator<Item = &Said> {
        std::iter::once(&self.headline)
            .chain(&self.explanation)
            .chain(&self.next_step)
            .chain(self.roles.iter().flat_map(RoleBrief::sentences))
            .chain(&self.surplus)
            .chain(&self.part_time)
            .chain(self.shared_ground.iter().map(|g| &g.here))
    }
}

/// Everything the result shows for a company.
pub fn advise(p: &Profile, rec: &Recommendation) -> Advice {
    Advice {
        headline: headline(rec),
        explanation: explanation(p, rec),
        next_step: next_step(p, rec),
        strongest: rec.top_reasons(STRONGEST_REASONS),
        roles: roles(p, rec),
        surplus: surplus_note(p, rec),
        part_time: part_time_note(p, rec),
        shared_ground: shared_ground(p),
        changes: changes(p),
    }
}

#[cfg(test)]
mod tests {
    use super::claims::Claim as C;
    use super::markdown::paragraph;
    use super::roles::Role;
    use super::*;
    use crate::core::samples::*;
    use crate::core::verdict::recommend;

    fn advice_for(p: &Profile) -> Advice {
        advise(p, &recommend(p))
    }

    /// Whether any sentence of the advice makes the claim.
    fn claims(advice: &Advice, claim: C) -> bool {
        advice.sentences().any(|s| s.claims.contains(claim))
    }

    fn says(advice: &Advice, words: &str) -> bool {
        advice.sentences().any(|s| s.text.contains(words))
    }

    #[test]
    fn hospital_group_of_400_is_told_to_hire_its_cio_first() {
        let advice = advice_for(&hospital_group());
        assert_eq!(advice.headline.text, "You need both a CIO and a CTO");
        assert!(advice.next_step[0]
            .text
            .starts_with("Grow your IT manager into the CIO role"));
        assert_eq!(advice.roles[0].role, Role::Cio);
    }

    #[test]
    fn hospital_group_wants_its_cto_for_digital_services_to_patients_not_products() {
        let advice = advice_for(&hospital_group());
        assert!(!claims(&advice, C::ProductsToBuild));
        assert!(!says(&advice, "products or customer platforms to build"));
        assert!(says(&advice, "digital services for patients"));
    }

    #[test]
    fn hospital_cto_is_not_asked_to_work_with_marketing_and_sales() {
        let advice = advice_for(&hospital_group());
        let cto = &advice.roles[1];
        assert_eq!(cto.role, Role::Cto);
        assert!(cto.skills.iter().all(|s| !s.text.contains("marketing")));
        assert!(cto
            .skills
            .iter()
            .any(|s| s.text.contains("across departments")));
    }

    #[test]
    fn operations_enterprise_with_a_cio_is_not_told_it_has_products_to_build() {
        let advice = advice_for(&operations_enterprise_with_a_cio());
        assert!(!claims(&advice, C::ProductsToBuild));
        assert_eq!(
            paragraph(&advice.next_step),
            "You have a CIO: hire a CTO next. The CTO will lead technology innovation and \
             digital services for customers."
        );
    }

    #[test]
    fn micro_clinic_with_heavy_regulation_is_offered_one_leader_and_an_outside_partner() {
        let advice = advice_for(&micro_clinic());
        assert_eq!(advice.headline.text, "One leader can cover both roles");
        assert!(!claims(&advice, C::CioCalledFor));
        assert!(advice.part_time[0].claims.contains(C::FullTimeMayBeMore));
        assert!(advice
            .part_time
            .iter()
            .any(|s| s.text.contains("outside partner") && s.text.contains("compliance")));
    }

    #[test]
    fn five_person_startup_with_a_cto_and_a_cio_is_told_it_has_more_than_it_needs() {
        let advice = advice_for(&five_person_startup_with_a_cto_and_a_cio());
        assert!(!claims(&advice, C::SetupFits));
        assert!(advice.surplus[0].text.contains("more executives than"));
        assert_eq!(advice.next_step, advice.surplus);
    }

    #[test]
    fn tiny_fintech_is_not_told_its_internal_it_is_light() {
        let advice = advice_for(&tiny_fintech());
        assert!(!claims(&advice, C::LightInternalIt));
        assert!(!says(&advice, "light enough"));
        assert!(says(
            &advice,
            "Internal IT and compliance still need an owner"
        ));
    }

    #[test]
    fn mid_sized_retailer_with_needs_of_68_and_67_is_told_they_are_a_tie() {
        let advice = advice_for(&mid_sized_retailer());
        assert!(!claims(&advice, C::CtoNeedGreater));
        assert!(!says(&advice, "where the need is greater"));
        let order = advice
            .explanation
            .last()
            .map(|s| s.text)
            .unwrap_or_default();
        assert!(
            order.starts_with("The two needs are a tie") && order.contains("puts the CTO first"),
            "{order}"
        );
    }

    #[test]
    fn small_services_firm_is_not_asked_for_skills_to_build_a_product() {
        let advice = advice_for(&small_services_firm());
        let skills = &advice.roles[0].skills;
        assert!(skills.iter().all(|s| !s.text.contains("build the product")));
        assert!(skills.iter().any(|s| s.claims.contains(C::LittleToBuild)));
    }

    #[test]
    fn an_existing_cto_is_told_the_setup_fits_only_when_the_verdict_is_a_cto() {
        let with_cto = |p: Profile| Profile {
            leadership: Leadership::Cto,
            ..p
        };
        let startup = advice_for(&with_cto(small_software_startup()));
        assert!(startup.next_step[0]
            .text
            .starts_with("Your current setup fits"));
        let manufacturer = advice_for(&with_cto(mid_sized_manufacturer()));
        assert!(manufacturer.next_step[0]
            .text
            .starts_with("You have a CTO, but the need here is on the CIO side"));
    }

    #[test]
    fn skills_put_what_this_company_needs_most_first() {
        let care = advice_for(&mid_sized_care_provider()).roles;
        assert!(care[0].skills[0].claims.contains(C::HeavyRegulation));
        let startup = advice_for(&small_software_startup()).roles;
        assert!(startup[0].skills[0].text.starts_with("Product management"));
    }

    #[test]
    fn retailer_roles_split_store_and_supply_chain() {
        let briefs = advice_for(&mid_sized_retailer()).roles;
        let roles: Vec<Role> = briefs.iter().map(|b| b.role).collect();
        assert_eq!(roles, [Role::Cto, Role::Cio]);
        assert!(briefs[0].owns[0].text.contains("online store"));
        assert!(briefs[1].owns[0].text.contains("supply-chain"));
    }

    #[test]
    fn one_leader_for_both_lists_the_signs_to_split_the_role() {
        let briefs = advice_for(&small_scaling_fintech()).roles;
        assert_eq!(briefs[0].role, Role::Combined);
        assert!(briefs[0]
            .split_when
            .iter()
            .any(|s| s.text.contains("named owner for compliance")));
    }
}
