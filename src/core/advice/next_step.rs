//! What to do next, given the verdict and today's leadership: the next hire and what it is for,
//! surplus executives, and where a part-time or interim leader serves.

use super::claims::{builds_products, said, Claim as C, Said};
use crate::core::locale::Msg;
use crate::core::questionnaire::*;
use crate::core::verdict::*;

/// What to do next, given the verdict and who leads technology today.
pub fn next_step(p: &Profile, rec: &Recommendation) -> Vec<Said> {
    use Leadership as L;
    use Verdict as V;
    let surplus = surplus_note(p, rec);
    if !surplus.is_empty() {
        return surplus;
    }
    let first = rec.lead.first();
    let step = match (rec.verdict, p.leadership) {
        (V::Cto, L::Cto) | (V::Cio, L::Cio) | (V::Both, L::Both) => {
            return vec![said(Msg::NextSetupFits, &[C::SetupFits])]
        }
        (V::Cto, L::None) => said(Msg::NextHireCto, &[C::CtoToHire, C::OnlyCtoCalledFor]),
        (V::Cto, L::ItManager) => said(Msg::NextHireCtoItManager, &[C::CtoToHire, C::HasItManager]),
        (V::Cto, _) => said(
            Msg::NextHireCtoHasCio,
            &[C::HasCio, C::CtoToHire, C::OnlyCtoCalledFor],
        ),
        (V::Cio, L::None) => said(Msg::NextHireCio, &[C::CioToHire, C::OnlyCioCalledFor]),
        (V::Cio, L::ItManager) => said(Msg::NextGrowItManager, &[C::CioToHire, C::HasItManager]),
        (V::Cio, _) => said(
            Msg::NextHireCioHasCto,
            &[C::HasCto, C::CioToHire, C::OnlyCioCalledFor],
        ),
        (V::Both, L::None) if first == Side::Cto => said(
            Msg::NextHireBothCtoFirst,
            &[C::CtoToHire, C::CioToHire, C::CtoFirst],
        ),
        (V::Both, L::None) => said(
            Msg::NextHireBothCioFirst,
            &[C::CtoToHire, C::CioToHire, C::CioFirst],
        ),
        (V::Both, L::ItManager) if first == Side::Cto => said(
            Msg::NextBothItManagerCtoFirst,
            &[C::HasItManager, C::CtoToHire, C::CioToHire, C::CtoFirst],
        ),
        (V::Both, L::ItManager) => said(
            Msg::NextBothItManagerCioFirst,
            &[C::HasItManager, C::CioToHire, C::CtoToHire, C::CioFirst],
        ),
        (V::Both, L::Cto) => said(Msg::NextBothHasCto, &[C::HasCto, C::CioToHire]),
        (V::Both, _) => said(Msg::NextBothHasCio, &[C::HasCio, C::CtoToHire]),
        (V::Combined, L::None) => said(Msg::NextHireOne, &[C::OneLeader, C::NoLeaderToday]),
        (V::Combined, L::ItManager) if builds_products(p) => said(
            Msg::NextOneItManagerBuilds,
            &[C::OneLeader, C::HasItManager, C::ProductsToBuild],
        ),
        (V::Combined, L::ItManager) => {
            said(Msg::NextOneItManager, &[C::OneLeader, C::HasItManager])
        }
        (V::Combined, L::Cto) => said(Msg::NextOneCto, &[C::OneLeader, C::HasCto]),
        (V::Combined, _) if builds_products(p) => said(
            Msg::NextOneCioBuilds,
            &[C::OneLeader, C::HasCio, C::ProductsToBuild],
        ),
        (V::Combined, _) => said(Msg::NextOneCio, &[C::OneLeader, C::HasCio]),
    };
    let has = |side| match side {
        Side::Cto => matches!(p.leadership, L::Cto | L::Both),
        Side::Cio => matches!(p.leadership, L::Cio | L::Both),
    };
    let called = match rec.verdict {
        V::Cto => vec![Side::Cto],
        V::Cio => vec![Side::Cio],
        V::Both => vec![first, other(first)],
        V::Combined => Vec::new(),
    };
    let mut steps = vec![step];
    for side in called.into_iter().filter(|&side| !has(side)) {
        steps.push(match side {
            Side::Cto => cto_purpose(p),
            Side::Cio => cio_purpose(p),
        });
    }
    steps
}

/// The first hire in a few words, as a list row shows it: who to hire first, or that no hire
/// is needed. Agrees with [`next_step`].
pub fn first_hire(p: &Profile, rec: &Recommendation) -> Msg {
    use Leadership as L;
    if !surplus_note(p, rec).is_empty() {
        return Msg::HireFewer;
    }
    let has = |side| match side {
        Side::Cto => matches!(p.leadership, L::Cto | L::Both),
        Side::Cio => matches!(p.leadership, L::Cio | L::Both),
    };
    let first = rec.lead.first();
    let called = match rec.verdict {
        Verdict::Cto => vec![Side::Cto],
        Verdict::Cio => vec![Side::Cio],
        Verdict::Both => vec![first, other(first)],
        Verdict::Combined => {
            return match p.leadership {
                L::None => Msg::HireOne,
                L::ItManager => Msg::HireOneOrGrow,
                _ => Msg::HireWiden,
            }
        }
    };
    match called.into_iter().find(|&side| !has(side)) {
        None => Msg::HireNone,
        Some(Side::Cto) => Msg::HireCto,
        Some(Side::Cio) if p.leadership == L::ItManager => Msg::HireCioOrGrow,
        Some(Side::Cio) => Msg::HireCio,
    }
}

const fn other(side: Side) -> Side {
    match side {
        Side::Cto => Side::Cio,
        Side::Cio => Side::Cto,
    }
}

/// What a CTO to be hired is for here.
fn cto_purpose(p: &Profile) -> Said {
    match (p.focus, builds_products(p)) {
        (Focus::Product, _) => said(Msg::PurposeCtoProduct, &[C::ProductFocus, C::CtoToHire]),
        (Focus::Channel, _) => said(Msg::PurposeCtoChannel, &[C::ChannelFocus, C::CtoToHire]),
        (_, true) => said(
            Msg::PurposeCtoEngineers,
            &[C::HasEngineers, C::PlansNewOfferings, C::CtoToHire],
        ),
        (_, false) => said(Msg::PurposeCtoServices, &[C::LittleToBuild, C::CtoToHire]),
    }
}

/// What a CIO to be hired is for here.
fn cio_purpose(p: &Profile) -> Said {
    match (p.regulation, p.systems) {
        (Regulation::Heavy, _) => said(
            Msg::PurposeCioRegulated,
            &[C::HeavyRegulation, C::CioToHire],
        ),
        (_, Systems::Complex) => said(Msg::PurposeCioComplex, &[C::ComplexSystems, C::CioToHire]),
        _ => said(Msg::PurposeCio, &[C::CioToHire]),
    }
}

/// For an organisation with more executives than the verdict calls for: that it has, and what
/// to do about it. Empty otherwise; the same sentences wherever today's leadership comes up.
pub fn surplus_note(p: &Profile, rec: &Recommendation) -> Vec<Said> {
    if p.leadership != Leadership::Both {
        return Vec::new();
    }
    match rec.verdict {
        Verdict::Both => Vec::new(),
        Verdict::Cto => vec![
            said(
                Msg::SurplusCtoAlone,
                &[C::SurplusLeadership, C::OnlyCtoCalledFor],
            ),
            said(Msg::SurplusFoldCio, &[C::SurplusLeadership]),
        ],
        Verdict::Cio => vec![
            said(
                Msg::SurplusCioAlone,
                &[C::SurplusLeadership, C::OnlyCioCalledFor],
            ),
            said(Msg::SurplusFoldCto, &[C::SurplusLeadership]),
        ],
        Verdict::Combined => vec![
            said(Msg::SurplusOneLeader, &[C::SurplusLeadership, C::OneLeader]),
            said(Msg::SurplusMerge, &[C::SurplusLeadership]),
        ],
    }
}

/// Where a full-time executive may be more than the organisation needs (one leader for both
/// sides, or under 50 people) and a role is still to fill: whether a part-time or interim leader,
/// or an outside partner, serves instead, and what would make the full-time role worth it. Empty
/// otherwise.
pub fn part_time_note(p: &Profile, rec: &Recommendation) -> Vec<Said> {
    use Leadership as L;
    let small = p.size < Size::Medium;
    let fill = match (rec.verdict, p.leadership) {
        (Verdict::Combined, L::None | L::ItManager) => true,
        (Verdict::Cto, L::None | L::ItManager | L::Cio) => small,
        (Verdict::Cio, L::None | L::ItManager | L::Cto) => small,
        _ => false,
    };
    if !fill {
        return Vec::new();
    }
    let teams = p.engineering >= Engineering::Team;
    let mut note = vec![match rec.verdict {
        Verdict::Cio if p.systems == Systems::Complex => said(
            Msg::PartTimeCioComplex,
            &[C::ComplexSystems, C::FullTimeWorthIt],
        ),
        Verdict::Cio => said(
            Msg::PartTimeCio,
            &[C::UnderFifty, C::CioToHire, C::FullTimeMayBeMore],
        ),
        _ if teams => said(
            Msg::PartTimeTeams,
            &[C::EngineeringTeams, C::FullTimeWorthIt],
        ),
        Verdict::Cto => said(
            Msg::PartTimeCto,
            &[C::UnderFifty, C::CtoToHire, C::FullTimeMayBeMore],
        ),
        _ if p.size != Size::Micro && (rec.cto_score >= NEED || rec.cio_score >= NEED) => {
            said(Msg::PartTimeOneWorthIt, &[C::OneLeader, C::FullTimeWorthIt])
        }
        _ => said(Msg::PartTimeOne, &[C::OneLeader, C::FullTimeMayBeMore]),
    }];
    // Internal IT help from outside, unless a CIO's verdict or someone in post already covers it.
    match (rec.verdict, p.leadership, p.regulation) {
        (Verdict::Cio, ..) | (_, L::Cio, _) => {}
        (_, L::None, Regulation::Light) => note.push(said(
            Msg::PartTimeManagedIt,
            &[C::LightRegulation, C::NoLeaderToday],
        )),
        (_, L::ItManager, Regulation::Light) => {}
        _ => note.push(said(Msg::PartTimeSecurityPartner, &[C::RegulationNotLight])),
    }
    let worth_it = match (rec.verdict, rec.lead.first(), p.engineering) {
        (Verdict::Cio, ..) => said(
            Msg::WorthItCio,
            &[C::OnlyCioCalledFor, C::FullTimeMayBeMore],
        ),
        (Verdict::Combined, Side::Cio, _) => {
            said(Msg::WorthItSystems, &[C::OneLeader, C::FullTimeMayBeMore])
        }
        (_, _, Engineering::None) => {
            said(Msg::WorthItBuild, &[C::NoEngineers, C::FullTimeMayBeMore])
        }
        _ => said(
            Msg::WorthItTeamGrows,
            &[C::FewEngineers, C::FullTimeMayBeMore],
        ),
    };
    if !note[0].claims.contains(C::FullTimeWorthIt) {
        note.push(worth_it);
    }
    note
}
