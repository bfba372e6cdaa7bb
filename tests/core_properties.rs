//! Property tests of the core: the codecs round-trip every valid input and never panic on any
//! other, and random sequences of actions keep the state's promises.
#![cfg(not(target_arch = "wasm32"))]

use cto_or_cio::core::assessment::{Assessment, Env};
use cto_or_cio::core::persist::file;
use cto_or_cio::core::persist::share;
use cto_or_cio::core::persist::storage::{self, Workspace};
use cto_or_cio::core::questionnaire::Answers;
use cto_or_cio::core::questionnaire::{Question, QUESTION_COUNT};
use cto_or_cio::core::state::{Action, Resolution, Startup, State, Trail};
use proptest::prelude::*;

fn any_answers() -> impl Strategy<Value = Answers> {
    let choices = proptest::collection::vec(proptest::option::of(0usize..8), QUESTION_COUNT);
    (choices, ".{0,100}").prop_map(|(choices, company)| {
        let mut answers = Answers::default();
        for (q, choice) in Question::ALL.into_iter().zip(choices) {
            if let Some(c) = choice {
                answers.set(q, c % q.choices().len());
            }
        }
        answers.set_company(&company);
        answers
    })
}

/// An action, with assessments picked by position so that it applies to whatever state it meets.
#[derive(Clone, Debug)]
enum Step {
    Choose(usize, usize, bool),
    Next,
    Back,
    BrowserBack,
    BrowserForward,
    Edit(usize),
    Continue,
    Company(String),
    WhatIfOpen,
    WhatIf(usize, usize),
    WhatIfReset,
    WhatIfKeep,
    New,
    Open(usize),
    Rename(usize, String),
    Duplicate(usize),
    Delete(usize),
    StartOver,
    Undo,
    List,
    Kit,
    Filter(String),
    Select(usize),
    Compare(usize, usize),
    Link(Answers),
    ImportOwn(bool),
    Resolve(u8),
    Dismiss(usize),
}

fn any_step() -> impl Strategy<Value = Step> {
    prop_oneof![
        4 => (0usize..9, 0usize..8, any::<bool>()).prop_map(|(q, c, a)| Step::Choose(q, c, a)),
        1 => Just(Step::Next),
        1 => Just(Step::Back),
        1 => Just(Step::BrowserBack),
        1 => Just(Step::BrowserForward),
        1 => (0usize..9).prop_map(Step::Edit),
        1 => Just(Step::Continue),
        1 => "[A-Za-z ]{0,12}".prop_map(Step::Company),
        1 => Just(Step::WhatIfOpen),
        1 => (0usize..9, 0usize..8).prop_map(|(q, c)| Step::WhatIf(q, c)),
        1 => Just(Step::WhatIfReset),
        1 => Just(Step::WhatIfKeep),
        1 => Just(Step::New),
        1 => any::<usize>().prop_map(Step::Open),
        1 => (any::<usize>(), "[A-Za-z ]{0,12}").prop_map(|(k, n)| Step::Rename(k, n)),
        1 => any::<usize>().prop_map(Step::Duplicate),
        2 => any::<usize>().prop_map(Step::Delete),
        1 => Just(Step::StartOver),
        2 => Just(Step::Undo),
        1 => Just(Step::List),
        1 => Just(Step::Kit),
        1 => "[a-c]{0,2}".prop_map(Step::Filter),
        1 => any::<usize>().prop_map(Step::Select),
        1 => (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Step::Compare(a, b)),
        2 => any_answers().prop_map(Step::Link),
        1 => any::<bool>().prop_map(Step::ImportOwn),
        1 => (0u8..3).prop_map(Step::Resolve),
        1 => (0usize..4).prop_map(Step::Dismiss),
    ]
}

/// The action a step stands for in this state.
fn action(step: &Step, state: &State) -> Action {
    let ids: Vec<_> = state.assessments().iter().map(|a| a.id.clone()).collect();
    let pick = |k: usize| ids[k % ids.len()].clone();
    let question = |q: usize| Question::ALL[q % QUESTION_COUNT];
    let option = |q: usize, c: usize| c % question(q).choices().len();
    let moved = |by: isize| {
        let mut trail = state.trail().clone();
        trail.at = trail
            .at
            .saturating_add_signed(by)
            .min(trail.entries.len() - 1);
        Action::Popped(trail)
    };
    match step {
        Step::Choose(q, c, advance) => Action::Choose {
            question: question(*q),
            choice: option(*q, *c),
            advance: *advance,
        },
        Step::Next => Action::Next,
        Step::Back => Action::Back,
        Step::BrowserBack => moved(-1),
        Step::BrowserForward => moved(1),
        Step::Edit(q) => Action::Edit(question(*q)),
        Step::Continue => Action::Continue,
        Step::Company(name) => Action::SetCompany(name.clone()),
        Step::WhatIfOpen => Action::WhatIfOpen,
        Step::WhatIf(q, c) => Action::WhatIf {
            question: question(*q),
            choice: option(*q, *c),
        },
        Step::WhatIfReset => Action::WhatIfReset,
        Step::WhatIfKeep => Action::WhatIfKeep,
        Step::New => Action::New,
        Step::Open(k) => Action::Open(pick(*k)),
        Step::Rename(k, name) => Action::Rename(pick(*k), name.clone()),
        Step::Duplicate(k) => Action::Duplicate(pick(*k)),
        Step::Delete(k) => Action::Delete(pick(*k)),
        Step::StartOver => Action::StartOver,
        Step::Undo => Action::Undo,
        Step::List => Action::ShowAssessments,
        Step::Kit => Action::ShowKit,
        Step::Filter(text) => Action::Filter(text.clone()),
        Step::Select(k) => Action::Select(pick(*k)),
        Step::Compare(a, b) => Action::Compare(pick(*a), pick(*b)),
        Step::Link(answers) => Action::OpenLink(share::decode(&share::encode(answers))),
        Step::ImportOwn(changed) => {
            // The workspace's own export, with the first answer of each changed when asked, so
            // that ids collide with other answers.
            let mut listed: Vec<Assessment> = state.listed().into_iter().cloned().collect();
            if *changed {
                for a in &mut listed {
                    let size = a.answers.get(Question::Size).map_or(0, |s| (s + 1) % 5);
                    a.answers.set(Question::Size, size);
                }
            }
            Action::Import(file::import(&file::export(&listed, 0), env(0)))
        }
        Step::Resolve(k) => Action::ResolveImport(
            [Resolution::Replace, Resolution::KeepBoth, Resolution::Skip][usize::from(*k) % 3],
        ),
        Step::Dismiss(k) => Action::Dismiss(*k),
    }
}

fn env(tick: u64) -> Env {
    Env {
        now: 1_764_115_200_000 + tick * 1000,
        random: tick.wrapping_mul(0x2545_f491_4f6c_dd1d),
    }
}

fn fresh() -> State {
    State::start(
        Startup {
            storage_available: true,
            ..Startup::default()
        },
        env(0),
    )
}

/// The assessments worth keeping, by id.
fn kept(state: &State) -> Vec<Assessment> {
    let mut all: Vec<Assessment> = state
        .assessments()
        .iter()
        .filter(|a| !a.is_blank())
        .cloned()
        .collect();
    all.sort_by(|a, b| a.id.cmp(&b.id));
    all
}

/// Whether `after` moved from `before` by one push, one step back, or a change in place: what
/// the browser's history can follow.
fn one_history_move(before: &Trail, after: &Trail) -> bool {
    let same_up_to = |n: usize| {
        n <= before.entries.len()
            && n <= after.entries.len()
            && before.entries[..n] == after.entries[..n]
    };
    after == before
        || (after.at == before.at + 1 && same_up_to(after.at))
        // (the entry it lands on may then be corrected in place)
        || (after.at + 1 == before.at && same_up_to(after.at))
        || (after.at == before.at && same_up_to(after.at))
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn random_actions_keep_every_promise(steps in proptest::collection::vec(any_step(), 1..40)) {
        let mut state = fresh();
        for (tick, step) in steps.iter().enumerate() {
            let action = action(step, &state);
            let before = state.clone();
            state.apply(action.clone(), env(tick as u64 + 1));
            let (was, now) = (kept(&before), kept(&state));

            // The current assessment is always one of the assessments.
            prop_assert!(state.assessments().iter().any(|a| a.id == state.current().id));

            // No assessment disappears unless it was deleted, cleared, or a link was undone
            // (or its only content, the name, was erased by the person on the current one).
            let explained = matches!(action, Action::Delete(_) | Action::StartOver | Action::Undo)
                || matches!(&action, Action::SetCompany(name) if name.trim().is_empty());
            for gone in was.iter().filter(|a| !now.iter().any(|b| b.id == a.id)) {
                prop_assert!(explained, "{:?} lost {:?}", action, gone);
                if let Action::Delete(id) = &action {
                    prop_assert_eq!(id, &gone.id);
                }
            }

            // A link never changes another assessment.
            if let Action::OpenLink(_) = action {
                for a in &was {
                    prop_assert_eq!(now.iter().find(|b| b.id == a.id), Some(a));
                }
            }

            // Undo right after a delete restores exactly what was deleted.
            if let Action::Delete(id) = &action {
                if was.iter().any(|a| &a.id == id) {
                    let mut undone = state.clone();
                    undone.apply(Action::Undo, env(tick as u64 + 1));
                    prop_assert_eq!(undone.assessments(), before.assessments());
                }
            }

            // The browser's history can follow every change of the trail.
            if !matches!(action, Action::Popped(_)) {
                prop_assert!(one_history_move(before.trail(), state.trail()), "{:?}: {:?} -> {:?}", action, before.trail(), state.trail());
            }

            // Every state survives a storage round trip.
            let raw = storage::encode(state.assessments(), Some(&state.current().id), 3);
            let loaded = storage::decode(&raw, env(0));
            prop_assert_eq!(loaded.problem, None);
            let mut stored = loaded.workspace.assessments;
            stored.sort_by(|a, b| a.id.cmp(&b.id));
            prop_assert_eq!(&stored, &now);
        }

        // Export then import into an empty browser gives back the same list.
        let mut empty = fresh();
        let text = file::export(state.listed(), 0);
        empty.apply(Action::Import(file::import(&text, env(0))), env(99));
        prop_assert_eq!(empty.listed(), state.listed());
    }

    #[test]
    fn a_reload_from_storage_and_the_history_entry_shows_the_same_place(steps in proptest::collection::vec(any_step(), 1..30)) {
        let mut state = fresh();
        for (tick, step) in steps.iter().enumerate() {
            let action = action(step, &state);
            state.apply(action, env(tick as u64 + 1));
        }
        let raw = storage::encode(state.assessments(), Some(&state.current().id), 1);
        let reloaded = State::start(
            Startup {
                workspace: storage::decode(&raw, env(0)).workspace,
                storage_available: true,
                trail: Trail::decode(&state.trail().encode()),
                ..Startup::default()
            },
            env(500),
        );
        prop_assert_eq!(kept(&reloaded), kept(&state));
        if !state.current().is_blank() {
            prop_assert_eq!(reloaded.current(), state.current());
            prop_assert_eq!(reloaded.screen(), state.screen());
        }
    }

    #[test]
    fn share_link_round_trips_every_answer_set(answers in any_answers()) {
        let link = share::decode(&format!("#{}", share::encode(&answers)));
        prop_assert_eq!(link.problems, vec![]);
        prop_assert_eq!(link.answers, answers);
    }

    #[test]
    fn link_decoder_never_panics_on_arbitrary_text(text in ".{0,400}") {
        let link = share::decode(&text);
        prop_assert!(link.answers.company().chars().count() <= 80);
        prop_assert!(link.problems.len() <= 9);
    }

    #[test]
    fn link_decoder_never_panics_on_link_like_text(
        text in "(v|size|stage|company|%[0-9A-Fa-f]{0,2}|[=&+#]|[a-z-]{1,8}|%C3|%28){0,40}"
    ) {
        // What it decodes encodes to a link that decodes to the same answers.
        let answers = share::decode(&text).answers;
        prop_assert_eq!(share::decode(&share::encode(&answers)).answers, answers);
    }

    #[test]
    fn storage_decoder_reads_any_bytes_into_a_workspace_that_stores_again(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let text = String::from_utf8_lossy(&bytes);
        stores_again(&storage::decode(&text, env(0)).workspace)?;
    }

    #[test]
    fn storage_decoder_reads_json_like_text_into_a_workspace_that_stores_again(
        text in r#"(\{|\}|"schema"|"assessments"|"answers"|"company"|"id"|"a-1"|:|,|[0-9]{1,3}|"size"|"small"|null|\[|\]|true){0,40}"#
    ) {
        stores_again(&storage::decode(&text, env(0)).workspace)?;
    }

    #[test]
    fn file_reader_never_panics_and_reads_what_it_exports(
        text in r#"(\{|\}|"format"|"cto-or-cio/assessments"|"version"|"assessments"|"answers"|"id"|"a-2"|:|,|[0-9]{1,3}|"stage"|"startup"|\[|\]){0,40}"#
    ) {
        if let Ok(imported) = file::import(&text, env(0)) {
            let again = file::import(&file::export(&imported.assessments, 0), env(0));
            prop_assert_eq!(again.map(|i| i.assessments), Ok(imported.assessments));
        }
    }
}

/// Whatever was read is stored and read back unchanged.
fn stores_again(workspace: &Workspace) -> Result<(), TestCaseError> {
    let again = storage::decode(
        &storage::encode(
            &workspace.assessments,
            workspace.current.as_ref(),
            workspace.revision,
        ),
        env(0),
    );
    prop_assert_eq!(again.problem, None);
    prop_assert_eq!(&again.workspace.assessments, &workspace.assessments);
    Ok(())
}
