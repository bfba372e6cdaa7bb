//! A company's answers: the one source of truth the recommendation, storage and links follow from.

use super::questions::*;

/// The longest company name kept, in characters (contract v1).
pub const COMPANY_MAX_CHARS: usize = 80;

/// Answers given so far: an option index per question (or none yet), and the optional company name.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Answers {
    choices: [Option<u8>; QUESTION_COUNT],
    company: String,
}

impl Answers {
    /// The chosen option's index for a question.
    pub fn get(&self, question: Question) -> Option<usize> {
        self.choices[question.index()].map(usize::from)
    }

    /// The chosen option's contract id for a question.
    pub fn get_id(&self, question: Question) -> Option<&'static str> {
        self.get(question).map(|i| question.choices()[i].id)
    }

    /// Records an answer; an index outside the question's options is ignored.
    pub fn set(&mut self, question: Question, choice: usize) {
        if choice < question.choices().len() {
            self.choices[question.index()] = u8::try_from(choice).ok();
        }
    }

    pub fn clear(&mut self, question: Question) {
        self.choices[question.index()] = None;
    }

    pub fn company(&self) -> &str {
        &self.company
    }

    /// Sets the company name (see [`Answers::clean_company`]). Returns true when it had to be
    /// cut.
    pub fn set_company(&mut self, name: &str) -> bool {
        let cleaned: String = name.chars().filter(|c| !c.is_control()).collect();
        let cut = cleaned.trim().chars().count() > COMPANY_MAX_CHARS;
        self.company = Answers::clean_company(name);
        cut
    }

    /// A company name as kept: trimmed, without control characters, cut to
    /// [`COMPANY_MAX_CHARS`].
    pub fn clean_company(name: &str) -> String {
        let cleaned: String = name.chars().filter(|c| !c.is_control()).collect();
        let mut kept: String = cleaned.trim().chars().take(COMPANY_MAX_CHARS).collect();
        kept.truncate(kept.trim_end().len());
        kept
    }

    pub fn answered_count(&self) -> usize {
        self.choices.iter().filter(|c| c.is_some()).count()
    }

    pub fn is_empty(&self) -> bool {
        self.answered_count() == 0 && self.company.is_empty()
    }

    /// The first question without an answer, or `None` when every question is answered.
    pub fn first_unanswered(&self) -> Option<Question> {
        Question::ALL.into_iter().find(|q| self.get(*q).is_none())
    }

    /// Every answer as a typed profile, once all nine are given.
    pub fn profile(&self) -> Option<Profile> {
        let pick = |q: Question| self.get(q);
        Some(Profile {
            size: Size::from_index(pick(Question::Size)?)?,
            stage: Stage::from_index(pick(Question::Stage)?)?,
            industry: Industry::from_index(pick(Question::Industry)?)?,
            focus: Focus::from_index(pick(Question::Focus)?)?,
            regulation: Regulation::from_index(pick(Question::Regulation)?)?,
            systems: Systems::from_index(pick(Question::Systems)?)?,
            engineering: Engineering::from_index(pick(Question::Engineering)?)?,
            priority: Priority::from_index(pick(Question::Priority)?)?,
            leadership: Leadership::from_index(pick(Question::Leadership)?)?,
        })
    }
}

/// A complete set of answers, typed: what the engine evaluates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Profile {
    pub size: Size,
    pub stage: Stage,
    pub industry: Industry,
    pub focus: Focus,
    pub regulation: Regulation,
    pub systems: Systems,
    pub engineering: Engineering,
    pub priority: Priority,
    pub leadership: Leadership,
}

impl Profile {
    /// A profile from the nine contract option ids, in questionnaire order.
    pub fn from_ids(ids: [&str; QUESTION_COUNT]) -> Option<Profile> {
        let mut answers = Answers::default();
        for (q, id) in Question::ALL.into_iter().zip(ids) {
            answers.set(q, q.choice_index(id)?);
        }
        answers.profile()
    }

    /// The option index this profile holds for a question.
    pub fn choice(&self, question: Question) -> usize {
        match question {
            Question::Size => self.size as usize,
            Question::Stage => self.stage as usize,
            Question::Industry => self.industry as usize,
            Question::Focus => self.focus as usize,
            Question::Regulation => self.regulation as usize,
            Question::Systems => self.systems as usize,
            Question::Engineering => self.engineering as usize,
            Question::Priority => self.priority as usize,
            Question::Leadership => self.leadership as usize,
        }
    }

    /// The same profile with one answer changed; `None` if the index is out of range.
    pub fn with(&self, question: Question, choice: usize) -> Option<Profile> {
        let mut answers = Answers::from(self);
        if choice >= question.choices().len() {
            return None;
        }
        answers.set(question, choice);
        answers.profile()
    }

    /// Every one of the 194,400 possible profiles, in questionnaire order.
    pub fn all() -> impl Iterator<Item = Profile> {
        let counts = Question::ALL.map(|q| q.choices().len());
        let total: usize = counts.iter().product();
        (0..total).filter_map(move |mut n| {
            let mut answers = Answers::default();
            for q in Question::ALL.into_iter().rev() {
                let len = counts[q.index()];
                answers.set(q, n % len);
                n /= len;
            }
            answers.profile()
        })
    }
}

impl From<&Profile> for Answers {
    fn from(profile: &Profile) -> Answers {
        let mut answers = Answers::default();
        for q in Question::ALL {
            answers.set(q, profile.choice(q));
        }
        answers
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answer_space_has_194_400_profiles() {
        assert_eq!(Profile::all().count(), 194_400);
    }

    #[test]
    fn company_name_is_cut_to_80_characters_and_cleaned() {
        let mut a = Answers::default();
        assert!(!a.set_company("  Acme\u{0007} Ltd  "));
        assert_eq!(a.company(), "Acme Ltd");
        assert!(a.set_company(&"é".repeat(81)));
        assert_eq!(a.company().chars().count(), 80);
    }

    #[test]
    fn out_of_range_choice_is_ignored() {
        let mut a = Answers::default();
        a.set(Question::Stage, 3);
        assert_eq!(a.get(Question::Stage), None);
        a.set(Question::Stage, 2);
        assert_eq!(a.get_id(Question::Stage), Some("established"));
    }

    #[test]
    fn resumes_at_first_unanswered_question() {
        let mut a = Answers::default();
        assert_eq!(a.first_unanswered(), Some(Question::Size));
        a.set(Question::Size, 0);
        a.set(Question::Industry, 0);
        assert_eq!(a.first_unanswered(), Some(Question::Stage));
    }
}
