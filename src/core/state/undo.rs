//! What Undo restores: the last delete, clear or opened link.

use crate::core::assessment::{Assessment, Id};
use crate::core::questionnaire::Answers;

/// What can be undone: the last delete, clear or opened link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Undo {
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
