//! Which questions apply, given the answers so far: the `when` conditions of sections and
//! questions, evaluated in questionnaire order.

use std::collections::{BTreeMap, HashMap};

use minijinja::Value;
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
    /// value (`none`).
    pub fn evaluate(
        questionnaire: &Questionnaire,
        answers: &BTreeMap<String, Answer>,
    ) -> Applicability {
        let mut result = Applicability::default();
        let mut context: BTreeMap<&str, Value> = questionnaire
            .questions()
            .map(|(_, q)| (q.id.value.as_str(), Value::from(())))
            .collect();
        for section in &questionnaire.sections {
            let section_applies = match &section.when {
                None => Applies::Yes,
                Some(when) => result.check(
                    &section.id.value,
                    when,
                    section.skip_reason.as_deref(),
                    &context,
                ),
            };
            for question in &section.questions {
                let applies = match (&section_applies, &question.when) {
                    (Applies::No { .. }, _) => section_applies.clone(),
                    (Applies::Yes, None) => Applies::Yes,
                    (Applies::Yes, Some(when)) => result.check(
                        &question.id.value,
                        when,
                        question.skip_reason.as_deref(),
                        &context,
                    ),
                };
                if applies.is_yes()
                    && let Some(answer) = answers.get(&question.id.value)
                {
                    context.insert(&question.id.value, to_value(answer));
                }
                result
                    .by_question
                    .insert(question.id.value.clone(), applies);
            }
        }
        result
    }

    fn check(
        &mut self,
        id: &str,
        when: &str,
        reason: Option<&str>,
        context: &BTreeMap<&str, Value>,
    ) -> Applies {
        match condition::holds(when, &Value::from(Serde(context))) {
            Ok(true) => Applies::Yes,
            Ok(false) => Applies::No {
                condition: when.to_owned(),
                reason: reason.map_or_else(|| format!("asked only when {when}"), str::to_owned),
            },
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
