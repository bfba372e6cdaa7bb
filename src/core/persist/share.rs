//! The share-link codec (contract v1): answers in the URL fragment as
//! `v=1&size=medium&…&company=Acme%20Ltd`, read with `application/x-www-form-urlencoded` rules.
//! Contract v1.2 adds `team`, `by` and `from` (an invitation, or a respondent's answers, see
//! [`crate::core::team`]) and `lang` (the language to show, see [`crate::core::locale::Lang`]).
//!
//! Decoding never fails as a whole: whatever is valid is used, and each thing that is not becomes a
//! [`LinkProblem`] the UI can put into a sentence.

use crate::core::locale::{Catalogue, Lang, Msg};
use crate::core::questionnaire::{Answers, COMPANY_MAX_CHARS};
use crate::core::questionnaire::{Question, QUESTION_COUNT};
use crate::core::team::{clean_label, TeamId, LABEL_MAX_CHARS};

/// The newest link version this app reads and the one it writes.
pub const LINK_VERSION: u32 = 1;

/// How many problems are listed one by one; the rest are counted.
const MAX_LISTED_PROBLEMS: usize = 8;

/// How much of a bad value a message quotes.
const QUOTE_CHARS: usize = 40;

/// What a link carries besides the answers (contract v1.2).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Extras {
    /// The team the answers are for: an invitation without answers, a respondent's with them.
    pub team: Option<TeamId>,
    /// The respondent's label ("CFO"); with `team`.
    pub by: String,
    /// Who sent an invitation; with `team`.
    pub from: String,
    /// The language to show.
    pub lang: Option<Lang>,
}

/// The fragment (without `#`) that carries these answers.
pub fn encode(answers: &Answers) -> String {
    encode_with(answers, &Extras::default())
}

/// The fragment (without `#`) that carries these answers and `extras`.
pub fn encode_with(answers: &Answers, extras: &Extras) -> String {
    let mut out = format!("v={LINK_VERSION}");
    for q in Question::ALL {
        if let Some(id) = answers.get_id(q) {
            out.push('&');
            out.push_str(q.key());
            out.push('=');
            out.push_str(id);
        }
    }
    if !answers.company().is_empty() {
        out.push_str("&company=");
        percent_encode_into(answers.company(), &mut out);
    }
    if let Some(team) = &extras.team {
        out.push_str("&team=");
        out.push_str(team.as_str());
        for (key, text) in [("by", &extras.by), ("from", &extras.from)] {
            if !text.is_empty() {
                out.push_str(&format!("&{key}="));
                percent_encode_into(text, &mut out);
            }
        }
    }
    if let Some(lang) = extras.lang {
        out.push_str("&lang=");
        out.push_str(lang.code());
    }
    out
}

/// Something in a link that could not be used as it stood.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkProblem {
    UnknownKey(String),
    UnknownOption {
        key: &'static str,
        value: String,
    },
    EmptyValue(String),
    Duplicate(&'static str),
    NewerVersion(String),
    BadVersion(String),
    Unreadable(String),
    BadEncoding(String),
    CompanyCut,
    /// A `team` that is not a team id: the answers are read as an assessment of their own.
    BadTeam(String),
    /// A `by` or `from` longer than the contract allows; it was cut.
    LabelCut(&'static str),
    /// More problems than are listed.
    More(usize),
}

impl LinkProblem {
    /// The problem as a sentence for a person, in `catalogue`'s language.
    pub fn message(&self, catalogue: &Catalogue) -> String {
        let fill = |msg, args: &[(&str, &str)]| catalogue.fill(msg, args);
        match self {
            LinkProblem::UnknownKey(key) => fill(Msg::LinkUnknownKey, &[("key", key)]),
            LinkProblem::UnknownOption { key, value } => {
                let topic = Question::from_key(key)
                    .map_or((*key).to_owned(), |q| catalogue.text(q.topic()));
                fill(
                    Msg::LinkUnknownOption,
                    &[("value", value), ("topic", &topic), ("key", key)],
                )
            }
            LinkProblem::EmptyValue(key) => fill(Msg::LinkEmptyValue, &[("key", key)]),
            LinkProblem::Duplicate(key) => fill(Msg::LinkDuplicate, &[("key", key)]),
            LinkProblem::NewerVersion(v) => fill(Msg::LinkNewerVersion, &[("version", v)]),
            LinkProblem::BadVersion(v) => fill(Msg::LinkBadVersion, &[("version", v)]),
            LinkProblem::Unreadable(part) => fill(Msg::LinkUnreadable, &[("part", part)]),
            LinkProblem::BadEncoding(key) => fill(Msg::LinkBadEncoding, &[("key", key)]),
            LinkProblem::CompanyCut => fill(
                Msg::LinkCompanyCut,
                &[("max", &catalogue.number(COMPANY_MAX_CHARS as u64))],
            ),
            LinkProblem::BadTeam(team) => fill(Msg::LinkBadTeam, &[("team", team)]),
            LinkProblem::LabelCut(key) => fill(
                Msg::LinkLabelCut,
                &[
                    ("key", key),
                    ("max", &catalogue.number(LABEL_MAX_CHARS as u64)),
                ],
            ),
            LinkProblem::More(n) => catalogue.count(Msg::LinkMore, *n as u64, &[]),
        }
    }
}

/// What a link held: the answers it carries and what could not be used.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DecodedLink {
    pub answers: Answers,
    pub extras: Extras,
    pub problems: Vec<LinkProblem>,
}

/// The keys after the nine questions, each with its place in the table of keys seen.
const EXTRA_KEYS: [&str; 6] = ["company", "v", "team", "by", "from", "lang"];

/// Reads a fragment, with or without its leading `#`. Runs in time linear in the input.
pub fn decode(fragment: &str) -> DecodedLink {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let mut answers = Answers::default();
    let mut extras = Extras::default();
    let mut problems = Vec::new();
    // One flag per question, then one per key of `EXTRA_KEYS`.
    let mut seen = [false; QUESTION_COUNT + EXTRA_KEYS.len()];
    for pair in fragment.split('&').filter(|p| !p.is_empty()) {
        let Some((raw_key, raw_value)) = pair.split_once('=') else {
            problems.push(LinkProblem::Unreadable(quote(pair)));
            continue;
        };
        let (Some(key), Some(value)) = (form_decode(raw_key), form_decode(raw_value)) else {
            problems.push(LinkProblem::BadEncoding(quote(raw_key)));
            continue;
        };
        let extra = EXTRA_KEYS.iter().position(|k| *k == key);
        let (slot, key) = match (extra, Question::from_key(&key)) {
            (Some(i), _) => (QUESTION_COUNT + i, EXTRA_KEYS[i]),
            (None, Some(q)) => (q.index(), q.key()),
            (None, None) => {
                problems.push(LinkProblem::UnknownKey(quote(&key)));
                continue;
            }
        };
        if std::mem::replace(&mut seen[slot], true) {
            problems.push(LinkProblem::Duplicate(key));
        }
        if value.is_empty() {
            problems.push(LinkProblem::EmptyValue(key.to_owned()));
            continue;
        }
        match Question::from_key(key) {
            Some(q) => match q.choice_index(&value) {
                Some(choice) => answers.set(q, choice),
                None => {
                    answers.clear(q);
                    problems.push(LinkProblem::UnknownOption {
                        key: q.key(),
                        value: quote(&value),
                    });
                }
            },
            None => match key {
                "company" => {
                    if answers.set_company(&value) {
                        problems.push(LinkProblem::CompanyCut);
                    }
                }
                "team" => match TeamId::parse(&value) {
                    Some(team) => extras.team = Some(team),
                    None => problems.push(LinkProblem::BadTeam(quote(&value))),
                },
                "by" | "from" => {
                    let (label, cut) = clean_label(&value);
                    if cut {
                        problems.push(LinkProblem::LabelCut(key));
                    }
                    match key {
                        "by" => extras.by = label,
                        _ => extras.from = label,
                    }
                }
                // An unknown language is ignored (contract v1.2).
                "lang" => extras.lang = Lang::from_code(&value),
                _ => read_version(&value, &mut problems),
            },
        }
    }
    // A label or sender means nothing without the team.
    if extras.team.is_none() {
        extras.by.clear();
        extras.from.clear();
    }
    if problems.len() > MAX_LISTED_PROBLEMS {
        let more = problems.len() - MAX_LISTED_PROBLEMS;
        problems.truncate(MAX_LISTED_PROBLEMS);
        problems.push(LinkProblem::More(more));
    }
    DecodedLink {
        answers,
        extras,
        problems,
    }
}

fn read_version(value: &str, problems: &mut Vec<LinkProblem>) {
    match value.parse::<u32>() {
        Ok(v) if v <= LINK_VERSION => {}
        Ok(_) => problems.push(LinkProblem::NewerVersion(quote(value))),
        Err(_) => problems.push(LinkProblem::BadVersion(quote(value))),
    }
}

/// A bad value, shortened for a message.
fn quote(text: &str) -> String {
    let mut quoted: String = text
        .chars()
        .filter(|c| !c.is_control())
        .take(QUOTE_CHARS)
        .collect();
    if text.chars().count() > QUOTE_CHARS {
        quoted.push('…');
    }
    quoted
}

/// `application/x-www-form-urlencoded` decoding of one key or value; `None` on a bad `%` escape
/// or bytes that are not UTF-8.
fn form_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes.get(i + 1..i + 3)?;
                let high = char::from(hex[0]).to_digit(16)?;
                let low = char::from(hex[1]).to_digit(16)?;
                out.push(u8::try_from(high * 16 + low).ok()?);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

/// Percent-encodes everything but unreserved characters, so the link survives email and chat.
fn percent_encode_into(text: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &b in text.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FULL: &str = "v=1&size=medium&stage=scaling&industry=retail&focus=channel&regulation=moderate&systems=complex&engineering=team&priority=both&leadership=none&company=Acme%20Ltd";

    #[test]
    fn spec_example_link_opens_with_every_answer() {
        let link = decode(&format!("#{FULL}"));
        assert_eq!(link.problems, vec![]);
        assert_eq!(link.answers.answered_count(), 9);
        assert_eq!(link.answers.get_id(Question::Industry), Some("retail"));
        assert_eq!(link.answers.company(), "Acme Ltd");
        assert_eq!(encode(&link.answers), FULL);
    }

    #[test]
    fn keys_in_any_order_and_plus_as_space() {
        let link = decode("company=Acme+%26+Sons&leadership=cto&v=1&size=micro");
        assert_eq!(link.problems, vec![]);
        assert_eq!(link.answers.company(), "Acme & Sons");
        assert_eq!(link.answers.get_id(Question::Leadership), Some("cto"));
        assert_eq!(link.answers.get_id(Question::Size), Some("micro"));
    }

    #[test]
    fn missing_version_is_read_as_version_1() {
        let link = decode("size=small&stage=startup");
        assert_eq!(link.problems, vec![]);
        assert_eq!(link.answers.answered_count(), 2);
    }

    #[test]
    fn unknown_key_is_named_and_the_rest_is_used() {
        let link = decode("v=1&size=small&colour=blue");
        assert_eq!(
            link.problems,
            vec![LinkProblem::UnknownKey("colour".into())]
        );
        assert_eq!(link.answers.get_id(Question::Size), Some("small"));
    }

    #[test]
    fn unknown_option_names_key_and_value() {
        let link = decode("v=1&size=gigantic&stage=startup");
        assert_eq!(
            link.problems,
            vec![LinkProblem::UnknownOption {
                key: "size",
                value: "gigantic".into()
            }]
        );
        let message = link.problems[0].message(&crate::core::locale::Catalogue::english());
        assert!(
            message.contains("gigantic") && message.contains("size"),
            "{message}"
        );
        assert_eq!(link.answers.get(Question::Size), None);
        assert_eq!(link.answers.get_id(Question::Stage), Some("startup"));
    }

    #[test]
    fn newer_version_is_reported_and_known_fields_still_used() {
        let link = decode("v=7&size=large&hologram=yes");
        assert_eq!(link.problems[0], LinkProblem::NewerVersion("7".into()));
        assert_eq!(link.answers.get_id(Question::Size), Some("large"));
    }

    #[test]
    fn non_numeric_version_is_reported() {
        let link = decode("v=one&size=large");
        assert_eq!(link.problems, vec![LinkProblem::BadVersion("one".into())]);
        assert_eq!(link.answers.get_id(Question::Size), Some("large"));
    }

    #[test]
    fn duplicate_keys_last_wins_and_it_is_said() {
        let link = decode("v=1&size=small&size=large");
        assert_eq!(link.problems, vec![LinkProblem::Duplicate("size")]);
        assert_eq!(link.answers.get_id(Question::Size), Some("large"));
    }

    #[test]
    fn empty_values_are_reported() {
        let link = decode("v=1&size=&stage=startup&company=");
        assert_eq!(
            link.problems,
            vec![
                LinkProblem::EmptyValue("size".into()),
                LinkProblem::EmptyValue("company".into())
            ]
        );
        assert_eq!(link.answers.get_id(Question::Stage), Some("startup"));
    }

    #[test]
    fn truncated_fragment_keeps_what_came_before() {
        let link = decode("#v=1&size=medium&stage=scaling&indus");
        assert_eq!(link.problems, vec![LinkProblem::Unreadable("indus".into())]);
        assert_eq!(link.answers.answered_count(), 2);
        let cut_value = decode("v=1&size=medium&stage=scal");
        assert_eq!(
            cut_value.problems,
            vec![LinkProblem::UnknownOption {
                key: "stage",
                value: "scal".into()
            }]
        );
    }

    #[test]
    fn garbage_fragment_yields_a_message_and_no_answers() {
        let link = decode("#%%%garbage!!");
        assert_eq!(link.answers, Answers::default());
        assert_eq!(link.problems.len(), 1);
    }

    #[test]
    fn invalid_percent_encoding_and_utf8_are_reported() {
        let link = decode("v=1&size=%ZZ&company=%C3%28&stage=startup");
        assert_eq!(
            link.problems,
            vec![
                LinkProblem::BadEncoding("size".into()),
                LinkProblem::BadEncoding("company".into())
            ]
        );
        assert_eq!(link.answers.get_id(Question::Stage), Some("startup"));
        assert_eq!(
            decode("size=%4").problems,
            vec![LinkProblem::BadEncoding("size".into())]
        );
    }

    #[test]
    fn over_long_company_is_cut_to_80_characters() {
        let link = decode(&format!("company={}", "x".repeat(200)));
        assert_eq!(link.problems, vec![LinkProblem::CompanyCut]);
        assert_eq!(link.answers.company().chars().count(), COMPANY_MAX_CHARS);
    }

    #[test]
    fn markup_in_values_is_kept_as_plain_text() {
        let link = decode("company=%3Cscript%3Ealert(1)%3C%2Fscript%3E&size=%3Cimg%20src%3Dx%3E");
        assert_eq!(link.answers.company(), "<script>alert(1)</script>");
        assert_eq!(
            link.problems,
            vec![LinkProblem::UnknownOption {
                key: "size",
                value: "<img src=x>".into()
            }]
        );
        assert!(encode(&link.answers).contains("company=%3Cscript%3Ealert%281%29%3C%2Fscript%3E"));
    }

    #[test]
    fn huge_fragment_is_read_quickly_and_problems_are_capped() {
        let fragment = "junk=1&".repeat(30_000) + "size=small";
        assert!(fragment.len() > 200_000);
        let started = std::time::Instant::now();
        let link = decode(&fragment);
        assert!(started.elapsed().as_secs() < 2);
        assert_eq!(link.problems.len(), MAX_LISTED_PROBLEMS + 1);
        assert_eq!(
            link.problems.last(),
            Some(&LinkProblem::More(30_000 - MAX_LISTED_PROBLEMS))
        );
        assert_eq!(link.answers.get_id(Question::Size), Some("small"));
    }

    #[test]
    fn team_links_carry_the_team_the_label_the_sender_and_the_language() {
        let link =
            decode("v=1&size=small&team=t-harbor_1&by=CFO&from=Ana+Ruiz&lang=ar&company=Harbor");
        assert_eq!(link.problems, []);
        assert_eq!(
            link.extras.team.as_ref().map(TeamId::as_str),
            Some("t-harbor_1")
        );
        assert_eq!(
            (link.extras.by.as_str(), link.extras.from.as_str()),
            ("CFO", "Ana Ruiz")
        );
        assert_eq!(link.extras.lang, Some(Lang::Ar));
        let again = decode(&encode_with(&link.answers, &link.extras));
        assert_eq!(again, link);
    }

    #[test]
    fn a_bad_team_is_named_an_unknown_language_ignored_a_label_without_a_team_dropped() {
        let link = decode("v=1&size=small&team=no%20spaces&by=CFO&lang=tlh");
        assert_eq!(link.problems, [LinkProblem::BadTeam("no spaces".into())]);
        assert_eq!(link.extras, Extras::default());
        let long = "x".repeat(81);
        let link = decode(&format!("team=t&by={long}&from=%3Cb%3Eme%3C%2Fb%3E"));
        assert_eq!(link.problems, [LinkProblem::LabelCut("by")]);
        assert_eq!(link.extras.by.chars().count(), 80);
        assert_eq!(link.extras.from, "<b>me</b>");
    }
}
