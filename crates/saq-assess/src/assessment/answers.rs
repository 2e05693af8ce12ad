//! What the State said, section by section: every answer to a question that applies, in the
//! questionnaire's order, in a shape a report can print as it is (labels, not values; tables as
//! rows of cells), so that reviewers draft their feedback from the State's own words.

use std::collections::BTreeMap;

use super::evidence::{answer_text, format_number};
use super::model::{
    AnswerEntry, AnswerView, Measure, ProvisionAnswers, ProvisionAssessment, SectionAnswers,
};
use saq_model::answer::Answer;
use saq_model::applicability::{Applicability, Applies};
use saq_model::questionnaire::{ColumnKind, Question, Questionnaire};

/// Every section, with the answers given to its questions that apply: each under the provision
/// its question assesses, when that is one provision of the section's article with a status (for
/// a section about no article: one provision of another instrument its questions assess), else
/// among the section's general answers. Every answer lands in exactly one place. A section
/// whose own condition excludes it says why (its answers, if any, are among the answers not
/// applying).
pub(super) fn sections(
    questionnaire: &Questionnaire,
    answers: &BTreeMap<String, Answer>,
    applicability: &Applicability,
    provisions: &[ProvisionAssessment],
) -> Vec<SectionAnswers> {
    questionnaire
        .sections
        .iter()
        .map(|section| {
            let mut by_provision: Vec<ProvisionAnswers> = match &section.article {
                Some(article) => provisions
                    .iter()
                    // A section's article is one of the questionnaire's own instrument.
                    .filter(|p| {
                        p.article == article.value && p.instrument == questionnaire.instrument.value
                    })
                    .map(|p| ProvisionAnswers {
                        provision: p.id.clone(),
                        verdict: p.verdict,
                        reason: p.reason.clone(),
                        quiet: !p.verdict.is_answered(),
                        answers: Vec::new(),
                    })
                    .collect(),
                // A section about no article of the own instrument holds the provisions of
                // other instruments its questions assess (a Protocol's questionnaire asking
                // about the Convention's articles), so their answers read under them too.
                None => provisions
                    .iter()
                    .filter(|p| {
                        p.instrument != questionnaire.instrument.value
                            && section
                                .questions
                                .iter()
                                .any(|q| q.provisions.iter().any(|r| r.value == p.id))
                    })
                    .map(|p| ProvisionAnswers {
                        provision: p.id.clone(),
                        verdict: p.verdict,
                        reason: p.reason.clone(),
                        quiet: !p.verdict.is_answered(),
                        answers: Vec::new(),
                    })
                    .collect(),
            };
            let mut general = Vec::new();
            for question in &section.questions {
                if !applicability.of(&question.id).is_yes() {
                    continue;
                }
                let Some(answer) = answers.get(question.id.value.as_str()) else {
                    continue;
                };
                let entry = AnswerEntry {
                    question: question.id.value.clone(),
                    text: question.text.clone(),
                    role: question.role,
                    provisions: question
                        .provisions
                        .iter()
                        .map(|p| p.value.clone())
                        .collect(),
                    answer: view(questionnaire, question, answer),
                };
                let home = match question.provisions.as_slice() {
                    [only] => by_provision.iter_mut().find(|p| p.provision == only.value),
                    _ => None,
                };
                match home {
                    Some(home) => {
                        home.quiet = false;
                        home.answers.push(entry);
                    }
                    None => general.push(entry),
                }
            }
            let excluded = section
                .when
                .as_ref()
                .and(section.questions.first())
                .and_then(|first| match applicability.of(&first.id) {
                    Applies::No { reason, .. } => Some(reason.clone()),
                    _ => None,
                });
            SectionAnswers {
                id: section.id.value.clone(),
                title: section.title.clone(),
                article: section.article.as_ref().map(|a| a.value),
                obligation: section.obligation,
                skip_reason: excluded,
                by_provision,
                general,
            }
        })
        .collect()
}

/// An answer as a report prints it.
fn view(questionnaire: &Questionnaire, question: &Question, answer: &Answer) -> AnswerView {
    match answer {
        Answer::Choice(_) | Answer::Choices(_) => AnswerView::Choice {
            text: answer_text(questionnaire, question, answer),
        },
        Answer::Text(text) => AnswerView::Text { text: text.clone() },
        Answer::Number(n) => AnswerView::Text {
            text: format_number(*n),
        },
        Answer::Date(date) => AnswerView::Text { text: date.clone() },
        Answer::Citations(list) => AnswerView::Measures {
            measures: list.iter().map(Measure::from).collect(),
        },
        Answer::Table(rows) => {
            let columns = &question.columns;
            AnswerView::Table {
                columns: columns.iter().map(|c| c.label.clone()).collect(),
                rows: rows
                    .iter()
                    .map(|row| {
                        columns
                            .iter()
                            .map(|column| cell(column, row.get(column.id.value.as_str())))
                            .collect()
                    })
                    .collect(),
            }
        }
        Answer::NotApplicable(reason) => AnswerView::NotApplicable {
            reason: reason.clone(),
        },
        Answer::Unknown(reason) => AnswerView::Unknown {
            reason: reason.clone(),
        },
    }
}

/// One table cell as text: a choice by its label, a whole number without `.0`, nothing for an
/// empty cell.
fn cell(column: &saq_model::questionnaire::Column, value: Option<&serde_json::Value>) -> String {
    match value {
        None | Some(serde_json::Value::Null) => String::new(),
        Some(serde_json::Value::String(s)) if column.kind == ColumnKind::Choice => column
            .choices
            .iter()
            .find(|c| c.value.value == *s)
            .map_or_else(|| s.clone(), |c| c.label.clone()),
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Number(n)) => {
            n.as_f64().map_or_else(|| n.to_string(), format_number)
        }
        Some(other) => other.to_string(),
    }
}
