//! The app's behaviour as the reducer sees it: questionnaire and history, links, the workspace of
//! assessments, undo, what-if, import and another tab's saves.
#![cfg(not(target_arch = "wasm32"))]

use cto_or_cio::core::assessment::{Env, Id};
use cto_or_cio::core::persist::file::{self, FileError};
use cto_or_cio::core::persist::share;
use cto_or_cio::core::persist::storage::{self, Workspace};
use cto_or_cio::core::questionnaire::Answers;
use cto_or_cio::core::questionnaire::Question;
use cto_or_cio::core::state::{Action, Notice, Resolution, Screen, Startup, State, Trail};

/// A clock that moves on by a second at every call, with fresh randomness.
struct Clock(u64);

impl Clock {
    fn env(&mut self) -> Env {
        self.0 += 1;
        Env {
            now: 1_764_115_200_000 + self.0 * 1000,
            random: self.0.wrapping_mul(0x9e37_79b9),
        }
    }
}

struct App {
    state: State,
    clock: Clock,
}

impl App {
    fn fresh() -> App {
        App::starting(Startup {
            storage_available: true,
            ..Startup::default()
        })
    }

    fn starting(startup: Startup) -> App {
        let mut clock = Clock(0);
        let state = State::start(startup, clock.env());
        App { state, clock }
    }

    fn opened_with_link(fragment: &str) -> App {
        App::starting(Startup {
            storage_available: true,
            link: Some(share::decode(fragment)),
            ..Startup::default()
        })
    }

    fn apply(&mut self, action: Action) -> &mut App {
        let env = self.clock.env();
        self.state.apply(action, env);
        self
    }

    fn choose(&mut self, question: Question, id: &str) -> &mut App {
        let choice = question.choice_index(id).expect("a contract id");
        self.apply(Action::Choose {
            question,
            choice,
            advance: true,
        })
    }

    fn answer_all(&mut self, ids: [&str; 9]) -> &mut App {
        for (question, id) in Question::ALL.into_iter().zip(ids) {
            self.choose(question, id);
        }
        self
    }

    fn link(&mut self, fragment: &str) -> &mut App {
        self.apply(Action::OpenLink(share::decode(fragment)))
    }

    fn last_notice(&self) -> Option<&Notice> {
        self.state.notices().last().map(|posted| &posted.notice)
    }

    fn screen(&self) -> Screen {
        self.state.screen().clone()
    }

    fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .state
            .listed()
            .iter()
            .map(|a| a.name().to_owned())
            .collect();
        names.sort();
        names
    }

    /// The browser's Back: the previous history entry, as the browser would report it.
    fn browser_back(&mut self) -> &mut App {
        let mut trail = self.state.trail().clone();
        trail.at -= 1;
        self.apply(Action::Popped(trail))
    }

    fn browser_forward(&mut self) -> &mut App {
        let mut trail = self.state.trail().clone();
        trail.at += 1;
        self.apply(Action::Popped(trail))
    }

    fn current_id(&self) -> Id {
        self.state.current().id.clone()
    }
}

const CTO_STARTUP: [&str; 9] = [
    "small", "startup", "software", "product", "light", "simple", "few", "products", "none",
];
const LINK_A: &str = "v=1&size=medium&stage=scaling&industry=retail&focus=channel&regulation=moderate&systems=complex&engineering=team&priority=both&leadership=none&company=Client%20A";
const LINK_B: &str = "v=1&size=large&stage=established&industry=healthcare&focus=operations&regulation=heavy&systems=complex&engineering=team&priority=operations&leadership=it-manager&company=Client%20B";
const LINK_C: &str = "v=1&size=small&stage=startup&company=Client%20C";

#[test]
fn a_first_visit_starts_at_step_one_and_each_answer_is_one_history_entry() {
    let mut app = App::fresh();
    assert_eq!(app.screen(), Screen::Step(Question::Size));
    app.answer_all(CTO_STARTUP);
    assert_eq!(app.screen(), Screen::Result);
    assert_eq!(app.state.trail().entries.len(), 10);
    assert_eq!(app.state.current().answers.answered_count(), 9);
}

#[test]
fn browser_back_and_forward_walk_the_steps_and_the_result() {
    let mut app = App::fresh();
    app.answer_all(CTO_STARTUP);
    app.browser_back();
    assert_eq!(app.screen(), Screen::Step(Question::Leadership));
    app.browser_back().browser_back();
    assert_eq!(app.screen(), Screen::Step(Question::Engineering));
    app.browser_forward().browser_forward();
    assert_eq!(app.screen(), Screen::Step(Question::Leadership));
    app.browser_forward();
    assert_eq!(app.screen(), Screen::Result);
    // Answers survive every move.
    assert_eq!(app.state.current().answers.answered_count(), 9);
}

#[test]
fn the_back_button_goes_one_history_entry_back_when_that_was_the_previous_step() {
    let mut app = App::fresh();
    app.choose(Question::Size, "small")
        .choose(Question::Stage, "startup");
    assert_eq!(app.state.trail().at, 2);
    app.apply(Action::Back);
    assert_eq!(app.screen(), Screen::Step(Question::Stage));
    assert_eq!(
        app.state.trail().at,
        1,
        "the same entry as the browser's Back"
    );
    // Enter (Next) continues after Back, since the step is answered.
    app.apply(Action::Next);
    assert_eq!(app.screen(), Screen::Step(Question::Industry));
    assert_eq!(app.state.trail().entries.len(), 3);
}

#[test]
fn next_does_nothing_on_an_unanswered_step() {
    let mut app = App::fresh();
    app.apply(Action::Next);
    assert_eq!(app.screen(), Screen::Step(Question::Size));
}

#[test]
fn a_reload_keeps_its_place_from_the_history_entry() {
    let mut app = App::fresh();
    app.choose(Question::Size, "small")
        .choose(Question::Stage, "startup");
    app.browser_back();
    let workspace = Workspace {
        assessments: app.state.assessments().to_vec(),
        current: Some(app.current_id()),
        revision: 1,
        ..Workspace::default()
    };
    let trail = Trail::decode(&app.state.trail().encode()).expect("round trip");
    let reloaded = App::starting(Startup {
        workspace,
        storage_available: true,
        trail: Some(trail),
        ..Startup::default()
    });
    assert_eq!(reloaded.screen(), Screen::Step(Question::Stage));
    assert_eq!(reloaded.state.trail().entries.len(), 3);
}

#[test]
fn a_returning_visitor_is_greeted_and_continues_at_the_first_open_question() {
    let mut app = App::fresh();
    for (q, id) in Question::ALL.into_iter().zip(CTO_STARTUP).take(4) {
        app.choose(q, id);
    }
    let workspace = Workspace {
        assessments: app.state.assessments().to_vec(),
        current: Some(app.current_id()),
        revision: 4,
        ..Workspace::default()
    };
    let mut back = App::starting(Startup {
        workspace,
        storage_available: true,
        ..Startup::default()
    });
    assert_eq!(back.screen(), Screen::Welcome);
    back.apply(Action::Continue);
    assert_eq!(back.screen(), Screen::Step(Question::Regulation));
    back.browser_back();
    assert_eq!(
        back.screen(),
        Screen::Welcome,
        "Back returns to the greeting, not out of the app"
    );
}

#[test]
fn edit_opens_one_question_and_answering_returns_to_the_result() {
    let mut app = App::fresh();
    app.answer_all(CTO_STARTUP);
    app.apply(Action::Edit(Question::Industry));
    assert_eq!(app.screen(), Screen::Step(Question::Industry));
    app.choose(Question::Industry, "finance");
    assert_eq!(app.screen(), Screen::Result);
    assert_eq!(
        app.state.current().answers.get_id(Question::Industry),
        Some("finance")
    );
}

#[test]
fn three_client_links_opened_one_after_another_are_all_in_the_list() {
    let mut app = App::fresh();
    app.answer_all(CTO_STARTUP);
    app.link(LINK_A).link(LINK_B).link(LINK_C);
    assert_eq!(
        app.names(),
        ["Client A", "Client B", "Client C", "Unnamed company"]
    );
    assert_eq!(app.state.current().answers.company(), "Client C");
    assert_eq!(
        app.screen(),
        Screen::Step(Question::Industry),
        "a partial link opens at its gap"
    );
    assert!(
        matches!(app.last_notice(), Some(Notice::LinkOpened { name, .. }) if name == "Client C")
    );
}

#[test]
fn a_link_with_identical_answers_opens_the_existing_assessment() {
    let mut app = App::fresh();
    app.link(LINK_A).link(LINK_B);
    let a = app
        .state
        .listed()
        .iter()
        .find(|a| a.name() == "Client A")
        .map(|a| a.id.clone());
    app.link(LINK_A);
    assert_eq!(app.state.count(), 2);
    assert_eq!(Some(app.current_id()), a);
    assert!(matches!(
        app.last_notice(),
        Some(Notice::LinkMatched { .. })
    ));
}

#[test]
fn a_link_in_a_first_visit_fills_the_blank_assessment() {
    let app = App::opened_with_link(LINK_A);
    assert_eq!(app.state.count(), 1);
    assert_eq!(app.screen(), Screen::Result);
    assert_eq!(app.state.trail().entries.len(), 1);
    assert!(app.state.notices().is_empty());
}

#[test]
fn undo_after_a_link_returns_to_the_previous_assessment_and_removes_the_new_one() {
    let mut app = App::fresh();
    app.answer_all(CTO_STARTUP);
    let mine = app.current_id();
    app.link(LINK_A);
    assert_eq!(app.state.count(), 2);
    app.apply(Action::Undo);
    assert_eq!(app.state.count(), 1);
    assert_eq!(app.current_id(), mine);
    assert_eq!(app.screen(), Screen::Result);
    assert!(app
        .state
        .notices()
        .iter()
        .all(|n| n.notice.undo().is_none()));
}

#[test]
fn every_link_is_one_history_entry_and_back_returns_to_where_the_person_was() {
    let mut app = App::fresh();
    app.answer_all(CTO_STARTUP);
    let mine = app.current_id();
    let before = app.state.trail().entries.len();
    app.link(LINK_A);
    assert_eq!(app.state.trail().entries.len(), before + 1);
    app.link("v=1&colour=blue");
    assert_eq!(
        app.state.trail().entries.len(),
        before + 2,
        "even a link with nothing to open"
    );
    app.browser_back().browser_back();
    assert_eq!(app.current_id(), mine);
    assert_eq!(app.screen(), Screen::Result);
}

#[test]
fn delete_and_undo_restore_exactly_what_was_deleted() {
    let mut app = App::fresh();
    app.link(LINK_A).link(LINK_B).link(LINK_C);
    let before = app.state.assessments().to_vec();
    let b = app
        .state
        .listed()
        .iter()
        .find(|a| a.name() == "Client B")
        .map(|a| a.id.clone())
        .expect("B");
    app.apply(Action::Delete(b.clone()));
    assert_eq!(app.state.count(), 2);
    assert!(app.state.get(&b).is_none());
    let notice = app.last_notice().cloned().expect("a notice");
    assert!(app.state.can_undo(&notice));
    app.apply(Action::Undo);
    assert_eq!(app.state.assessments(), before);
}

#[test]
fn deleting_the_current_assessment_moves_to_the_newest_other_one() {
    let mut app = App::fresh();
    app.link(LINK_A).link(LINK_B);
    let b = app.current_id();
    app.apply(Action::ShowAssessments);
    app.apply(Action::Delete(b));
    assert_eq!(app.state.current().name(), "Client A");
    assert_eq!(app.screen(), Screen::Assessments);
}

#[test]
fn duplicate_opens_a_named_copy_and_rename_changes_only_the_name() {
    let mut app = App::fresh();
    app.link(LINK_A);
    let a = app.current_id();
    app.apply(Action::Duplicate(a.clone()));
    assert_eq!(app.state.current().name(), "Client A (copy)");
    assert_ne!(app.current_id(), a);
    assert_eq!(app.screen(), Screen::Result);
    let copy = app.current_id();
    app.apply(Action::Rename(copy.clone(), "Client A in two years".into()));
    let renamed = app.state.get(&copy).expect("copy");
    assert_eq!(renamed.name(), "Client A in two years");
    let original = app.state.get(&a).expect("original");
    let mut same = original.answers.clone();
    same.set_company("Client A in two years");
    assert_eq!(renamed.answers, same);
}

#[test]
fn start_over_clears_the_answers_keeps_the_name_and_can_be_undone() {
    let mut app = App::opened_with_link(LINK_A);
    let before = app.state.current().answers.clone();
    app.apply(Action::StartOver);
    assert_eq!(app.state.current().answers.answered_count(), 0);
    assert_eq!(app.state.current().name(), "Client A");
    assert_eq!(app.screen(), Screen::Step(Question::Size));
    app.apply(Action::Undo);
    assert_eq!(app.state.current().answers, before);
}

#[test]
fn new_keeps_the_previous_assessment_and_a_blank_one_is_never_listed() {
    let mut app = App::fresh();
    app.answer_all(CTO_STARTUP);
    app.apply(Action::New);
    assert_eq!(app.screen(), Screen::Step(Question::Size));
    assert_eq!(app.state.count(), 1, "the new one is blank");
    assert_eq!(app.state.assessments().len(), 2);
    // Leaving a blank assessment drops it: nothing was entered in it.
    let first = app.state.listed()[0].id.clone();
    app.apply(Action::Open(first));
    assert_eq!(app.state.assessments().len(), 1);
}

#[test]
fn what_if_changes_only_the_sandbox_until_keep() {
    let mut app = App::fresh();
    app.answer_all(CTO_STARTUP);
    let saved = app.state.current().answers.clone();
    app.apply(Action::WhatIfOpen);
    app.apply(Action::WhatIf {
        question: Question::Size,
        choice: 4,
    });
    assert_eq!(app.state.current().answers, saved);
    assert_eq!(
        app.state.shown_answers().get_id(Question::Size),
        Some("enterprise")
    );
    app.apply(Action::WhatIfReset);
    assert_eq!(app.state.shown_answers(), &saved);
    app.apply(Action::WhatIf {
        question: Question::Size,
        choice: 4,
    });
    app.apply(Action::WhatIfKeep);
    assert_eq!(
        app.state.current().answers.get_id(Question::Size),
        Some("enterprise")
    );
    assert!(app.state.what_if().is_none());
}

#[test]
fn compare_needs_two_different_existing_assessments() {
    let mut app = App::fresh();
    app.link(LINK_A).link(LINK_B);
    let ids: Vec<Id> = app.state.listed().iter().map(|a| a.id.clone()).collect();
    app.apply(Action::Compare(vec![ids[0].clone(), ids[0].clone()]));
    assert_ne!(
        app.screen(),
        Screen::Compare(vec![ids[0].clone(), ids[0].clone()])
    );
    app.apply(Action::Select(ids[0].clone()))
        .apply(Action::Select(ids[1].clone()));
    assert_eq!(app.state.selected(), ids.as_slice());
    app.apply(Action::Compare(vec![ids[0].clone(), ids[1].clone()]));
    assert_eq!(
        app.screen(),
        Screen::Compare(vec![ids[0].clone(), ids[1].clone()])
    );
    // Deleting one of the two leaves the comparison for the list.
    app.apply(Action::Delete(ids[1].clone()));
    assert_eq!(app.screen(), Screen::Assessments);
}

#[test]
fn the_filter_keeps_names_that_contain_it_in_any_case() {
    let mut app = App::fresh();
    app.link(LINK_A).link(LINK_B).link(LINK_C);
    app.apply(Action::Filter("client b".into()));
    let shown: Vec<&str> = app
        .state
        .listed()
        .into_iter()
        .map(|a| a.name())
        .filter(|name| app.state.shows(name, str::to_lowercase))
        .collect();
    assert_eq!(shown, ["Client B"]);
    app.apply(Action::Filter("ÉMILE".into()));
    assert!(app.state.shows("Café Émile", str::to_lowercase));
}

#[test]
fn import_asks_before_replacing_and_keep_both_adds_a_copy() {
    let mut app = App::fresh();
    app.link(LINK_A).link(LINK_B);
    let text = file::export(app.state.listed(), app.state.teams(), 0);
    let mut changed: serde_json::Value = serde_json::from_str(&text).expect("json");
    changed["assessments"][0]["answers"]["size"] = "enterprise".into();
    let changed = changed.to_string();

    // Identical assessments are recognised and not duplicated.
    app.apply(Action::Import(file::import(&text, Env::default())));
    assert_eq!(app.state.count(), 2);
    assert!(matches!(app.last_notice(), Some(Notice::Imported(r)) if r.unchanged == 2));

    app.apply(Action::Import(file::import(&changed, Env::default())));
    assert_eq!(
        app.state.conflicts().len(),
        1,
        "nothing replaced without asking"
    );
    assert_eq!(app.state.count(), 2);
    app.apply(Action::ResolveImport(Resolution::KeepBoth));
    assert_eq!(app.state.count(), 3);
    assert!(app.state.conflicts().is_empty());

    app.apply(Action::Import(file::import(&changed, Env::default())));
    app.apply(Action::ResolveImport(Resolution::Replace));
    assert_eq!(app.state.count(), 3);
    let sizes: Vec<&str> = app
        .state
        .listed()
        .iter()
        .filter_map(|a| a.answers.get_id(Question::Size))
        .collect();
    assert_eq!(sizes.iter().filter(|s| **s == "enterprise").count(), 2);
}

#[test]
fn export_then_import_into_an_empty_browser_reproduces_the_list() {
    let mut app = App::fresh();
    app.answer_all(CTO_STARTUP);
    app.link(LINK_A).link(LINK_B).link(LINK_C);
    let text = file::export(app.state.listed(), app.state.teams(), 0);
    let mut empty = App::fresh();
    empty.apply(Action::Import(file::import(&text, Env::default())));
    assert_eq!(empty.state.listed(), app.state.listed());
    assert_eq!(empty.screen(), Screen::Assessments);
}

#[test]
fn a_file_that_cannot_be_read_is_reported_and_changes_nothing() {
    let mut app = App::fresh();
    app.link(LINK_A);
    let before = app.state.assessments().to_vec();
    app.apply(Action::Import(file::import("not json", Env::default())));
    assert_eq!(app.state.assessments(), before);
    assert!(matches!(
        app.last_notice(),
        Some(Notice::ImportFailed(FileError::NotJson { .. }))
    ));
}

#[test]
fn another_tabs_newer_save_is_taken_and_an_older_one_ignored() {
    let mut app = App::fresh();
    app.link(LINK_A);
    app.apply(Action::Saved(5));
    let mut other = app.state.assessments().to_vec();
    other[0].answers.set(Question::Size, 0);
    let newer = Workspace {
        assessments: other.clone(),
        current: Some(app.current_id()),
        revision: 6,
        ..Workspace::default()
    };
    let older = Workspace {
        revision: 4,
        ..newer.clone()
    };
    app.apply(Action::OtherTab(older));
    assert_eq!(
        app.state.current().answers.get_id(Question::Size),
        Some("medium")
    );
    app.apply(Action::OtherTab(newer));
    assert_eq!(
        app.state.current().answers.get_id(Question::Size),
        Some("micro")
    );
    assert_eq!(app.state.revision(), 6);
}

#[test]
fn a_current_assessment_deleted_in_another_tab_is_said_and_another_shown() {
    let mut app = App::fresh();
    app.link(LINK_A).link(LINK_B);
    let b = app.current_id();
    let rest: Vec<_> = app
        .state
        .assessments()
        .iter()
        .filter(|a| a.id != b)
        .cloned()
        .collect();
    app.apply(Action::OtherTab(Workspace {
        assessments: rest,
        current: None,
        revision: 9,
        ..Workspace::default()
    }));
    assert_eq!(app.state.current().name(), "Client A");
    assert!(
        matches!(app.last_notice(), Some(Notice::DeletedElsewhere { name }) if name == "Client B")
    );
}

#[test]
fn stored_problems_and_unavailable_storage_are_said_at_start() {
    let loaded = storage::decode("{", Env::default());
    let problem = loaded.problem.clone().expect("unreadable");
    let app = App::starting(Startup {
        workspace: loaded.workspace,
        stored_problem: Some((problem, "{".into(), Some(storage::BACKUP_KEY.into()))),
        storage_available: false,
        ..Startup::default()
    });
    assert!(matches!(app.state.notices()[0].notice, Notice::NotSaved));
    assert!(
        matches!(&app.state.notices()[1].notice, Notice::Stored { kept_in: Some(k), .. } if k == storage::BACKUP_KEY)
    );
    assert_eq!(app.screen(), Screen::Step(Question::Size));
}

#[test]
fn trails_from_history_entries_are_checked_before_use() {
    for text in [
        "",
        "x",
        "0",
        "1\nresult@a-1",
        "0\nresult@",
        "0\nstep:colour@a-1",
        "0\nresult@a 1",
    ] {
        assert_eq!(Trail::decode(text), None, "{text:?}");
    }
    let ok = Trail::decode("1\nstep:size@a-1\ncompare:a-1:a-2@a-1\nkit@a-2").expect("valid");
    assert_eq!(ok.at, 1);
    assert_eq!(ok.entries[2].screen, Screen::Kit);
    assert_eq!(Trail::decode(&ok.encode()), Some(ok));
}

#[test]
fn a_company_name_is_saved_with_the_answers() {
    let mut app = App::fresh();
    app.apply(Action::SetCompany("  Acme  ".into()));
    assert_eq!(app.state.current().answers.company(), "Acme");
    assert_eq!(app.state.count(), 1);
    let mut expected = Answers::default();
    expected.set_company("Acme");
    assert_eq!(app.state.current().answers, expected);
}

#[test]
fn the_hiring_kit_needs_a_complete_assessment() {
    let mut app = App::fresh();
    app.choose(Question::Size, "small");
    app.apply(Action::ShowKit);
    assert_eq!(app.screen(), Screen::Step(Question::Stage));
    app.apply(Action::New);
    app.answer_all(CTO_STARTUP);
    app.apply(Action::ShowKit);
    assert_eq!(app.screen(), Screen::Kit);
    app.browser_back();
    assert_eq!(app.screen(), Screen::Result);
}

#[test]
fn a_tab_with_nothing_entered_follows_the_other_tabs_assessment() {
    let mut first = App::fresh();
    first.choose(Question::Size, "large");
    let mut second = App::fresh();
    second.apply(Action::OtherTab(Workspace {
        assessments: first.state.assessments().to_vec(),
        current: Some(first.current_id()),
        revision: 1,
        ..Workspace::default()
    }));
    assert_eq!(second.current_id(), first.current_id());
    assert_eq!(
        second.state.current().answers.get_id(Question::Size),
        Some("large")
    );
    assert_eq!(second.screen(), Screen::Step(Question::Size));
}
