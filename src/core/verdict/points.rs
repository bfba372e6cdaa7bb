//! The two scores. Every answer adds points to the **CTO need** (outward-facing technology
//! leadership: the product, customer platforms, engineering) and the **CIO need** (inward-facing
//! leadership: infrastructure, business systems, compliance, data). Each score can reach 100 and
//! never goes below 0. The current leadership adds nothing: it changes what to do next, not what
//! the company needs. A test reads this table and compares it with the point functions below.
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

use crate::core::questionnaire::Profile;
use crate::core::questionnaire::*;

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
