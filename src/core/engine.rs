//! The recommendation engine: two scores, each a sum of named contributions, and a verdict that
//! follows from the scores and the company's size.
//!
//! # Scores
//! Every answer adds points to the **CTO score** (need for outward-facing technology leadership:
//! the product, customer platforms, engineering) and the **CIO score** (need for inward-facing
//! leadership: infrastructure, business systems, compliance, data). Each score can reach 100 and
//! never goes below 0. The current leadership adds nothing: it changes what to do next, not what
//! the company needs.
//!
//! | answer | CTO points | CIO points | fact behind it (from the seed articles) |
//! |---|---|---|---|
//! | size | micro 2 · small 4 · medium 6 · large 8 · enterprise 8 | 0 · 6 · 14 · 20 · 24 | internal IT demands grow with headcount; mid-sized firms may justify a full-time CIO |
//! | stage | startup 8 · scaling 8 · established 4 | 0 · 4 · 6 | startups begin with a CTO who builds the product; a CIO becomes necessary as the company grows |
//! | industry | software 14 · retail 8 · finance 6 · healthcare 6 · manufacturing 4 · services 4 · public 2 · other 4 | 2 · 6 · 8 · 8 · 6 · 4 · 8 · 4 | where technology is the product the CTO is central; regulated industries lean on the CIO; retail needs both a platform builder and a back-office runner |
//! | focus | product 30 · channel 18 · operations 4 | 2 · 6 · 10 | the CTO faces customers and the product; the CIO faces internal operations |
//! | regulation | 0 | light 0 · moderate 8 · heavy 18 | in regulated industries the CIO is critical for compliance and data security |
//! | systems | 0 | simple 0 · moderate 10 · complex 20 | the CIO runs infrastructure, ERP, inventory and supply-chain systems |
//! | engineering | none 0 · few 10 · team 18 · department 24 | 0 | the CTO leads development teams and engineering practice |
//! | priority | products 16 · both 10 · operations 2 | 2 · 9 · 14 | the CTO drives new offerings; the CIO drives efficiency and internal transformation |
//!
//! # Verdict
//! A role is *needed* when its score reaches [`NEED`] (45). Then, in order:
//!
//! | rule | verdict | fact behind it |
//! |---|---|---|
//! | 250 people or more | `both` | large enterprises need both roles |
//! | both needed, 50–249 people | `both` | a product-driven mid-sized firm with real internal IT gains from both |
//! | both needed, under 50 people | `combined` | in small companies one person often wears both hats |
//! | only the CTO score needed | `cto` | technology-led companies start with a CTO |
//! | only the CIO score needed | `cio` | operations-heavy companies need a CIO to run internal IT |
//! | neither needed | `combined` | a modest need on both sides is one leader's job |

use super::answers::Profile;
use super::questions::*;

/// The score at which a role needs a dedicated leader.
pub const NEED: u8 = 45;

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

    pub const fn headline(self) -> &'static str {
        match self {
            Verdict::Cto => "You need a CTO",
            Verdict::Cio => "You need a CIO",
            Verdict::Both => "You need both a CTO and a CIO",
            Verdict::Combined => "One leader can cover both roles",
        }
    }

    pub const fn explanation(self) -> &'static str {
        match self {
            Verdict::Cto => {
                "Technology is how this company competes. It needs a Chief Technology Officer \
                 who owns the product's technology, leads the people who build it and keeps the \
                 platform ready to scale. Internal IT is light enough to stay in the CTO's orbit \
                 or with an operations lead for now."
            }
            Verdict::Cio => {
                "Technology mostly runs this business from the inside. It needs a Chief \
                 Information Officer who owns infrastructure, business systems, vendors, data \
                 and compliance, and ties IT spending to what each department needs. There is \
                 little product technology to lead, so a CTO can wait."
            }
            Verdict::Both => {
                "This company carries real weight on both sides: products or customer platforms \
                 to build, and internal systems, data and compliance to run. That is two jobs. \
                 A CTO should own what customers use and a CIO what the company runs on, with \
                 both reporting to the executive team and working closely together."
            }
            Verdict::Combined => {
                "The company's technology needs are real but not yet large enough for two \
                 executives. One leader can wear both hats: build and run what customers use, \
                 and keep internal systems, security and data in order, reporting to the CEO. \
                 Plan to split the role as the company grows."
            }
        }
    }
}

/// Why a verdict was reached: the rule that fired.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    LargeCompany,
    MidSizedNeedsBoth,
    SmallNeedsBoth,
    OnlyCto,
    OnlyCio,
    NeitherYet,
}

impl Rule {
    pub const fn sentence(self) -> &'static str {
        match self {
            Rule::LargeCompany => {
                "At 250 people or more a company needs both roles: one to run the organisation's \
                 systems, one to push products and innovation."
            }
            Rule::MidSizedNeedsBoth => {
                "Both scores pass the bar, and at 50–249 people the company can support two \
                 technology executives."
            }
            Rule::SmallNeedsBoth => {
                "Both scores pass the bar, but under 50 people one person usually wears both hats."
            }
            Rule::OnlyCto => "Only the CTO score passes the bar.",
            Rule::OnlyCio => "Only the CIO score passes the bar.",
            Rule::NeitherYet => {
                "Neither score passes the bar yet: a single leader can handle both sides."
            }
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
    pub cto_score: u8,
    pub cio_score: u8,
    /// One per scored question, in questionnaire order.
    pub contributions: Vec<Contribution>,
}

impl Recommendation {
    /// How much a contribution pushes toward this verdict.
    pub fn toward(&self, c: &Contribution) -> u8 {
        match self.verdict {
            Verdict::Cto => c.cto,
            Verdict::Cio => c.cio,
            Verdict::Both | Verdict::Combined => c.weight(),
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
    let rule = rule(profile.size, cto_score, cio_score);
    let verdict = match rule {
        Rule::LargeCompany | Rule::MidSizedNeedsBoth => Verdict::Both,
        Rule::SmallNeedsBoth | Rule::NeitherYet => Verdict::Combined,
        Rule::OnlyCto => Verdict::Cto,
        Rule::OnlyCio => Verdict::Cio,
    };
    Recommendation {
        verdict,
        rule,
        cto_score,
        cio_score,
        contributions,
    }
}

/// The verdict this company would get at these scores, its other answers kept: what the plane of
/// CTO need against CIO need shows as regions.
pub fn verdict_for_scores(p: &Profile, cto: u8, cio: u8) -> Verdict {
    match rule(p.size, cto, cio) {
        Rule::LargeCompany | Rule::MidSizedNeedsBoth => Verdict::Both,
        Rule::SmallNeedsBoth | Rule::NeitherYet => Verdict::Combined,
        Rule::OnlyCto => Verdict::Cto,
        Rule::OnlyCio => Verdict::Cio,
    }
}

fn rule(size: Size, cto_score: u8, cio_score: u8) -> Rule {
    if size >= Size::Large {
        return Rule::LargeCompany;
    }
    match (cto_score >= NEED, cio_score >= NEED) {
        (true, true) if size == Size::Medium => Rule::MidSizedNeedsBoth,
        (true, true) => Rule::SmallNeedsBoth,
        (true, false) => Rule::OnlyCto,
        (false, true) => Rule::OnlyCio,
        (false, false) => Rule::NeitherYet,
    }
}

fn contributions(p: &Profile) -> Vec<Contribution> {
    let entry =
        |question: Question, choice: usize, (cto, cio, why): (u8, u8, &'static str)| Contribution {
            question,
            choice,
            cto,
            cio,
            why,
        };
    vec![
        entry(Question::Size, p.size as usize, size(p.size)),
        entry(Question::Stage, p.stage as usize, stage(p.stage)),
        entry(
            Question::Industry,
            p.industry as usize,
            industry(p.industry),
        ),
        entry(Question::Focus, p.focus as usize, focus(p.focus)),
        entry(
            Question::Regulation,
            p.regulation as usize,
            regulation(p.regulation),
        ),
        entry(Question::Systems, p.systems as usize, systems(p.systems)),
        entry(
            Question::Engineering,
            p.engineering as usize,
            engineering(p.engineering),
        ),
        entry(
            Question::Priority,
            p.priority as usize,
            priority(p.priority),
        ),
    ]
}

type Points = (u8, u8, &'static str);

fn size(size: Size) -> Points {
    match size {
        Size::Micro => (
            2,
            0,
            "A handful of people rarely has internal IT worth an executive.",
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
            "Startups begin with a CTO who builds the product from scratch.",
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
            "Where technology is the product, the CTO takes centre stage.",
        ),
        Industry::Finance => (
            6,
            8,
            "Finance handles sensitive data: compliance leans on the CIO.",
        ),
        Industry::Healthcare => (6, 8, "Health data and regulators make the CIO critical."),
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
            "Regulated work needs a CIO for compliance and data security.",
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

    fn profile(ids: [&str; 9]) -> Profile {
        Profile::from_ids(ids).expect("test ids are valid")
    }

    fn verdict(ids: [&str; 9]) -> Verdict {
        recommend(&profile(ids)).verdict
    }

    #[test]
    fn large_enterprise_needs_both() {
        let ids = [
            "enterprise",
            "established",
            "other",
            "operations",
            "light",
            "simple",
            "none",
            "operations",
            "none",
        ];
        assert_eq!(verdict(ids), Verdict::Both);
        assert_eq!(recommend(&profile(ids)).rule, Rule::LargeCompany);
    }

    #[test]
    fn every_company_of_250_or_more_needs_both() {
        assert!(Profile::all()
            .filter(|p| p.size >= Size::Large)
            .all(|p| recommend(&p).verdict == Verdict::Both));
    }

    #[test]
    fn mid_sized_operations_heavy_manufacturer_without_engineers_needs_a_cio() {
        let ids = [
            "medium",
            "established",
            "manufacturing",
            "operations",
            "moderate",
            "complex",
            "none",
            "operations",
            "none",
        ];
        assert_eq!(verdict(ids), Verdict::Cio);
    }

    #[test]
    fn small_software_startup_needs_a_cto() {
        let ids = [
            "small", "startup", "software", "product", "light", "simple", "few", "products", "none",
        ];
        assert_eq!(verdict(ids), Verdict::Cto);
    }

    #[test]
    fn micro_company_without_its_own_software_needs_one_leader_for_both() {
        let ids = [
            "micro",
            "established",
            "services",
            "operations",
            "light",
            "simple",
            "none",
            "operations",
            "none",
        ];
        assert_eq!(verdict(ids), Verdict::Combined);
    }

    #[test]
    fn product_driven_mid_sized_company_with_internal_it_needs_both() {
        let ids = [
            "medium", "scaling", "software", "product", "moderate", "moderate", "team", "both",
            "cto",
        ];
        assert_eq!(verdict(ids), Verdict::Both);
    }

    #[test]
    fn small_company_with_both_needs_gets_one_leader_wearing_both_hats() {
        let ids = [
            "small", "scaling", "finance", "product", "heavy", "moderate", "few", "both", "none",
        ];
        let rec = recommend(&profile(ids));
        assert!(rec.cto_score >= NEED && rec.cio_score >= NEED);
        assert_eq!(rec.verdict, Verdict::Combined);
    }

    #[test]
    fn heavy_regulation_is_a_cio_reason_in_finance_and_healthcare() {
        let ids = [
            "medium",
            "established",
            "healthcare",
            "operations",
            "heavy",
            "moderate",
            "none",
            "operations",
            "none",
        ];
        let rec = recommend(&profile(ids));
        assert_eq!(rec.verdict, Verdict::Cio);
        let top = rec.top_reasons(3);
        assert!(top
            .iter()
            .any(|c| c.question == Question::Regulation && c.cio == 18));
    }

    #[test]
    fn retail_with_digital_channel_and_complex_systems_needs_both_at_mid_size() {
        let ids = [
            "medium", "scaling", "retail", "channel", "moderate", "complex", "team", "both", "none",
        ];
        assert_eq!(verdict(ids), Verdict::Both);
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
    fn every_combination_yields_a_verdict_and_scores_within_range() {
        let mut seen = std::collections::HashSet::new();
        let mut count = 0;
        for p in Profile::all() {
            let rec = recommend(&p);
            assert!(rec.cto_score <= 100 && rec.cio_score <= 100, "{p:?}");
            let sum_cto: u32 = rec.contributions.iter().map(|c| u32::from(c.cto)).sum();
            let sum_cio: u32 = rec.contributions.iter().map(|c| u32::from(c.cio)).sum();
            assert_eq!(
                (sum_cto, sum_cio),
                (u32::from(rec.cto_score), u32::from(rec.cio_score))
            );
            seen.insert(rec.verdict);
            count += 1;
        }
        assert_eq!(count, 194_400);
        assert_eq!(seen.len(), 4, "every verdict is reachable");
    }

    #[test]
    fn scores_reach_both_ends_of_the_scale() {
        let scores: Vec<(u8, u8)> = Profile::all()
            .map(|p| {
                let r = recommend(&p);
                (r.cto_score, r.cio_score)
            })
            .collect();
        assert_eq!(scores.iter().map(|s| s.0).max(), Some(100));
        assert_eq!(scores.iter().map(|s| s.1).max(), Some(100));
    }

    /// Checks that moving one answer one step "up" its scale never lowers a score.
    fn never_lowers(question: Question, order: &[usize], score: fn(&Recommendation) -> u8) {
        for p in Profile::all().filter(|p| p.choice(question) == order[0]) {
            let mut last = 0;
            for &choice in order {
                let next = p.with(question, choice).expect("valid choice");
                let s = score(&recommend(&next));
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
        never_lowers(Question::Regulation, &[0, 1, 2], |r| r.cio_score);
    }

    #[test]
    fn more_complex_systems_never_lower_the_cio_score() {
        never_lowers(Question::Systems, &[0, 1, 2], |r| r.cio_score);
    }

    #[test]
    fn a_bigger_engineering_team_never_lowers_the_cto_score() {
        never_lowers(Question::Engineering, &[0, 1, 2, 3], |r| r.cto_score);
    }

    #[test]
    fn a_stronger_product_focus_never_lowers_the_cto_score() {
        // operations → channel → product
        never_lowers(Question::Focus, &[2, 1, 0], |r| r.cto_score);
    }

    #[test]
    fn a_bigger_company_never_lowers_the_cio_score() {
        never_lowers(Question::Size, &[0, 1, 2, 3, 4], |r| r.cio_score);
    }

    #[test]
    fn top_reasons_are_ordered_and_point_toward_the_verdict() {
        for p in Profile::all().step_by(97) {
            let rec = recommend(&p);
            let top = rec.top_reasons(4);
            assert!(!top.is_empty(), "{p:?}");
            assert!(top
                .windows(2)
                .all(|w| rec.toward(&w[0]) >= rec.toward(&w[1])));
            assert_eq!(rec.reasons().len(), 8, "every scored answer is listed");
        }
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

    #[test]
    fn every_verdict_and_rule_has_its_texts() {
        for v in Verdict::ALL {
            assert!(!v.headline().is_empty() && v.explanation().len() > 80);
        }
        for p in Profile::all().step_by(13) {
            let rec = recommend(&p);
            assert!(!rec.rule.sentence().is_empty());
            assert!(rec.contributions.iter().all(|c| !c.why.is_empty()));
        }
    }
}
