//! A single answer, interpreted according to the kind of its question.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

use crate::questionnaire::{Column, ColumnKind, Question, QuestionKind, Questionnaire};

/// An answer checked against its question.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "type", content = "value")]
pub enum Answer {
    /// The value of one choice (compliance and single-choice questions).
    Choice(String),
    /// The values of the choices picked (multi-choice questions).
    Choices(Vec<String>),
    /// Free text.
    Text(String),
    /// A number.
    Number(f64),
    /// A date, `YYYY-MM-DD`.
    Date(String),
    /// Measures cited.
    Citations(Vec<Citation>),
    /// Rows of a table, each a map from column id to value.
    Table(Vec<BTreeMap<String, Json>>),
    /// The question does not apply to this State, and why.
    NotApplicable(String),
    /// The answer is not known, and why.
    Unknown(String),
}

/// A measure cited: a law, regulation or other text, and where in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    /// Title of the law or measure, such as "Act No. 5 of 2019".
    pub title: String,
    /// The article or section, such as "section 12(1)".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
    /// A link to the text (for instance in SHERLOC).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// Why a value does not fit its question, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerProblem {
    /// What is wrong.
    pub message: String,
    /// What to write instead.
    pub help: String,
}

fn problem(message: impl Into<String>, help: impl Into<String>) -> AnswerProblem {
    AnswerProblem {
        message: message.into(),
        help: help.into(),
    }
}

impl Answer {
    /// Reads `value` as an answer to `question`.
    pub fn interpret(
        questionnaire: &Questionnaire,
        question: &Question,
        value: &Json,
    ) -> Result<Answer, AnswerProblem> {
        if let Some(special) = special_answer(value)? {
            return Ok(special);
        }
        let choices = || {
            questionnaire
                .choices_of(question)
                .iter()
                .map(|c| c.value.value.as_str())
        };
        let allowed = || {
            choices()
                .map(|c| format!("`{c}`"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match question.kind.value {
            QuestionKind::Compliance | QuestionKind::SingleChoice => {
                let picked = scalar_text(value).ok_or_else(|| {
                    problem("expected one choice", format!("write one of {}", allowed()))
                })?;
                if choices().any(|c| c == picked) {
                    Ok(Answer::Choice(picked))
                } else {
                    Err(problem(
                        format!("`{picked}` is not one of the choices"),
                        format!("write one of {}", allowed()),
                    ))
                }
            }
            QuestionKind::MultiChoice => {
                let items = value.as_array().ok_or_else(|| {
                    problem(
                        "expected a list of choices",
                        format!(
                            "write a list such as `[{}]` using {}",
                            choices().next().unwrap_or("…"),
                            allowed()
                        ),
                    )
                })?;
                let mut picked = Vec::new();
                for item in items {
                    let text = scalar_text(item).ok_or_else(|| {
                        problem(
                            "expected a list of choices",
                            format!("each item is one of {}", allowed()),
                        )
                    })?;
                    if !choices().any(|c| c == text) {
                        return Err(problem(
                            format!("`{text}` is not one of the choices"),
                            format!("use only {}", allowed()),
                        ));
                    }
                    if picked.contains(&text) {
                        return Err(problem(
                            format!("`{text}` is picked twice"),
                            "list each choice once",
                        ));
                    }
                    picked.push(text);
                }
                Ok(Answer::Choices(picked))
            }
            QuestionKind::Text => scalar_text(value).map(Answer::Text).ok_or_else(|| {
                problem(
                    "expected text",
                    "write the answer as text; use `|` for several lines",
                )
            }),
            QuestionKind::Number => value.as_f64().map(Answer::Number).ok_or_else(|| {
                problem(
                    "expected a number",
                    "write digits only, such as `42` or `3.5`",
                )
            }),
            QuestionKind::Date => match value.as_str() {
                Some(text) if is_date(text) => Ok(Answer::Date(text.to_owned())),
                _ => Err(problem(
                    "expected a date",
                    "write the date as YYYY-MM-DD, such as `2026-03-31`",
                )),
            },
            QuestionKind::Citations => citations(value).map(Answer::Citations),
            QuestionKind::Table => table(&question.columns, value).map(Answer::Table),
        }
    }

    /// True for `not-applicable` and `unknown`, which stand in for an answer.
    pub fn is_special(&self) -> bool {
        matches!(self, Answer::NotApplicable(_) | Answer::Unknown(_))
    }
}

/// `{not-applicable: reason}` and `{unknown: reason}`.
fn special_answer(value: &Json) -> Result<Option<Answer>, AnswerProblem> {
    let Some(map) = value.as_object() else {
        return Ok(None);
    };
    let make: fn(String) -> Answer = match map.keys().next().map(String::as_str) {
        Some("not-applicable") if map.len() == 1 => Answer::NotApplicable,
        Some("unknown") if map.len() == 1 => Answer::Unknown,
        _ => return Ok(None),
    };
    let (key, reason) = map.iter().next().expect("checked: one entry");
    match reason.as_str().map(str::trim) {
        Some(reason) if !reason.is_empty() => Ok(Some(make(reason.to_owned()))),
        _ => Err(problem(
            format!("`{key}` needs a reason"),
            format!("write `{key}: \"why\"`, for instance `{key}: \"no such industry exists\"`"),
        )),
    }
}

/// Text of a scalar; numbers and booleans count as text (`2003` is fine as a text answer).
fn scalar_text(value: &Json) -> Option<String> {
    match value {
        Json::String(s) => Some(s.clone()),
        Json::Number(n) => Some(n.to_string()),
        Json::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn citations(value: &Json) -> Result<Vec<Citation>, AnswerProblem> {
    let help =
        "write a list of measures, each `- title: \"…\"` with optional `article:` and `url:`";
    let items = value
        .as_array()
        .ok_or_else(|| problem("expected a list of measures", help))?;
    items
        .iter()
        .enumerate()
        .map(|(i, item)| match item {
            // A bare title is a citation without article or link.
            Json::String(title) => Ok(Citation {
                title: title.clone(),
                article: None,
                url: None,
            }),
            _ => serde_json::from_value::<Citation>(item.clone()).map_err(|err| {
                problem(format!("measure {} is not a citation: {err}", i + 1), help)
            }),
        })
        .collect()
}

fn table(columns: &[Column], value: &Json) -> Result<Vec<BTreeMap<String, Json>>, AnswerProblem> {
    let names = columns
        .iter()
        .map(|c| format!("`{}`", c.id.value))
        .collect::<Vec<_>>()
        .join(", ");
    let help = format!("write a list of rows, each a mapping with the columns {names}");
    let rows = value
        .as_array()
        .ok_or_else(|| problem("expected a list of rows", help.clone()))?;
    let mut out = Vec::with_capacity(rows.len());
    for (i, row) in rows.iter().enumerate() {
        let row = row
            .as_object()
            .ok_or_else(|| problem(format!("row {} is not a mapping", i + 1), help.clone()))?;
        for key in row.keys() {
            if !columns.iter().any(|c| c.id.value == *key) {
                return Err(problem(
                    format!("row {} has an unknown column `{key}`", i + 1),
                    help.clone(),
                ));
            }
        }
        for column in columns {
            match row.get(&column.id.value) {
                None | Some(Json::Null) if column.required => {
                    return Err(problem(
                        format!(
                            "row {} lacks the required column `{}`",
                            i + 1,
                            column.id.value
                        ),
                        help.clone(),
                    ));
                }
                None | Some(Json::Null) => {}
                Some(cell) => check_cell(column, cell).map_err(|m| {
                    problem(
                        format!("row {}, column `{}`: {m}", i + 1, column.id.value),
                        help.clone(),
                    )
                })?,
            }
        }
        out.push(row.iter().map(|(k, v)| (k.clone(), v.clone())).collect());
    }
    Ok(out)
}

fn check_cell(column: &Column, cell: &Json) -> Result<(), String> {
    match column.kind {
        ColumnKind::Text if scalar_text(cell).is_some() => Ok(()),
        ColumnKind::Text => Err("expected text".into()),
        ColumnKind::Number if cell.is_number() => Ok(()),
        ColumnKind::Number => Err("expected a number".into()),
        ColumnKind::Date if cell.as_str().is_some_and(is_date) => Ok(()),
        ColumnKind::Date => Err("expected a date YYYY-MM-DD".into()),
        ColumnKind::Choice => {
            let text = scalar_text(cell).unwrap_or_default();
            if column.choices.iter().any(|c| c.value.value == text) {
                Ok(())
            } else {
                let allowed: Vec<_> = column
                    .choices
                    .iter()
                    .map(|c| format!("`{}`", c.value.value))
                    .collect();
                Err(format!("expected one of {}", allowed.join(", ")))
            }
        }
    }
}

/// A number as an answer file stores it: a whole number as one (`12`, not `12.0`), exactly
/// while it is below 2^53, where every whole `f64` is an exact integer; `None` for infinities
/// and NaN, which cannot be stored.
pub fn number_value(n: f64) -> Option<Json> {
    if n.fract() == 0.0 && n.abs() < 9_007_199_254_740_992.0 {
        Some(Json::from(n as i64))
    } else {
        serde_json::Number::from_f64(n).map(Json::Number)
    }
}

/// True for a real calendar date written `YYYY-MM-DD`.
pub fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return false;
    }
    let (Ok(year), Ok(month), Ok(day)) = (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>())
    else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_checked_against_the_calendar() {
        assert!(is_date("2024-02-29"));
        assert!(!is_date("2023-02-29"));
        assert!(!is_date("2023-13-01"));
        assert!(!is_date("23-01-01"));
    }

    #[test]
    fn special_answers_need_a_reason() {
        assert_eq!(
            special_answer(&serde_json::json!({"unknown": "records are kept by provinces"}))
                .unwrap(),
            Some(Answer::Unknown("records are kept by provinces".into()))
        );
        assert!(special_answer(&serde_json::json!({"not-applicable": " "})).is_err());
    }
}
