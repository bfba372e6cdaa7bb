//! Every sentence on the result follows from the answers: the whole answer space checked against
//! the claims each sentence makes (see `core::advice::claims`), and proof that the check can fail.
#![cfg(not(target_arch = "wasm32"))]

use cto_or_cio::core::advice::claims::{
    check, check_against, said, Claim, Claims, Inconsistency, CONTRADICTIONS,
};
use cto_or_cio::core::advice::{advise, Advice};
use cto_or_cio::core::hiring::{hiring_kit, Kit};
use cto_or_cio::core::questionnaire::Profile;
use cto_or_cio::core::samples;
use cto_or_cio::core::verdict::{recommend, Recommendation};

/// Everything the result and the hiring kit say for one company.
fn result(p: &Profile) -> (Recommendation, Advice, Vec<Kit>) {
    let rec = recommend(p);
    let advice = advise(p, &rec);
    let kits = hiring_kit(p, &rec);
    (rec, advice, kits)
}

fn everything_said<'a>(advice: &'a Advice, kits: &'a [Kit]) -> impl Iterator<Item = &'a Said> {
    advice
        .sentences()
        .chain(kits.iter().flat_map(Kit::sentences))
}

use cto_or_cio::core::advice::claims::Said;

#[test]
fn no_result_contradicts_its_answers_or_itself() {
    let mut failures = std::collections::BTreeMap::new();
    let mut ever_said = Claims::default();
    for p in Profile::all() {
        let (rec, advice, kits) = result(&p);
        if let Err(problem) = check(&p, &rec, everything_said(&advice, &kits)) {
            failures.entry(format!("{problem:?}")).or_insert((0, p)).0 += 1;
        }
        for kit in &kits {
            assert!((6..=8).contains(&kit.questions.len()), "{p:?}");
        }
        for s in everything_said(&advice, &kits) {
            ever_said = ever_said.union(s.claims);
        }
    }
    for (problem, (count, p)) in &failures {
        eprintln!("{count} × {problem}\n    e.g. {p:?}");
    }
    assert!(failures.is_empty());
    let idle: Vec<&Claim> = Claim::ALL
        .iter()
        .filter(|&&c| !ever_said.contains(c))
        .filter(|&&c| !CONTRADICTIONS.iter().any(|&(a, b)| a == c || b == c))
        .collect();
    assert_eq!(
        idle,
        Vec::<&Claim>::new(),
        "claims neither said nor checked"
    );
}

#[test]
fn checker_catches_light_internal_it_told_to_a_regulated_fintech() {
    let p = samples::tiny_fintech();
    let (rec, advice, kits) = result(&p);
    let light = said(
        "Internal IT is light enough to stay in the CTO's orbit.",
        &[Claim::LightInternalIt],
    );
    assert_eq!(
        check(&p, &rec, everything_said(&advice, &kits).chain([&light])),
        Err(Inconsistency::Unfounded {
            claim: Claim::LightInternalIt,
            text: light.text
        })
    );
}

#[test]
fn checker_catches_setup_fits_told_to_a_startup_with_surplus_executives() {
    let p = samples::five_person_startup_with_a_cto_and_a_cio();
    let (rec, advice, _) = result(&p);
    let fits = said("Your current setup fits.", &[Claim::SetupFits]);
    assert!(matches!(
        check(&p, &rec, advice.sentences().chain([&fits])),
        Err(Inconsistency::Unfounded {
            claim: Claim::SetupFits,
            ..
        })
    ));
}

#[test]
fn checker_catches_a_greater_need_claimed_on_a_tie() {
    let p = samples::mid_sized_retailer();
    let (rec, advice, _) = result(&p);
    let greater = said(
        "Hire both, starting with the CTO, where the need is greater.",
        &[Claim::CtoNeedGreater],
    );
    assert!(check(&p, &rec, advice.sentences().chain([&greater])).is_err());
}

#[test]
fn checker_catches_a_truth_definition_loosened_to_let_a_sentence_through() {
    let p = samples::tiny_fintech();
    let (rec, advice, kits) = result(&p);
    let loosened = Claims::holding(&p, &rec).with(Claim::LightInternalIt);
    assert_eq!(
        check_against(loosened, everything_said(&advice, &kits)),
        Err(Inconsistency::Contradiction(
            Claim::LightInternalIt,
            Claim::HeavyRegulation
        ))
    );
}
