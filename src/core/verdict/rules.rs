//! From scores to a verdict.
//!
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

use crate::core::questionnaire::Profile;
use crate::core::questionnaire::Size;

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

/// The score at which a need calls for a dedicated leader.
pub const NEED: u8 = 45;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::questionnaire::*;
    use crate::core::samples::*;
    use crate::core::verdict::recommend;

    fn verdict(p: Profile) -> Verdict {
        recommend(&p).verdict
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

    /// The module's documentation, read back by the tests below.
    const SOURCE: &str = include_str!("rules.rs");

    /// The cells of the documentation table row whose first cell is `first`.
    fn doc_row(first: &str) -> Option<Vec<&'static str>> {
        SOURCE.lines().find_map(|line| {
            let cells: Vec<&str> = line.strip_prefix("//! | ")?.split(" | ").collect();
            (cells[0] == first).then_some(cells)
        })
    }

    #[test]
    fn documentation_table_names_every_rule_its_verdict_and_the_bar() {
        for rule in Rule::ALL {
            let row = doc_row(&format!("`{rule:?}`")).expect("a row per rule");
            assert_eq!(row[2], format!("`{}`", rule.verdict().id()), "{rule:?}");
        }
        assert!(SOURCE.contains(&format!("[`NEED`] ({NEED})")));
    }
}
