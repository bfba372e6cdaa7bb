//! A leadership team as the reducer sees it (contract v1.2): an invitation, respondents on their
//! own devices, their links opened on the consultant's, ties settled, the combined answers,
//! notices that follow their assessment, and up to four assessments compared.
#![cfg(not(target_arch = "wasm32"))]

use cto_or_cio::core::assessment::{Env, Id};
use cto_or_cio::core::persist::share::{self, Extras};
use cto_or_cio::core::questionnaire::{Answers, Question};
use cto_or_cio::core::state::{Action, Notice, Screen, Startup, State, COMPARE_MAX};
use cto_or_cio::core::team::combine::Pick;
use cto_or_cio::core::team::TeamId;

struct Device {
    state: State,
    tick: u64,
}

impl Device {
    fn new() -> Device {
        let state = State::start(
            Startup {
                storage_available: true,
                ..Startup::default()
            },
            Env::default(),
        );
        Device { state, tick: 0 }
    }

    fn apply(&mut self, action: Action) -> &mut Device {
        self.tick += 1;
        let env = Env {
            now: 1_764_115_200_000 + self.tick * 1000,
            random: self.tick.wrapping_mul(0x9e37_79b9),
        };
        self.state.apply(action, env);
        self
    }

    fn open(&mut self, fragment: &str) -> &mut Device {
        self.apply(Action::OpenLink(share::decode(fragment)))
    }

    fn answer(&mut self, answers: &Answers) -> &mut Device {
        for q in Question::ALL {
            if let Some(choice) = answers.get(q) {
                self.apply(Action::Choose {
                    question: q,
                    choice,
                    advance: true,
                });
            }
        }
        self
    }

    fn notices(&self) -> Vec<&Notice> {
        self.state.notices().iter().map(|p| &p.notice).collect()
    }

    /// "Send my answers": the link this device's respondent sends back.
    fn my_link(&self) -> String {
        let current = self.state.current();
        let member = current.team.as_ref().expect("a respondent");
        share::encode_with(
            &current.answers,
            &Extras {
                team: Some(member.team.clone()),
                by: member.by.clone(),
                ..Extras::default()
            },
        )
    }
}

fn harbor() -> Answers {
    let mut a = Answers::from(&cto_or_cio::core::samples::insurer());
    a.set_company("Harbor Insurance");
    a
}

/// A consultant's device with Harbor's own assessment, invited; the invitation's fragment.
fn invited() -> (Device, TeamId, String) {
    let mut consultant = Device::new();
    consultant
        .apply(Action::SetPreparedBy(cto_or_cio::core::state::PreparedBy {
            name: "Ana Ruiz".into(),
            organisation: "Northwind".into(),
        }))
        .answer(&harbor())
        .apply(Action::SetCompany("Harbor Insurance".into()))
        .apply(Action::Invite)
        .apply(Action::SetLabel("CEO".into()));
    let team = consultant
        .state
        .current()
        .team
        .clone()
        .expect("a team")
        .team;
    let (company, extras) = consultant.state.invitation(&team).expect("an invitation");
    let mut invite = Answers::default();
    invite.set_company(&company);
    let fragment = share::encode_with(&invite, &extras);
    (consultant, team, fragment)
}

#[test]
fn an_invitation_carries_the_team_the_company_and_the_sender() {
    let (_, team, fragment) = invited();
    assert_eq!(
        fragment,
        format!(
            "v=1&company=Harbor%20Insurance&team={}&from=Ana%20Ruiz%2C%20Northwind",
            team.as_str()
        )
    );
    // The respondent's device: a new assessment for the team, named for the company, with the
    // sender kept to show; opened again, the invitation comes back to the same answers.
    let mut cfo = Device::new();
    cfo.open(&fragment);
    let member = cfo.state.current().team.clone().expect("a respondent");
    assert_eq!(
        (member.team.clone(), member.from.as_str()),
        (team.clone(), "Ana Ruiz, Northwind")
    );
    assert_eq!(cfo.state.current().answers.company(), "Harbor Insurance");
    assert_eq!(cfo.state.screen(), &Screen::Step(Question::Size));
    cfo.apply(Action::SetLabel("CFO".into())).answer(&harbor());
    let first = cfo.state.current().id.clone();
    cfo.open(&fragment);
    assert_eq!(cfo.state.current().id, first);
    assert_eq!(cfo.state.screen(), &Screen::Result);
    assert!(cfo.my_link().contains("&by=CFO"));
}

#[test]
fn three_respondents_by_link_make_a_team_whose_disputes_and_ties_are_read_together() {
    let (mut consultant, team, fragment) = invited();
    let mut links = Vec::new();
    for (label, change) in [
        ("CFO", Some((Question::Engineering, 0))),
        ("COO", Some((Question::Priority, 1))),
        ("CTO", None),
    ] {
        let mut device = Device::new();
        let mut answers = harbor();
        if let Some((q, c)) = change {
            answers.set(q, c);
        }
        device
            .open(&fragment)
            .apply(Action::SetLabel(label.into()))
            .answer(&answers);
        links.push(device.my_link());
    }
    for link in &links {
        consultant.open(link);
        assert_eq!(consultant.state.screen(), &Screen::Team(team.clone()));
    }
    let labels: Vec<String> = consultant
        .state
        .respondents(&team)
        .iter()
        .map(|a| a.team.as_ref().map_or(String::new(), |m| m.by.clone()))
        .collect();
    assert_eq!(labels, ["CEO", "CFO", "COO", "CTO"]);
    // Identical answers from the same respondent open the one already here.
    let count = consultant.state.assessments().len();
    consultant.open(&links[0]);
    assert_eq!(consultant.state.assessments().len(), count);
    assert!(matches!(
        consultant.notices().last(),
        Some(Notice::LinkMatched { .. })
    ));

    let combination = consultant.state.combination(&team).expect("a team");
    let disputed: Vec<Question> = combination.disputed().map(|t| t.question).collect();
    assert_eq!(disputed, [Question::Engineering, Question::Priority]);
    assert_eq!(combination.open_ties().count(), 0, "3 to 1 on each");
    assert!(combination.result().is_some());

    // The CFO sends changed answers: kept beside the first, never in place of them; with the
    // two CFO answer sets the engineering question now ties.
    let mut device = Device::new();
    let mut changed = harbor();
    changed.set(Question::Engineering, 0);
    changed.set(Question::Stage, 0);
    device
        .open(&fragment)
        .apply(Action::SetLabel("CFO".into()))
        .answer(&changed);
    consultant.open(&device.my_link());
    assert_eq!(consultant.state.respondents(&team).len(), 5);
    assert!(consultant
        .state
        .respondents(&team)
        .iter()
        .any(|a| a.team.as_ref().is_some_and(|m| m.by == "CFO (2)")));
    // The CTO's answers go (sent by mistake): engineering now ties, two to two.
    let cto = consultant
        .state
        .respondents(&team)
        .iter()
        .find(|a| a.team.as_ref().is_some_and(|m| m.by == "CTO"))
        .map(|a| a.id.clone())
        .expect("the CTO");
    consultant.apply(Action::Delete(cto));
    assert_eq!(consultant.state.screen(), &Screen::Team(team.clone()));
    let combination = consultant.state.combination(&team).expect("a team");
    let ties: Vec<Question> = combination.open_ties().map(|t| t.question).collect();
    assert_eq!(ties, [Question::Engineering]);
    assert!(combination.result().is_none());
    consultant.apply(Action::Settle {
        team: team.clone(),
        question: Question::Engineering,
        choice: 0,
    });
    let settled = consultant.state.combination(&team).expect("a team");
    assert_eq!(
        settled.tallies[Question::Engineering.index()].pick,
        Pick::Settled(0)
    );
    assert!(settled.result().is_some());

    // The combined answers open as an assessment of their own, made once.
    consultant.apply(Action::OpenCombined(team.clone()));
    assert_eq!(consultant.state.screen(), &Screen::Result);
    let combined = consultant.state.current().clone();
    assert!(combined.team.as_ref().is_some_and(|m| m.combined));
    assert_eq!(combined.answers, settled.answers);
    assert_eq!(
        consultant.state.respondents(&team).len(),
        4,
        "not a respondent"
    );
    // Settled the other way, opening it again brings it up to date, with an Undo.
    consultant.apply(Action::Settle {
        team: team.clone(),
        question: Question::Engineering,
        choice: harbor().get(Question::Engineering).unwrap_or(0),
    });
    consultant.apply(Action::OpenCombined(team.clone()));
    assert_eq!(consultant.state.current().id, combined.id);
    assert_ne!(consultant.state.current().answers, combined.answers);
    assert!(matches!(
        consultant.notices().last(),
        Some(Notice::CombinedUpdated { .. })
    ));
    consultant.apply(Action::Undo);
    assert_eq!(consultant.state.current().answers, combined.answers);
}

#[test]
fn a_notice_about_an_assessment_goes_when_another_is_on_screen() {
    let mut device = Device::new();
    device.open("v=1&size=small&stage=startup&company=Client%20A");
    device.open("v=1&size=large&stage=bogus&company=Client%20B");
    // Client B's link problem and "opened as a new assessment" are both about Client B.
    assert_eq!(device.notices().len(), 2);
    let a = device
        .state
        .listed()
        .iter()
        .find(|a| a.name() == "Client A")
        .map(|a| a.id.clone())
        .expect("Client A");
    device.apply(Action::ShowAssessments);
    assert_eq!(
        device.notices().len(),
        2,
        "the list still shows Client B as current"
    );
    device.apply(Action::Open(a));
    assert!(device.notices().is_empty(), "{:?}", device.notices());
    // A notice about the app as a whole stays.
    device.apply(Action::StorageFailed(
        cto_or_cio::core::state::StorageFailure::Full,
    ));
    device.open("v=1&size=micro&company=Client%20C");
    assert!(device
        .notices()
        .iter()
        .any(|n| matches!(n, Notice::StorageFull)));
}

#[test]
fn four_can_be_compared_and_a_fifth_mark_is_refused_not_swapped() {
    let mut device = Device::new();
    for n in 0..5 {
        device.open(&format!(
            "v=1&size=small&stage=startup&company=Client%20{n}"
        ));
    }
    let ids: Vec<Id> = device.state.listed().iter().map(|a| a.id.clone()).collect();
    for id in &ids {
        device.apply(Action::Select(id.clone()));
    }
    assert_eq!(device.state.selected(), &ids[..COMPARE_MAX]);
    device.apply(Action::Compare(device.state.selected().to_vec()));
    assert_eq!(device.state.screen(), &Screen::Compare(ids[..4].to_vec()));
    // Deleting one of them leaves the comparison for the list.
    device.apply(Action::Delete(ids[2].clone()));
    assert_eq!(device.state.screen(), &Screen::Assessments);
    device.apply(Action::Compare(vec![ids[0].clone()]));
    assert_eq!(
        device.state.screen(),
        &Screen::Assessments,
        "one is not a comparison"
    );
}
