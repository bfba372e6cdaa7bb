//! Teams in storage (schema 4, migrating from 3) and in assessment files (version 2, reading
//! version 1): what is read, what is named when it cannot be, and that it all round-trips.
#![cfg(not(target_arch = "wasm32"))]

use cto_or_cio::core::assessment::Env;
use cto_or_cio::core::locale::Catalogue;
use cto_or_cio::core::persist::storage::{decode, encode, StorageProblem};
use cto_or_cio::core::persist::{file, storage::Saving};
use cto_or_cio::core::questionnaire::Question;
use cto_or_cio::core::team::TeamId;

const ENV: Env = Env {
    now: 1_764_115_200_000,
    random: 5,
};

const SCHEMA_4: &str = r#"{"schema":4,"revision":3,"current":"a-2","assessments":[
    {"id":"a-1","company":"Harbor","answers":{"size":"large"},"created":1,"changed":2,"team":"t-h","by":"CFO"},
    {"id":"a-2","company":"Harbor","answers":{"size":"medium"},"created":3,"changed":4,"team":"t-h","by":"CEO","from":"Ana Ruiz, Northwind"},
    {"id":"a-3","company":"Harbor","answers":{"size":"large"},"created":5,"changed":6,"team":"t-h","combined":true},
    {"id":"a-4","company":"Lone","answers":{"stage":"startup"},"created":7,"changed":8,"team":"t-lone"}],
    "teams":[{"id":"t-h","company":"Harbor","settled":{"size":"large"}}],
    "prepared_by":{"name":"Ana Ruiz","organisation":"Northwind"}}"#;

#[test]
fn schema_4_reads_teams_respondents_and_who_prepares_the_reports() {
    let loaded = decode(SCHEMA_4, ENV);
    assert_eq!(loaded.problem, None);
    let ws = loaded.workspace;
    let cfo = ws.assessments[0].team.as_ref().expect("a respondent");
    assert_eq!(
        (cfo.team.as_str(), cfo.by.as_str(), cfo.combined),
        ("t-h", "CFO", false)
    );
    assert_eq!(
        ws.assessments[1].team.as_ref().map(|m| m.from.as_str()),
        Some("Ana Ruiz, Northwind")
    );
    assert!(ws.assessments[2].team.as_ref().is_some_and(|m| m.combined));
    // The team listed keeps its settlement; the one only a record names is made for it.
    assert_eq!(ws.teams.len(), 2);
    assert_eq!(ws.teams[0].settled(Question::Size), Some(3));
    assert_eq!(
        (ws.teams[1].id.as_str(), ws.teams[1].company.as_str()),
        ("t-lone", "Lone")
    );
    assert_eq!(ws.prepared_by.name, "Ana Ruiz");
    // Written again, it reads back the same.
    let again = decode(&encode(ws_saving(&ws)), ENV);
    assert_eq!(again.problem, None);
    assert_eq!(again.workspace, ws);
}

fn ws_saving(ws: &cto_or_cio::core::persist::storage::Workspace) -> Saving<'_> {
    Saving {
        assessments: &ws.assessments,
        teams: &ws.teams,
        current: ws.current.as_ref(),
        revision: ws.revision,
        prepared_by: &ws.prepared_by,
    }
}

#[test]
fn schema_3_migrates_to_4_with_no_teams_and_writes_4() {
    let raw = r#"{"schema":3,"revision":9,"current":"a-1","assessments":[
        {"id":"a-1","company":"Acme","answers":{"size":"small"},"created":1,"changed":2}]}"#;
    let loaded = decode(raw, ENV);
    assert_eq!(loaded.problem, None);
    assert!(loaded.workspace.teams.is_empty());
    assert_eq!(loaded.workspace.assessments[0].team, None);
    let written = encode(ws_saving(&loaded.workspace));
    assert!(
        written.starts_with(r#"{"schema":4,"revision":9,"#),
        "{written}"
    );
    assert_eq!(decode(&written, ENV).workspace, loaded.workspace);
}

#[test]
fn a_bad_team_is_named_and_costs_only_the_team() {
    let raw = r#"{"schema":4,"revision":1,"assessments":[
        {"id":"a-1","company":"Acme","answers":{"size":"small"},"team":"not a team!","by":7}],
        "teams":[3,{"id":"bad id"},{"id":"t-x","settled":{"size":"huge","colour":"red"}}]}"#;
    let loaded = decode(raw, ENV);
    let Some(StorageProblem::Fields(problems)) = &loaded.problem else {
        panic!("{:?}", loaded.problem);
    };
    let english = Catalogue::english();
    let messages: Vec<String> = problems.iter().map(|p| p.message(&english)).collect();
    assert_eq!(
        messages,
        [
            "Assessment 1 (“Acme”): team: not a team id; read as an assessment of its own.",
            "Team 1: is not a team; it was skipped.",
            "Team 2: id: not a team id; the entry was skipped.",
            "Team 3: “size” is not a question of this app; left out.",
            "Team 3: “colour” is not a question of this app; left out.",
        ]
    );
    assert_eq!(loaded.workspace.assessments.len(), 1);
    assert_eq!(loaded.workspace.assessments[0].team, None);
    assert_eq!(loaded.workspace.teams.len(), 1);
}

#[test]
fn files_of_version_2_carry_teams_and_version_1_files_still_import() {
    let ws = decode(SCHEMA_4, ENV).workspace;
    let text = file::export(&ws.assessments, &ws.teams, ENV.now);
    assert!(
        text.contains(r#""teams":[{"id":"t-h","company":"Harbor","settled":{"size":"large"}}"#),
        "{text}"
    );
    let imported = file::import(&text, ENV).expect("readable");
    assert_eq!(imported.problems, []);
    assert_eq!(imported.assessments, ws.assessments);
    assert_eq!(imported.teams, ws.teams);
    let v1 = r#"{"format":"cto-or-cio/assessments","version":1,"assessments":[
        {"id":"a-9","company":"Old","answers":{"size":"small"},"created":1,"changed":1}]}"#;
    let old = file::import(v1, ENV).expect("readable");
    assert_eq!(
        (old.assessments.len(), old.teams.len(), old.newer),
        (1, 0, None)
    );
    assert_eq!(TeamId::parse("t-h").map(|t| t.as_str().len()), Some(3));
}
