//! What a sentence on the result asserts about the company, and when it may be said.
//!
//! Every piece of advice is a [`Said`]: a sentence and the [`Claim`]s it makes. A claim may be
//! said only when it [holds](Claim::holds) for the answers and the recommendation; [`check`] finds
//! a result that says something its answers do not support, or two things that contradict each
//! other. The contradictions it looks for are [`CONTRADICTIONS`]:
//!
//! | said | contradicts | why they cannot both be true |
//! |---|---|---|
//! | `LightInternalIt` | `HeavyRegulation`, `ComplexSystems`, `CioNeedAtBar` | regulated data, complex systems or a CIO need at the bar is internal IT that needs an owner |
//! | `ProductsToBuild` | `OperationsWithoutEngineers`, `LittleToBuild` | technology that only runs the business, and nobody building it, is no product to build |
//! | `SetupFits` | `SurplusLeadership`, `CtoToHire`, `CioToHire` | a setup that fits has neither too many executives nor a missing one |
//! | `CtoNeedGreater` / `CioNeedGreater` | `NeedsTied`, each other | needs within [`TIE_MARGIN`] points are a tie, and only one can be greater |
//! | `CtoFirst` | `CioFirst` | one role comes first |
//! | `CioCalledFor` | `UnderTen` | under ten people a dedicated CIO is never the answer |
//! | `OneLeader` | `TwoExecutives` | one leader for both sides, or two executives |
//! | `CtoToHire` / `CioToHire` | `HasCto` / `HasCio` | nobody is told to hire a role they have |
//! | `UnderTwoFifty` | `LargeOrMore` | a size is one band |
//! | `RegulationNotHeavy` | `HeavyRegulation` | regulation is one level |
//! | `NoItStaff` | `HasItManager`, `HasCio` | an IT manager or a CIO runs internal IT |
//! | `NoCtoToday` | `HasCto` | a CTO is in post or not |
//! | `Established` | `Startup` | a stage is one phase |
//! | `SystemsNotComplex` | `ComplexSystems` | systems are one level |
//! | `FullTimeMayBeMore` | `LargeOrMore`, `FullTimeWorthIt` | at 250 people or more both roles are full-time jobs; a part-time leader does not serve where a full-time one is worth it |
//!
//! The pairs are checked against the truth definitions as well as against what is said, so
//! loosening a definition to let a sentence through fails the same test.

use crate::core::locale::{Arg, Args, Catalogue, Msg};
use crate::core::questionnaire::Profile;
use crate::core::questionnaire::*;
use crate::core::verdict::{Recommendation, Side, TieBreak, Verdict, NEED, TIE_MARGIN};

/// Declares the claims once, with a doc line each, and the list of all of them.
macro_rules! claims {
    ($($(#[doc = $doc:literal])* $name:ident,)+) => {
        /// Something a sentence asserts about the company.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Claim { $($(#[doc = $doc])* $name,)+ }

        impl Claim {
            pub const ALL: &'static [Claim] = &[$(Claim::$name,)+];
        }
    };
}

claims! {
    /// 1–9 people.
    UnderTen,
    /// Fewer than 50 people.
    UnderFifty,
    /// Fewer than 250 people.
    UnderTwoFifty,
    /// 50–249 people.
    MidSized,
    /// 50 people or more.
    FiftyOrMore,
    /// 250 people or more.
    LargeOrMore,
    /// Still building or proving the product.
    Startup,
    /// Mature and steady.
    Established,
    /// Growing fast, or large enough that scale is a daily concern.
    Growing,
    /// Technology is what the company sells.
    ProductFocus,
    /// Digital channels serve customers who buy something else.
    ChannelFocus,
    /// Technology mostly runs the business behind the scenes.
    OperationsFocus,
    /// Technology is the product or the channel: it faces customers.
    CustomerFacing,
    /// A product or customer platform to build: a product or channel focus, or engineers working
    /// toward new offerings.
    ProductsToBuild,
    /// The opposite of [`Claim::ProductsToBuild`].
    LittleToBuild,
    /// An operations focus and no one building software.
    OperationsWithoutEngineers,
    HasEngineers,
    NoEngineers,
    /// One to five people build software.
    FewEngineers,
    /// Six or more people build software.
    EngineeringTeams,
    LightRegulation,
    RegulationNotLight,
    HeavyRegulation,
    RegulationNotHeavy,
    SimpleSystems,
    /// A handful of connected systems: the middle answer.
    ConnectedSystems,
    ComplexSystems,
    SystemsNotComplex,
    /// Neither heavy regulation nor complex systems, and a CIO need below the bar.
    LightInternalIt,
    /// New offerings or both are the priority.
    PlansNewOfferings,
    /// Efficiency or both are the priority.
    PlansEfficiency,
    /// Efficiency alone is the priority.
    EfficiencyFirst,
    /// New offerings alone are the priority.
    OfferingsFirst,
    CtoNeedAtBar,
    CtoNeedBelowBar,
    CioNeedAtBar,
    CioNeedBelowBar,
    /// The CTO need is greater by more than the tie margin.
    CtoNeedGreater,
    CioNeedGreater,
    /// The needs are within the tie margin.
    NeedsTied,
    /// The CTO comes first in the hiring order.
    CtoFirst,
    CioFirst,
    TieBrokenByPriority,
    TieBrokenByLeadership,
    TieBrokenByFocus,
    /// The verdict calls for a CTO, alone or with a CIO.
    CtoCalledFor,
    /// The verdict calls for a CIO, alone or with a CTO.
    CioCalledFor,
    /// The verdict is a CTO alone.
    OnlyCtoCalledFor,
    /// The verdict is a CIO alone.
    OnlyCioCalledFor,
    /// The verdict is both a CTO and a CIO.
    TwoExecutives,
    /// The verdict is one leader covering both sides.
    OneLeader,
    NoLeaderToday,
    HasItManager,
    /// Nobody runs internal IT today: no IT manager and no CIO.
    NoItStaff,
    /// No CTO today.
    NoCtoToday,
    /// A CTO today, alone or with a CIO.
    HasCto,
    /// A CIO today, alone or with a CTO.
    HasCio,
    /// The verdict calls for a CTO and there is none today.
    CtoToHire,
    CioToHire,
    /// Today's executives are exactly the ones the verdict calls for.
    SetupFits,
    /// More executives today than the verdict calls for.
    SurplusLeadership,
    /// A full-time executive may be more than the company needs: one leader, under ten people or
    /// for needs below the bar, and no engineering team; or under 50 people with no engineering
    /// team (for a CTO) or no complex systems (for a CIO).
    FullTimeMayBeMore,
    /// The opposite of [`Claim::FullTimeMayBeMore`].
    FullTimeWorthIt,
}

/// Pairs of claims that cannot both be true of one company; see the module documentation.
pub const CONTRADICTIONS: &[(Claim, Claim)] = {
    use Claim::*;
    &[
        (LightInternalIt, HeavyRegulation),
        (LightInternalIt, ComplexSystems),
        (LightInternalIt, CioNeedAtBar),
        (ProductsToBuild, OperationsWithoutEngineers),
        (ProductsToBuild, LittleToBuild),
        (SetupFits, SurplusLeadership),
        (SetupFits, CtoToHire),
        (SetupFits, CioToHire),
        (CtoNeedGreater, NeedsTied),
        (CioNeedGreater, NeedsTied),
        (CtoNeedGreater, CioNeedGreater),
        (CtoFirst, CioFirst),
        (CioCalledFor, UnderTen),
        (OneLeader, TwoExecutives),
        (CtoToHire, HasCto),
        (CioToHire, HasCio),
        (FullTimeMayBeMore, LargeOrMore),
        (UnderTwoFifty, LargeOrMore),
        (RegulationNotHeavy, HeavyRegulation),
        (NoItStaff, HasItManager),
        (NoItStaff, HasCio),
        (NoCtoToday, HasCto),
        (Established, Startup),
        (SystemsNotComplex, ComplexSystems),
        (FullTimeMayBeMore, FullTimeWorthIt),
    ]
};

impl Claim {
    /// Whether the claim is true of a company with these answers and this recommendation.
    pub fn holds(self, p: &Profile, rec: &Recommendation) -> bool {
        use Claim::*;
        let has_cto = matches!(p.leadership, Leadership::Cto | Leadership::Both);
        let has_cio = matches!(p.leadership, Leadership::Cio | Leadership::Both);
        let cto_called = matches!(rec.verdict, Verdict::Cto | Verdict::Both);
        let cio_called = matches!(rec.verdict, Verdict::Cio | Verdict::Both);
        let products_to_build = builds_products(p);
        let tie_break = |by: TieBreak| rec.lead.tie_break() == Some(by);
        let no_teams = p.engineering < Engineering::Team;
        let full_time_may_be_more = match rec.verdict {
            Verdict::Combined => {
                (p.size == Size::Micro || (rec.cto_score < NEED && rec.cio_score < NEED))
                    && no_teams
            }
            Verdict::Cto => p.size < Size::Medium && no_teams,
            Verdict::Cio => p.size < Size::Medium && p.systems != Systems::Complex,
            Verdict::Both => false,
        };
        match self {
            UnderTen => p.size == Size::Micro,
            UnderFifty => p.size < Size::Medium,
            MidSized => p.size == Size::Medium,
            FiftyOrMore => p.size >= Size::Medium,
            LargeOrMore => p.size >= Size::Large,
            UnderTwoFifty => p.size < Size::Large,
            Startup => p.stage == Stage::Startup,
            Established => p.stage == Stage::Established,
            Growing => p.stage == Stage::Scaling || p.size >= Size::Large,
            ProductFocus => p.focus == Focus::Product,
            ChannelFocus => p.focus == Focus::Channel,
            OperationsFocus => p.focus == Focus::Operations,
            CustomerFacing => p.focus != Focus::Operations,
            ProductsToBuild => products_to_build,
            LittleToBuild => !products_to_build,
            OperationsWithoutEngineers => {
                p.focus == Focus::Operations && p.engineering == Engineering::None
            }
            HasEngineers => p.engineering != Engineering::None,
            NoEngineers => p.engineering == Engineering::None,
            FewEngineers => p.engineering == Engineering::Few,
            EngineeringTeams => p.engineering >= Engineering::Team,
            LightRegulation => p.regulation == Regulation::Light,
            RegulationNotLight => p.regulation != Regulation::Light,
            HeavyRegulation => p.regulation == Regulation::Heavy,
            RegulationNotHeavy => p.regulation != Regulation::Heavy,
            SimpleSystems => p.systems == Systems::Simple,
            ConnectedSystems => p.systems == Systems::Moderate,
            ComplexSystems => p.systems == Systems::Complex,
            SystemsNotComplex => p.systems != Systems::Complex,
            LightInternalIt => {
                p.regulation != Regulation::Heavy
                    && p.systems != Systems::Complex
                    && rec.cio_score < NEED
            }
            PlansNewOfferings => p.priority != Priority::Operations,
            PlansEfficiency => p.priority != Priority::Products,
            EfficiencyFirst => p.priority == Priority::Operations,
            OfferingsFirst => p.priority == Priority::Products,
            CtoNeedAtBar => rec.cto_score >= NEED,
            CtoNeedBelowBar => rec.cto_score < NEED,
            CioNeedAtBar => rec.cio_score >= NEED,
            CioNeedBelowBar => rec.cio_score < NEED,
            CtoNeedGreater => rec.cto_score > rec.cio_score.saturating_add(TIE_MARGIN),
            CioNeedGreater => rec.cio_score > rec.cto_score.saturating_add(TIE_MARGIN),
            NeedsTied => rec.cto_score.abs_diff(rec.cio_score) <= TIE_MARGIN,
            CtoFirst => rec.lead.first() == Side::Cto,
            CioFirst => rec.lead.first() == Side::Cio,
            TieBrokenByPriority => tie_break(TieBreak::Priority),
            TieBrokenByLeadership => tie_break(TieBreak::Leadership),
            TieBrokenByFocus => tie_break(TieBreak::Focus),
            CtoCalledFor => cto_called,
            CioCalledFor => cio_called,
            OnlyCtoCalledFor => rec.verdict == Verdict::Cto,
            OnlyCioCalledFor => rec.verdict == Verdict::Cio,
            TwoExecutives => rec.verdict == Verdict::Both,
            OneLeader => rec.verdict == Verdict::Combined,
            NoLeaderToday => p.leadership == Leadership::None,
            HasItManager => p.leadership == Leadership::ItManager,
            NoItStaff => matches!(p.leadership, Leadership::None | Leadership::Cto),
            NoCtoToday => matches!(
                p.leadership,
                Leadership::None | Leadership::ItManager | Leadership::Cio
            ),
            HasCto => has_cto,
            HasCio => has_cio,
            CtoToHire => cto_called && !has_cto,
            CioToHire => cio_called && !has_cio,
            SetupFits => matches!(
                (rec.verdict, p.leadership),
                (Verdict::Cto, Leadership::Cto)
                    | (Verdict::Cio, Leadership::Cio)
                    | (Verdict::Both, Leadership::Both)
            ),
            SurplusLeadership => p.leadership == Leadership::Both && rec.verdict != Verdict::Both,
            FullTimeMayBeMore => full_time_may_be_more,
            FullTimeWorthIt => !full_time_may_be_more,
        }
    }
}

/// Whether there is a product or customer platform to build (see [`Claim::ProductsToBuild`]).
pub fn builds_products(p: &Profile) -> bool {
    p.focus != Focus::Operations
        || (p.engineering != Engineering::None && p.priority != Priority::Operations)
}

/// A set of claims.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Claims(u128);

// One bit per claim.
const _: () = assert!(Claim::ALL.len() <= 128);

impl Claims {
    pub const fn of(claims: &[Claim]) -> Claims {
        let mut bits = 0;
        let mut i = 0;
        while i < claims.len() {
            bits |= 1 << claims[i] as u8;
            i += 1;
        }
        Claims(bits)
    }

    /// Every claim that is true of this company.
    pub fn holding(p: &Profile, rec: &Recommendation) -> Claims {
        Claim::ALL
            .iter()
            .filter(|c| c.holds(p, rec))
            .fold(Claims::default(), |set, &c| set.with(c))
    }

    pub const fn contains(self, claim: Claim) -> bool {
        self.0 & 1 << claim as u8 != 0
    }

    pub const fn with(self, claim: Claim) -> Claims {
        Claims(self.0 | 1 << claim as u8)
    }

    pub const fn union(self, other: Claims) -> Claims {
        Claims(self.0 | other.0)
    }

    /// The claim with the lowest bit, found without walking the list.
    fn first(self) -> Option<Claim> {
        let bit = usize::try_from(self.0.trailing_zeros()).ok()?;
        Claim::ALL.get(bit).copied()
    }

    pub fn iter(self) -> impl Iterator<Item = Claim> {
        Claim::ALL
            .iter()
            .copied()
            .filter(move |&c| self.contains(c))
    }
}

/// A sentence on the result: a message, its arguments, and what it asserts about the company.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Said {
    pub msg: Msg,
    pub args: Args,
    pub claims: Claims,
}

/// A sentence that asserts `claims`; one that is true of every company asserts none.
pub const fn said(msg: Msg, claims: &[Claim]) -> Said {
    Said {
        msg,
        args: Args::NONE,
        claims: Claims::of(claims),
    }
}

impl Said {
    /// The same sentence with an argument: `{name}` filled with `arg`.
    pub const fn with(self, name: &'static str, arg: Arg) -> Said {
        Said {
            args: self.args.and(name, arg),
            ..self
        }
    }

    /// The sentence in a language, with the terms of the company's sector.
    pub fn text(&self, catalogue: &Catalogue, industry: Industry) -> String {
        catalogue.sentence(self.msg, self.args, Some(industry.choice().id))
    }
}

/// What is wrong with a result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Inconsistency {
    /// A sentence asserts something the answers do not support.
    Unfounded { claim: Claim, msg: Msg },
    /// Two things said, or known from the answers, contradict each other.
    Contradiction(Claim, Claim),
}

/// Checks everything a result says against the company's answers and recommendation.
pub fn check<'a>(
    p: &Profile,
    rec: &Recommendation,
    said: impl IntoIterator<Item = &'a Said>,
) -> Result<(), Inconsistency> {
    check_against(Claims::holding(p, rec), said)
}

/// Checks what is said against a given set of facts: [`check`] with the facts spelt out, so a test
/// can show that a broken truth definition is caught.
pub fn check_against<'a>(
    facts: Claims,
    said: impl IntoIterator<Item = &'a Said>,
) -> Result<(), Inconsistency> {
    let mut all = facts;
    for s in said {
        if let Some(claim) = Claims(s.claims.0 & !facts.0).first() {
            return Err(Inconsistency::Unfounded { claim, msg: s.msg });
        }
        all = all.union(s.claims);
    }
    match CONTRADICTIONS
        .iter()
        .find(|(a, b)| all.contains(*a) && all.contains(*b))
    {
        Some(&(a, b)) => Err(Inconsistency::Contradiction(a, b)),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::verdict::recommend;

    #[test]
    fn every_claim_is_true_of_some_company_and_false_of_another() {
        let (mut somewhere, mut everywhere) = (Claims::default(), Claims(u128::MAX));
        for p in Profile::all() {
            let facts = Claims::holding(&p, &recommend(&p));
            somewhere = somewhere.union(facts);
            everywhere = Claims(everywhere.0 & facts.0);
        }
        let never: Vec<Claim> = Claim::ALL
            .iter()
            .copied()
            .filter(|&c| !somewhere.contains(c))
            .collect();
        let always: Vec<Claim> = everywhere.iter().collect();
        assert_eq!((never, always), (vec![], vec![]));
    }

    #[test]
    fn a_set_of_claims_holds_exactly_its_members() {
        let set = Claims::of(&[Claim::UnderTen, Claim::FullTimeWorthIt]);
        assert_eq!(
            set.iter().collect::<Vec<_>>(),
            [Claim::UnderTen, Claim::FullTimeWorthIt]
        );
        assert_eq!(set.first(), Some(Claim::UnderTen));
        assert_eq!(Claims::default().first(), None);
    }
}
