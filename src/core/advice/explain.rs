//! The headline and why: the rule that decided the verdict, what it means for this company,
//! and, when both roles are called for, which comes first.

use super::claims::{builds_products, said, Claim as C, Said};
use crate::core::questionnaire::*;
use crate::core::verdict::*;

pub(super) fn headline(rec: &Recommendation) -> Said {
    match (rec.verdict, rec.lead.first()) {
        (Verdict::Cto, _) => said("You need a CTO", &[C::OnlyCtoCalledFor]),
        (Verdict::Cio, _) => said("You need a CIO", &[C::OnlyCioCalledFor]),
        (Verdict::Both, Side::Cto) => said(
            "You need both a CTO and a CIO",
            &[C::TwoExecutives, C::CtoFirst],
        ),
        (Verdict::Both, Side::Cio) => said(
            "You need both a CIO and a CTO",
            &[C::TwoExecutives, C::CioFirst],
        ),
        (Verdict::Combined, _) => said("One leader can cover both roles", &[C::OneLeader]),
    }
}

/// Why this verdict: the rule that decided it, then what it means for this company.
pub fn explanation(p: &Profile, rec: &Recommendation) -> Vec<Said> {
    use crate::core::verdict::Rule as R;
    let rule = match rec.rule {
        R::LargeCompany => said(
            "At 250 people or more a company needs both roles: one facing inward to keep \
             operations running smoothly, one facing outward to lead innovation.",
            &[C::LargeOrMore, C::TwoExecutives],
        ),
        R::MidSizedNeedsBoth => said(
            "Both needs pass the bar, and at 50–249 people a company can support two \
             technology executives.",
            &[
                C::CtoNeedAtBar,
                C::CioNeedAtBar,
                C::MidSized,
                C::TwoExecutives,
            ],
        ),
        R::SmallNeedsBoth => said(
            "Both needs pass the bar, but under 50 people one person usually wears both hats.",
            &[
                C::CtoNeedAtBar,
                C::CioNeedAtBar,
                C::UnderFifty,
                C::OneLeader,
            ],
        ),
        R::OnlyCto => said(
            "The CTO need passes the bar and the CIO need does not.",
            &[C::CtoNeedAtBar, C::CioNeedBelowBar, C::OnlyCtoCalledFor],
        ),
        R::NoCioUnderTen => said(
            "The CIO need passes the bar, but under ten people a dedicated CIO would be more \
             than the company needs: one leader should cover both sides.",
            &[C::CioNeedAtBar, C::UnderTen, C::OneLeader],
        ),
        R::OnlyCio => said(
            "The CIO need passes the bar and the CTO need does not.",
            &[C::CioNeedAtBar, C::CtoNeedBelowBar, C::OnlyCioCalledFor],
        ),
        R::NeitherYet => said(
            "Neither need reaches the bar yet, so one leader can handle both sides.",
            &[C::CtoNeedBelowBar, C::CioNeedBelowBar, C::OneLeader],
        ),
    };
    let mut sentences = vec![rule];
    match rec.verdict {
        Verdict::Cto => {
            sentences.push(why_a_cto(p));
            sentences.push(
                if p.regulation != Regulation::Heavy && p.systems != Systems::Complex {
                    said(
                        "Internal IT is light enough to stay in the CTO's orbit, or with an \
                     operations lead, for now.",
                        &[C::LightInternalIt],
                    )
                } else {
                    said(
                        "Internal IT and compliance still need an owner, though not yet an \
                     executive of their own: add them to the CTO's remit or bring in an \
                     outside partner.",
                        &[C::CioNeedBelowBar, C::OnlyCtoCalledFor],
                    )
                },
            );
        }
        Verdict::Cio => {
            sentences.push(if p.focus == Focus::Operations {
                said(
                    "Technology mostly runs this business from the inside, so it needs a Chief \
                     Information Officer to own infrastructure, business systems, vendors, data \
                     and compliance.",
                    &[C::OperationsFocus, C::OnlyCioCalledFor],
                )
            } else {
                said(
                    "The weight of this company's technology is on the inside: its systems, \
                     data and compliance call for a Chief Information Officer.",
                    &[C::OnlyCioCalledFor],
                )
            });
            sentences.push(if builds_products(p) {
                said(
                    "What you build and offer customers needs direction too, though not yet an \
                     executive of its own: a product lead or an outside adviser can hold it for \
                     now.",
                    &[C::ProductsToBuild, C::CtoNeedBelowBar],
                )
            } else {
                said(
                    "There is little product technology to lead, so a CTO can wait.",
                    &[C::LittleToBuild, C::CtoNeedBelowBar],
                )
            });
        }
        Verdict::Both => {
            sentences.push(match (builds_products(p), p.industry) {
                (true, _) => said(
                    "A CTO should own what customers use and a CIO what the company runs on, \
                     working closely together.",
                    &[C::ProductsToBuild, C::TwoExecutives],
                ),
                (false, Industry::Healthcare) => said(
                    "A CIO should run the systems, data and compliance the company depends on, \
                     and a CTO should lead technology innovation and digital services for \
                     patients.",
                    &[C::LittleToBuild, C::Healthcare, C::TwoExecutives],
                ),
                (false, _) => said(
                    "A CIO should run the systems, data and compliance the company depends on, \
                     and a CTO should lead technology innovation and digital services for \
                     customers.",
                    &[C::LittleToBuild, C::TwoExecutives],
                ),
            });
            sentences.push(hiring_order(p, rec.lead));
        }
        Verdict::Combined => {
            sentences.push(if builds_products(p) {
                said(
                    "That leader builds and runs what customers use and keeps internal systems, \
                     security and data in order, reporting to the CEO.",
                    &[C::ProductsToBuild, C::OneLeader],
                )
            } else {
                said(
                    "That leader keeps internal systems, security and data in order, chooses \
                     the software the company buys and watches for technology customers would \
                     value.",
                    &[C::LittleToBuild, C::OneLeader],
                )
            });
            sentences.push(said(
                "Plan to split the role as the company grows.",
                &[C::OneLeader],
            ));
        }
    }
    sentences
}

pub(super) fn why_a_cto(p: &Profile) -> Said {
    match (p.focus, p.priority) {
        (Focus::Product, _) => said(
            "Technology is what this company sells, so its leadership belongs with a Chief \
             Technology Officer who owns the product's technology and keeps it ready to grow.",
            &[C::ProductFocus, C::OnlyCtoCalledFor],
        ),
        (Focus::Channel, _) => said(
            "Customers reach this company through digital channels, so it needs a Chief \
             Technology Officer to build and run them.",
            &[C::ChannelFocus, C::OnlyCtoCalledFor],
        ),
        (Focus::Operations, Priority::Operations) => said(
            "Technology mostly runs the business here, but the software your own engineers \
             build needs a Chief Technology Officer to lead it.",
            &[C::OperationsFocus, C::HasEngineers, C::OnlyCtoCalledFor],
        ),
        (Focus::Operations, _) => said(
            "Technology mostly runs the business here, but the new offerings you plan call for \
             a Chief Technology Officer to lead them.",
            &[
                C::OperationsFocus,
                C::PlansNewOfferings,
                C::OnlyCtoCalledFor,
            ],
        ),
    }
}

/// Which role comes first when both are called for, and the reason.
pub(super) fn hiring_order(p: &Profile, lead: Lead) -> Said {
    match lead {
        Lead::Greater(Side::Cto) => said(
            "The CTO need is clearly greater, so the CTO comes first.",
            &[C::CtoNeedGreater, C::CtoFirst],
        ),
        Lead::Greater(Side::Cio) => said(
            "The CIO need is clearly greater, so the CIO comes first.",
            &[C::CioNeedGreater, C::CioFirst],
        ),
        Lead::Tie {
            first: Side::Cto,
            by: TieBreak::Priority,
        } => said(
            "The two needs are a tie, within a few points of each other; your priority on new \
             offerings puts the CTO first.",
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
        } => said(
            "The two needs are a tie, within a few points of each other; your priority on \
             running the business better puts the CIO first.",
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
        } if p.leadership == Leadership::ItManager => said(
            "The two needs are a tie, within a few points of each other; your IT manager already \
             keeps internal IT running, so the CTO comes first.",
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
        } => said(
            "The two needs are a tie, within a few points of each other; you have a CIO, so the \
             CTO comes next.",
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
        } => said(
            "The two needs are a tie, within a few points of each other; you have a CTO, so the \
             CIO comes next.",
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
        } => said(
            "The two needs are a tie, within a few points of each other, and so are your goals; \
             technology that mostly runs the business puts the CIO first.",
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
        } => said(
            "The two needs are a tie, within a few points of each other, and so are your goals; \
             technology that serves customers puts the CTO first.",
            &[
                C::NeedsTied,
                C::TieBrokenByFocus,
                C::CustomerFacing,
                C::CtoFirst,
            ],
        ),
    }
}
