//! Keeping answers whose questions stop applying: they move to `inactive:` instead of being
//! deleted, and move back when their question applies again.

use std::collections::BTreeMap;

use saq_model::Located;
use saq_model::answer::Answer;
use saq_model::answer_set::AnswerSet;
use saq_model::applicability::{Applicability, Applies};
use saq_model::questionnaire::Questionnaire;
use serde_json::Value as Json;

/// The questions whose answers [`reconcile`] moved, in questionnaire order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Moved {
    /// Answers moved from `answers:` to `inactive:` because their question no longer applies.
    pub kept_aside: Vec<String>,
    /// Answers moved back from `inactive:` because their question applies again.
    pub restored: Vec<String>,
}

impl Moved {
    /// True when nothing moved.
    pub fn is_empty(&self) -> bool {
        self.kept_aside.is_empty() && self.restored.is_empty()
    }
}

/// Moves every answer of a question that does not apply to `inactive:`, and every inactive
/// answer of a question that applies (and has no answer of its own) back to `answers:`.
///
/// Applicability is decided once, over the answers as they will be afterwards: each question's
/// active answer, or else its inactive one. Conditions read only earlier questions and ignore
/// answers of questions that do not apply, so that single pass is already the settled state:
/// restoring an answer can open or close later questions, and the same pass sees it.
///
/// Nothing is ever dropped: when a question that stops applying already has an inactive answer
/// (a pair `saq validate` warns about, made by hand), its active answer stays where it is, where
/// it counts for nothing either.
pub fn reconcile(questionnaire: &Questionnaire, set: &mut AnswerSet) -> Moved {
    let mut effective: BTreeMap<String, Answer> = BTreeMap::new();
    for (_, question) in questionnaire.questions() {
        let id = question.id.value.as_str();
        let value = set.answer(id).or_else(|| set.inactive_answer(id));
        if let Some(answer) = value.and_then(|v| Answer::interpret(questionnaire, question, v).ok())
        {
            effective.insert(id.to_owned(), answer);
        }
    }
    let applicability = Applicability::evaluate(questionnaire, &effective);
    let mut moved = Moved::default();
    for (_, question) in questionnaire.questions() {
        let id = question.id.value.as_str();
        let applies = applicability.of(id).is_yes();
        // Only an answer its conditions exclude is set aside; one whose question waits for an
        // earlier answer (pending) stays where it is until that answer decides.
        let excluded = matches!(applicability.of(id), Applies::No { .. });
        if applies && set.answer(id).is_none() {
            if let Some(value) = take(&mut set.inactive, id) {
                set.answers
                    .insert(Located::new(id.to_owned()), Located::new(value));
                moved.restored.push(id.to_owned());
            }
        } else if excluded
            && set.inactive_answer(id).is_none()
            && let Some(value) = take(&mut set.answers, id)
        {
            set.inactive
                .insert(Located::new(id.to_owned()), Located::new(value));
            moved.kept_aside.push(id.to_owned());
        }
    }
    moved
}

/// Removes and returns the non-empty value of `id`; an empty entry is simply dropped, as it
/// holds nothing to keep.
fn take(map: &mut BTreeMap<Located<String>, Located<Json>>, id: &str) -> Option<Json> {
    let value = map.remove(id)?.value;
    (!value.is_null()).then_some(value)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use saq_model::{Bundle, SourceFile};
    use serde_json::json;

    use super::*;

    fn mini() -> Bundle {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/mini");
        Bundle::read_dir(&dir).unwrap().value.unwrap()
    }

    fn set(bundle: &Bundle, text: &str) -> AnswerSet {
        let head = "format_version: 1\nquestionnaire: mini-saq\nversion: 1.0.0\nstate: {name: X}\nstatus: draft\n";
        let source = SourceFile::new("a.yaml", format!("{head}{text}"));
        bundle.load_answers(&source).value.unwrap().file
    }

    #[test]
    fn an_answer_shadowing_an_inactive_one_is_never_dropped() {
        let bundle = mini();
        let mut answers = set(
            &bundle,
            "answers: {q_1_1: \"no\", q_1_1_cases: 4}\ninactive: {q_1_1_cases: 3}\n",
        );
        let moved = reconcile(&bundle.questionnaire, &mut answers);
        assert!(moved.is_empty(), "{moved:?}");
        assert_eq!(answers.answer("q_1_1_cases"), Some(&json!(4)));
        assert_eq!(answers.inactive_answer("q_1_1_cases"), Some(&json!(3)));
    }

    #[test]
    fn restoring_an_answer_opens_the_questions_that_depend_on_it() {
        let bundle = mini();
        // Article 2 depends on the profile; its answers come back with the profile's.
        let mut answers = set(
            &bundle,
            "inactive: {profile_industry: \"yes\", q_2_1: \"no\", q_1_1_cases: 2}\n",
        );
        let moved = reconcile(&bundle.questionnaire, &mut answers);
        assert_eq!(moved.restored, ["profile_industry", "q_2_1"]);
        assert_eq!(answers.inactive_answer("q_1_1_cases"), Some(&json!(2)));
    }
}
