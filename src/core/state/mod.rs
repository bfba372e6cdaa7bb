//! The app's state and every change to it: one [`State`], one [`Action`] enum, one
//! [`State::apply`]. The UI dispatches actions and renders the state; storage and the address bar
//! follow it. Nothing here touches the browser, so every rule is tested natively.
//!
//! Rules the state keeps:
//! - Nothing a person entered disappears unless they delete it (or clear it with Start over), and
//!   the last delete, clear or opened link can be undone.
//! - A link never changes another assessment: identical answers open the existing one, different
//!   ones become a new assessment.
//! - Every screen change is one history entry (the [`Trail`]), so Back and Forward walk the
//!   questionnaire; a screen that needs every answer is never shown without them.
//! - An older revision from another tab never wins over a newer one.

mod import;
mod links;
mod navigation;
pub mod notices;
mod teams;
pub mod trail;
mod undo;
mod what_if;
mod workspace;

pub use self::notices::{ImportReport, Kind, Notice, Posted};
pub use self::trail::{Place, Screen, Trail, COMPARE_MAX};

use self::undo::Undo;
pub use crate::core::advice::markdown::PreparedBy;
use crate::core::advice::markdown::{prepared_by, Byline};
use crate::core::assessment::{Assessment, Env, Id};
use crate::core::locale::Catalogue;
use crate::core::locale::Lang;
use crate::core::persist::file::{FileError, Imported};
use crate::core::persist::share::{DecodedLink, Extras};
use crate::core::persist::storage::{Saving, StorageProblem, Workspace};
use crate::core::questionnaire::{Answers, Question};
use crate::core::team::combine::{combine, Combination};
use crate::core::team::{Team, TeamId};

/// How to settle assessments in a file whose ids are here with other answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolution {
    Replace,
    KeepBoth,
    Skip,
}

/// Every change to the state: the table of contents of what the app does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// An option chosen on the current step. A click, Enter or a number key also moves on
    /// (`advance`); arrow keys only select, so keyboard users can look before they leave.
    Choose {
        question: Question,
        choice: usize,
        advance: bool,
    },
    /// The step's Next (or Enter on an answered step).
    Next,
    /// The step's Back: the previous question.
    Back,
    /// The browser moved to another history entry, whose copy of the trail this is.
    Popped(Trail),
    /// Opens a question from the result; answering it returns to the result.
    Edit(Question),
    /// From the greeting: carry on where the current assessment left off.
    Continue,
    SetCompany(String),
    /// Who prepares the reports (set once, for every assessment).
    SetPreparedBy(PreparedBy),
    /// What-if: a sandbox copy of the answers, changed freely, kept only on request.
    WhatIfOpen,
    WhatIf {
        question: Question,
        choice: usize,
    },
    WhatIfReset,
    WhatIfKeep,
    New,
    Open(Id),
    Rename(Id, String),
    Duplicate(Id),
    Delete(Id),
    /// Clears the current assessment's answers (its name stays).
    StartOver,
    Undo,
    ShowAssessments,
    /// The hiring kit for the current assessment's result.
    ShowKit,
    Filter(String),
    /// Marks an assessment for comparison, or unmarks it; at most [`COMPARE_MAX`] are marked.
    Select(Id),
    /// Two to [`COMPARE_MAX`] assessments side by side.
    Compare(Vec<Id>),
    /// Makes the current assessment the first of a team, so an invitation can be sent.
    Invite,
    /// Who answered the current assessment ("CFO"), as a team's respondent.
    SetLabel(String),
    /// A team's respondents read together.
    ShowTeam(TeamId),
    /// The consultant's pick where a team's most common answers tie.
    Settle {
        team: TeamId,
        question: Question,
        choice: usize,
    },
    /// The team's combined answers as an assessment of their own: its full result and kit.
    OpenCombined(TeamId),
    /// The language a person chose from the menu.
    ChooseLang(Lang),
    /// The language asked for could not be fetched: the page stays in this one.
    LangUnavailable(Lang),
    OpenLink(DecodedLink),
    Import(Result<Imported, FileError>),
    ResolveImport(Resolution),
    /// Another tab saved this workspace.
    OtherTab(Workspace),
    /// Storage accepted a save at this revision.
    Saved(u64),
    StorageFailed(StorageFailure),
    Dismiss(usize),
}

/// Why a save failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageFailure {
    Unavailable,
    Full,
    /// The code that writes it could not be fetched.
    NotLoaded,
}

/// Everything the app starts from.
#[derive(Clone, Debug, Default)]
pub struct Startup {
    pub workspace: Workspace,
    /// Stored data that could not be used as it stood: the problem, the raw text, and where it
    /// was copied (`None` if the copy failed).
    pub stored_problem: Option<(StorageProblem, String, Option<String>)>,
    pub storage_available: bool,
    /// The link in the address, if any.
    pub link: Option<DecodedLink>,
    /// The trail kept in the current history entry (a reload).
    pub trail: Option<Trail>,
    /// The language shown, and whether the person chose it (rather than the browser or a link).
    pub lang: Lang,
    pub lang_chosen: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    assessments: Vec<Assessment>,
    current: Id,
    trail: Trail,
    what_if: Option<Answers>,
    /// Set by Edit: answering returns to the result.
    editing: bool,
    undo: Option<(u64, Undo)>,
    undo_seq: u64,
    notices: Vec<Posted>,
    /// Assessments from a file whose ids are here with other answers, and the report so far.
    conflicts: Vec<Assessment>,
    pending_report: Option<ImportReport>,
    filter: String,
    selected: Vec<Id>,
    revision: u64,
    prepared_by: PreparedBy,
    teams: Vec<Team>,
    lang: Lang,
    /// Whether the language came from the person's choice (links they copy then carry it), or
    /// from the link they opened (the address keeps it); otherwise from the browser.
    lang_chosen: bool,
    lang_from_link: bool,
}

impl State {
    pub fn start(startup: Startup, env: Env) -> State {
        let Startup {
            workspace,
            stored_problem,
            storage_available,
            link,
            trail,
            lang,
            lang_chosen,
        } = startup;
        let mut assessments = workspace.assessments;
        let current = match workspace
            .current
            .filter(|id| assessments.iter().any(|a| &a.id == id))
            .or_else(|| newest(&assessments))
        {
            Some(id) => id,
            None => {
                let blank = Assessment::new(Id::generate(env), Answers::default(), env.now);
                let id = blank.id.clone();
                assessments.push(blank);
                id
            }
        };
        let returning = assessments
            .iter()
            .any(|a| a.id == current && !a.answers.is_empty());
        let first = if returning {
            Screen::Welcome
        } else {
            Screen::Step(Question::Size)
        };
        let mut state = State {
            trail: Trail::new(Place {
                screen: first,
                assessment: current.clone(),
            }),
            assessments,
            current,
            what_if: None,
            editing: false,
            undo: None,
            undo_seq: 0,
            notices: Vec::new(),
            conflicts: Vec::new(),
            pending_report: None,
            filter: String::new(),
            selected: Vec::new(),
            revision: workspace.revision,
            prepared_by: workspace.prepared_by,
            teams: workspace.teams,
            lang,
            lang_chosen,
            lang_from_link: false,
        };
        if !storage_available {
            state.notify(Notice::NotSaved);
        }
        if let Some((problem, raw, kept_in)) = stored_problem {
            state.notify(Notice::Stored {
                problem,
                raw,
                kept_in,
            });
        }
        // A reload keeps its place; a link opens where it points, in place of the greeting.
        if let Some(trail) = trail {
            state.trail = trail;
            state.follow_place();
        } else if let Some(link) = link {
            state.open_link(link, env);
            let place = state.trail.place().clone();
            state.trail = Trail::new(place);
        }
        state
    }

    // --- reading --------------------------------------------------------------------------

    pub fn screen(&self) -> &Screen {
        &self.trail.place().screen
    }

    pub fn trail(&self) -> &Trail {
        &self.trail
    }

    pub fn current(&self) -> &Assessment {
        // `current` always names an assessment in the list (see `check`).
        self.assessments
            .iter()
            .find(|a| a.id == self.current)
            .unwrap_or(&self.assessments[0])
    }

    /// The answers the result shows: the what-if copy while one is open, else the saved ones.
    pub fn shown_answers(&self) -> &Answers {
        self.what_if.as_ref().unwrap_or(&self.current().answers)
    }

    pub fn what_if(&self) -> Option<&Answers> {
        self.what_if.as_ref()
    }

    /// Whether answering the step returns to the result.
    pub fn editing(&self) -> bool {
        self.editing
    }

    pub fn get(&self, id: &Id) -> Option<&Assessment> {
        self.assessments.iter().find(|a| &a.id == id)
    }

    /// Every assessment worth listing (not blank), newest change first.
    pub fn listed(&self) -> Vec<&Assessment> {
        let mut listed: Vec<&Assessment> =
            self.assessments.iter().filter(|a| !a.is_blank()).collect();
        listed.sort_unstable_by(|a, b| b.changed.cmp(&a.changed).then_with(|| a.id.cmp(&b.id)));
        listed
    }

    /// Whether an assessment's name matches the filter, in any case. `fold` lowercases text:
    /// the browser's own, which knows every script, saves shipping Unicode's tables.
    pub fn shows(&self, name: &str, fold: impl Fn(&str) -> String) -> bool {
        self.filter.is_empty() || fold(name).contains(&fold(&self.filter))
    }

    /// How many assessments are worth listing, whatever the filter.
    pub fn count(&self) -> usize {
        self.assessments.iter().filter(|a| !a.is_blank()).count()
    }

    pub fn assessments(&self) -> &[Assessment] {
        &self.assessments
    }

    pub fn filter(&self) -> &str {
        &self.filter
    }

    pub fn selected(&self) -> &[Id] {
        &self.selected
    }

    pub fn notices(&self) -> &[Posted] {
        &self.notices
    }

    /// Whether a notice's Undo still applies.
    pub fn can_undo(&self, notice: &Notice) -> bool {
        notice.undo().is_some() && notice.undo() == self.undo.as_ref().map(|(seq, _)| *seq)
    }

    /// Assessments from a file waiting for a choice: replace, keep both or skip.
    pub fn conflicts(&self) -> &[Assessment] {
        &self.conflicts
    }

    /// Who prepares the reports.
    pub fn prepared_by(&self) -> &PreparedBy {
        &self.prepared_by
    }

    /// Who prepares the reports, as the Markdown summaries name them.
    pub fn byline(&self) -> Byline<'_> {
        self.prepared_by.byline()
    }

    /// "Prepared by …" in `catalogue`'s language, or `None` when nobody is named.
    pub fn byline_text(&self, catalogue: &Catalogue) -> Option<String> {
        prepared_by(self.byline(), catalogue)
    }

    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// What storage keeps, at `revision`.
    pub fn saving(&self, revision: u64) -> Saving<'_> {
        Saving {
            assessments: &self.assessments,
            teams: &self.teams,
            current: Some(&self.current),
            revision,
            prepared_by: &self.prepared_by,
        }
    }

    pub fn teams(&self) -> &[Team] {
        &self.teams
    }

    pub fn team(&self, id: &TeamId) -> Option<&Team> {
        self.teams.iter().find(|t| t.id == *id)
    }

    /// A team's respondents with anything entered, in the order they arrived here.
    pub fn respondents(&self, team: &TeamId) -> Vec<&Assessment> {
        self.assessments
            .iter()
            .filter(|a| !a.is_blank() && a.team.as_ref().is_some_and(|m| m.answers_for(team)))
            .collect()
    }

    /// A team's answers read together.
    pub fn combination(&self, team: &TeamId) -> Option<Combination> {
        let team = self.team(team)?;
        let respondents = self.respondents(&team.id);
        let answers: Vec<&Answers> = respondents.iter().map(|a| &a.answers).collect();
        Some(combine(team, &answers))
    }

    /// The language shown.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether the person chose the language (rather than their browser or a link).
    pub fn lang_chosen(&self) -> bool {
        self.lang_chosen
    }

    /// What links carry besides the answers: the address keeps a language that came from a
    /// link or the person's choice; a link the person copies carries only the language they
    /// chose (`copying`).
    pub fn link_extras(&self, copying: bool) -> Extras {
        let keep = self.lang_chosen || (!copying && self.lang_from_link);
        Extras {
            lang: keep.then_some(self.lang),
            ..Extras::default()
        }
    }
    // --- changing: one arm per action, each a method in the file for its concept ----------

    pub fn apply(&mut self, action: Action, env: Env) {
        match action {
            Action::Choose {
                question,
                choice,
                advance,
            } => self.choose(question, choice, advance, env),
            Action::Next => self.next(),
            Action::Back => self.back(),
            Action::Popped(snapshot) => self.popped(snapshot),
            Action::Edit(question) => self.edit(question),
            Action::Continue => self.go(Screen::resume(&self.current().answers)),
            Action::SetCompany(name) => self.edit_current(env, |a| {
                a.set_company(&name);
            }),
            Action::SetPreparedBy(by) => self.prepared_by = by.cleaned(),
            Action::WhatIfOpen => self.what_if_open(),
            Action::WhatIf { question, choice } => self.what_if_change(question, choice),
            Action::WhatIfReset => self.what_if = None,
            Action::WhatIfKeep => self.what_if_keep(env),
            Action::New => self.new_assessment(env),
            Action::Open(id) => self.open(id),
            Action::Rename(id, name) => self.rename(&id, &name, env),
            Action::Duplicate(id) => self.duplicate(&id, env),
            Action::Delete(id) => self.delete(id, env),
            Action::StartOver => self.start_over(env),
            Action::Undo => self.undo(env),
            Action::ShowAssessments => self.go(Screen::Assessments),
            Action::ShowKit => self.go(Screen::Kit),
            Action::Filter(text) => self.filter = text,
            Action::Select(id) => self.select(id),
            Action::Compare(ids) => self.compare(ids),
            Action::Invite => self.invite(env),
            Action::SetLabel(label) => self.set_label(&label, env),
            Action::ShowTeam(team) => {
                if !self.respondents(&team).is_empty() {
                    self.go(Screen::Team(team));
                }
            }
            Action::Settle {
                team,
                question,
                choice,
            } => {
                if let Some(team) = self.teams.iter_mut().find(|t| t.id == team) {
                    team.settle(question, choice);
                }
            }
            Action::OpenCombined(team) => self.open_combined(&team, env),
            Action::ChooseLang(lang) => {
                self.lang = lang;
                self.lang_chosen = true;
            }
            Action::LangUnavailable(lang) => {
                self.lang = lang;
                self.notify(Notice::LangUnavailable);
            }
            Action::OpenLink(link) => self.open_link(link, env),
            Action::Import(Ok(imported)) => self.import(imported),
            Action::Import(Err(error)) => self.notify(Notice::ImportFailed(error)),
            Action::ResolveImport(resolution) => self.resolve(resolution, env),
            Action::OtherTab(workspace) => self.other_tab(workspace, env),
            Action::Saved(revision) => self.revision = self.revision.max(revision),
            Action::StorageFailed(StorageFailure::Unavailable) => self.notify(Notice::NotSaved),
            Action::StorageFailed(StorageFailure::Full) => self.notify(Notice::StorageFull),
            Action::StorageFailed(StorageFailure::NotLoaded) => self.notify(Notice::SaveNotLoaded),
            Action::Dismiss(index) => {
                if index < self.notices.len() {
                    self.notices.remove(index);
                }
            }
        }
        // A notice about an assessment goes once that assessment is no longer on screen.
        let here = &self.trail.place().assessment;
        self.notices
            .retain(|posted| posted.about.as_ref().is_none_or(|id| id == here));
    }
}

/// The most recently changed assessment that is not blank.
fn newest(assessments: &[Assessment]) -> Option<Id> {
    assessments
        .iter()
        .filter(|a| !a.is_blank())
        .max_by_key(|a| a.changed)
        .map(|a| a.id.clone())
}
