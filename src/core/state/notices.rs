//! What the page tells the person about the app's own state, as sentences.

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
