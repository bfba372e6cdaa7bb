//! What the page tells the person about the app's own state, as sentences.

use crate::core::assessment::Id;
use crate::core::locale::{Catalogue, Msg};
use crate::core::persist::file::FileError;
use crate::core::persist::record::FieldProblem;
use crate::core::persist::share::LinkProblem;
use crate::core::persist::storage::StorageProblem;

/// Something the page tells the person about the app's own state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Storage is unavailable or refused a write: answers live in this tab only.
    NotSaved,
    /// Storage is full: the last change is kept in this tab only; what was saved before is safe.
    StorageFull,
    /// The code that saves could not be fetched: changes live in this tab until it can be.
    SaveNotLoaded,
    /// The texts of the language asked for could not be fetched.
    LangUnavailable,
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
    /// A respondent's link added their answers to a team.
    RespondentAdded {
        by: String,
        team: String,
        undo: u64,
    },
    /// The team's combined answers were brought up to date; Undo gives back the earlier ones.
    CombinedUpdated {
        team: String,
        undo: u64,
    },
}

/// What kind of news a notice is: each looks different, by more than colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Something the person asked for was done.
    Done,
    /// Done, but not all of it as it stood: something was left out, kept aside or is at risk.
    Warning,
    /// Something failed.
    Error,
}

/// A notice, and the assessment it is about: it goes when that assessment leaves the screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Posted {
    pub notice: Notice,
    pub about: Option<Id>,
}

impl Notice {
    /// The notice as a sentence for a person, in `catalogue`'s language.
    pub fn message(&self, catalogue: &Catalogue) -> String {
        let named = |msg, name: &str| catalogue.fill(msg, &[("name", name)]);
        match self {
            Notice::NotSaved => catalogue.text(Msg::NoticeNotSaved),
            Notice::StorageFull => catalogue.text(Msg::NoticeStorageFull),
            Notice::SaveNotLoaded => catalogue.text(Msg::NoticeSaveNotLoaded),
            Notice::LangUnavailable => catalogue.text(Msg::NoticeLangUnavailable),
            Notice::Stored {
                problem,
                kept_in: Some(key),
                ..
            } => catalogue.fill(
                Msg::NoticeKeptUnder,
                &[("problem", &problem.message(catalogue)), ("key", key)],
            ),
            Notice::Stored { problem, .. } => problem.message(catalogue),
            Notice::Link(problem) => problem.message(catalogue),
            Notice::LinkMatched { name } => named(Msg::NoticeLinkMatched, name),
            Notice::LinkOpened { name, .. } => named(Msg::NoticeLinkOpened, name),
            Notice::Deleted { name, .. } => named(Msg::NoticeDeleted, name),
            Notice::Cleared { name, .. } => named(Msg::NoticeCleared, name),
            Notice::Imported(report) => report.message(catalogue),
            Notice::ImportFailed(error) => error.message(catalogue),
            Notice::DeletedElsewhere { name } => named(Msg::NoticeDeletedElsewhere, name),
            Notice::RespondentAdded { by, team, .. } => {
                let by = match by.as_str() {
                    "" => catalogue.text(Msg::TeamUnlabelled),
                    by => by.to_owned(),
                };
                catalogue.fill(Msg::NoticeRespondentAdded, &[("by", &by), ("team", team)])
            }
            Notice::CombinedUpdated { team, .. } => named(Msg::NoticeCombinedUpdated, team),
        }
    }

    pub fn kind(&self) -> Kind {
        match self {
            Notice::StorageFull | Notice::SaveNotLoaded | Notice::ImportFailed(_) => Kind::Error,
            Notice::NotSaved
            | Notice::LangUnavailable
            | Notice::Stored { .. }
            | Notice::Link(_)
            | Notice::DeletedElsewhere { .. } => Kind::Warning,
            Notice::Imported(report) if !report.problems.is_empty() => Kind::Warning,
            _ => Kind::Done,
        }
    }

    /// The undo this notice offers, if any.
    pub fn undo(&self) -> Option<u64> {
        match self {
            Notice::LinkOpened { undo, .. }
            | Notice::Deleted { undo, .. }
            | Notice::Cleared { undo, .. }
            | Notice::RespondentAdded { undo, .. }
            | Notice::CombinedUpdated { undo, .. } => Some(*undo),
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
    /// What the import did, as sentences in `catalogue`'s language.
    pub fn message(&self, catalogue: &Catalogue) -> String {
        let count = |msg, n: usize| catalogue.count(msg, n as u64, &[]);
        let mut parts = vec![count(
            Msg::ImportImported,
            self.added + self.replaced + self.kept_both,
        )];
        for (n, msg) in [
            (self.replaced, Msg::ImportReplaced),
            (self.kept_both, Msg::ImportKeptBoth),
            (self.unchanged, Msg::ImportUnchanged),
            (self.skipped, Msg::ImportSkipped),
        ] {
            if n > 0 {
                parts.push(count(msg, n));
            }
        }
        let separator = catalogue.text(Msg::AppClauseSeparator);
        let mut text = catalogue.fill(Msg::ImportSummary, &[("parts", &parts.join(&separator))]);
        if let Some(version) = self.newer {
            text.push(' ');
            text.push_str(
                &catalogue.fill(Msg::ImportNewer, &[("version", &catalogue.number(version))]),
            );
        }
        if !self.problems.is_empty() {
            text.push(' ');
            text.push_str(&count(Msg::ImportProblems, self.problems.len()));
        }
        text
    }
}
