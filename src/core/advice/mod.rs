//! What an organisation can act on. [`advise`] gathers everything the result shows, in order:
//! the verdict explained, the next step given today's leadership, the strongest reasons, the
//! roles tailored to the answers, surplus leadership, when a part-time leader serves, the ground
//! the roles share and what would change the recommendation.
//!
//! Every sentence is a [`Said`]: a message (its text in each language's locale file) and the
//! claims it makes about the organisation; a test checks all of them against every combination of
//! answers (see [`claims`]), and another that no sentence appears twice on one result.

pub mod changes;
pub mod claims;
pub mod explain;
pub mod markdown;
pub mod next_step;
pub mod roles;
pub mod shared;
pub mod skills;

use self::changes::{changes, Change};
use self::claims::Said;
use self::explain::{explanation, headline};
use self::next_step::{next_step, part_time_note, surplus_note};
use self::roles::{roles, RoleBrief};
use self::shared::{shared_ground, SharedGround};
use crate::core::locale::{Catalogue, Msg};
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
    /// The answers that pushed hardest toward the verdict (on each side when both are called
    /// for).
    pub strongest: Vec<Contribution>,
    /// The roles the verdict calls for, the one to hire first first.
    pub roles: Vec<RoleBrief>,
    /// Said when today's leadership has more executives than the verdict calls for.
    pub surplus: Vec<Said>,
    /// Said where a full-time executive may be more than the organisation needs.
    pub part_time: Vec<Said>,
    pub shared_ground: Vec<SharedGround>,
    /// What would change the recommendation, the likeliest first; empty when nothing plausible
    /// would.
    pub changes: Vec<Change>,
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

    /// Every sentence the result shows, in the order it shows them: what the "say each thing
    /// once" test reads.
    pub fn shown<'a>(&'a self, rec: &Recommendation) -> Vec<Sentence<'a>> {
        let mut out = vec![Sentence::Said(self.headline)];
        out.extend(self.next_step.iter().map(|s| Sentence::Said(*s)));
        out.extend(self.explanation.iter().map(|s| Sentence::Said(*s)));
        out.extend(self.part_time.iter().map(|s| Sentence::Said(*s)));
        out.extend(rec.reasons().iter().map(|c| Sentence::Reason(c.why)));
        for brief in &self.roles {
            out.extend(brief.sentences().map(|s| Sentence::Said(*s)));
        }
        if self.changes.is_empty() {
            out.push(Sentence::NoChange);
        }
        out.extend(self.changes.iter().map(Sentence::Change));
        out.extend(self.shared_ground.iter().map(|g| Sentence::Said(g.here)));
        out
    }
}

/// A sentence the result shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sentence<'a> {
    Said(Said),
    /// An answer's reason in "Why".
    Reason(Msg),
    Change(&'a Change),
    /// "Nothing you are likely to live through soon changes this".
    NoChange,
}

impl Sentence<'_> {
    /// The sentence in `catalogue`'s language, with the terms of `industry`'s sector.
    pub fn text(&self, catalogue: &Catalogue, industry: Industry) -> String {
        match self {
            Sentence::Said(s) => s.text(catalogue, industry),
            Sentence::Reason(why) => {
                catalogue.sentence(*why, Default::default(), Some(industry.choice().id))
            }
            Sentence::Change(change) => change.sentence(catalogue, industry),
            Sentence::NoChange => catalogue.text(Msg::ChangeNone),
        }
    }
}

/// Everything the result shows for an organisation.
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
    use super::roles::Role;
    use super::*;
    use crate::core::samples::*;

    fn advice_for(p: &Profile) -> Advice {
        advise(p, &recommend(p))
    }

    /// A sentence in English, with the organisation's sector terms.
    fn text(s: &Said, p: &Profile) -> String {
        s.text(&Catalogue::english(), p.industry)
    }

    /// Whether any sentence of the advice makes the claim.
    fn claims(advice: &Advice, claim: C) -> bool {
        advice.sentences().any(|s| s.claims.contains(claim))
    }

    /// Every sentence the result shows, in English.
    fn shown(p: &Profile) -> Vec<String> {
        let rec = recommend(p);
        let english = Catalogue::english();
        let advice = advise(p, &rec);
        advice
            .shown(&rec)
            .iter()
            .map(|s| s.text(&english, p.industry))
            .collect()
    }

    fn says(p: &Profile, words: &str) -> bool {
        shown(p).iter().any(|s| s.contains(words))
    }

    #[test]
    fn hospital_group_of_400_is_told_to_hire_its_cio_first() {
        let p = hospital_group();
        let advice = advice_for(&p);
        assert_eq!(text(&advice.headline, &p), "You need both a CIO and a CTO");
        assert!(
            text(&advice.next_step[0], &p).starts_with("Grow your IT manager into the CIO role")
        );
        assert_eq!(advice.roles[0].role, Role::Cio);
    }

    #[test]
    fn hospital_group_wants_its_cto_for_digital_services_to_patients_not_products() {
        let p = hospital_group();
        assert!(!claims(&advice_for(&p), C::ProductsToBuild));
        assert!(says(&p, "digital services for patients"));
    }

    #[test]
    fn hospital_cto_is_not_asked_to_work_with_marketing_and_sales() {
        let p = hospital_group();
        let advice = advice_for(&p);
        let cto = &advice.roles[1];
        assert_eq!(cto.role, Role::Cto);
        let skills: Vec<String> = cto.skills.iter().map(|s| text(s, &p)).collect();
        assert!(
            skills.iter().all(|s| !s.contains("marketing")),
            "{skills:?}"
        );
        assert!(
            skills.iter().any(|s| s.contains("across departments")),
            "{skills:?}"
        );
    }

    #[test]
    fn public_agency_of_2000_with_3_engineers_needs_a_cio_with_a_head_of_digital() {
        let p = public_agency();
        let rec = recommend(&p);
        assert_eq!(rec.verdict, Verdict::Cio);
        assert!(
            rec.cto_score < NEED,
            "its CTO need is under the bar the page shows"
        );
        assert!(says(
            &p,
            "a head of digital, reporting to the CIO, until the CTO need reaches the bar"
        ));
        let all = shown(&p).join(" ");
        assert!(!all.contains("CEO"), "{all}");
        assert!(!all.contains("customers"), "{all}");
        assert!(
            all.contains("the director of finance or operations"),
            "{all}"
        );
    }

    #[test]
    fn insurer_run_from_the_inside_without_engineers_is_not_told_to_hire_a_cto() {
        let p = Profile {
            engineering: Engineering::None,
            focus: Focus::Operations,
            priority: Priority::Operations,
            ..insurer()
        };
        let rec = recommend(&p);
        assert!(rec.cto_score < NEED);
        assert_eq!(rec.verdict, Verdict::Cio);
        let advice = advice_for(&p);
        assert!(!claims(&advice, C::CtoToHire));
        assert!(!shown(&p).iter().any(|s| s.contains("hire a CTO")));
    }

    #[test]
    fn logistics_firm_reads_its_own_examples_and_no_factory_words() {
        let p = logistics_firm();
        let all = shown(&p).join(" ");
        assert!(!all.contains("plants and supply chains"), "{all}");
        assert!(all.contains("warehouse"), "{all}");
    }

    #[test]
    fn operations_enterprise_with_a_cio_keeps_its_cio_and_adds_a_head_of_digital() {
        let p = operations_enterprise_with_a_cio();
        let advice = advice_for(&p);
        assert!(!claims(&advice, C::ProductsToBuild));
        assert_eq!(recommend(&p).verdict, Verdict::Cio);
        assert!(text(&advice.next_step[0], &p).starts_with("Your current setup fits"));
        assert!(says(&p, "a head of digital"));
    }

    #[test]
    fn micro_clinic_with_heavy_regulation_is_offered_one_leader_and_an_outside_partner() {
        let p = micro_clinic();
        let advice = advice_for(&p);
        assert_eq!(
            text(&advice.headline, &p),
            "One leader can cover both roles"
        );
        assert!(!claims(&advice, C::CioCalledFor));
        assert!(advice.part_time[0].claims.contains(C::FullTimeMayBeMore));
        assert!(advice.part_time.iter().any(|s| {
            let t = text(s, &p);
            t.contains("outside partner") && t.contains("compliance")
        }));
    }

    #[test]
    fn five_person_startup_with_a_cto_and_a_cio_is_told_it_has_more_than_it_needs() {
        let p = five_person_startup_with_a_cto_and_a_cio();
        let advice = advice_for(&p);
        assert!(!claims(&advice, C::SetupFits));
        assert!(text(&advice.surplus[0], &p).contains("more executives than"));
        assert_eq!(advice.next_step, advice.surplus);
    }

    #[test]
    fn tiny_fintech_is_not_told_its_internal_it_is_light() {
        let p = tiny_fintech();
        assert!(!claims(&advice_for(&p), C::LightInternalIt));
        assert!(!says(&p, "light enough"));
        assert!(says(&p, "Internal IT and compliance still need an owner"));
    }

    #[test]
    fn mid_sized_retailer_with_needs_of_68_and_67_is_told_they_are_a_tie() {
        let p = mid_sized_retailer();
        let advice = advice_for(&p);
        assert!(!claims(&advice, C::CtoNeedGreater));
        let order = advice
            .explanation
            .last()
            .map(|s| text(s, &p))
            .unwrap_or_default();
        assert!(
            order.starts_with("The two needs are a tie") && order.contains("puts the CTO first"),
            "{order}"
        );
    }

    #[test]
    fn small_services_firm_is_not_asked_for_skills_to_build_a_product() {
        let p = small_services_firm();
        let skills = &advice_for(&p).roles[0].skills;
        assert!(skills.iter().all(|s| !text(s, &p).contains("build")));
        assert!(skills.iter().any(|s| s.claims.contains(C::LittleToBuild)));
    }

    #[test]
    fn an_existing_cto_is_told_the_setup_fits_only_when_the_verdict_is_a_cto() {
        let with_cto = |p: Profile| Profile {
            leadership: Leadership::Cto,
            ..p
        };
        let startup = with_cto(small_software_startup());
        assert!(text(&advice_for(&startup).next_step[0], &startup)
            .starts_with("Your current setup fits"));
        let manufacturer = with_cto(mid_sized_manufacturer());
        assert!(text(&advice_for(&manufacturer).next_step[0], &manufacturer)
            .starts_with("You have a CTO, but the need here is on the CIO side"));
    }

    #[test]
    fn skills_put_what_this_organisation_needs_most_first() {
        let care = advice_for(&mid_sized_care_provider()).roles;
        assert!(care[0].skills[0].claims.contains(C::HeavyRegulation));
        let p = small_software_startup();
        assert!(text(&advice_for(&p).roles[0].skills[0], &p).starts_with("Product management"));
    }

    #[test]
    fn retailer_roles_split_store_and_stock() {
        let p = mid_sized_retailer();
        let briefs = advice_for(&p).roles;
        let roles: Vec<Role> = briefs.iter().map(|b| b.role).collect();
        assert_eq!(roles, [Role::Cto, Role::Cio]);
        assert!(text(&briefs[0].owns[0], &p).contains("online store"));
        assert!(text(&briefs[1].owns[0], &p)
            .starts_with("The inventory, order and point-of-sale systems"));
    }

    #[test]
    fn one_leader_for_both_lists_the_signs_to_split_the_role() {
        let p = small_scaling_fintech();
        let briefs = advice_for(&p).roles;
        assert_eq!(briefs[0].role, Role::Combined);
        assert!(briefs[0]
            .split_when
            .iter()
            .any(|s| text(s, &p).contains("named owner for compliance")));
    }
}
