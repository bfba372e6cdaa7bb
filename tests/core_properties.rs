//! Property tests of the core's codecs: round trips for every valid answer set, and no panic on
//! arbitrary input.
#![cfg(not(target_arch = "wasm32"))]

use cto_or_cio::core::answers::Answers;
use cto_or_cio::core::questions::{Question, QUESTION_COUNT};
use cto_or_cio::core::{share, storage};
use proptest::prelude::*;

fn any_answers() -> impl Strategy<Value = Answers> {
    let choices = proptest::collection::vec(proptest::option::of(0usize..8), QUESTION_COUNT);
    (choices, ".{0,100}").prop_map(|(choices, company)| {
        let mut answers = Answers::default();
        for (q, choice) in Question::ALL.into_iter().zip(choices) {
            if let Some(c) = choice {
                answers.set(q, c % q.choices().len());
            }
        }
        answers.set_company(&company);
        answers
    })
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn share_link_round_trips_every_answer_set(answers in any_answers()) {
        let link = share::decode(&format!("#{}", share::encode(&answers)));
        prop_assert_eq!(link.problems, vec![]);
        prop_assert_eq!(link.answers, answers);
    }

    #[test]
    fn storage_round_trips_every_answer_set(answers in any_answers()) {
        let loaded = storage::decode(&storage::encode(&answers, 3));
        prop_assert_eq!(loaded.problem, None);
        prop_assert_eq!(loaded.answers, answers);
    }

    #[test]
    fn link_decoder_never_panics_on_arbitrary_text(text in ".{0,400}") {
        let link = share::decode(&text);
        prop_assert!(link.answers.company().chars().count() <= 80);
        prop_assert!(link.problems.len() <= 9);
    }

    #[test]
    fn link_decoder_never_panics_on_link_like_text(
        text in "(v|size|stage|company|%[0-9A-Fa-f]{0,2}|[=&+#]|[a-z-]{1,8}|%C3|%28){0,40}"
    ) {
        let link = share::decode(&text);
        for p in &link.problems {
            prop_assert!(!p.message().is_empty());
        }
    }

    #[test]
    fn storage_decoder_never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let text = String::from_utf8_lossy(&bytes);
        let loaded = storage::decode(&text);
        // Whatever happens, the result is a usable state.
        prop_assert!(loaded.answers.answered_count() <= QUESTION_COUNT);
    }

    #[test]
    fn storage_decoder_never_panics_on_json_like_text(
        text in r#"(\{|\}|"schema"|"answers"|"company"|:|,|[0-9]{1,3}|"size"|"small"|null|\[|\]|true){0,30}"#
    ) {
        let loaded = storage::decode(&text);
        if let Some(p) = loaded.problem {
            prop_assert!(!p.message().is_empty());
        }
    }
}
