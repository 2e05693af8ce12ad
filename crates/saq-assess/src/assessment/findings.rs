//! Scope findings: what answers imply about the reach of the State's measures, such as a
//! definition narrower than the treaty's, tied to the provisions it narrows.

use std::collections::BTreeMap;

use super::evidence::{answer_text, scope};
use super::model::Finding;
use saq_model::answer::Answer;
use saq_model::applicability::Applicability;
use saq_model::condition;
use saq_model::questionnaire::Questionnaire;

/// Every finding rule that holds for an applicable, real answer, in questionnaire order. A rule
/// that cannot be evaluated does not hold.
pub(super) fn findings(
    questionnaire: &Questionnaire,
    answers: &BTreeMap<String, Answer>,
    applicability: &Applicability,
) -> Vec<Finding> {
    let mut result = Vec::new();
    for (_, question) in questionnaire.questions() {
        if question.findings.is_empty() || !applicability.of(&question.id).is_yes() {
            continue;
        }
        let Some(answer) = answers.get(question.id.value.as_str()) else {
            continue;
        };
        if answer.is_special() {
            continue;
        }
        let context = scope(answer, answers);
        for rule in &question.findings {
            if condition::holds(&rule.when, &context).unwrap_or(false) {
                result.push(Finding {
                    question: question.id.value.clone(),
                    question_text: question.text.clone(),
                    answer: answer_text(questionnaire, question, answer),
                    text: rule.text.clone(),
                    provisions: rule.provisions.iter().map(|p| p.value.clone()).collect(),
                });
            }
        }
    }
    result
}
