//! The headline and why: the rule that decided the verdict, what it means for this organisation,
//! who covers the other side where one role is called for at 250 people or more, and, when both
//! roles are called for, which comes first.

use super::claims::{builds_products, said, Claim as C, Said};
use crate::core::locale::Msg;
use crate::core::questionnaire::*;
use crate::core::verdict::*;

pub(super) fn headline(rec: &Recommendation) -> Said {
    match (rec.verdict, rec.lead.first()) {
        (Verdict::Cto, _) => said(Msg::HeadlineCto, &[C::OnlyCtoCalledFor]),
        (Verdict::Cio, _) => said(Msg::HeadlineCio, &[C::OnlyCioCalledFor]),
        (Verdict::Both, Side::Cto) => {
            said(Msg::HeadlineBothCtoFirst, &[C::TwoExecutives, C::CtoFirst])
        }
        (Verdict::Both, Side::Cio) => {
            said(Msg::HeadlineBothCioFirst, &[C::TwoExecutives, C::CioFirst])
        }
        (Verdict::Combined, _) => said(Msg::HeadlineCombined, &[C::OneLeader]),
    }
}

/// Why this verdict: the rule that decided it, then what it means for this organisation.
pub fn explanation(p: &Profile, rec: &Recommendation) -> Vec<Said> {
    let rule = match rec.rule {
        Rule::BothAtBar => said(
            Msg::ExplainBothAtBar,
            &[
                C::CtoNeedAtBar,
                C::CioNeedAtBar,
                C::FiftyOrMore,
                C::TwoExecutives,
            ],
        ),
        Rule::SmallNeedsBoth => said(
            Msg::ExplainSmallNeedsBoth,
            &[
                C::CtoNeedAtBar,
                C::CioNeedAtBar,
                C::UnderFifty,
                C::OneLeader,
            ],
        ),
        Rule::OnlyCto => said(
            Msg::ExplainOnlyCto,
            &[C::CtoNeedAtBar, C::CioNeedBelowBar, C::OnlyCtoCalledFor],
        ),
        Rule::NoCioUnderTen => said(
            Msg::ExplainNoCioUnderTen,
            &[C::CioNeedAtBar, C::UnderTen, C::OneLeader],
        ),
        Rule::OnlyCio => said(
            Msg::ExplainOnlyCio,
            &[C::CioNeedAtBar, C::CtoNeedBelowBar, C::OnlyCioCalledFor],
        ),
        Rule::NeitherYet => said(
            Msg::ExplainNeitherYet,
            &[C::CtoNeedBelowBar, C::CioNeedBelowBar, C::OneLeader],
        ),
    };
    let mut sentences = vec![rule];
    match rec.verdict {
        Verdict::Cto => {
            sentences.push(why_a_cto(p));
            sentences.push(if p.size >= Size::Large {
                // The seeds' large enterprises need both: until the CIO need reaches the bar,
                // a senior head of IT covers that side.
                said(
                    Msg::ExplainCtoHeadOfIt,
                    &[C::LargeOrMore, C::CioNeedBelowBar, C::OnlyCtoCalledFor],
                )
            } else if p.regulation != Regulation::Heavy && p.systems != Systems::Complex {
                said(Msg::ExplainCtoLightIt, &[C::LightInternalIt])
            } else {
                said(
                    Msg::ExplainCtoItNeedsOwner,
                    &[C::CioNeedBelowBar, C::OnlyCtoCalledFor, C::UnderTwoFifty],
                )
            });
        }
        Verdict::Cio => {
            sentences.push(if p.focus == Focus::Operations {
                said(
                    Msg::ExplainCioOperations,
                    &[C::OperationsFocus, C::OnlyCioCalledFor],
                )
            } else {
                said(Msg::ExplainCioInside, &[C::OnlyCioCalledFor])
            });
            sentences.push(match (p.size >= Size::Large, builds_products(p)) {
                (true, _) => said(
                    Msg::ExplainCioHeadOfDigital,
                    &[C::LargeOrMore, C::CtoNeedBelowBar, C::OnlyCioCalledFor],
                ),
                (false, true) => said(
                    Msg::ExplainCioProductLead,
                    &[C::ProductsToBuild, C::CtoNeedBelowBar, C::UnderTwoFifty],
                ),
                (false, false) => said(
                    Msg::ExplainCioCtoCanWait,
                    &[C::LittleToBuild, C::CtoNeedBelowBar],
                ),
            });
        }
        Verdict::Both => {
            sentences.push(if builds_products(p) {
                said(
                    Msg::ExplainBothSplit,
                    &[C::ProductsToBuild, C::TwoExecutives],
                )
            } else {
                said(
                    Msg::ExplainBothSplitServices,
                    &[C::LittleToBuild, C::TwoExecutives],
                )
            });
            sentences.push(hiring_order(p, rec.lead));
        }
        Verdict::Combined => {
            sentences.push(if builds_products(p) {
                said(
                    Msg::ExplainCombinedBuilds,
                    &[C::ProductsToBuild, C::OneLeader],
                )
            } else {
                said(Msg::ExplainCombinedBuys, &[C::LittleToBuild, C::OneLeader])
            });
            sentences.push(said(Msg::ExplainCombinedSplitLater, &[C::OneLeader]));
        }
    }
    sentences
}

fn why_a_cto(p: &Profile) -> Said {
    match (p.focus, p.priority) {
        (Focus::Product, _) => said(
            Msg::ExplainCtoProduct,
            &[C::ProductFocus, C::OnlyCtoCalledFor],
        ),
        (Focus::Channel, _) => said(
            Msg::ExplainCtoChannel,
            &[C::ChannelFocus, C::OnlyCtoCalledFor],
        ),
        (Focus::Operations, Priority::Operations) => said(
            Msg::ExplainCtoOwnSoftware,
            &[C::OperationsFocus, C::HasEngineers, C::OnlyCtoCalledFor],
        ),
        (Focus::Operations, _) => said(
            Msg::ExplainCtoNewOfferings,
            &[
                C::OperationsFocus,
                C::PlansNewOfferings,
                C::OnlyCtoCalledFor,
            ],
        ),
    }
}

/// Which role comes first when both are called for, and the reason.
fn hiring_order(p: &Profile, lead: Lead) -> Said {
    let tie = |msg, claims: &[C]| said(msg, claims);
    match lead {
        Lead::Greater(Side::Cto) => said(Msg::OrderCtoGreater, &[C::CtoNeedGreater, C::CtoFirst]),
        Lead::Greater(Side::Cio) => said(Msg::OrderCioGreater, &[C::CioNeedGreater, C::CioFirst]),
        Lead::Tie {
            first: Side::Cto,
            by: TieBreak::Priority,
        } => tie(
            Msg::OrderTieOfferings,
            &[
                C::NeedsTied,
                C::TieBrokenByPriority,
                C::OfferingsFirst,
                C::CtoFirst,
            ],
        ),
        Lead::Tie {
            first: Side::Cio,
            by: TieBreak::Priority,
        } => tie(
            Msg::OrderTieEfficiency,
            &[
                C::NeedsTied,
                C::TieBrokenByPriority,
                C::EfficiencyFirst,
                C::CioFirst,
            ],
        ),
        Lead::Tie {
            first: Side::Cto,
            by: TieBreak::Leadership,
        } if p.leadership == Leadership::ItManager => tie(
            Msg::OrderTieItManager,
            &[
                C::NeedsTied,
                C::TieBrokenByLeadership,
                C::HasItManager,
                C::CtoFirst,
            ],
        ),
        Lead::Tie {
            first: Side::Cto,
            by: TieBreak::Leadership,
        } => tie(
            Msg::OrderTieHasCio,
            &[
                C::NeedsTied,
                C::TieBrokenByLeadership,
                C::HasCio,
                C::CtoFirst,
            ],
        ),
        Lead::Tie {
            first: Side::Cio,
            by: TieBreak::Leadership,
        } => tie(
            Msg::OrderTieHasCto,
            &[
                C::NeedsTied,
                C::TieBrokenByLeadership,
                C::HasCto,
                C::CioFirst,
            ],
        ),
        Lead::Tie {
            first: Side::Cio,
            by: TieBreak::Focus,
        } => tie(
            Msg::OrderTieOperations,
            &[
                C::NeedsTied,
                C::TieBrokenByFocus,
                C::OperationsFocus,
                C::CioFirst,
            ],
        ),
        Lead::Tie {
            first: Side::Cto,
            by: TieBreak::Focus,
        } => tie(
            Msg::OrderTieCustomers,
            &[
                C::NeedsTied,
                C::TieBrokenByFocus,
                C::CustomerFacing,
                C::CtoFirst,
            ],
        ),
    }
}
