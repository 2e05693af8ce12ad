//! Keeping answers whose questions stop applying: they move to `inactive:` instead of being
//! deleted, and move back when their question applies again.

use std::collections::BTreeMap;

use saq_core::Located;
use saq_core::answer::Answer;
use saq_core::answer_set::AnswerSet;
use saq_core::applicability::Applicability;
use saq_core::questionnaire::Questionnaire;
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
/// An inactive answer is replaced only when its question also has an active answer that is now
/// kept aside; `saq validate` warns about such a pair before it can happen.
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
        if applies && set.answer(id).is_none() {
            if let Some(value) = take(&mut set.inactive, id) {
                set.answers
                    .insert(Located::new(id.to_owned()), Located::new(value));
                moved.restored.push(id.to_owned());
            }
        } else if !applies && let Some(value) = take(&mut set.answers, id) {
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
