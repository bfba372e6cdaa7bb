//! What to do next, given the verdict and today's leadership: the next hire and what it is for,
//! surplus executives, and where a part-time or interim leader serves.

use super::claims::{builds_products, said, Claim as C, Said};
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
            return vec![said(
                "Your current setup fits: keep it, and give each technology leader a clear \
                 remit.",
                &[C::SetupFits],
            )]
        }
        (V::Cto, L::None) => said("Hire a CTO.", &[C::CtoToHire, C::OnlyCtoCalledFor]),
        (V::Cto, L::ItManager) => said(
            "Hire a CTO; your IT manager keeps running internal IT.",
            &[C::CtoToHire, C::HasItManager],
        ),
        (V::Cto, _) => said(
            "You have a CIO, but the need here is on the CTO side: hire a CTO, or widen your \
             CIO's remit to the CTO's work if their background fits.",
            &[C::HasCio, C::CtoToHire, C::OnlyCtoCalledFor],
        ),
        (V::Cio, L::None) => said(
            "Hire a CIO, or a head of IT who can grow into the role.",
            &[C::CioToHire, C::OnlyCioCalledFor],
        ),
        (V::Cio, L::ItManager) => said(
            "Your IT manager could grow into the CIO role; otherwise hire a CIO above them.",
            &[C::CioToHire, C::HasItManager],
        ),
        (V::Cio, _) => said(
            "You have a CTO, but the need here is on the CIO side: hire a CIO, or widen your \
             CTO's remit to internal IT, data and compliance if their background fits.",
            &[C::HasCto, C::CioToHire, C::OnlyCioCalledFor],
        ),
        (V::Both, L::None) if first == Side::Cto => said(
            "Hire both, the CTO first and then the CIO.",
            &[C::CtoToHire, C::CioToHire, C::CtoFirst],
        ),
        (V::Both, L::None) => said(
            "Hire both, the CIO first and then the CTO.",
            &[C::CtoToHire, C::CioToHire, C::CioFirst],
        ),
        (V::Both, L::ItManager) if first == Side::Cto => said(
            "Hire a CTO first; your IT manager keeps internal IT running and may grow into the \
             CIO role later.",
            &[C::HasItManager, C::CtoToHire, C::CioToHire, C::CtoFirst],
        ),
        (V::Both, L::ItManager) => said(
            "Grow your IT manager into the CIO role, or hire a CIO above them; then hire a CTO.",
            &[C::HasItManager, C::CioToHire, C::CtoToHire, C::CioFirst],
        ),
        (V::Both, L::Cto) => said(
            "You have a CTO: hire a CIO next.",
            &[C::HasCto, C::CioToHire],
        ),
        (V::Both, _) => said(
            "You have a CIO: hire a CTO next.",
            &[C::HasCio, C::CtoToHire],
        ),
        (V::Combined, L::None) => said(
            "Hire one technology leader who covers both sides.",
            &[C::OneLeader, C::NoLeaderToday],
        ),
        (V::Combined, L::ItManager) if builds_products(p) => said(
            "Your IT manager could grow into the one leader for both sides, with support on the \
             product side; otherwise hire that leader above them.",
            &[C::OneLeader, C::HasItManager, C::ProductsToBuild],
        ),
        (V::Combined, L::ItManager) => said(
            "Your IT manager could grow into the one technology leader you need; otherwise hire \
             one above them.",
            &[C::OneLeader, C::HasItManager],
        ),
        (V::Combined, L::Cto) => said(
            "Your CTO can cover both sides: add internal IT, security and data to their remit.",
            &[C::OneLeader, C::HasCto],
        ),
        (V::Combined, _) if builds_products(p) => said(
            "Your CIO can cover both sides: add the technology customers use to their remit.",
            &[C::OneLeader, C::HasCio, C::ProductsToBuild],
        ),
        (V::Combined, _) => said(
            "Your CIO can be the one leader you need, with an eye on technology customers would \
             value.",
            &[C::OneLeader, C::HasCio],
        ),
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

pub(super) const fn other(side: Side) -> Side {
    match side {
        Side::Cto => Side::Cio,
        Side::Cio => Side::Cto,
    }
}

/// What a CTO to be hired is for here.
pub(super) fn cto_purpose(p: &Profile) -> Said {
    match (p.focus, builds_products(p), p.industry) {
        (Focus::Product, ..) => said(
            "The CTO will own the product's technology.",
            &[C::ProductFocus, C::CtoToHire],
        ),
        (Focus::Channel, ..) => said(
            "The CTO will own the platforms customers use.",
            &[C::ChannelFocus, C::CtoToHire],
        ),
        (_, true, _) => said(
            "The CTO will lead your engineers and the new offerings you plan.",
            &[C::HasEngineers, C::PlansNewOfferings, C::CtoToHire],
        ),
        (_, false, Industry::Healthcare) => said(
            "The CTO will lead technology innovation and digital services for patients.",
            &[C::LittleToBuild, C::Healthcare, C::CtoToHire],
        ),
        (_, false, _) => said(
            "The CTO will lead technology innovation and digital services for customers.",
            &[C::LittleToBuild, C::CtoToHire],
        ),
    }
}

/// What a CIO to be hired is for here.
pub(super) fn cio_purpose(p: &Profile) -> Said {
    match (p.regulation, p.systems) {
        (Regulation::Heavy, _) => said(
            "The CIO will own compliance, data security and the internal systems.",
            &[C::HeavyRegulation, C::CioToHire],
        ),
        (_, Systems::Complex) => said(
            "The CIO will own the complex internal systems, their vendors and their data.",
            &[C::ComplexSystems, C::CioToHire],
        ),
        _ => said(
            "The CIO will own internal systems, vendors and data governance.",
            &[C::CioToHire],
        ),
    }
}

/// For a company with more executives than the verdict calls for: that it has, and what to do
/// about it. Empty otherwise; the same sentences wherever today's leadership comes up.
pub fn surplus_note(p: &Profile, rec: &Recommendation) -> Vec<Said> {
    if p.leadership != Leadership::Both {
        return Vec::new();
    }
    match rec.verdict {
        Verdict::Both => Vec::new(),
        Verdict::Cto => vec![
            said(
                "You have both a CTO and a CIO, more executives than the answers call for: a \
                 CTO alone would do.",
                &[C::SurplusLeadership, C::OnlyCtoCalledFor],
            ),
            said(
                "Fold internal IT into the CTO's remit when the chance comes, or keep the CIO \
                 only if you expect internal IT to grow soon.",
                &[C::SurplusLeadership],
            ),
        ],
        Verdict::Cio => vec![
            said(
                "You have both a CTO and a CIO, more executives than the answers call for: a \
                 CIO alone would do.",
                &[C::SurplusLeadership, C::OnlyCioCalledFor],
            ),
            said(
                "Fold the CTO's work into the CIO's remit when the chance comes, or keep the CTO \
                 only if you expect what you build to grow soon.",
                &[C::SurplusLeadership],
            ),
        ],
        Verdict::Combined => vec![
            said(
                "You have both a CTO and a CIO, more executives than the answers call for: one \
                 leader could cover both sides.",
                &[C::SurplusLeadership, C::OneLeader],
            ),
            said(
                "Let one of them take both remits when a post falls vacant, or keep both only if \
                 you expect to grow into them soon.",
                &[C::SurplusLeadership],
            ),
        ],
    }
}

/// Where a full-time executive may be more than the company needs (one leader for both sides, or
/// under 50 people) and a role is still to fill: whether a part-time or interim leader, or an
/// outside partner, serves instead, and what would make the full-time role worth it. Empty
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
            "With complex systems to run, a full-time CIO is likely worth it already; an interim \
             one can fill the gap until you find them.",
            &[C::ComplexSystems, C::FullTimeWorthIt],
        ),
        Verdict::Cio => said(
            "At this size a part-time or interim CIO, or a managed IT and compliance partner, can \
             serve until internal IT needs someone every day.",
            &[C::UnderFifty, C::CioToHire, C::FullTimeMayBeMore],
        ),
        _ if teams => said(
            "With a team of engineers already, a full-time leader is likely worth it; an interim \
             one can fill the gap until you find them.",
            &[C::EngineeringTeams, C::FullTimeWorthIt],
        ),
        Verdict::Cto => said(
            "At this size a fractional or interim CTO can set direction until the work needs a \
             leader every day.",
            &[C::UnderFifty, C::CtoToHire, C::FullTimeMayBeMore],
        ),
        _ if p.size != Size::Micro && (rec.cto_score >= NEED || rec.cio_score >= NEED) => said(
            "One full-time leader is likely worth it here; an interim one can fill the gap until \
             you find them.",
            &[C::OneLeader, C::FullTimeWorthIt],
        ),
        _ => said(
            "A full-time executive may be more than this company needs today: a part-time or \
             interim technology leader can cover both sides.",
            &[C::OneLeader, C::FullTimeMayBeMore],
        ),
    }];
    // Internal IT help from outside, unless a CIO's verdict or someone in post already covers it.
    match (rec.verdict, p.leadership, p.regulation) {
        (Verdict::Cio, ..) | (_, L::Cio, _) => {}
        (_, L::None, Regulation::Light) => note.push(said(
            "A managed IT provider can keep accounts, devices and backups in order meanwhile.",
            &[C::LightRegulation, C::NoLeaderToday],
        )),
        (_, L::ItManager, Regulation::Light) => {}
        _ => note.push(said(
            "An outside partner can look after IT security and compliance meanwhile.",
            &[C::RegulationNotLight],
        )),
    }
    let worth_it = match (rec.verdict, rec.lead.first(), p.engineering) {
        (Verdict::Cio, ..) => said(
            "A full-time CIO becomes worth it as systems multiply or regulators ask for a named \
             owner.",
            &[C::OnlyCioCalledFor, C::FullTimeMayBeMore],
        ),
        (Verdict::Combined, Side::Cio, _) => said(
            "A full-time role becomes worth it as internal systems multiply or regulators ask \
             for a named owner of compliance.",
            &[C::OneLeader, C::FullTimeMayBeMore],
        ),
        (_, _, Engineering::None) => said(
            "A full-time role becomes worth it once you build software of your own.",
            &[C::NoEngineers, C::FullTimeMayBeMore],
        ),
        _ => said(
            "A full-time role becomes worth it once the build team grows past a handful of \
             people.",
            &[C::FewEngineers, C::FullTimeMayBeMore],
        ),
    };
    if !note[0].claims.contains(C::FullTimeWorthIt) {
        note.push(worth_it);
    }
    note
}
