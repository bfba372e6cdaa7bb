//! Which need leads.
//!
//! The greater need leads, and with two roles to fill it is hired first ([`Lead`]). Needs within
//! [`TIE_MARGIN`] (5) points of each other are a tie; the first hire then follows the first of
//! these that decides:
//!
//! | tie-break | CTO first | CIO first | fact behind it |
//! |---|---|---|---|
//! | `Priority` | new offerings | running the business better | the CTO drives new offerings, the CIO efficiency and internal transformation |
//! | `Leadership` | an IT manager or a CIO today | a CTO today | hire for the side no one leads; an IT manager already keeps internal IT running |
//! | `Focus` | technology is the product or the channel | technology mostly runs the business | the CTO faces outward, the CIO inward |

use crate::core::questionnaire::Profile;
use crate::core::questionnaire::*;

/// One of the two technology leadership roles.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    Cto,
    Cio,
}

/// Needs this close are a tie: a few points say nothing about which matters more.
pub const TIE_MARGIN: u8 = 5;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::samples::*;
    use crate::core::verdict::recommend;

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

    /// The module's documentation, read back by the tests below.
    const SOURCE: &str = include_str!("lead.rs");

    /// The cells of the documentation table row whose first cell is `first`.
    fn doc_row(first: &str) -> Option<Vec<&'static str>> {
        SOURCE.lines().find_map(|line| {
            let cells: Vec<&str> = line.strip_prefix("//! | ")?.split(" | ").collect();
            (cells[0] == first).then_some(cells)
        })
    }

    #[test]
    fn documentation_table_names_every_tie_break_and_the_margin() {
        for by in [TieBreak::Priority, TieBreak::Leadership, TieBreak::Focus] {
            assert!(doc_row(&format!("`{by:?}`")).is_some(), "{by:?}");
        }
        assert!(SOURCE.contains(&format!("[`TIE_MARGIN`] ({TIE_MARGIN})")));
    }
}
