//! Every result is coherent, over all 194,400 answer sets: no sentence its answers contradict or
//! two that contradict each other (see `core::advice::claims`); no sentence said twice; changes
//! an organisation can actually make, at most five, never another sector or fewer people; hiring
//! kits written for each sector. Each check is shown to fail on a deliberate break.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{HashMap, HashSet};

use cto_or_cio::core::advice::changes::{Change, Event, MAX_CHANGES};
use cto_or_cio::core::advice::claims::{
    check, check_against, said, Claim, Claims, Inconsistency, Said, CONTRADICTIONS,
};
use cto_or_cio::core::advice::roles::Role;
use cto_or_cio::core::advice::{advise, Advice, Sentence};
use cto_or_cio::core::hiring::interview::questions;
use cto_or_cio::core::hiring::{hiring_kit, Kit};
use cto_or_cio::core::locale::{Catalogue, Msg};
use cto_or_cio::core::questionnaire::{Industry, Profile};
use cto_or_cio::core::samples;
use cto_or_cio::core::verdict::{recommend, Recommendation};

/// Everything the result and the hiring kit say for one organisation.
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

/// The first sentence a result shows twice, if any. Sentences are compared by message and
/// arguments (the texts of distinct messages differ: see the test below).
fn repeated<'a>(shown: &[Sentence<'a>]) -> Option<Sentence<'a>> {
    let mut seen = HashSet::new();
    shown.iter().copied().find(|s| {
        let key = match s {
            Sentence::Said(said) => format!("{:?}{:?}", said.msg, said.args),
            Sentence::Reason(msg) => format!("{msg:?}"),
            Sentence::Change(change) => format!("{:?}{:?}", change.events, change.effect),
            Sentence::NoChange => "none".to_owned(),
        };
        !seen.insert(key)
    })
}

#[test]
fn no_result_says_the_same_sentence_twice() {
    let mut failures = 0;
    for p in Profile::all() {
        let rec = recommend(&p);
        let advice = advise(&p, &rec);
        if let Some(again) = repeated(&advice.shown(&rec)) {
            if failures < 5 {
                eprintln!("said twice: {again:?} for {p:?}");
            }
            failures += 1;
        }
    }
    assert_eq!(failures, 0);
}

#[test]
fn distinct_messages_have_distinct_english_texts() {
    let english = Catalogue::english();
    let mut texts: HashMap<String, Msg> = HashMap::new();
    for msg in Msg::ALL {
        // Labels and terms may repeat ("Moderate" answers two questions); sentences may not.
        if !english.raw(msg).ends_with('.') {
            continue;
        }
        if let Some(other) = texts.insert(english.raw(msg).to_owned(), msg) {
            panic!("{msg:?} and {other:?} read the same");
        }
    }
}

#[test]
fn the_repeat_check_catches_a_sentence_said_twice() {
    let p = samples::mid_sized_retailer();
    let rec = recommend(&p);
    let advice = advise(&p, &rec);
    let mut shown = advice.shown(&rec);
    assert_eq!(repeated(&shown), None);
    shown.push(shown[1]);
    assert_eq!(repeated(&shown), Some(shown[1]));
}

/// What is wrong with a list of changes, if anything: too many, or one that shrinks the
/// organisation or moves it to another sector.
fn implausible(p: &Profile, changes: &[Change]) -> Option<String> {
    if changes.len() > MAX_CHANGES {
        return Some(format!("{} changes", changes.len()));
    }
    changes
        .iter()
        .flat_map(|c| &c.events)
        .find_map(|event| match event {
            Event::Grow(size) if *size <= p.size => Some(format!("{event:?} for {:?}", p.size)),
            _ => None,
        })
}

#[test]
fn changes_are_ones_an_organisation_can_make_at_most_five_never_fewer_people_or_another_sector() {
    let mut none = 0;
    for p in Profile::all() {
        let advice = advise(&p, &recommend(&p));
        if let Some(why) = implausible(&p, &advice.changes) {
            panic!("{why}: {p:?}");
        }
        none += usize::from(advice.changes.is_empty());
    }
    // Where nothing plausible changes the recommendation, the result says so (`Sentence::NoChange`).
    eprintln!("{none} results say nothing plausible changes them");
}

#[test]
fn the_changes_check_catches_shrinking_and_a_sixth_change() {
    let p = samples::mid_sized_retailer();
    let advice = advise(&p, &recommend(&p));
    assert!(!advice.changes.is_empty());
    let mut shrink = advice.changes[0].clone();
    shrink.events = vec![Event::Grow(cto_or_cio::core::questionnaire::Size::Small)];
    assert!(implausible(&p, &[shrink]).is_some());
    let six = vec![advice.changes[0].clone(); MAX_CHANGES + 1];
    assert!(implausible(&p, &six).is_some());
}

/// How many interview questions two kits for the same role share word for word.
fn shared(a: &[String], b: &[String]) -> usize {
    a.iter().filter(|q| b.contains(q)).count()
}

#[test]
fn kits_for_organisations_in_different_sectors_share_at_most_two_questions() {
    let english = Catalogue::english();
    let mut texts: HashMap<(Msg, Industry), String> = HashMap::new();
    let mut ask = |role: Role, p: &Profile| -> Vec<String> {
        questions(role, p)
            .iter()
            .map(|q| {
                texts
                    .entry((q.ask.msg, p.industry))
                    .or_insert_with(|| q.ask.text(&english, p.industry))
                    .clone()
            })
            .collect()
    };
    let mut worst = 0;
    for p in Profile::all().filter(|p| p.industry == Industry::Software) {
        for role in [Role::Cto, Role::Cio, Role::Combined] {
            let kits: Vec<Vec<String>> = Industry::ALL
                .iter()
                .map(|&industry| ask(role, &Profile { industry, ..p }))
                .collect();
            for (i, a) in kits.iter().enumerate() {
                for b in &kits[i + 1..] {
                    worst = worst.max(shared(a, b));
                    assert!(shared(a, b) <= 2, "{role:?} {p:?}:\n{a:#?}\n{b:#?}");
                }
            }
        }
    }
    eprintln!("at most {worst} questions shared between two sectors' kits");
}

#[test]
fn the_shared_questions_check_catches_a_kit_written_for_no_sector() {
    let english = Catalogue::english();
    let p = samples::insurer();
    let asked: Vec<String> = questions(Role::Cio, &p)
        .iter()
        .map(|q| q.ask.text(&english, p.industry))
        .collect();
    // The same kit handed to another sector unchanged: every question shared.
    assert!(shared(&asked, &asked) > 2);
}

#[test]
fn checker_catches_light_internal_it_told_to_a_regulated_fintech() {
    let p = samples::tiny_fintech();
    let (rec, advice, kits) = result(&p);
    let light = said(Msg::ExplainCtoLightIt, &[Claim::LightInternalIt]);
    assert_eq!(
        check(&p, &rec, everything_said(&advice, &kits).chain([&light])),
        Err(Inconsistency::Unfounded {
            claim: Claim::LightInternalIt,
            msg: light.msg
        })
    );
}

#[test]
fn checker_catches_setup_fits_told_to_a_startup_with_surplus_executives() {
    let p = samples::five_person_startup_with_a_cto_and_a_cio();
    let (rec, advice, _) = result(&p);
    let fits = said(Msg::NextSetupFits, &[Claim::SetupFits]);
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
    let greater = said(Msg::OrderCtoGreater, &[Claim::CtoNeedGreater]);
    assert!(check(&p, &rec, advice.sentences().chain([&greater])).is_err());
}

#[test]
fn checker_catches_a_cto_to_hire_told_to_an_insurer_run_from_the_inside_without_engineers() {
    use cto_or_cio::core::questionnaire::{Engineering, Focus, Priority};
    let p = Profile {
        engineering: Engineering::None,
        focus: Focus::Operations,
        priority: Priority::Operations,
        ..samples::insurer()
    };
    let (rec, advice, kits) = result(&p);
    let hire = said(Msg::NextHireCto, &[Claim::CtoToHire]);
    assert!(check(&p, &rec, everything_said(&advice, &kits).chain([&hire])).is_err());
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

/// The claims a list row's "first hire" makes, which the result's next step must make too.
fn first_hire_claims(hire: Msg) -> &'static [Claim] {
    match hire {
        Msg::HireCto => &[Claim::CtoToHire],
        Msg::HireCio => &[Claim::CioToHire],
        Msg::HireCioOrGrow => &[Claim::CioToHire, Claim::HasItManager],
        Msg::HireOne => &[Claim::OneLeader, Claim::NoLeaderToday],
        Msg::HireOneOrGrow => &[Claim::OneLeader, Claim::HasItManager],
        Msg::HireWiden => &[Claim::OneLeader],
        Msg::HireNone => &[Claim::SetupFits],
        Msg::HireFewer => &[Claim::SurplusLeadership],
        _ => &[Claim::SetupFits, Claim::SurplusLeadership],
    }
}

/// Whether the row's first hire is said, in its claims, by the result's first next step.
fn first_hire_agrees(p: &Profile, rec: &Recommendation, hire: Msg) -> bool {
    let step = cto_or_cio::core::advice::next_step::next_step(p, rec);
    let said = step.first().map(|s| s.claims).unwrap_or_default();
    first_hire_claims(hire).iter().all(|&c| said.contains(c))
}

#[test]
fn the_list_rows_first_hire_agrees_with_the_results_next_step() {
    use cto_or_cio::core::advice::next_step::first_hire;
    let mut seen = HashSet::new();
    for p in Profile::all() {
        let rec = recommend(&p);
        let hire = first_hire(&p, &rec);
        seen.insert(hire);
        assert!(first_hire_agrees(&p, &rec, hire), "{hire:?} for {p:?}");
    }
    assert_eq!(
        seen.len(),
        8,
        "every first hire is said somewhere: {seen:?}"
    );
    // The check fails on a row that says the opposite of the result.
    let p = samples::public_agency();
    let rec = recommend(&p);
    assert!(!first_hire_agrees(&p, &rec, Msg::HireCto));
}
