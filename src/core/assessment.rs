//! One company's assessment: its answers (company name included), a stable id, and when it was
//! created and last changed. A consultant's browser holds any number of them.

pub use crate::core::env::Env;
use crate::core::questionnaire::Answers;
use crate::core::team::Membership;

/// The longest id kept from stored data or a file; longer ones are replaced.
pub const ID_MAX_CHARS: usize = 40;

/// A stable, opaque assessment id: letters, digits and `-`, at most [`ID_MAX_CHARS`].
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Id(String);

impl Id {
    /// An id from outside (storage, a file, the history): `None` unless it has the id's shape,
    /// so nothing else can ever be used where an id is expected.
    pub fn parse(text: &str) -> Option<Id> {
        let valid = !text.is_empty()
            && text.chars().count() <= ID_MAX_CHARS
            && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        valid.then(|| Id(text.to_owned()))
    }

    /// A new id from the time and a random number, e.g. `a-mbx2k1-3fj9`.
    pub fn generate(env: Env) -> Id {
        Id(format!("a-{}", env.stamp()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    pub id: Id,
    pub answers: Answers,
    /// Milliseconds since the Unix epoch.
    pub created: u64,
    pub changed: u64,
    /// The team this assessment answers for, if any (contract v1.2).
    pub team: Option<Membership>,
}

impl Assessment {
    pub fn new(id: Id, answers: Answers, now: u64) -> Assessment {
        Assessment {
            id,
            answers,
            created: now,
            changed: now,
            team: None,
        }
    }

    /// Nothing entered yet: such an assessment is never stored, listed or exported.
    pub fn is_blank(&self) -> bool {
        self.answers.is_empty()
    }

    /// The name to show: the company, or a placeholder.
    pub fn name(&self) -> &str {
        match self.answers.company() {
            "" => UNNAMED,
            name => name,
        }
    }
}

/// How an assessment without a company name is shown.
pub const UNNAMED: &str = "Unnamed company";
