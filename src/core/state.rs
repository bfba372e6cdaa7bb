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

use super::answers::{Answers, COMPANY_MAX_CHARS};
use super::assessment::{Assessment, Env, Id};
use super::file::{FileError, Imported};
use super::questions::Question;
use super::record::FieldProblem;
use super::share::{DecodedLink, LinkProblem};
use super::storage::{StorageProblem, Workspace};

/// What the page shows.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Screen {
    /// A returning visitor's greeting: continue, see the result, or start a new assessment.
    Welcome,
    Step(Question),
    Result,
    /// Every assessment in this browser.
    Assessments,
    /// Two assessments side by side.
    Compare(Id, Id),
    /// The hiring kit for the roles the result calls for.
    Kit,
}

impl Screen {
    /// Where a person with these answers picks up: the first unanswered question, or the result.
    pub fn resume(answers: &Answers) -> Screen {
        answers
            .first_unanswered()
            .map_or(Screen::Result, Screen::Step)
    }

    /// The screen as text, for the history entry (`step:size`, `result`, `compare:a:b`, …).
    fn encode(&self) -> String {
        match self {
            Screen::Welcome => "welcome".into(),
            Screen::Step(q) => format!("step:{}", q.key()),
            Screen::Result => "result".into(),
            Screen::Assessments => "assessments".into(),
            Screen::Compare(a, b) => format!("compare:{}:{}", a.as_str(), b.as_str()),
            Screen::Kit => "kit".into(),
        }
    }

    fn decode(text: &str) -> Option<Screen> {
        let mut parts = text.split(':');
        let screen = match (parts.next()?, parts.next(), parts.next()) {
            ("welcome", None, None) => Screen::Welcome,
            ("step", Some(key), None) => Screen::Step(Question::from_key(key)?),
            ("result", None, None) => Screen::Result,
            ("assessments", None, None) => Screen::Assessments,
            ("compare", Some(a), Some(b)) => Screen::Compare(Id::parse(a)?, Id::parse(b)?),
            ("kit", None, None) => Screen::Kit,
            _ => return None,
        };
        parts.next().is_none().then_some(screen)
    }
}

/// One history entry: a screen, and the assessment that was current on it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    pub screen: Screen,
    pub assessment: Id,
}

/// The history entries this page has made, and which one is shown. Kept in step with the
/// browser's session history: an action pushes one entry, goes back one, or replaces the current.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Trail {
    pub entries: Vec<Place>,
    pub at: usize,
}

/// How many entries the trail keeps; older ones stay in the browser, which carries each entry's
/// own copy of the trail.
const TRAIL_MAX: usize = 60;

impl Trail {
    fn new(place: Place) -> Trail {
        Trail {
            entries: vec![place],
            at: 0,
        }
    }

    pub fn place(&self) -> &Place {
        // `at` always points into `entries`, which is never empty.
        &self.entries[self.at.min(self.entries.len() - 1)]
    }

    /// A new entry, unless `place` is already the current one.
    fn push(&mut self, place: Place) {
        if *self.place() != place {
            self.push_new(place);
        }
    }

    /// A new entry, even for the place already shown: the browser made one.
    fn push_new(&mut self, place: Place) {
        self.entries.truncate(self.at + 1);
        self.entries.push(place);
        if self.entries.len() > TRAIL_MAX {
            self.entries.remove(0);
        }
        self.at = self.entries.len() - 1;
    }

    /// Back to `place`: one entry back when that is where the previous entry was, else in place.
    fn back_to(&mut self, place: Place) {
        if self.at > 0 && self.entries[self.at - 1] == place {
            self.at -= 1;
        } else {
            self.entries[self.at] = place;
        }
    }

    fn replace(&mut self, place: Place) {
        self.entries[self.at] = place;
    }

    /// The trail as text for the browser's history entry: `at`, then one line per entry.
    pub fn encode(&self) -> String {
        let mut out = self.at.to_string();
        for place in &self.entries {
            out.push('\n');
            out.push_str(&place.screen.encode());
            out.push('@');
            out.push_str(place.assessment.as_str());
        }
        out
    }

    /// A trail read back from a history entry; `None` unless every line is valid.
    pub fn decode(text: &str) -> Option<Trail> {
        let mut lines = text.lines();
        let at: usize = lines.next()?.parse().ok()?;
        let entries = lines
            .map(|line| {
                let (screen, id) = line.rsplit_once('@')?;
                Some(Place {
                    screen: Screen::decode(screen)?,
                    assessment: Id::parse(id)?,
                })
            })
            .collect::<Option<Vec<Place>>>()?;
        (at < entries.len() && entries.len() <= TRAIL_MAX).then_some(Trail { entries, at })
    }
}

/// Something the page tells the person about the app's own state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Storage is unavailable or refused a write: answers live in this tab only.
    NotSaved,
    /// Storage is full: the last change is kept in this tab only; what was saved before is safe.
    StorageFull,
    /// Stored data could not be used as it stood; `raw` was copied to `kept_in` (unless that failed).
    Stored {
        problem: StorageProblem,
        raw: String,
        kept_in: Option<String>,
    },
    Link(LinkProblem),
    /// A link's answers were already here, in this assessment.
    LinkMatched {
        name: String,
    },
    /// A link's answers became a new assessment.
    LinkOpened {
        name: String,
        undo: u64,
    },
    Deleted {
        name: String,
        undo: u64,
    },
    Cleared {
        name: String,
        undo: u64,
    },
    Imported(ImportReport),
    ImportFailed(FileError),
    /// Another tab deleted the assessment shown here.
    DeletedElsewhere {
        name: String,
    },
}

impl Notice {
    /// The notice as a sentence for a person.
    pub fn message(&self) -> String {
        match self {
            Notice::NotSaved => "This browser is not letting the page save data, so your answers will be lost when you close the tab. Everything else works; export your assessments to a file to keep them.".into(),
            Notice::StorageFull => "This browser's storage for the app is full, so the latest change is kept in this tab only. Everything saved before it is safe. Export your assessments to a file, or delete some you no longer need.".into(),
            Notice::Stored { problem, kept_in: Some(key), .. } => format!("{} (Kept under “{key}”.)", problem.message()),
            Notice::Stored { problem, .. } => problem.message(),
            Notice::Link(problem) => problem.message(),
            Notice::LinkMatched { name } => format!("This link's answers are already here as “{name}”, so that assessment was opened."),
            Notice::LinkOpened { name, .. } => format!("The link's answers were opened as a new assessment, “{name}”. Your other assessments are unchanged."),
            Notice::Deleted { name, .. } => format!("“{name}” was deleted."),
            Notice::Cleared { name, .. } => format!("The answers for “{name}” were cleared."),
            Notice::Imported(report) => report.message(),
            Notice::ImportFailed(error) => error.message(),
            Notice::DeletedElsewhere { name } => format!("“{name}” was deleted in another tab."),
        }
    }

    /// The undo this notice offers, if any.
    pub fn undo(&self) -> Option<u64> {
        match self {
            Notice::LinkOpened { undo, .. }
            | Notice::Deleted { undo, .. }
            | Notice::Cleared { undo, .. } => Some(*undo),
            _ => None,
        }
    }
}

/// What an import did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportReport {
    pub added: usize,
    /// Already here with the same answers.
    pub unchanged: usize,
    pub replaced: usize,
    pub kept_both: usize,
    pub skipped: usize,
    pub problems: Vec<FieldProblem>,
    /// The file's version, when newer than this app's.
    pub newer: Option<u64>,
}

impl ImportReport {
    pub fn message(&self) -> String {
        let mut parts = vec![format!(
            "Imported {} assessment{}",
            self.added + self.replaced + self.kept_both,
            plural(self.added + self.replaced + self.kept_both)
        )];
        for (n, what) in [
            (self.replaced, "replaced after you chose to"),
            (self.kept_both, "kept beside the one already here"),
            (self.unchanged, "already here with the same answers"),
            (self.skipped, "skipped as you chose"),
        ] {
            if n > 0 {
                parts.push(format!("{n} {what}"));
            }
        }
        let mut text = parts.join("; ") + ".";
        if let Some(version) = self.newer {
            text.push_str(&format!(" The file was made by a newer version of this app (file version {version}); what this version understands was imported."));
        }
        if !self.problems.is_empty() {
            text.push_str(&format!(
                " {} problem{} in the file:",
                self.problems.len(),
                plural(self.problems.len())
            ));
        }
        text
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// What can be undone: the last delete, clear or opened link.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Undo {
    Delete {
        assessment: Assessment,
        index: usize,
        was_current: bool,
    },
    Clear {
        id: Id,
        answers: Answers,
    },
    Link {
        created: Id,
        previous: Id,
    },
}

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
    /// Marks an assessment for comparison, or unmarks it; the two newest marks count.
    Select(Id),
    Compare(Id, Id),
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
    notices: Vec<Notice>,
    /// Assessments from a file whose ids are here with other answers, and the report so far.
    conflicts: Vec<Assessment>,
    pending_report: Option<ImportReport>,
    filter: String,
    selected: Vec<Id>,
    revision: u64,
}

impl State {
    pub fn start(startup: Startup, env: Env) -> State {
        let Startup {
            workspace,
            stored_problem,
            storage_available,
            link,
            trail,
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
        };
        if !storage_available {
            state.notices.push(Notice::NotSaved);
        }
        if let Some((problem, raw, kept_in)) = stored_problem {
            state.notices.push(Notice::Stored {
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

    pub fn notices(&self) -> &[Notice] {
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

    pub fn revision(&self) -> u64 {
        self.revision
    }

    // --- changing -------------------------------------------------------------------------

    pub fn apply(&mut self, action: Action, env: Env) {
        match action {
            Action::Choose {
                question,
                choice,
                advance,
            } => {
                self.edit_current(env, |a| a.set(question, choice));
                if advance {
                    self.advance_from(question);
                }
            }
            Action::Next => {
                if let Screen::Step(question) = *self.screen() {
                    if self.current().answers.get(question).is_some() {
                        self.advance_from(question);
                    }
                }
            }
            Action::Back => {
                if let Screen::Step(question) = *self.screen() {
                    if let Some(previous) = question.index().checked_sub(1) {
                        let place = self.place(Screen::Step(Question::ALL[previous]));
                        self.trail.back_to(place);
                    }
                } else if self.trail.at > 0 {
                    let place = self.trail.entries[self.trail.at - 1].clone();
                    self.trail.back_to(place);
                    self.follow_place();
                }
            }
            Action::Popped(snapshot) => {
                let known = snapshot.at < self.trail.entries.len()
                    && self.trail.entries[..=snapshot.at] == snapshot.entries[..=snapshot.at];
                if known {
                    self.trail.at = snapshot.at;
                } else {
                    self.trail = snapshot;
                }
                self.follow_place();
            }
            Action::Edit(question) => {
                self.what_if = None;
                self.editing = true;
                self.go(Screen::Step(question));
            }
            Action::Continue => {
                let screen = Screen::resume(&self.current().answers);
                self.go(screen);
            }
            Action::SetCompany(name) => self.edit_current(env, |a| {
                a.set_company(&name);
            }),
            // What-if lives on the result only.
            Action::WhatIfOpen | Action::WhatIf { .. } if *self.screen() != Screen::Result => {}
            Action::WhatIfOpen => {
                if self.what_if.is_none() {
                    self.what_if = Some(self.current().answers.clone());
                }
            }
            Action::WhatIf { question, choice } => {
                let mut sandbox = self
                    .what_if
                    .take()
                    .unwrap_or_else(|| self.current().answers.clone());
                sandbox.set(question, choice);
                self.what_if = Some(sandbox);
            }
            Action::WhatIfReset => self.what_if = None,
            // The sandbox changes the nine answers; the name stays as it is now.
            Action::WhatIfKeep => {
                if let Some(sandbox) = self.what_if.take() {
                    self.edit_current(env, |a| {
                        for q in Question::ALL {
                            match sandbox.get(q) {
                                Some(choice) => a.set(q, choice),
                                None => a.clear(q),
                            }
                        }
                    });
                }
            }
            Action::New => {
                if !self.current().is_blank() {
                    let blank = Assessment::new(self.fresh_id(env), Answers::default(), env.now);
                    self.switch_to(blank.id.clone());
                    self.assessments.push(blank);
                }
                self.go(Screen::Step(Question::Size));
            }
            Action::Open(id) => {
                if let Some(answers) = self.get(&id).map(|a| a.answers.clone()) {
                    self.switch_to(id);
                    self.go(Screen::resume(&answers));
                }
            }
            Action::Rename(id, name) => {
                if let Some(a) = self.assessments.iter_mut().find(|a| a.id == id) {
                    let before = a.answers.company().to_owned();
                    a.answers.set_company(&name);
                    // A name is all an unanswered assessment has: erasing it would drop it.
                    if a.is_blank() {
                        a.answers.set_company(&before);
                    }
                    if a.answers.company() != before {
                        a.changed = env.now.max(a.changed);
                    }
                }
            }
            Action::Duplicate(id) => {
                if let Some(original) = self.get(&id).cloned() {
                    let mut answers = original.answers.clone();
                    answers.set_company(&copy_name(original.name()));
                    let copy = Assessment::new(self.fresh_id(env), answers, env.now);
                    let screen = Screen::resume(&copy.answers);
                    self.switch_to(copy.id.clone());
                    self.assessments.push(copy);
                    self.go(screen);
                }
            }
            Action::Delete(id) => self.delete(id, env),
            Action::StartOver => {
                let current = self.current().clone();
                if current.answers.answered_count() > 0 {
                    let mut cleared = Answers::default();
                    cleared.set_company(current.answers.company());
                    self.edit_current(env, |a| *a = cleared);
                    let undo = self.remember(Undo::Clear {
                        id: current.id.clone(),
                        answers: current.answers.clone(),
                    });
                    self.notify(Notice::Cleared {
                        name: current.name().to_owned(),
                        undo,
                    });
                }
                self.what_if = None;
                self.go(Screen::Step(Question::Size));
            }
            Action::Undo => self.undo(env),
            Action::ShowAssessments => self.go(Screen::Assessments),
            Action::ShowKit => self.go(Screen::Kit),
            Action::Filter(text) => self.filter = text,
            Action::Select(id) => {
                if let Some(at) = self.selected.iter().position(|s| *s == id) {
                    self.selected.remove(at);
                } else if self.get(&id).is_some() {
                    self.selected.push(id);
                    if self.selected.len() > 2 {
                        self.selected.remove(0);
                    }
                }
            }
            Action::Compare(a, b) => {
                if a != b && self.get(&a).is_some() && self.get(&b).is_some() {
                    self.go(Screen::Compare(a, b));
                }
            }
            Action::OpenLink(link) => self.open_link(link, env),
            Action::Import(Ok(imported)) => self.import(imported),
            Action::Import(Err(error)) => self.notify(Notice::ImportFailed(error)),
            Action::ResolveImport(resolution) => self.resolve(resolution, env),
            Action::OtherTab(workspace) => self.other_tab(workspace, env),
            Action::Saved(revision) => self.revision = self.revision.max(revision),
            Action::StorageFailed(StorageFailure::Unavailable) => self.notify(Notice::NotSaved),
            Action::StorageFailed(StorageFailure::Full) => self.notify(Notice::StorageFull),
            Action::Dismiss(index) => {
                if index < self.notices.len() {
                    self.notices.remove(index);
                }
            }
        }
    }

    /// The place for `screen` with the current assessment.
    fn place(&self, screen: Screen) -> Place {
        Place {
            screen,
            assessment: self.current.clone(),
        }
    }

    /// Moves on to `screen` as a new history entry. A screen that needs every answer falls back
    /// to the first open question.
    fn go(&mut self, screen: Screen) {
        let screen = self.valid(screen);
        if !matches!(screen, Screen::Step(_)) {
            self.editing = false;
        }
        if screen != Screen::Result {
            self.what_if = None;
        }
        let place = self.place(screen);
        self.trail.push(place);
    }

    /// `screen`, or where to go instead when it cannot be shown now.
    fn valid(&self, screen: Screen) -> Screen {
        match screen {
            Screen::Result | Screen::Kit if self.current().answers.profile().is_none() => {
                Screen::resume(&self.current().answers)
            }
            Screen::Compare(a, b) if self.get(&a).is_none() || self.get(&b).is_none() => {
                Screen::Assessments
            }
            other => other,
        }
    }

    /// After the trail moved: make its assessment current, and its screen valid.
    fn follow_place(&mut self) {
        let place = self.trail.place().clone();
        if place.assessment != self.current && self.get(&place.assessment).is_some() {
            self.switch_to(place.assessment.clone());
        }
        let screen = self.valid(place.screen.clone());
        let fixed = self.place(screen);
        if fixed != place {
            self.trail.replace(fixed);
        }
        if *self.screen() != Screen::Result {
            self.what_if = None;
        }
    }

    /// Where answering `question` leads: the next question, the result after an edit or at the
    /// end, or whichever question is still open.
    fn advance_from(&mut self, question: Question) {
        let answers = &self.current().answers;
        let screen = match Question::ALL.get(question.index() + 1) {
            Some(next) if !self.editing => Screen::Step(*next),
            _ => Screen::resume(answers),
        };
        if screen == Screen::Result {
            self.editing = false;
        }
        self.go(screen);
    }

    fn edit_current(&mut self, env: Env, change: impl FnOnce(&mut Answers)) {
        let current = self.current.clone();
        if let Some(a) = self.assessments.iter_mut().find(|a| a.id == current) {
            let before = a.answers.clone();
            change(&mut a.answers);
            if a.answers != before {
                a.changed = env.now.max(a.changed);
            }
        }
    }

    /// Makes `id` current. A blank assessment left behind is dropped: nothing was entered in it.
    fn switch_to(&mut self, id: Id) {
        if id == self.current {
            return;
        }
        let left = self.current.clone();
        self.current = id;
        self.what_if = None;
        self.editing = false;
        self.assessments.retain(|a| a.id != left || !a.is_blank());
    }

    fn fresh_id(&self, env: Env) -> Id {
        let mut salt = 0u64;
        loop {
            let id = Id::generate(Env {
                random: env.random.wrapping_add(salt),
                ..env
            });
            if self.get(&id).is_none() {
                return id;
            }
            salt += 1;
        }
    }

    fn notify(&mut self, notice: Notice) {
        if !self.notices.contains(&notice) {
            self.notices.push(notice);
        }
    }

    /// Keeps `undo` as the one thing Undo restores, replacing any earlier one.
    fn remember(&mut self, undo: Undo) -> u64 {
        // Only the newest can be undone, so older offers go.
        self.notices.retain(|n| n.undo().is_none());
        self.undo_seq += 1;
        self.undo = Some((self.undo_seq, undo));
        self.undo_seq
    }

    fn delete(&mut self, id: Id, env: Env) {
        let Some(index) = self.assessments.iter().position(|a| a.id == id) else {
            return;
        };
        let was_current = id == self.current;
        let assessment = self.assessments.remove(index);
        self.selected.retain(|s| *s != id);
        if was_current {
            self.what_if = None;
            self.editing = false;
            self.current = match newest(&self.assessments) {
                Some(next) => next,
                None => {
                    let blank = Assessment::new(self.fresh_id(env), Answers::default(), env.now);
                    let id = blank.id.clone();
                    self.assessments.push(blank);
                    id
                }
            };
        }
        if !assessment.is_blank() {
            let name = assessment.name().to_owned();
            let undo = self.remember(Undo::Delete {
                assessment,
                index,
                was_current,
            });
            self.notify(Notice::Deleted { name, undo });
        }
        // A screen about the deleted assessment has nothing left to show.
        let place = self.trail.place().clone();
        let gone = match &place.screen {
            Screen::Compare(a, b) => *a == id || *b == id,
            _ => place.assessment == id,
        };
        if gone {
            let screen = if self.count() > 0 {
                Screen::Assessments
            } else {
                Screen::Step(Question::Size)
            };
            let place = self.place(screen);
            self.trail.push(place);
        }
    }

    fn undo(&mut self, env: Env) {
        let Some((seq, undo)) = self.undo.take() else {
            return;
        };
        self.notices.retain(|n| n.undo() != Some(seq));
        match undo {
            Undo::Delete {
                assessment,
                index,
                was_current,
            } => {
                if self.get(&assessment.id).is_some() {
                    return;
                }
                let id = assessment.id.clone();
                self.assessments
                    .insert(index.min(self.assessments.len()), assessment);
                if was_current {
                    self.switch_to(id);
                    let screen = self.valid(self.screen().clone());
                    let place = self.place(screen);
                    self.trail.replace(place);
                }
            }
            Undo::Clear { id, answers } => {
                if let Some(a) = self.assessments.iter_mut().find(|a| a.id == id) {
                    a.answers = answers;
                    a.changed = env.now.max(a.changed);
                }
            }
            Undo::Link { created, previous } => {
                if self.get(&previous).is_some() {
                    self.switch_to(previous);
                }
                if self.current != created {
                    self.assessments.retain(|a| a.id != created);
                    let screen = Screen::resume(&self.current().answers);
                    self.go(screen);
                }
            }
        }
    }

    /// Opens a link's answers: an assessment with exactly these answers opens; otherwise they
    /// become a new assessment (or fill the current one when nothing was entered in it). Always
    /// one new history entry, matching the one the browser made for the new address.
    fn open_link(&mut self, link: DecodedLink, env: Env) {
        for problem in link.problems {
            self.notify(Notice::Link(problem));
        }
        let answers = link.answers;
        if answers.is_empty() {
            let place = self.trail.place().clone();
            self.trail.push_new(place);
            return;
        }
        let same = if self.current().answers == answers {
            Some(self.current.clone())
        } else {
            self.assessments
                .iter()
                .find(|a| a.answers == answers)
                .map(|a| a.id.clone())
        };
        match same {
            Some(id) => {
                if id != self.current {
                    let name = self.get(&id).map_or("", Assessment::name).to_owned();
                    self.notify(Notice::LinkMatched { name });
                    self.switch_to(id);
                }
            }
            None if self.current().is_blank() => {
                self.edit_current(env, |a| *a = answers);
            }
            None => {
                let created = Assessment::new(self.fresh_id(env), answers, env.now);
                let name = created.name().to_owned();
                let previous = self.current.clone();
                let id = created.id.clone();
                self.assessments.push(created);
                self.switch_to(id.clone());
                let undo = self.remember(Undo::Link {
                    created: id,
                    previous,
                });
                self.notify(Notice::LinkOpened { name, undo });
            }
        }
        let screen = Screen::resume(&self.current().answers);
        let place = self.place(screen);
        self.trail.push_new(place);
    }

    fn import(&mut self, imported: Imported) {
        let mut report = ImportReport {
            added: 0,
            unchanged: 0,
            replaced: 0,
            kept_both: 0,
            skipped: 0,
            problems: imported.problems,
            newer: imported.newer,
        };
        let mut conflicts = Vec::new();
        for incoming in imported.assessments.into_iter().filter(|a| !a.is_blank()) {
            match self.get(&incoming.id) {
                None => {
                    self.assessments.push(incoming);
                    report.added += 1;
                }
                Some(here) if here.answers == incoming.answers => report.unchanged += 1,
                // Nothing was entered in it, so there is nothing to ask about.
                Some(here) if here.is_blank() => {
                    let id = incoming.id.clone();
                    self.assessments.retain(|a| a.id != id);
                    self.assessments.push(incoming);
                    report.added += 1;
                }
                Some(_) => conflicts.push(incoming),
            }
        }
        self.conflicts = conflicts;
        if self.conflicts.is_empty() {
            self.notify(Notice::Imported(report));
        } else {
            self.pending_report = Some(report);
        }
        self.go(Screen::Assessments);
    }

    fn resolve(&mut self, resolution: Resolution, env: Env) {
        let Some(mut report) = self.pending_report.take() else {
            return;
        };
        for incoming in std::mem::take(&mut self.conflicts) {
            match resolution {
                Resolution::Replace => {
                    if let Some(here) = self.assessments.iter_mut().find(|a| a.id == incoming.id) {
                        if here.id == self.current {
                            self.what_if = None;
                        }
                        *here = incoming;
                        report.replaced += 1;
                    }
                }
                Resolution::KeepBoth => {
                    let mut copy = incoming;
                    copy.id = self.fresh_id(env);
                    self.assessments.push(copy);
                    report.kept_both += 1;
                }
                Resolution::Skip => report.skipped += 1,
            }
        }
        self.notify(Notice::Imported(report));
    }

    /// Takes another tab's save when it is newer than what this tab has: its assessments, while
    /// this tab keeps showing its own current one (unless that one was deleted there).
    fn other_tab(&mut self, workspace: Workspace, env: Env) {
        if workspace.revision <= self.revision {
            return;
        }
        self.revision = workspace.revision;
        let mine = self.current().clone();
        self.assessments = workspace.assessments;
        if self.get(&mine.id).is_none() {
            // Nothing entered here yet: follow the other tab's current assessment.
            let theirs = workspace
                .current
                .clone()
                .filter(|id| self.get(id).is_some());
            if let (true, Some(id)) = (mine.is_blank(), theirs) {
                self.current = id;
            } else if mine.is_blank() {
                self.assessments.push(mine);
            } else {
                self.notify(Notice::DeletedElsewhere {
                    name: mine.name().to_owned(),
                });
                self.current = match workspace.current.or_else(|| newest(&self.assessments)) {
                    Some(id) if self.get(&id).is_some() => id,
                    _ => {
                        let blank =
                            Assessment::new(self.fresh_id(env), Answers::default(), env.now);
                        let id = blank.id.clone();
                        self.assessments.push(blank);
                        id
                    }
                };
                self.what_if = None;
                let screen = Screen::resume(&self.current().answers);
                let place = self.place(screen);
                self.trail.replace(place);
                return;
            }
        }
        self.selected
            .retain(|id| self.assessments.iter().any(|a| &a.id == id));
        let screen = self.valid(self.screen().clone());
        let place = self.place(screen);
        if *self.trail.place() != place {
            self.trail.replace(place);
        }
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

/// The name of a duplicate, within the company name's limit.
fn copy_name(name: &str) -> String {
    const SUFFIX: &str = " (copy)";
    let room = COMPANY_MAX_CHARS - SUFFIX.chars().count();
    let mut out: String = name.chars().take(room).collect();
    out.push_str(SUFFIX);
    out
}
