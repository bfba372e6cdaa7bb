//! Property tests of the core: the codecs round-trip every valid input and never panic on any
//! other, and random sequences of actions keep the state's promises.
#![cfg(not(target_arch = "wasm32"))]

use cto_or_cio::core::assessment::{Assessment, Env};
use cto_or_cio::core::persist::file;
use cto_or_cio::core::persist::share;
use cto_or_cio::core::persist::share::Extras;
use cto_or_cio::core::persist::storage::{self, Saving, Workspace};
use cto_or_cio::core::questionnaire::Answers;
use cto_or_cio::core::questionnaire::{Question, QUESTION_COUNT};
use cto_or_cio::core::state::{Action, Resolution, Startup, State, Trail};
use cto_or_cio::core::team::TeamId;
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
    Compare(Vec<usize>),
    Link(Answers),
    Invite,
    Label(String),
    /// A respondent's link (or, without answers, an invitation) for one of the teams here or a
    /// new one, with one of a few labels.
    TeamLink(usize, u8, Answers),
    ShowTeam(usize),
    Settle(usize, usize, usize),
    OpenCombined(usize),
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
        1 => proptest::collection::vec(any::<usize>(), 0..6).prop_map(Step::Compare),
        2 => any_answers().prop_map(Step::Link),
        1 => Just(Step::Invite),
        1 => "[A-Za-z ]{0,6}".prop_map(Step::Label),
        3 => (any::<usize>(), 0u8..4, any_answers()).prop_map(|(t, b, a)| Step::TeamLink(t, b, a)),
        1 => any::<usize>().prop_map(Step::ShowTeam),
        2 => (any::<usize>(), 0usize..9, 0usize..8).prop_map(|(t, q, c)| Step::Settle(t, q, c)),
        1 => any::<usize>().prop_map(Step::OpenCombined),
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
    // One of the teams here, or (one time in three, or when there is none) a new one.
    let team = |k: usize| {
        let teams = state.teams();
        match k % 3 {
            0 => TeamId::parse(&format!("t-new-{}", k % 5)).expect("a team id"),
            _ if teams.is_empty() => TeamId::parse("t-first").expect("a team id"),
            _ => teams[k % teams.len()].id.clone(),
        }
    };
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
        Step::Compare(picked) => Action::Compare(picked.iter().map(|k| pick(*k)).collect()),
        Step::Link(answers) => Action::OpenLink(share::decode(&share::encode(answers))),
        Step::Invite => Action::Invite,
        Step::Label(label) => Action::SetLabel(label.clone()),
        Step::TeamLink(t, by, answers) => {
            let extras = Extras {
                team: Some(team(*t)),
                by: ["CEO", "CFO", "", "COO"][usize::from(*by)].to_owned(),
                ..Extras::default()
            };
            Action::OpenLink(share::decode(&share::encode_with(answers, &extras)))
        }
        Step::ShowTeam(t) => Action::ShowTeam(team(*t)),
        Step::Settle(t, q, c) => Action::Settle {
            team: team(*t),
            question: question(*q),
            choice: option(*q, *c),
        },
        Step::OpenCombined(t) => Action::OpenCombined(team(*t)),
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
            Action::Import(file::import(
                &file::export(&listed, state.teams(), 0),
                env(0),
            ))
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

            // A link never changes another assessment, and nothing a team does changes what a
            // respondent answered: settling ties and the combined answers touch only the team and
            // its combined assessment.
            let respondent = |a: &Assessment| a.team.as_ref().is_some_and(|m| !m.combined);
            match &action {
                Action::OpenLink(_) => {
                    for a in &was {
                        prop_assert_eq!(now.iter().find(|b| b.id == a.id), Some(a));
                    }
                }
                Action::Settle { .. } | Action::OpenCombined(_) | Action::ShowTeam(_) => {
                    for a in was.iter().filter(|a| respondent(a)) {
                        prop_assert_eq!(now.iter().find(|b| b.id == a.id), Some(a));
                    }
                }
                _ => {}
            }
            // A respondent keeps their team and label unless they relabel themselves.
            if !matches!(action, Action::SetLabel(_) | Action::Import(_) | Action::ResolveImport(_)) {
                for a in was.iter().filter(|a| respondent(a)) {
                    if let Some(b) = now.iter().find(|b| b.id == a.id) {
                        prop_assert_eq!(&b.team, &a.team);
                    }
                }
            }
            // Every team a respondent answers for is known.
            for a in &now {
                if let Some(m) = &a.team {
                    prop_assert!(state.team(&m.team).is_some(), "{:?} has no team", a);
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

            // Every state survives a storage round trip, teams and their settlements included.
            let raw = storage::encode(state.saving(3));
            let loaded = storage::decode(&raw, env(0));
            prop_assert_eq!(loaded.problem, None);
            let mut stored = loaded.workspace.assessments;
            stored.sort_by(|a, b| a.id.cmp(&b.id));
            prop_assert_eq!(&stored, &now);
            prop_assert_eq!(used_teams(&loaded.workspace.teams, &now), used_teams(state.teams(), &now));
        }

        // Export then import into an empty browser gives back the same list and teams.
        let mut empty = fresh();
        let text = file::export(state.listed(), state.teams(), 0);
        empty.apply(Action::Import(file::import(&text, env(0))), env(99));
        prop_assert_eq!(empty.listed(), state.listed());
        let listed: Vec<Assessment> = state.listed().into_iter().cloned().collect();
        prop_assert_eq!(used_teams(empty.teams(), &listed), used_teams(state.teams(), &listed));
    }

    #[test]
    fn a_reload_from_storage_and_the_history_entry_shows_the_same_place(steps in proptest::collection::vec(any_step(), 1..30)) {
        let mut state = fresh();
        for (tick, step) in steps.iter().enumerate() {
            let action = action(step, &state);
            state.apply(action, env(tick as u64 + 1));
        }
        let raw = storage::encode(state.saving(1));
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
    fn share_link_round_trips_teams_labels_senders_and_languages(
        answers in any_answers(),
        team in "[A-Za-z0-9_-]{1,40}",
        by in ".{0,90}",
        from in ".{0,90}",
        lang in 0usize..5,
    ) {
        let extras = Extras {
            team: TeamId::parse(&team),
            by: cto_or_cio::core::team::clean_label(&by).0,
            from: cto_or_cio::core::team::clean_label(&from).0,
            lang: cto_or_cio::core::locale::Lang::ALL.get(lang).copied(),
        };
        let link = share::decode(&share::encode_with(&answers, &extras));
        prop_assert_eq!(link.problems, vec![]);
        prop_assert_eq!(link.answers, answers);
        prop_assert_eq!(link.extras, extras);
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
            let again = file::import(&file::export(&imported.assessments, &imported.teams, 0), env(0));
            prop_assert_eq!(again.map(|i| i.assessments), Ok(imported.assessments));
        }
    }
}

/// Whatever was read is stored and read back unchanged.
fn stores_again(workspace: &Workspace) -> Result<(), TestCaseError> {
    let again = storage::decode(
        &storage::encode(Saving {
            assessments: &workspace.assessments,
            teams: &workspace.teams,
            current: workspace.current.as_ref(),
            revision: workspace.revision,
            prepared_by: &workspace.prepared_by,
        }),
        env(0),
    );
    prop_assert_eq!(again.problem, None);
    prop_assert_eq!(&again.workspace.assessments, &workspace.assessments);
    prop_assert_eq!(&again.workspace.prepared_by, &workspace.prepared_by);
    Ok(())
}

/// The teams some of `assessments` answer for, by id.
fn used_teams(
    teams: &[cto_or_cio::core::team::Team],
    assessments: &[Assessment],
) -> Vec<cto_or_cio::core::team::Team> {
    let mut used: Vec<_> = teams
        .iter()
        .filter(|t| {
            assessments
                .iter()
                .any(|a| a.team.as_ref().is_some_and(|m| m.team == t.id))
        })
        .cloned()
        .collect();
    used.sort_by(|a, b| a.id.cmp(&b.id));
    used
}
