//! Which questions apply, given the answers so far: the `when` conditions of sections and
//! questions, evaluated in questionnaire order.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::{Arc, Mutex};

use minijinja::Value;
use minijinja::value::Object;
use minijinja::value::Serde;

use crate::answer::Answer;
use crate::condition;
use crate::questionnaire::Questionnaire;

/// Whether one question is to be answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Applies {
    /// The question is asked.
    Yes,
    /// A condition excludes it; `reason` says why in plain words.
    No {
        /// The condition that failed.
        condition: String,
        /// The questionnaire's explanation, or the condition itself when there is none.
        reason: String,
    },
    /// Its condition reads questions that are not answered yet (or answered `unknown`): whether
    /// it applies is not known. It is neither asked nor counted as not applicable.
    Pending {
        /// The questions waiting for an answer.
        waiting_on: Vec<String>,
    },
}

impl Applies {
    /// True when the question is asked.
    pub fn is_yes(&self) -> bool {
        matches!(self, Applies::Yes)
    }
}

/// The outcome for every question of a questionnaire.
#[derive(Debug, Clone, Default)]
pub struct Applicability {
    by_question: HashMap<String, Applies>,
    /// Conditions that failed to evaluate: (question or section id, message). Such a question is
    /// treated as applicable, so nothing is hidden by a broken condition.
    pub failures: Vec<(String, String)>,
}

impl Applicability {
    /// Evaluates every condition against `answers` (keyed by question id).
    ///
    /// An answer counts in a condition only if its own question applies, so excluding a question
    /// also excludes the follow-ups that depend on it. `not-applicable` and `unknown` count as no
    /// value (`none`). A condition that is false only because a question it reads has no answer
    /// yet (or an `unknown` one) leaves its question [`Applies::Pending`].
    pub fn evaluate(
        questionnaire: &Questionnaire,
        answers: &BTreeMap<String, Answer>,
    ) -> Applicability {
        let mut result = Applicability::default();
        let scope = Arc::new(Scope::default());
        let context = Value::from_dyn_object(scope.clone());
        // Questions whose value is not known yet: applicable or pending, and not definitely
        // answered.
        let mut open: HashSet<&str> = HashSet::new();
        for section in &questionnaire.sections {
            let section_applies = match &section.when {
                None => Applies::Yes,
                Some(when) => result.check(
                    &section.id.value,
                    when,
                    section.skip_reason.as_deref(),
                    &context,
                    &open,
                ),
            };
            for question in &section.questions {
                let id = question.id.value.as_str();
                let applies = match (&section_applies, &question.when) {
                    (Applies::No { .. } | Applies::Pending { .. }, _) => section_applies.clone(),
                    (Applies::Yes, None) => Applies::Yes,
                    (Applies::Yes, Some(when)) => {
                        result.check(id, when, question.skip_reason.as_deref(), &context, &open)
                    }
                };
                match (&applies, answers.get(id)) {
                    (Applies::No { .. }, _) => {}
                    (Applies::Yes, Some(answer)) => {
                        scope.set(id, to_value(answer));
                        if matches!(answer, Answer::Unknown(_)) {
                            open.insert(id);
                        }
                    }
                    (Applies::Yes | Applies::Pending { .. }, _) => {
                        open.insert(id);
                    }
                }
                result.by_question.insert(id.to_owned(), applies);
            }
        }
        result
    }

    fn check(
        &mut self,
        id: &str,
        when: &str,
        reason: Option<&str>,
        context: &Value,
        open: &HashSet<&str>,
    ) -> Applies {
        match condition::holds(when, context) {
            Ok(true) => Applies::Yes,
            Ok(false) => {
                let waiting_on: Vec<String> = condition::names(when)
                    .unwrap_or_default()
                    .into_iter()
                    .filter(|name| open.contains(name.as_str()))
                    .collect();
                if waiting_on.is_empty() {
                    Applies::No {
                        condition: when.to_owned(),
                        reason: reason
                            .map_or_else(|| format!("asked only when {when}"), str::to_owned),
                    }
                } else {
                    Applies::Pending { waiting_on }
                }
            }
            Err(message) => {
                self.failures.push((id.to_owned(), message));
                Applies::Yes
            }
        }
    }

    /// Whether `question_id` applies; unknown ids apply.
    pub fn of(&self, question_id: &str) -> &Applies {
        self.by_question.get(question_id).unwrap_or(&Applies::Yes)
    }
}

/// The answers conditions read, filled in as evaluation moves through the questionnaire.
///
/// A shared object rather than a fresh map per condition: building a map of every answer for
/// each of hundreds of conditions would make evaluation quadratic in the questionnaire's size.
#[derive(Debug, Default)]
struct Scope {
    values: Mutex<HashMap<String, Value>>,
}

impl Scope {
    fn set(&self, id: &str, value: Value) {
        self.values
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .insert(id.to_owned(), value);
    }
}

impl Object for Scope {
    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        let values = self
            .values
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        // Every question is in scope; one without a (visible) answer reads as `none`.
        Some(
            key.as_str()
                .and_then(|k| values.get(k).cloned())
                .unwrap_or(Value::from(())),
        )
    }
}

/// The value an answer takes in conditions.
pub fn to_value(answer: &Answer) -> Value {
    match answer {
        Answer::Choice(s) | Answer::Text(s) | Answer::Date(s) => Value::from(s.as_str()),
        Answer::Choices(list) => Value::from(Serde(list)),
        Answer::Number(n) => Value::from(*n),
        Answer::Citations(list) => Value::from(Serde(list)),
        Answer::Table(rows) => Value::from(Serde(rows)),
        Answer::NotApplicable(_) | Answer::Unknown(_) => Value::from(()),
    }
}
