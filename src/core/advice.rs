//! What a founder can act on. [`advise`] gathers everything the result shows, in order: the
//! verdict explained, the next step given today's leadership, the strongest reasons, the roles
//! tailored to the answers, surplus leadership, when a part-time leader serves, the ground the
//! roles share and what would change the verdict.
//!
//! Every sentence is a [`Said`] carrying the claims it makes about the company; a test checks all
//! of them against every combination of answers (see [`super::claims`]).

use super::answers::{Answers, Profile};
use super::claims::{said, Claim as C, Said};
use super::engine::{
    answer_points, lead_for_scores, scores, verdict_for_scores, Contribution, Lead, Recommendation,
    Side, TieBreak, Verdict, NEED,
};
use super::questions::*;

/// How many of the strongest reasons lead the result.
const STRONGEST_REASONS: usize = 2;

/// Everything the result shows, in the order it shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Advice {
    pub headline: Said,
    pub explanation: Vec<Said>,
    /// What to do next; with surplus leadership, the same sentences as [`Advice::surplus`].
    pub next_step: Vec<Said>,
    /// The answers that pushed hardest toward the verdict.
    pub strongest: Vec<Contribution>,
    /// The roles the verdict calls for, the one to hire first first.
    pub roles: Vec<RoleBrief>,
    /// Said when today's leadership has more executives than the verdict calls for.
    pub surplus: Vec<Said>,
    /// Said where a full-time executive may be more than the company needs.
    pub part_time: Vec<Said>,
    pub shared_ground: Vec<SharedGround>,
    /// The nearest answer changes that would change the outcome, nearest first.
    pub changes: Vec<ChangeGroup>,
}

impl Advice {
    /// Every sentence that makes a claim, for the consistency check.
    pub fn sentences(&self) -> impl Iterator<Item = &Said> {
        std::iter::once(&self.headline)
            .chain(&self.explanation)
            .chain(&self.next_step)
            .chain(self.roles.iter().flat_map(RoleBrief::sentences))
            .chain(&self.surplus)
            .chain(&self.part_time)
            .chain(self.shared_ground.iter().map(|g| &g.here))
    }
}

/// Everything the result shows for a company.
pub fn advise(p: &Profile, rec: &Recommendation) -> Advice {
    Advice {
        headline: headline(rec),
        explanation: explanation(p, rec),
        next_step: next_step(p, rec),
        strongest: rec.top_reasons(STRONGEST_REASONS),
        roles: roles(p, rec),
        surplus: surplus_note(p, rec),
        part_time: part_time_note(p, rec),
        shared_ground: shared_ground(p),
        changes: changes(p),
    }
}

fn headline(rec: &Recommendation) -> Said {
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
    use super::engine::Rule as R;
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

/// Whether there is a product or customer platform to build (see [`C::ProductsToBuild`]).
pub(super) fn builds_products(p: &Profile) -> bool {
    p.focus != Focus::Operations
        || (p.engineering != Engineering::None && p.priority != Priority::Operations)
}

fn why_a_cto(p: &Profile) -> Said {
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
fn hiring_order(p: &Profile, lead: Lead) -> Said {
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

const fn other(side: Side) -> Side {
    match side {
        Side::Cto => Side::Cio,
        Side::Cio => Side::Cto,
    }
}

/// What a CTO to be hired is for here.
fn cto_purpose(p: &Profile) -> Said {
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
fn cio_purpose(p: &Profile) -> Said {
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

/// A technology leadership role the company should have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Cto,
    Cio,
    /// One leader covering both.
    Combined,
}

impl Role {
    pub const fn title(self) -> &'static str {
        match self {
            Role::Cto => "Chief Technology Officer (CTO)",
            Role::Cio => "Chief Information Officer (CIO)",
            Role::Combined => "One technology leader for both sides",
        }
    }
}

/// One role, tailored to a company's answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleBrief {
    pub role: Role,
    /// What the role would own here.
    pub owns: Vec<Said>,
    pub reports_to: Said,
    /// The seeds' skills for the role, the ones that matter most for this company first.
    pub skills: Vec<Said>,
    /// For one leader covering both: the signs that it is time to split the role.
    pub split_when: Vec<Said>,
}

impl RoleBrief {
    pub fn sentences(&self) -> impl Iterator<Item = &Said> {
        self.owns
            .iter()
            .chain(std::iter::once(&self.reports_to))
            .chain(&self.skills)
            .chain(&self.split_when)
    }
}

/// The roles the verdict calls for, tailored to the answers; when both, the first hire first.
pub fn roles(p: &Profile, rec: &Recommendation) -> Vec<RoleBrief> {
    let cto = || RoleBrief {
        role: Role::Cto,
        owns: cto_owns(p),
        reports_to: cto_reports_to(p),
        skills: cto_skills(p),
        split_when: Vec::new(),
    };
    let cio = || RoleBrief {
        role: Role::Cio,
        owns: cio_owns(p),
        reports_to: cio_reports_to(p),
        skills: cio_skills(p),
        split_when: Vec::new(),
    };
    match (rec.verdict, rec.lead.first()) {
        (Verdict::Cto, _) => vec![cto()],
        (Verdict::Cio, _) => vec![cio()],
        (Verdict::Both, Side::Cto) => vec![cto(), cio()],
        (Verdict::Both, Side::Cio) => vec![cio(), cto()],
        (Verdict::Combined, first) => {
            // Three items from each side, the side whose need leads first.
            let (mut owns, second) = match first {
                Side::Cto => (cto_owns(p), cio_owns(p)),
                Side::Cio => (cio_owns(p), cto_owns(p)),
            };
            owns.truncate(3);
            owns.extend(second.into_iter().take(3));
            vec![RoleBrief {
                role: Role::Combined,
                owns,
                reports_to: if p.size < Size::Medium {
                    said("The CEO, as in most small companies.", &[C::UnderFifty])
                } else {
                    said("The CEO.", &[])
                },
                skills: combined_skills(p),
                split_when: split_signs(p),
            }]
        }
    }
}

fn cto_owns(p: &Profile) -> Vec<Said> {
    let mut owns = vec![match (p.focus, p.industry) {
        (Focus::Product, _) => said(
            "The product's architecture and technical roadmap",
            &[C::ProductFocus],
        ),
        (Focus::Channel, Industry::Retail) => said(
            "The online store, apps and checkout customers use",
            &[C::ChannelFocus, C::Retail],
        ),
        (Focus::Channel, Industry::Finance) => said(
            "Customer apps and portals, built to meet financial rules",
            &[C::ChannelFocus, C::Finance],
        ),
        (Focus::Channel, Industry::Healthcare) => said(
            "Patient- and clinician-facing tools that respect health-data rules",
            &[C::ChannelFocus, C::Healthcare],
        ),
        (Focus::Channel, _) => said(
            "The digital channels customers use: apps, portals, self-service",
            &[C::ChannelFocus],
        ),
        (Focus::Operations, Industry::Healthcare) => said(
            "Digital services for patients, such as booking, access to records and care at a \
             distance",
            &[C::OperationsFocus, C::Healthcare],
        ),
        (Focus::Operations, Industry::Public) => said(
            "Digital services for the citizens or members the organisation serves",
            &[C::OperationsFocus, C::Public],
        ),
        (Focus::Operations, _) => said(
            "Digital services for customers, from the first idea to daily running",
            &[C::OperationsFocus],
        ),
    }];
    owns.push(match p.engineering {
        Engineering::None => said(
            "Deciding what to build and what to buy, and hiring engineers when building pays off",
            &[C::NoEngineers],
        ),
        Engineering::Few => said(
            "Turning a small build crew into a team with sound practices",
            &[C::FewEngineers],
        ),
        Engineering::Team | Engineering::Department => said(
            "Leading the engineering teams: hiring, practices and delivery",
            &[C::EngineeringTeams],
        ),
    });
    if p.priority != Priority::Operations {
        owns.push(said(
            "The new offerings planned for the next two years",
            &[C::PlansNewOfferings],
        ));
    }
    if builds_products(p) && (p.stage == Stage::Scaling || p.size >= Size::Large) {
        owns.push(said(
            "Keeping the platform fast and reliable as customers grow",
            &[C::Growing, C::ProductsToBuild],
        ));
    }
    if p.regulation == Regulation::Heavy {
        owns.push(if builds_products(p) {
            said(
                "Products that meet regulatory demands by design",
                &[C::HeavyRegulation, C::ProductsToBuild],
            )
        } else {
            said(
                "Digital services that meet regulatory demands by design",
                &[C::HeavyRegulation],
            )
        });
    }
    owns.push(said(
        "Watching technology trends and deciding which to adopt",
        &[],
    ));
    owns
}

fn cio_owns(p: &Profile) -> Vec<Said> {
    let mut owns = vec![systems_scope(p)];
    owns.push(match (p.regulation, p.industry) {
        (Regulation::Heavy, Industry::Finance) => said(
            "Compliance, audits and the security of financial data",
            &[C::HeavyRegulation, C::Finance],
        ),
        (Regulation::Heavy, Industry::Healthcare) => said(
            "Compliance and the privacy and security of health records",
            &[C::HeavyRegulation, C::Healthcare],
        ),
        (Regulation::Heavy, _) => said(
            "Compliance, audits and data security",
            &[C::HeavyRegulation],
        ),
        (Regulation::Moderate, _) => said("Data governance and privacy", &[C::RegulationNotLight]),
        (Regulation::Light, _) => said("Internal security: accounts, devices and access", &[]),
    });
    if p.priority != Priority::Products {
        owns.push(said(
            "Automation and internal digital transformation",
            &[C::PlansEfficiency],
        ));
    }
    owns.push(if p.size >= Size::Medium {
        said("The IT budget and vendor contracts", &[C::FiftyOrMore])
    } else {
        said("Choosing and managing software vendors", &[])
    });
    owns.push(said(
        "Making sure every department has the technology it needs",
        &[],
    ));
    owns
}

/// The internal systems a CIO, or the one leader, would own.
fn systems_scope(p: &Profile) -> Said {
    match (p.systems, p.industry) {
        (Systems::Complex, Industry::Retail | Industry::Manufacturing) => said(
            "Inventory, supply-chain and ERP systems",
            &[C::ComplexSystems, C::SupplyChains],
        ),
        (Systems::Complex, _) => said(
            "ERP and the core business systems across sites",
            &[C::ComplexSystems],
        ),
        (Systems::Moderate, _) => said(
            "The connected business systems and their integrations",
            &[C::ConnectedSystems],
        ),
        (Systems::Simple, _) => said("The cloud tools every team relies on", &[C::SimpleSystems]),
    }
}

fn cto_reports_to(p: &Profile) -> Said {
    if p.size >= Size::Large && p.focus == Focus::Product {
        said(
            "The CEO, or the head of a product division.",
            &[C::LargeOrMore, C::ProductFocus],
        )
    } else {
        said("The CEO.", &[])
    }
}

fn cio_reports_to(p: &Profile) -> Said {
    if p.priority == Priority::Operations && p.focus == Focus::Operations {
        said(
            "The CFO or COO: here IT mainly serves operational efficiency.",
            &[C::EfficiencyFirst, C::OperationsFocus],
        )
    } else {
        said("The CEO.", &[])
    }
}

/// Skills with the weight this company's answers give them, heaviest first; at most five.
fn weighted(mut skills: Vec<(u8, Said)>) -> Vec<Said> {
    // A stable insertion sort: five items, and far less wasm than the standard sorts.
    for i in 1..skills.len() {
        let mut j = i;
        while j > 0 && skills[j - 1].0 < skills[j].0 {
            skills.swap(j - 1, j);
            j -= 1;
        }
    }
    skills.into_iter().take(5).map(|(_, s)| s).collect()
}

/// The seeds' CTO skills: technical depth, innovation and vision, product management, work
/// across functions, scalability; and building for regulators where regulation is heavy.
fn cto_skills(p: &Profile) -> Vec<Said> {
    let products = builds_products(p);
    let mut skills = vec![
        match p.engineering {
            Engineering::None => (
                2,
                said(
                    "Enough technical depth to judge what to build and what to buy",
                    &[C::NoEngineers],
                ),
            ),
            level => (
                2 + level as u8,
                said(
                    "Deep technical knowledge, to lead the engineers you have",
                    &[C::HasEngineers],
                ),
            ),
        },
        (
            if p.priority == Priority::Operations {
                1
            } else {
                3
            },
            said("Vision for which new technologies are worth adopting", &[]),
        ),
        match p.focus {
            Focus::Product => (
                5,
                said(
                    "Product management: turning what users need into a roadmap",
                    &[C::ProductFocus],
                ),
            ),
            Focus::Channel => (
                3,
                said(
                    "Product sense for the platforms customers use",
                    &[C::ChannelFocus],
                ),
            ),
            Focus::Operations => (
                1,
                said(
                    "Understanding what customers need from digital services",
                    &[C::OperationsFocus],
                ),
            ),
        },
        if p.focus == Focus::Operations {
            (
                2,
                said(
                    "Working across departments to turn their needs into digital services",
                    &[C::OperationsFocus],
                ),
            )
        } else {
            (
                3,
                said(
                    "Working alongside marketing, design and sales",
                    &[C::CustomerFacing],
                ),
            )
        },
        match (products, p.stage == Stage::Scaling || p.size >= Size::Large) {
            (true, true) => (
                4,
                said(
                    "Building platforms that scale with growth",
                    &[C::Growing, C::ProductsToBuild],
                ),
            ),
            (true, false) => (
                2,
                said(
                    "Building platforms that can scale when growth comes",
                    &[C::ProductsToBuild],
                ),
            ),
            (false, _) => (
                1,
                said("Choosing services that scale with the organisation", &[]),
            ),
        },
    ];
    if p.regulation == Regulation::Heavy {
        skills.push((
            4,
            said(
                "Building solutions that meet regulatory demands",
                &[C::HeavyRegulation],
            ),
        ));
    }
    weighted(skills)
}

/// The seeds' CIO skills: strategy, budgeting, leadership, risk management, regulatory knowledge.
fn cio_skills(p: &Profile) -> Vec<Said> {
    let complex = u8::from(p.systems == Systems::Complex);
    let heavy = u8::from(p.regulation == Regulation::Heavy);
    weighted(vec![
        regulatory_knowledge(p),
        (
            2 + complex + heavy,
            said("Managing risk across data, systems and suppliers", &[]),
        ),
        (3, said("Strategy that ties IT to business goals", &[])),
        budgeting(p),
        match (p.leadership, p.size >= Size::Medium) {
            (Leadership::ItManager, _) => (
                3,
                said(
                    "Leading IT people and projects, starting with your IT manager",
                    &[C::HasItManager],
                ),
            ),
            (_, true) => (
                3,
                said("Leading IT teams and large projects", &[C::FiftyOrMore]),
            ),
            (_, false) => (
                1,
                said(
                    "Running IT projects with vendors and a small team",
                    &[C::UnderFifty],
                ),
            ),
        },
    ])
}

fn regulatory_knowledge(p: &Profile) -> (u8, Said) {
    match p.regulation {
        Regulation::Heavy => (
            5,
            said(
                "Deep knowledge of your industry's compliance rules and data governance",
                &[C::HeavyRegulation],
            ),
        ),
        Regulation::Moderate => (
            3,
            said(
                "Working knowledge of privacy rules and data governance",
                &[C::RegulationNotLight],
            ),
        ),
        Regulation::Light => (
            1,
            said(
                "Enough grasp of data protection to keep governance sound",
                &[C::LightRegulation],
            ),
        ),
    }
}

fn budgeting(p: &Profile) -> (u8, Said) {
    if p.size >= Size::Medium {
        (
            3,
            said(
                "Budgeting for significant infrastructure and software spending",
                &[C::FiftyOrMore],
            ),
        )
    } else {
        (
            2,
            said(
                "Spending a modest IT budget where it counts",
                &[C::UnderFifty],
            ),
        )
    }
}

/// What one leader covering both sides needs from each list.
fn combined_skills(p: &Profile) -> Vec<Said> {
    let complex = u8::from(p.systems == Systems::Complex);
    weighted(vec![
        match (builds_products(p), p.focus) {
            (true, Focus::Product) => (
                5,
                said(
                    "Hands-on technical depth to build the product",
                    &[C::ProductFocus],
                ),
            ),
            (true, _) => (
                4,
                said(
                    "Hands-on technical depth to build what customers use",
                    &[C::ProductsToBuild],
                ),
            ),
            (false, _) => (
                3,
                said(
                    "Judgement to choose, buy and connect the right software",
                    &[C::LittleToBuild],
                ),
            ),
        },
        (
            3 + complex,
            said(
                "Enough operations sense to run internal IT and vendors",
                &[],
            ),
        ),
        if p.regulation == Regulation::Heavy {
            (
                4,
                said(
                    "Judgement on compliance and data security, with outside help for audits",
                    &[C::HeavyRegulation],
                ),
            )
        } else {
            (2, said("Judgement on security and risk", &[]))
        },
        budgeting(p),
        (
            1,
            said(
                "Knowing when to hand half the job to someone else",
                &[C::OneLeader],
            ),
        ),
    ])
}

fn split_signs(p: &Profile) -> Vec<Said> {
    let mut signs = vec![
        said(
            "The leader spends most weeks on one side while the other slips",
            &[],
        ),
        if p.engineering == Engineering::None {
            said(
                "Departments wait on IT while customer-facing work stalls",
                &[C::NoEngineers],
            )
        } else {
            said(
                "Departments wait on IT while engineers wait on decisions",
                &[C::HasEngineers],
            )
        },
    ];
    if p.size < Size::Medium {
        signs.push(said(
            "Headcount passes 50 and teams want systems of their own",
            &[C::UnderFifty],
        ));
    }
    if p.regulation != Regulation::Light {
        signs.push(said(
            "Auditors or regulators want a named owner for compliance",
            &[C::RegulationNotLight],
        ));
    }
    match p.engineering {
        Engineering::None => signs.push(said(
            "You start building software of your own",
            &[C::NoEngineers],
        )),
        Engineering::Few => signs.push(said("The build crew grows into teams", &[C::FewEngineers])),
        Engineering::Team | Engineering::Department => {}
    }
    signs
}

/// A subject the two roles (or the two hats) must coordinate on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedGround {
    pub topic: &'static str,
    pub here: Said,
}

pub fn shared_ground(p: &Profile) -> Vec<SharedGround> {
    let mut ground = vec![SharedGround {
        topic: "Cybersecurity",
        here: if p.regulation == Regulation::Heavy {
            said(
                "One security front for regulated data: internal controls and audits, and the \
                 security of whatever customers use.",
                &[C::HeavyRegulation],
            )
        } else {
            said(
                "Internal systems and accounts on one side, the security of what customers use \
                 on the other.",
                &[],
            )
        },
    }];
    ground.push(SharedGround {
        topic: "Data management",
        here: if p.focus == Focus::Operations {
            said(
                "Where data lives, who may see it, and how reports stay trustworthy.",
                &[C::OperationsFocus],
            )
        } else {
            said(
                "Storage, privacy and compliance on one side; product and customer analytics on \
                 the other.",
                &[C::CustomerFacing],
            )
        },
    });
    if p.priority != Priority::Products {
        ground.push(SharedGround {
            topic: "Digital transformation",
            here: said(
                "Automating internal processes while changing how services reach customers.",
                &[C::PlansEfficiency],
            ),
        });
    }
    if p.priority != Priority::Operations {
        ground.push(SharedGround {
            topic: "Innovation strategy",
            here: said(
                "New technology tried for customers must be supported by the internal \
                 infrastructure.",
                &[C::PlansNewOfferings],
            ),
        });
    }
    ground
}

/// What the result would be: the verdict and, when both roles are called for, which comes first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Outcome {
    pub verdict: Verdict,
    pub first: Option<Side>,
}

impl Outcome {
    pub fn of(rec: &Recommendation) -> Outcome {
        Outcome::new(rec.verdict, rec.lead)
    }

    /// The outcome for this company at these scores.
    fn at(p: &Profile, (cto, cio): (u8, u8)) -> Outcome {
        let verdict = verdict_for_scores(p, cto, cio);
        Outcome {
            verdict,
            first: (verdict == Verdict::Both).then(|| lead_for_scores(p, cto, cio).first()),
        }
    }

    fn new(verdict: Verdict, lead: Lead) -> Outcome {
        Outcome {
            verdict,
            first: (verdict == Verdict::Both).then_some(lead.first()),
        }
    }

    /// A short phrase for the outcome inside a sentence.
    pub const fn phrase(self) -> &'static str {
        match (self.verdict, self.first) {
            (Verdict::Cto, _) => "a CTO",
            (Verdict::Cio, _) => "a CIO",
            (Verdict::Both, Some(Side::Cio)) => "both, with the CIO first",
            (Verdict::Both, _) => "both, with the CTO first",
            (Verdict::Combined, _) => "one leader for both",
        }
    }
}

/// A short phrase for a verdict inside a sentence.
pub const fn verdict_phrase(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Cto => "a CTO",
        Verdict::Cio => "a CIO",
        Verdict::Both => "both a CTO and a CIO",
        Verdict::Combined => "one leader for both",
    }
}

/// One answer changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Edit {
    pub question: Question,
    pub choice: usize,
}

impl Edit {
    /// The profile with this answer changed; `None` for an option that does not exist.
    fn applied(self, p: &Profile) -> Option<Profile> {
        let mut edited = *p;
        let choice = self.choice;
        match self.question {
            Question::Size => edited.size = Size::from_index(choice)?,
            Question::Stage => edited.stage = Stage::from_index(choice)?,
            Question::Industry => edited.industry = Industry::from_index(choice)?,
            Question::Focus => edited.focus = Focus::from_index(choice)?,
            Question::Regulation => edited.regulation = Regulation::from_index(choice)?,
            Question::Systems => edited.systems = Systems::from_index(choice)?,
            Question::Engineering => edited.engineering = Engineering::from_index(choice)?,
            Question::Priority => edited.priority = Priority::from_index(choice)?,
            Question::Leadership => edited.leadership = Leadership::from_index(choice)?,
        }
        Some(edited)
    }

    /// How far the answer moves: steps along an ordered scale, one for any other change.
    fn steps(self, p: &Profile) -> u8 {
        let from = p.choice(self.question);
        let ordered = matches!(
            self.question,
            Question::Size
                | Question::Stage
                | Question::Focus
                | Question::Regulation
                | Question::Systems
                | Question::Engineering
        );
        if ordered {
            u8::try_from(from.abs_diff(self.choice)).unwrap_or(u8::MAX)
        } else {
            1
        }
    }
}

/// Answer changes that would give another outcome.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub edits: Vec<Edit>,
    pub outcome: Outcome,
    /// How far the answers move in all: for ordering changes of the same size.
    pub steps: u8,
}

impl Change {
    pub fn sentence(&self) -> String {
        let mut sentence = String::new();
        for (i, edit) in self.edits.iter().enumerate() {
            if i > 0 {
                sentence.push_str(" and ");
            }
            sentence.push_str(edit.question.topic());
            sentence.push_str(": “");
            sentence.push_str(edit.question.choices()[edit.choice].label);
            sentence.push('”');
        }
        sentence.push_str(" would make it ");
        sentence.push_str(self.outcome.phrase());
        sentence.push('.');
        sentence
    }
}

/// The nearest changes that lead to one outcome.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChangeGroup {
    pub outcome: Outcome,
    pub changes: Vec<Change>,
}

/// How many two-answer changes are kept for an outcome no single change reaches.
const PAIRS_PER_OUTCOME: usize = 3;

/// For every other outcome within two answer changes, the nearest changes that lead to it: every
/// single change if one suffices, else the two-answer changes that move the answers least.
/// Groups are ordered nearest first; today's leadership is left alone, as it changes no need.
pub fn changes(p: &Profile) -> Vec<ChangeGroup> {
    let base = scores(p);
    let now = Outcome::at(p, base);
    let mut alternatives = Vec::new();
    for question in Question::ALL {
        let from = p.choice(question);
        // Today's leadership scores nothing and changes no need: it is left alone.
        let Some(old) = answer_points(question, from) else {
            continue;
        };
        for choice in (0..question.choices().len()).filter(|&c| c != from) {
            let edit = Edit { question, choice };
            let (Some(new), Some(edited)) = (answer_points(question, choice), edit.applied(p))
            else {
                continue;
            };
            let points = (base.0 - old.0 + new.0, base.1 - old.1 + new.1);
            alternatives.push((edit, edited, points));
        }
    }
    let mut found: Vec<(Vec<Edit>, Outcome)> = Vec::new();
    for (edit, edited, points) in &alternatives {
        let outcome = Outcome::at(edited, *points);
        if outcome != now {
            found.push((vec![*edit], outcome));
        }
    }
    let mut reached: Vec<Outcome> = Vec::new();
    for (_, outcome) in &found {
        if !reached.contains(outcome) {
            reached.push(*outcome);
        }
    }
    // Five outcomes in all: once every other one is a single change away, no pair is needed.
    let pairs = if reached.len() < 4 {
        alternatives.as_slice()
    } else {
        &[]
    };
    for (i, (a, with_a, points_a)) in pairs.iter().enumerate() {
        for (b, _, points_b) in &pairs[i + 1..] {
            if a.question == b.question {
                continue;
            }
            let Some(both) = b.applied(with_a) else {
                continue;
            };
            // Each edit moves the scores by its own difference from the company's answers.
            let points = (
                points_a.0 + points_b.0 - base.0,
                points_a.1 + points_b.1 - base.1,
            );
            let outcome = Outcome::at(&both, points);
            if outcome != now && !reached.contains(&outcome) {
                found.push((vec![*a, *b], outcome));
            }
        }
    }
    let mut groups: Vec<ChangeGroup> = Vec::new();
    for (edits, outcome) in found {
        let steps = edits.iter().map(|e| e.steps(p)).sum();
        let change = Change {
            edits,
            outcome,
            steps,
        };
        match groups.iter_mut().find(|g| g.outcome == outcome) {
            Some(group) => group.changes.push(change),
            None => groups.push(ChangeGroup {
                outcome,
                changes: vec![change],
            }),
        }
    }
    for group in &mut groups {
        group.changes.sort_by_key(|c| c.steps);
        if group.changes[0].edits.len() > 1 {
            group.changes.truncate(PAIRS_PER_OUTCOME);
        }
    }
    groups.sort_by_key(|g| (g.changes[0].edits.len(), g.changes[0].steps));
    groups
}

/// The outcome at one size band, every other answer kept: a step on the path the company would
/// take across the CTO-need × CIO-need plane as it grows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Milestone {
    pub size: Size,
    pub verdict: Verdict,
    pub cto_score: u8,
    pub cio_score: u8,
}

/// The outcome at each size band, smallest first.
pub fn roadmap(p: &Profile) -> Vec<Milestone> {
    Size::ALL
        .iter()
        .map(|&size| {
            let at = Profile { size, ..*p };
            let (cto_score, cio_score) = scores(&at);
            Milestone {
                size,
                verdict: verdict_for_scores(&at, cto_score, cio_score),
                cto_score,
                cio_score,
            }
        })
        .collect()
}

/// Sentences as one paragraph.
pub fn paragraph(sentences: &[Said]) -> String {
    let mut text = String::new();
    for s in sentences {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(s.text);
    }
    text
}

/// A Markdown summary to paste into an email or a document: the verdict, the next step, the
/// scores, every reason, the roles and the link.
pub fn summary_markdown(answers: &Answers, rec: &Recommendation, link: &str) -> String {
    let Some(p) = answers.profile() else {
        return String::new();
    };
    let advice = advise(&p, rec);
    let mut md = String::from("# Technology leadership");
    if !answers.company().is_empty() {
        md.push_str(" for ");
        md.push_str(answers.company());
    }
    md.push_str(&format!(
        ": {}\n\n{}\n\n## Next step\n\n{}\n\n",
        advice.headline.text,
        paragraph(&advice.explanation),
        paragraph(&advice.next_step)
    ));
    if !advice.part_time.is_empty() {
        md.push_str(&format!("{}\n\n", paragraph(&advice.part_time)));
    }
    md.push_str(&format!(
        "- CTO need: {}/100\n- CIO need: {}/100\n\n## Why\n\n",
        rec.cto_score, rec.cio_score
    ));
    for c in rec.reasons() {
        md.push_str(&format!(
            "- {}: {} ({}) — {}\n",
            c.question.topic(),
            c.answer_label(),
            points(c.cto, c.cio),
            c.why
        ));
    }
    for brief in &advice.roles {
        md.push_str(&format!("\n## {}\n\n", brief.role.title()));
        for item in &brief.owns {
            md.push_str(&format!("- {}\n", item.text));
        }
        md.push_str(&format!("\nReports to: {}\n", brief.reports_to.text));
    }
    md.push_str(&format!("\nAnswers: {link}\n"));
    md
}

/// "+18 CIO", "+6 CTO · +14 CIO", or "no effect".
pub fn points(cto: u8, cio: u8) -> String {
    match (cto, cio) {
        (0, 0) => "no effect".into(),
        (cto, 0) => format!("+{cto} CTO"),
        (0, cio) => format!("+{cio} CIO"),
        (cto, cio) => format!("+{cto} CTO · +{cio} CIO"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::engine::recommend;
    use crate::core::samples::*;

    fn advice_for(p: &Profile) -> Advice {
        advise(p, &recommend(p))
    }

    /// Whether any sentence of the advice makes the claim.
    fn claims(advice: &Advice, claim: C) -> bool {
        advice.sentences().any(|s| s.claims.contains(claim))
    }

    fn says(advice: &Advice, words: &str) -> bool {
        advice.sentences().any(|s| s.text.contains(words))
    }

    #[test]
    fn hospital_group_of_400_is_told_to_hire_its_cio_first() {
        let advice = advice_for(&hospital_group());
        assert_eq!(advice.headline.text, "You need both a CIO and a CTO");
        assert!(advice.next_step[0]
            .text
            .starts_with("Grow your IT manager into the CIO role"));
        assert_eq!(advice.roles[0].role, Role::Cio);
    }

    #[test]
    fn hospital_group_wants_its_cto_for_digital_services_to_patients_not_products() {
        let advice = advice_for(&hospital_group());
        assert!(!claims(&advice, C::ProductsToBuild));
        assert!(!says(&advice, "products or customer platforms to build"));
        assert!(says(&advice, "digital services for patients"));
    }

    #[test]
    fn hospital_cto_is_not_asked_to_work_with_marketing_and_sales() {
        let advice = advice_for(&hospital_group());
        let cto = &advice.roles[1];
        assert_eq!(cto.role, Role::Cto);
        assert!(cto.skills.iter().all(|s| !s.text.contains("marketing")));
        assert!(cto
            .skills
            .iter()
            .any(|s| s.text.contains("across departments")));
    }

    #[test]
    fn hospital_group_is_shown_changes_beyond_shrinking() {
        let p = hospital_group();
        let outcomes: Vec<Outcome> = changes(&p).iter().map(|g| g.outcome).collect();
        let cto_first = Outcome {
            verdict: Verdict::Both,
            first: Some(Side::Cto),
        };
        assert!(outcomes.contains(&cto_first), "{outcomes:?}");
        let group = changes(&p).into_iter().find(|g| g.outcome == cto_first);
        let edits = group
            .map(|g| g.changes[0].edits.clone())
            .unwrap_or_default();
        assert!(
            edits.iter().all(|e| e.question != Question::Size),
            "{edits:?}"
        );
    }

    #[test]
    fn operations_enterprise_with_a_cio_is_not_told_it_has_products_to_build() {
        let advice = advice_for(&operations_enterprise_with_a_cio());
        assert!(!claims(&advice, C::ProductsToBuild));
        assert_eq!(
            paragraph(&advice.next_step),
            "You have a CIO: hire a CTO next. The CTO will lead technology innovation and \
             digital services for customers."
        );
    }

    #[test]
    fn micro_clinic_with_heavy_regulation_is_offered_one_leader_and_an_outside_partner() {
        let advice = advice_for(&micro_clinic());
        assert_eq!(advice.headline.text, "One leader can cover both roles");
        assert!(!claims(&advice, C::CioCalledFor));
        assert!(advice.part_time[0].claims.contains(C::FullTimeMayBeMore));
        assert!(advice
            .part_time
            .iter()
            .any(|s| s.text.contains("outside partner") && s.text.contains("compliance")));
    }

    #[test]
    fn five_person_startup_with_a_cto_and_a_cio_is_told_it_has_more_than_it_needs() {
        let advice = advice_for(&five_person_startup_with_a_cto_and_a_cio());
        assert!(!claims(&advice, C::SetupFits));
        assert!(advice.surplus[0].text.contains("more executives than"));
        assert_eq!(advice.next_step, advice.surplus);
    }

    #[test]
    fn tiny_fintech_is_not_told_its_internal_it_is_light() {
        let advice = advice_for(&tiny_fintech());
        assert!(!claims(&advice, C::LightInternalIt));
        assert!(!says(&advice, "light enough"));
        assert!(says(
            &advice,
            "Internal IT and compliance still need an owner"
        ));
    }

    #[test]
    fn mid_sized_retailer_with_needs_of_68_and_67_is_told_they_are_a_tie() {
        let advice = advice_for(&mid_sized_retailer());
        assert!(!claims(&advice, C::CtoNeedGreater));
        assert!(!says(&advice, "where the need is greater"));
        let order = advice
            .explanation
            .last()
            .map(|s| s.text)
            .unwrap_or_default();
        assert!(
            order.starts_with("The two needs are a tie") && order.contains("puts the CTO first"),
            "{order}"
        );
    }

    #[test]
    fn small_services_firm_is_not_asked_for_skills_to_build_a_product() {
        let advice = advice_for(&small_services_firm());
        let skills = &advice.roles[0].skills;
        assert!(skills.iter().all(|s| !s.text.contains("build the product")));
        assert!(skills.iter().any(|s| s.claims.contains(C::LittleToBuild)));
    }

    #[test]
    fn an_existing_cto_is_told_the_setup_fits_only_when_the_verdict_is_a_cto() {
        let with_cto = |p: Profile| Profile {
            leadership: Leadership::Cto,
            ..p
        };
        let startup = advice_for(&with_cto(small_software_startup()));
        assert!(startup.next_step[0]
            .text
            .starts_with("Your current setup fits"));
        let manufacturer = advice_for(&with_cto(mid_sized_manufacturer()));
        assert!(manufacturer.next_step[0]
            .text
            .starts_with("You have a CTO, but the need here is on the CIO side"));
    }

    #[test]
    fn changes_are_the_nearest_ones_that_alter_the_outcome() {
        for p in Profile::all().step_by(97) {
            let now = Outcome::of(&recommend(&p));
            let groups = changes(&p);
            for group in &groups {
                for change in &group.changes {
                    let mut changed = p;
                    for edit in &change.edits {
                        changed = edit.applied(&changed).expect("a valid option");
                    }
                    assert_eq!(Outcome::of(&recommend(&changed)), group.outcome, "{p:?}");
                }
            }
            // Today's leadership is left out: it changes no need.
            for question in &Question::ALL[..Question::Leadership.index()] {
                for choice in 0..question.choices().len() {
                    let edit = Edit {
                        question: *question,
                        choice,
                    };
                    let changed = edit.applied(&p).expect("a valid option");
                    let outcome = Outcome::of(&recommend(&changed));
                    let single = groups
                        .iter()
                        .flat_map(|g| &g.changes)
                        .any(|c| c.edits == [edit]);
                    assert_eq!(single, outcome != now, "{p:?} {edit:?}");
                }
            }
        }
    }

    #[test]
    fn changes_come_nearest_first() {
        let groups = changes(&hospital_group());
        let first = &groups[0];
        assert_eq!(first.outcome.verdict, Verdict::Cio);
        assert_eq!(
            first.changes[0].edits,
            [Edit {
                question: Question::Size,
                choice: Size::Medium as usize
            }]
        );
        let sizes: Vec<usize> = groups.iter().map(|g| g.changes[0].edits.len()).collect();
        assert_eq!(sizes, [1, 1, 2]);
    }

    #[test]
    fn manufacturer_with_developers_would_put_its_cto_first_with_a_channel_and_new_offerings() {
        let cto_first = Outcome {
            verdict: Verdict::Both,
            first: Some(Side::Cto),
        };
        let groups = changes(&mid_sized_manufacturer_with_developers());
        let group = groups.iter().find(|g| g.outcome == cto_first);
        let nearest = group.map(|g| g.changes[0].edits.clone());
        let edit = |question, choice: usize| Edit { question, choice };
        assert_eq!(
            nearest,
            Some(vec![
                edit(Question::Focus, Focus::Channel as usize),
                edit(Question::Priority, Priority::Products as usize)
            ])
        );
    }

    #[test]
    fn roadmap_follows_the_company_through_every_size_band() {
        let road = roadmap(&small_software_startup());
        let verdicts: Vec<Verdict> = road.iter().map(|m| m.verdict).collect();
        use Verdict as V;
        assert_eq!(verdicts, [V::Cto, V::Cto, V::Cto, V::Both, V::Both]);
        assert!(road.windows(2).all(|w| w[0].cio_score <= w[1].cio_score));
    }

    #[test]
    fn retailer_roles_split_store_and_supply_chain() {
        let briefs = advice_for(&mid_sized_retailer()).roles;
        let roles: Vec<Role> = briefs.iter().map(|b| b.role).collect();
        assert_eq!(roles, [Role::Cto, Role::Cio]);
        assert!(briefs[0].owns[0].text.contains("online store"));
        assert!(briefs[1].owns[0].text.contains("supply-chain"));
    }

    #[test]
    fn cio_reports_to_cfo_or_coo_where_it_serves_efficiency() {
        let briefs = advice_for(&mid_sized_manufacturer()).roles;
        assert!(briefs[0].reports_to.text.contains("CFO or COO"));
        let retailer = advice_for(&mid_sized_retailer()).roles;
        assert_eq!(retailer[1].reports_to.text, "The CEO.");
        let serving_customers = Profile {
            focus: Focus::Channel,
            ..mid_sized_manufacturer()
        };
        assert_eq!(cio_reports_to(&serving_customers).text, "The CEO.");
    }

    #[test]
    fn skills_put_what_this_company_needs_most_first() {
        let care = advice_for(&mid_sized_care_provider()).roles;
        assert!(care[0].skills[0].claims.contains(C::HeavyRegulation));
        let startup = advice_for(&small_software_startup()).roles;
        assert!(startup[0].skills[0].text.starts_with("Product management"));
    }

    #[test]
    fn one_leader_owns_three_things_from_each_side_the_leading_side_first() {
        let p = micro_clinic();
        let owns = advice_for(&p).roles.remove(0).owns;
        assert_eq!(owns[..3], cio_owns(&p)[..3]);
        assert_eq!(owns[3..], cto_owns(&p)[..3]);
    }

    #[test]
    fn one_leader_for_both_lists_the_signs_to_split_the_role() {
        let briefs = advice_for(&small_scaling_fintech()).roles;
        assert_eq!(briefs[0].role, Role::Combined);
        assert!(briefs[0]
            .split_when
            .iter()
            .any(|s| s.text.contains("named owner for compliance")));
    }

    #[test]
    fn markdown_summary_reads_verdict_next_step_scores_every_reason_roles_and_link() {
        let mut answers = Answers::from(&hospital_group());
        answers.set_company("St Mary's Group");
        let rec = recommend(&hospital_group());
        let md = summary_markdown(&answers, &rec, "https://example.org/#v=1");
        assert!(md.starts_with(
            "# Technology leadership for St Mary's Group: You need both a CIO and a CTO\n"
        ));
        let at = |text: &str| md.find(text).unwrap_or_else(|| panic!("{text} in {md}"));
        let order = [
            at("## Next step"),
            at("- CTO need: 42/100"),
            at("## Why"),
            at("## Chief Information Officer (CIO)"),
            at("## Chief Technology Officer (CTO)"),
            at("Answers: https://example.org/#v=1"),
        ];
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{md}");
        let reasons = md[order[2]..order[3]]
            .lines()
            .filter(|l| l.starts_with("- "));
        assert_eq!(reasons.count(), 8);
    }
}
