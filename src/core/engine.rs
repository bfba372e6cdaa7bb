//! The recommendation engine: two scores, each a sum of named contributions; a verdict that
//! follows from the scores and the company's size; and which need leads.
//!
//! # Scores
//! Every answer adds points to the **CTO need** (outward-facing technology leadership: the
//! product, customer platforms, engineering) and the **CIO need** (inward-facing leadership:
//! infrastructure, business systems, compliance, data). Each score can reach 100 and never goes
//! below 0. The current leadership adds nothing: it changes what to do next, not what the company
//! needs. A test reads this table and compares it with the point functions below.
//!
//! | answer | points per option, CTO/CIO | fact behind it (from the seed articles) |
//! |---|---|---|
//! | size | micro 2/0 · small 4/6 · medium 6/14 · large 8/20 · enterprise 8/24 | internal IT demands grow with headcount; mid-sized firms may justify a full-time CIO |
//! | stage | startup 8/0 · scaling 8/4 · established 4/6 | startups begin with a CTO who builds the product; a CIO becomes necessary as the company grows |
//! | industry | software 14/2 · finance 6/8 · healthcare 6/8 · retail 8/6 · manufacturing 4/6 · services 4/4 · public 2/8 · other 4/4 | where technology is the product the CTO is central; regulated industries lean on the CIO; retail needs both a platform builder and a back-office runner |
//! | focus | product 30/2 · channel 18/6 · operations 4/10 | the CTO faces customers and the product; the CIO faces internal operations |
//! | regulation | light 0/0 · moderate 0/8 · heavy 0/18 | in regulated industries the CIO is critical for compliance and data security |
//! | systems | simple 0/0 · moderate 0/10 · complex 0/20 | the CIO runs infrastructure, ERP, inventory and supply-chain systems |
//! | engineering | none 0/0 · few 10/0 · team 18/0 · department 24/0 | the CTO leads development teams and engineering practice |
//! | priority | products 16/2 · operations 2/14 · both 10/9 | the CTO drives new offerings; the CIO drives efficiency and internal transformation |
//!
//! # Verdict
//! A need is *at the bar* when its score reaches [`NEED`] (45). The first rule that applies
//! decides ([`verdict_for_scores`]):
//!
//! | rule | when | verdict | fact behind it |
//! |---|---|---|---|
//! | `LargeCompany` | 250 people or more | `both` | large enterprises need both: a CIO for smooth internal operations, a CTO for innovation |
//! | `MidSizedNeedsBoth` | 50–249 people, both needs at the bar | `both` | a product-driven mid-sized firm with real internal IT gains from both |
//! | `SmallNeedsBoth` | under 50 people, both needs at the bar | `combined` | in smaller companies one person often wears both hats |
//! | `OnlyCto` | only the CTO need at the bar | `cto` | startups begin with a CTO who builds the product |
//! | `NoCioUnderTen` | under 10 people, only the CIO need at the bar | `combined` | in the smallest companies the roles are combined; a CIO becomes necessary only as internal IT grows |
//! | `OnlyCio` | 10–249 people, only the CIO need at the bar | `cio` | internal IT demands (systems, regulated data) can justify a CIO before a CTO |
//! | `NeitherYet` | neither need at the bar | `combined` | a modest need on both sides is one leader's job |
//!
//! # Which need leads
//! The greater need leads, and with two roles to fill it is hired first ([`Lead`]). Needs within
//! [`TIE_MARGIN`] (5) points of each other are a tie; the first hire then follows the first of
//! these that decides:
//!
//! | tie-break | CTO first | CIO first | fact behind it |
//! |---|---|---|---|
//! | `Priority` | new offerings | running the business better | the CTO drives new offerings, the CIO efficiency and internal transformation |
//! | `Leadership` | an IT manager or a CIO today | a CTO today | hire for the side no one leads; an IT manager already keeps internal IT running |
//! | `Focus` | technology is the product or the channel | technology mostly runs the business | the CTO faces outward, the CIO inward |

use super::answers::Profile;
use super::questions::*;

/// The score at which a need calls for a dedicated leader.
pub const NEED: u8 = 45;

/// Needs this close are a tie: a few points say nothing about which matters more.
pub const TIE_MARGIN: u8 = 5;

/// The recommendation's verdict (contract v1 ids).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    Cto,
    Cio,
    Both,
    Combined,
}

impl Verdict {
    pub const ALL: [Verdict; 4] = [Verdict::Cto, Verdict::Cio, Verdict::Both, Verdict::Combined];

    /// The contract id, as in `data-verdict`.
    pub const fn id(self) -> &'static str {
        match self {
            Verdict::Cto => "cto",
            Verdict::Cio => "cio",
            Verdict::Both => "both",
            Verdict::Combined => "combined",
        }
    }
}

/// Why a verdict was reached: the rule that applied (see the module's table).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    LargeCompany,
    MidSizedNeedsBoth,
    SmallNeedsBoth,
    OnlyCto,
    NoCioUnderTen,
    OnlyCio,
    NeitherYet,
}

impl Rule {
    pub const ALL: [Rule; 7] = [
        Rule::LargeCompany,
        Rule::MidSizedNeedsBoth,
        Rule::SmallNeedsBoth,
        Rule::OnlyCto,
        Rule::NoCioUnderTen,
        Rule::OnlyCio,
        Rule::NeitherYet,
    ];

    pub const fn verdict(self) -> Verdict {
        match self {
            Rule::LargeCompany | Rule::MidSizedNeedsBoth => Verdict::Both,
            Rule::OnlyCto => Verdict::Cto,
            Rule::OnlyCio => Verdict::Cio,
            Rule::SmallNeedsBoth | Rule::NoCioUnderTen | Rule::NeitherYet => Verdict::Combined,
        }
    }
}

/// One of the two technology leadership roles.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    Cto,
    Cio,
}

/// What decides the first hire when the two needs are a tie (see the module's table).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TieBreak {
    Priority,
    Leadership,
    Focus,
}

/// Which need leads: the greater one, or on a tie the side a stated reason puts first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lead {
    /// This side's need is greater by more than [`TIE_MARGIN`].
    Greater(Side),
    /// The needs are within [`TIE_MARGIN`]; `first` follows the tie-break `by`.
    Tie { first: Side, by: TieBreak },
}

impl Lead {
    /// The role to hire first when both are called for.
    pub const fn first(self) -> Side {
        match self {
            Lead::Greater(side) | Lead::Tie { first: side, .. } => side,
        }
    }

    pub const fn tie_break(self) -> Option<TieBreak> {
        match self {
            Lead::Greater(_) => None,
            Lead::Tie { by, .. } => Some(by),
        }
    }
}

/// The points one answer adds to each score, and the fact behind them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Contribution {
    pub question: Question,
    pub choice: usize,
    pub cto: u8,
    pub cio: u8,
    pub why: &'static str,
}

impl Contribution {
    pub fn answer_label(&self) -> &'static str {
        self.question.choices()[self.choice].label
    }

    /// The larger of the two effects, for ordering reasons.
    pub fn weight(&self) -> u8 {
        self.cto.max(self.cio)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recommendation {
    pub verdict: Verdict,
    pub rule: Rule,
    pub lead: Lead,
    pub cto_score: u8,
    pub cio_score: u8,
    /// One per scored question, in questionnaire order.
    pub contributions: Vec<Contribution>,
}

impl Recommendation {
    /// How much a contribution pushes toward this verdict: toward the role that comes first when
    /// both are called for, either way for one leader.
    pub fn toward(&self, c: &Contribution) -> u8 {
        match (self.verdict, self.lead.first()) {
            (Verdict::Cto, _) | (Verdict::Both, Side::Cto) => c.cto,
            (Verdict::Cio, _) | (Verdict::Both, Side::Cio) => c.cio,
            (Verdict::Combined, _) => c.weight(),
        }
    }

    /// Every answer's contribution, strongest toward the verdict first, then by overall weight.
    pub fn reasons(&self) -> Vec<Contribution> {
        strongest_first(&self.contributions, &|c| {
            u16::from(self.toward(c)) << 8 | u16::from(c.weight())
        })
    }

    /// Every answer's contribution, heaviest first (either way), questionnaire order among equals.
    pub fn by_weight(&self) -> Vec<Contribution> {
        strongest_first(&self.contributions, &|c| u16::from(c.weight()))
    }

    /// The contributions that pushed hardest toward this verdict, strongest first.
    pub fn top_reasons(&self, count: usize) -> Vec<Contribution> {
        let mut reasons = self.reasons();
        reasons.retain(|c| self.toward(c) > 0);
        reasons.truncate(count);
        reasons
    }
}

/// A copy of `contributions` ordered by `key`, largest first, keeping their order among equals.
/// An insertion sort: a list of nine needs nothing more, and it costs the wasm far less code than
/// the standard library's sorts.
fn strongest_first(
    contributions: &[Contribution],
    key: &dyn Fn(&Contribution) -> u16,
) -> Vec<Contribution> {
    let mut sorted = contributions.to_vec();
    for i in 1..sorted.len() {
        let mut j = i;
        while j > 0 && key(&sorted[j - 1]) < key(&sorted[j]) {
            sorted.swap(j - 1, j);
            j -= 1;
        }
    }
    sorted
}

/// Evaluates a complete profile.
pub fn recommend(profile: &Profile) -> Recommendation {
    let contributions = contributions(profile);
    let cto_score: u8 = contributions.iter().map(|c| c.cto).sum();
    let cio_score: u8 = contributions.iter().map(|c| c.cio).sum();
    Recommendation {
        verdict: verdict_for_scores(profile, cto_score, cio_score),
        rule: rule_for_scores(profile, cto_score, cio_score),
        lead: lead_for_scores(profile, cto_score, cio_score),
        cto_score,
        cio_score,
        contributions,
    }
}

/// The verdict this company's other answers would get at these scores: what the UI paints as the
/// verdict regions of the CTO-need × CIO-need plane.
pub fn verdict_for_scores(p: &Profile, cto: u8, cio: u8) -> Verdict {
    rule_for_scores(p, cto, cio).verdict()
}

/// The rule that decides the verdict at these scores.
pub fn rule_for_scores(p: &Profile, cto: u8, cio: u8) -> Rule {
    if p.size >= Size::Large {
        return Rule::LargeCompany;
    }
    match (cto >= NEED, cio >= NEED) {
        (true, true) if p.size == Size::Medium => Rule::MidSizedNeedsBoth,
        (true, true) => Rule::SmallNeedsBoth,
        (true, false) => Rule::OnlyCto,
        (false, true) if p.size == Size::Micro => Rule::NoCioUnderTen,
        (false, true) => Rule::OnlyCio,
        (false, false) => Rule::NeitherYet,
    }
}

/// Which need leads at these scores, ties broken by this company's answers.
pub fn lead_for_scores(p: &Profile, cto: u8, cio: u8) -> Lead {
    if cto > cio.saturating_add(TIE_MARGIN) {
        return Lead::Greater(Side::Cto);
    }
    if cio > cto.saturating_add(TIE_MARGIN) {
        return Lead::Greater(Side::Cio);
    }
    let (first, by) = match (p.priority, p.leadership, p.focus) {
        (Priority::Products, ..) => (Side::Cto, TieBreak::Priority),
        (Priority::Operations, ..) => (Side::Cio, TieBreak::Priority),
        (_, Leadership::ItManager | Leadership::Cio, _) => (Side::Cto, TieBreak::Leadership),
        (_, Leadership::Cto, _) => (Side::Cio, TieBreak::Leadership),
        (_, _, Focus::Operations) => (Side::Cio, TieBreak::Focus),
        (_, _, Focus::Product | Focus::Channel) => (Side::Cto, TieBreak::Focus),
    };
    Lead::Tie { first, by }
}

/// Both scores without listing the contributions: for evaluating many profiles quickly.
pub fn scores(p: &Profile) -> (u8, u8) {
    Question::ALL
        .iter()
        .filter_map(|&q| answer_points(q, p.choice(q)))
        .fold((0, 0), |(cto, cio), (a, b)| (cto + a, cio + b))
}

/// The CTO and CIO points an answer adds; `None` for the current leadership, which scores
/// nothing, and for an option that does not exist.
pub fn answer_points(question: Question, choice: usize) -> Option<(u8, u8)> {
    points(question, choice).map(|(cto, cio, _)| (cto, cio))
}

fn points(question: Question, choice: usize) -> Option<Points> {
    Some(match question {
        Question::Size => size(Size::from_index(choice)?),
        Question::Stage => stage(Stage::from_index(choice)?),
        Question::Industry => industry(Industry::from_index(choice)?),
        Question::Focus => focus(Focus::from_index(choice)?),
        Question::Regulation => regulation(Regulation::from_index(choice)?),
        Question::Systems => systems(Systems::from_index(choice)?),
        Question::Engineering => engineering(Engineering::from_index(choice)?),
        Question::Priority => priority(Priority::from_index(choice)?),
        Question::Leadership => return None,
    })
}

fn contributions(p: &Profile) -> Vec<Contribution> {
    Question::ALL
        .iter()
        .filter_map(|&question| {
            let choice = p.choice(question);
            let (cto, cio, why) = points(question, choice)?;
            Some(Contribution {
                question,
                choice,
                cto,
                cio,
                why,
            })
        })
        .collect()
}

type Points = (u8, u8, &'static str);

// Each reason speaks of its own answer only, so it is true for every company that gives it.

fn size(size: Size) -> Points {
    match size {
        Size::Micro => (
            2,
            0,
            "A handful of people rarely has internal IT worth an executive of its own.",
        ),
        Size::Small => (
            4,
            6,
            "Internal IT starts to need an owner as headcount passes ten.",
        ),
        Size::Medium => (
            6,
            14,
            "At this size internal IT demands can justify a full-time CIO.",
        ),
        Size::Large => (
            8,
            20,
            "Large organisations need someone to run their systems at scale.",
        ),
        Size::Enterprise => (
            8,
            24,
            "Enterprises depend on both internal systems and innovation.",
        ),
    }
}

fn stage(stage: Stage) -> Points {
    match stage {
        Stage::Startup => (
            8,
            0,
            "Early on, technology work is mostly building; internal IT grows later.",
        ),
        Stage::Scaling => (
            8,
            4,
            "Fast growth strains both the platform and the internal tools.",
        ),
        Stage::Established => (4, 6, "Mature operations put the weight on running IT well."),
    }
}

fn industry(industry: Industry) -> Points {
    match industry {
        Industry::Software => (
            14,
            2,
            "In software companies the CTO usually takes centre stage.",
        ),
        Industry::Finance => (
            6,
            8,
            "Finance handles sensitive data: compliance leans on the CIO.",
        ),
        Industry::Healthcare => (
            6,
            8,
            "Health data is sensitive: its privacy and security lean on the CIO.",
        ),
        Industry::Retail => (
            8,
            6,
            "Retail needs an online store and inventory systems alike.",
        ),
        Industry::Manufacturing => (4, 6, "Plants and supply chains run on internal systems."),
        Industry::Services => (4, 4, "Services firms use technology to deliver and to run."),
        Industry::Public => (
            2,
            8,
            "Public bodies answer to strict rules on data and procurement.",
        ),
        Industry::Other => (4, 4, "No industry pull either way."),
    }
}

fn focus(focus: Focus) -> Points {
    match focus {
        Focus::Product => (
            30,
            2,
            "Technology is what customers pay for: a CTO's core remit.",
        ),
        Focus::Channel => (
            18,
            6,
            "Customer-facing platforms need someone to build and scale them.",
        ),
        Focus::Operations => (
            4,
            10,
            "Technology mainly serves internal operations: the CIO's ground.",
        ),
    }
}

fn regulation(regulation: Regulation) -> Points {
    match regulation {
        Regulation::Light => (0, 0, "Little regulation adds no compliance work."),
        Regulation::Moderate => (0, 8, "Personal data and industry rules need governance."),
        Regulation::Heavy => (
            0,
            18,
            "Regulated work makes compliance and data security a leadership job.",
        ),
    }
}

fn systems(systems: Systems) -> Points {
    match systems {
        Systems::Simple => (0, 0, "Simple cloud tools need little management."),
        Systems::Moderate => (0, 10, "Connected business systems need an owner."),
        Systems::Complex => (
            0,
            20,
            "ERP, many sites and legacy systems are a CIO's core job.",
        ),
    }
}

fn engineering(engineering: Engineering) -> Points {
    match engineering {
        Engineering::None => (
            0,
            0,
            "With no one building software there is no team to lead.",
        ),
        Engineering::Few => (10, 0, "A small build team needs technical direction."),
        Engineering::Team => (
            18,
            0,
            "Engineering teams need a leader for practice and hiring.",
        ),
        Engineering::Department => (
            24,
            0,
            "A department of engineers needs an executive to lead it.",
        ),
    }
}

fn priority(priority: Priority) -> Points {
    match priority {
        Priority::Products => (16, 2, "New customer offerings are the CTO's mandate."),
        Priority::Operations => (
            2,
            14,
            "Efficiency and internal transformation are the CIO's mandate.",
        ),
        Priority::Both => (10, 9, "Products and operations both need leadership."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::samples::*;

    fn verdict(p: Profile) -> Verdict {
        recommend(&p).verdict
    }

    #[test]
    fn hospital_group_of_400_hires_its_cio_first() {
        let rec = recommend(&hospital_group());
        assert_eq!((rec.cto_score, rec.cio_score), (42, 96));
        assert_eq!(rec.verdict, Verdict::Both);
        assert_eq!(rec.lead, Lead::Greater(Side::Cio));
    }

    #[test]
    fn operations_enterprise_with_a_cio_needs_both_with_the_cio_leading() {
        let rec = recommend(&operations_enterprise_with_a_cio());
        assert_eq!(rec.cto_score, 22);
        assert_eq!((rec.verdict, rec.lead.first()), (Verdict::Both, Side::Cio));
    }

    #[test]
    fn micro_clinic_with_heavy_regulation_gets_one_leader_not_a_cio() {
        let rec = recommend(&micro_clinic());
        assert!(rec.cio_score >= NEED && rec.cto_score < NEED);
        assert_eq!(
            (rec.verdict, rec.rule),
            (Verdict::Combined, Rule::NoCioUnderTen)
        );
    }

    #[test]
    fn no_company_under_ten_is_told_to_hire_a_dedicated_cio() {
        assert!(Profile::all()
            .filter(|p| p.size == Size::Micro)
            .all(|p| matches!(verdict(p), Verdict::Cto | Verdict::Combined)));
    }

    #[test]
    fn tiny_fintech_building_its_product_gets_a_cto() {
        assert_eq!(verdict(tiny_fintech()), Verdict::Cto);
    }

    #[test]
    fn mid_sized_retailer_with_level_needs_is_a_tie_broken_by_its_focus() {
        let rec = recommend(&mid_sized_retailer());
        assert_eq!((rec.cto_score, rec.cio_score), (68, 67));
        assert_eq!(
            rec.lead,
            Lead::Tie {
                first: Side::Cto,
                by: TieBreak::Focus
            }
        );
    }

    #[test]
    fn a_tie_is_broken_by_priority_then_leadership_then_focus() {
        let retailer = mid_sized_retailer();
        let lead = |priority, leadership, focus| {
            let p = Profile {
                priority,
                leadership,
                focus,
                ..retailer
            };
            lead_for_scores(&p, 60, 58)
        };
        let tie = |first, by| Lead::Tie { first, by };
        use {Focus as F, Leadership as L, Priority as P};
        assert_eq!(
            lead(P::Operations, L::ItManager, F::Product),
            tie(Side::Cio, TieBreak::Priority)
        );
        assert_eq!(
            lead(P::Products, L::Cto, F::Operations),
            tie(Side::Cto, TieBreak::Priority)
        );
        assert_eq!(
            lead(P::Both, L::ItManager, F::Operations),
            tie(Side::Cto, TieBreak::Leadership)
        );
        assert_eq!(
            lead(P::Both, L::Cto, F::Product),
            tie(Side::Cio, TieBreak::Leadership)
        );
        assert_eq!(
            lead(P::Both, L::Both, F::Operations),
            tie(Side::Cio, TieBreak::Focus)
        );
    }

    #[test]
    fn needs_further_apart_than_the_margin_are_led_by_the_greater() {
        for p in Profile::all().step_by(11) {
            let rec = recommend(&p);
            let gap = rec.cto_score.abs_diff(rec.cio_score);
            let greater = if rec.cto_score > rec.cio_score {
                Side::Cto
            } else {
                Side::Cio
            };
            match rec.lead {
                Lead::Greater(side) => assert!(gap > TIE_MARGIN && side == greater, "{p:?}"),
                Lead::Tie { .. } => assert!(gap <= TIE_MARGIN, "{p:?}"),
            }
        }
    }

    #[test]
    fn verdict_regions_of_the_plane_follow_size_and_the_bar() {
        let at = |size, cto, cio| {
            verdict_for_scores(
                &Profile {
                    size,
                    ..mid_sized_retailer()
                },
                cto,
                cio,
            )
        };
        let (high, low) = (NEED, NEED - 1);
        use Verdict as V;
        assert_eq!(at(Size::Medium, high, high), V::Both);
        assert_eq!(at(Size::Medium, high, low), V::Cto);
        assert_eq!(at(Size::Medium, low, high), V::Cio);
        assert_eq!(at(Size::Medium, low, low), V::Combined);
        assert_eq!(at(Size::Small, high, high), V::Combined);
        assert_eq!(at(Size::Small, low, high), V::Cio);
        assert_eq!(at(Size::Micro, low, high), V::Combined);
        assert_eq!(at(Size::Micro, high, low), V::Cto);
        assert_eq!(at(Size::Large, 0, 0), V::Both);
        assert_eq!(at(Size::Enterprise, 100, 0), V::Both);
    }

    #[test]
    fn every_company_of_250_or_more_needs_both() {
        assert!(Profile::all()
            .filter(|p| p.size >= Size::Large)
            .all(|p| verdict(p) == Verdict::Both));
    }

    #[test]
    fn plain_enterprise_needs_both_with_the_cio_first() {
        let rec = recommend(&plain_enterprise());
        assert_eq!((rec.verdict, rec.rule), (Verdict::Both, Rule::LargeCompany));
        assert_eq!(rec.lead.first(), Side::Cio);
    }

    #[test]
    fn mid_sized_manufacturer_without_engineers_needs_a_cio() {
        assert_eq!(verdict(mid_sized_manufacturer()), Verdict::Cio);
    }

    #[test]
    fn small_software_startup_needs_a_cto() {
        assert_eq!(verdict(small_software_startup()), Verdict::Cto);
    }

    #[test]
    fn micro_services_firm_needs_one_leader_for_both() {
        assert_eq!(verdict(micro_services_firm()), Verdict::Combined);
    }

    #[test]
    fn mid_sized_software_company_with_internal_it_needs_both() {
        assert_eq!(verdict(mid_sized_software_company()), Verdict::Both);
    }

    #[test]
    fn small_scaling_fintech_with_both_needs_gets_one_leader_wearing_both_hats() {
        let rec = recommend(&small_scaling_fintech());
        assert!(rec.cto_score >= NEED && rec.cio_score >= NEED);
        assert_eq!(rec.verdict, Verdict::Combined);
    }

    #[test]
    fn heavy_regulation_is_a_strong_cio_reason_for_a_mid_sized_care_provider() {
        let rec = recommend(&mid_sized_care_provider());
        assert_eq!(rec.verdict, Verdict::Cio);
        assert!(rec
            .top_reasons(3)
            .iter()
            .any(|c| c.question == Question::Regulation && c.cio == 18));
    }

    #[test]
    fn mid_sized_retailer_needs_both() {
        assert_eq!(verdict(mid_sized_retailer()), Verdict::Both);
    }

    #[test]
    fn current_leadership_never_changes_the_verdict_or_scores() {
        for p in Profile::all().filter(|p| p.leadership == Leadership::None) {
            let base = recommend(&p);
            for l in Leadership::ALL {
                let other = recommend(&Profile {
                    leadership: *l,
                    ..p
                });
                assert_eq!(
                    (other.verdict, other.cto_score, other.cio_score),
                    (base.verdict, base.cto_score, base.cio_score)
                );
            }
        }
    }

    #[test]
    fn every_combination_has_scores_in_range_that_sum_its_contributions() {
        let mut seen = std::collections::HashSet::new();
        for p in Profile::all() {
            let rec = recommend(&p);
            assert!(rec.cto_score <= 100 && rec.cio_score <= 100, "{p:?}");
            let sum_cto: u32 = rec.contributions.iter().map(|c| u32::from(c.cto)).sum();
            let sum_cio: u32 = rec.contributions.iter().map(|c| u32::from(c.cio)).sum();
            assert_eq!(
                (sum_cto, sum_cio),
                (u32::from(rec.cto_score), u32::from(rec.cio_score))
            );
            assert_eq!(scores(&p), (rec.cto_score, rec.cio_score), "{p:?}");
            seen.insert(rec.verdict);
        }
        assert_eq!(seen.len(), 4, "every verdict is reachable");
    }

    #[test]
    fn scores_reach_both_ends_of_the_scale() {
        let scores: Vec<(u8, u8)> = Profile::all().map(|p| scores(&p)).collect();
        assert_eq!(scores.iter().map(|s| s.0).max(), Some(100));
        assert_eq!(scores.iter().map(|s| s.1).max(), Some(100));
    }

    /// Checks that moving one answer one step "up" its scale never lowers a score.
    fn never_lowers(question: Question, order: &[usize], score: fn((u8, u8)) -> u8) {
        for p in Profile::all().filter(|p| p.choice(question) == order[0]) {
            let mut last = 0;
            for &choice in order {
                let next = p.with(question, choice).expect("valid choice");
                let s = score(scores(&next));
                assert!(
                    s >= last,
                    "{question:?} {choice} lowered the score for {p:?}"
                );
                last = s;
            }
        }
    }

    #[test]
    fn more_regulation_never_lowers_the_cio_score() {
        never_lowers(Question::Regulation, &[0, 1, 2], |s| s.1);
    }

    #[test]
    fn more_complex_systems_never_lower_the_cio_score() {
        never_lowers(Question::Systems, &[0, 1, 2], |s| s.1);
    }

    #[test]
    fn a_bigger_engineering_team_never_lowers_the_cto_score() {
        never_lowers(Question::Engineering, &[0, 1, 2, 3], |s| s.0);
    }

    #[test]
    fn a_stronger_product_focus_never_lowers_the_cto_score() {
        // operations → channel → product
        never_lowers(Question::Focus, &[2, 1, 0], |s| s.0);
    }

    #[test]
    fn a_bigger_company_never_lowers_the_cio_score() {
        never_lowers(Question::Size, &[0, 1, 2, 3, 4], |s| s.1);
    }

    #[test]
    fn hospital_reasons_lead_with_what_pushes_the_cio_first() {
        let rec = recommend(&hospital_group());
        let top: Vec<Question> = rec.top_reasons(3).iter().map(|c| c.question).collect();
        assert_eq!(
            top,
            [Question::Size, Question::Systems, Question::Regulation]
        );
    }

    #[test]
    fn software_company_reasons_lead_with_what_pushes_its_cto_first() {
        let rec = recommend(&mid_sized_software_company());
        assert_eq!((rec.verdict, rec.lead.first()), (Verdict::Both, Side::Cto));
        let top: Vec<Question> = rec.top_reasons(3).iter().map(|c| c.question).collect();
        assert_eq!(
            top,
            [Question::Focus, Question::Engineering, Question::Industry]
        );
    }

    #[test]
    fn both_orderings_match_a_stable_sort_over_every_profile() {
        for p in Profile::all() {
            let rec = recommend(&p);
            let mut expected = rec.contributions.clone();
            expected.sort_by_key(|c| std::cmp::Reverse((rec.toward(c), c.weight())));
            assert_eq!(rec.reasons(), expected, "{p:?}");
            expected.sort_by_key(|c| c.question);
            expected.sort_by_key(|c| std::cmp::Reverse(c.weight()));
            assert_eq!(rec.by_weight(), expected, "{p:?}");
        }
    }

    /// The module's documentation, read back by the tests below.
    const SOURCE: &str = include_str!("engine.rs");

    /// The cells of the documentation table row whose first cell is `first`.
    fn doc_row(first: &str) -> Option<Vec<&'static str>> {
        SOURCE.lines().find_map(|line| {
            let cells: Vec<&str> = line.strip_prefix("//! | ")?.split(" | ").collect();
            (cells[0] == first).then_some(cells)
        })
    }

    #[test]
    fn documentation_table_matches_the_point_functions() {
        for question in Question::ALL {
            let Some(row) = doc_row(question.key()) else {
                assert_eq!(question, Question::Leadership, "no row for {question:?}");
                continue;
            };
            let mut documented = Vec::new();
            for option in row[1].split(" · ") {
                let (id, points) = option.split_once(' ').expect("`id cto/cio`");
                let (cto, cio) = points.split_once('/').expect("`cto/cio`");
                let choice = question.choice_index(id).expect("a contract option id");
                let parsed = (
                    cto.parse().expect("CTO points"),
                    cio.parse().expect("CIO points"),
                );
                assert_eq!(
                    answer_points(question, choice),
                    Some(parsed),
                    "{} {id}",
                    question.key()
                );
                documented.push(choice);
            }
            let every: Vec<usize> = (0..question.choices().len()).collect();
            assert_eq!(
                documented,
                every,
                "{} lists each option once, in order",
                question.key()
            );
        }
    }

    #[test]
    fn documentation_tables_name_every_rule_tie_break_and_threshold() {
        for rule in Rule::ALL {
            let row = doc_row(&format!("`{rule:?}`")).expect("a row per rule");
            assert_eq!(row[2], format!("`{}`", rule.verdict().id()), "{rule:?}");
        }
        for by in [TieBreak::Priority, TieBreak::Leadership, TieBreak::Focus] {
            assert!(doc_row(&format!("`{by:?}`")).is_some(), "{by:?}");
        }
        assert!(SOURCE.contains(&format!("[`NEED`] ({NEED})")));
        assert!(SOURCE.contains(&format!("[`TIE_MARGIN`] ({TIE_MARGIN})")));
    }
}
