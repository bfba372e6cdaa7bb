//! The two scores. Every answer adds points to the **CTO need** (outward-facing technology
//! leadership: the product, customer platforms, engineering) and the **CIO need** (inward-facing
//! leadership: infrastructure, business systems, compliance, data). A need runs from 0 to
//! [`MAX`]: the points add up, and the few combinations whose points pass 100 are capped there.
//! The current leadership adds nothing: it changes what to do next, not what the organisation
//! needs. Each answer's reason is a message, `reason.<question>.<option>`. A test reads this
//! table and compares it with the code.
//!
//! | answer | points per option, CTO/CIO | fact behind it (from the seed articles) |
//! |---|---|---|
//! | size | micro 2/0 · small 4/6 · medium 6/14 · large 14/26 · enterprise 18/30 | internal IT demands grow with headcount and mid-sized firms may justify a full-time CIO; large enterprises need both, a CIO for smooth internal operations and a CTO for innovation |
//! | stage | startup 8/0 · scaling 8/4 · established 4/6 | startups begin with a CTO who builds the product; a CIO becomes necessary as the company grows |
//! | industry | software 14/2 · finance 6/8 · healthcare 6/8 · retail 8/6 · manufacturing 4/6 · services 4/4 · public 2/8 · other 4/4 | where technology is the product the CTO is central; regulated industries lean on the CIO; retail needs both a platform builder and a back-office runner |
//! | focus | product 30/2 · channel 18/6 · operations 4/10 | the CTO faces customers and the product; the CIO faces internal operations |
//! | regulation | light 0/0 · moderate 0/8 · heavy 0/18 | in regulated industries the CIO is critical for compliance and data security |
//! | systems | simple 0/0 · moderate 0/10 · complex 0/20 | the CIO runs infrastructure, ERP, inventory and supply-chain systems |
//! | engineering | none 0/0 · few 10/0 · team 18/0 · department 24/0 | the CTO leads development teams and engineering practice |
//! | priority | products 16/2 · operations 2/14 · both 10/9 | the CTO drives new offerings; the CIO drives efficiency and internal transformation |

use crate::core::locale::Msg;
use crate::core::questionnaire::*;

/// The most a need can be.
pub const MAX: u8 = 100;

/// The points one answer adds to each score, and the fact behind them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Contribution {
    pub question: Question,
    pub choice: usize,
    pub cto: u8,
    pub cio: u8,
    /// Why the answer weighs what it does.
    pub why: Msg,
}

impl Contribution {
    /// The answer, as the questionnaire labels it.
    pub fn answer(&self) -> Msg {
        self.question.choices()[self.choice].label
    }

    /// The larger of the two effects, for ordering reasons.
    pub fn weight(&self) -> u8 {
        self.cto.max(self.cio)
    }
}

/// Both scores without listing the contributions: for evaluating many profiles quickly.
pub fn scores(p: &Profile) -> (u8, u8) {
    let (cto, cio) = Question::ALL
        .iter()
        .filter_map(|&q| answer_points(q, p.choice(q)))
        .fold((0u16, 0u16), |(cto, cio), (a, b)| {
            (cto + u16::from(a), cio + u16::from(b))
        });
    (capped(cto), capped(cio))
}

/// A sum of points, capped at [`MAX`].
pub(super) fn capped(points: u16) -> u8 {
    u8::try_from(points.min(u16::from(MAX))).unwrap_or(MAX)
}

/// The CTO and CIO points an answer adds; `None` for the current leadership, which scores
/// nothing, and for an option that does not exist.
pub fn answer_points(question: Question, choice: usize) -> Option<(u8, u8)> {
    points(question, choice).map(|(cto, cio, _)| (cto, cio))
}

fn points(question: Question, choice: usize) -> Option<Points> {
    let table: &[Points] = match question {
        Question::Size => &[
            (2, 0, Msg::ReasonSizeMicro),
            (4, 6, Msg::ReasonSizeSmall),
            (6, 14, Msg::ReasonSizeMedium),
            (14, 26, Msg::ReasonSizeLarge),
            (18, 30, Msg::ReasonSizeEnterprise),
        ],
        Question::Stage => &[
            (8, 0, Msg::ReasonStageStartup),
            (8, 4, Msg::ReasonStageScaling),
            (4, 6, Msg::ReasonStageEstablished),
        ],
        Question::Industry => &[
            (14, 2, Msg::ReasonIndustrySoftware),
            (6, 8, Msg::ReasonIndustryFinance),
            (6, 8, Msg::ReasonIndustryHealthcare),
            (8, 6, Msg::ReasonIndustryRetail),
            (4, 6, Msg::ReasonIndustryManufacturing),
            (4, 4, Msg::ReasonIndustryServices),
            (2, 8, Msg::ReasonIndustryPublic),
            (4, 4, Msg::ReasonIndustryOther),
        ],
        Question::Focus => &[
            (30, 2, Msg::ReasonFocusProduct),
            (18, 6, Msg::ReasonFocusChannel),
            (4, 10, Msg::ReasonFocusOperations),
        ],
        Question::Regulation => &[
            (0, 0, Msg::ReasonRegulationLight),
            (0, 8, Msg::ReasonRegulationModerate),
            (0, 18, Msg::ReasonRegulationHeavy),
        ],
        Question::Systems => &[
            (0, 0, Msg::ReasonSystemsSimple),
            (0, 10, Msg::ReasonSystemsModerate),
            (0, 20, Msg::ReasonSystemsComplex),
        ],
        Question::Engineering => &[
            (0, 0, Msg::ReasonEngineeringNone),
            (10, 0, Msg::ReasonEngineeringFew),
            (18, 0, Msg::ReasonEngineeringTeam),
            (24, 0, Msg::ReasonEngineeringDepartment),
        ],
        Question::Priority => &[
            (16, 2, Msg::ReasonPriorityProducts),
            (2, 14, Msg::ReasonPriorityOperations),
            (10, 9, Msg::ReasonPriorityBoth),
        ],
        Question::Leadership => return None,
    };
    table.get(choice).copied()
}

pub(super) fn contributions(p: &Profile) -> Vec<Contribution> {
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

/// CTO points, CIO points and the reason: each reason speaks of its own answer only, so it is
/// true for every organisation that gives it.
type Points = (u8, u8, Msg);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::verdict::recommend;

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
    fn every_combination_has_scores_in_range_that_sum_its_contributions_capped_at_100() {
        let mut seen = std::collections::HashSet::new();
        let mut capped = 0;
        for p in Profile::all() {
            let rec = recommend(&p);
            let sum_cto: u32 = rec.contributions.iter().map(|c| u32::from(c.cto)).sum();
            let sum_cio: u32 = rec.contributions.iter().map(|c| u32::from(c.cio)).sum();
            assert_eq!(
                (sum_cto.min(100), sum_cio.min(100)),
                (u32::from(rec.cto_score), u32::from(rec.cio_score))
            );
            capped += usize::from(sum_cto > 100 || sum_cio > 100);
            assert_eq!(scores(&p), (rec.cto_score, rec.cio_score), "{p:?}");
            seen.insert(rec.verdict);
        }
        assert_eq!(seen.len(), 4, "every verdict is reachable");
        // Only the largest organisations' points pass 100, and few of them (1,140 of 194,400).
        assert_eq!(capped, 1_140);
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

    /// The module's documentation, read back by the tests below.
    const SOURCE: &str = include_str!("points.rs");

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
}
