//! A posted section read into answers: each question the page showed, by its kind, becomes a
//! new answer, no answer, or an error to show at its field. Nothing here touches the file.
//!
//! Which questions a post speaks for: each question block carries a hidden `present` field
//! with its id, disabled (so not posted) while the question does not apply. A question whose
//! `present` was not posted keeps its answer as it is; one that was posted with nothing chosen
//! or typed loses its answer (the person cleared it).

use saq_collect::typed;
use saq_model::answer::{Answer, number_value};
use saq_model::answer_set::is_safe_link;
use saq_model::questionnaire::{ColumnKind, Question, QuestionKind, Questionnaire, Section};
use serde::Serialize;
use serde_json::{Map, Value as Json};

use crate::fields::{self, Fields, SPECIAL};

/// A post of a section's form.
#[derive(Debug, Default)]
pub(crate) struct Posted {
    /// Every field posted, except the ones below.
    pub(crate) fields: Fields,
    /// The questions the page showed as applying (their `present` fields).
    pub(crate) present: Vec<String>,
    /// The CSRF token of the form.
    pub(crate) csrf: String,
    /// The version of the file the page was made from.
    pub(crate) version: String,
    /// The button pressed.
    pub(crate) action: String,
}

impl Posted {
    /// The post's fields, in the order posted.
    pub(crate) fn new(pairs: Vec<(String, String)>) -> Posted {
        let mut posted = Posted::default();
        for (name, value) in pairs {
            match name.as_str() {
                "present" => posted.present.push(value),
                "csrf" => posted.csrf = value,
                "version" => posted.version = value,
                "action" => posted.action = value,
                // Browsers post a textarea's line breaks as CR LF; the file keeps LF.
                _ => posted
                    .fields
                    .entry(name)
                    .or_default()
                    .push(value.replace("\r\n", "\n")),
            }
        }
        posted
    }

    fn one(&self, name: &str) -> &str {
        self.fields
            .get(name)
            .and_then(|v| v.first())
            .map_or("", String::as_str)
    }

    fn all(&self, name: &str) -> &[String] {
        self.fields.get(name).map_or(&[], Vec::as_slice)
    }
}

/// What a post asks for one question.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Change {
    /// No answer (it was cleared).
    Clear,
    /// This answer, as the file will hold it.
    Set(Json),
}

/// A value refused at one field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct FieldError {
    /// The question.
    pub(crate) question: String,
    /// The id of the input the error summary links to.
    pub(crate) target: String,
    /// What is wrong.
    pub(crate) message: String,
    /// What to write instead.
    pub(crate) help: Option<String>,
}

/// Words of the form's catalog (`form.ftl`) in the page's language: a message id and its
/// values, as text.
pub(crate) type Say<'a> = &'a dyn Fn(&str, &[(&str, &str)]) -> String;

/// The changes `posted` asks for the questions of `section`, or the errors found reading them,
/// said with `say`.
pub(crate) fn read(
    questionnaire: &Questionnaire,
    section: &Section,
    posted: &Posted,
    say: Say<'_>,
) -> (Vec<(String, Change)>, Vec<FieldError>) {
    let mut changes = Vec::new();
    let mut errors = Vec::new();
    for question in &section.questions {
        let id = question.id.value.as_str();
        if !posted.present.iter().any(|p| p == id) {
            continue;
        }
        match read_question(questionnaire, question, posted, say) {
            Ok(Change::Set(value)) => {
                // The same check every answer in a file meets, said at the field.
                match Answer::interpret(questionnaire, question, &value) {
                    Ok(_) => changes.push((id.to_owned(), Change::Set(value))),
                    Err(problem) => errors.push(FieldError {
                        question: id.to_owned(),
                        target: first_input(questionnaire, question),
                        message: problem.message,
                        help: Some(problem.help),
                    }),
                }
            }
            Ok(Change::Clear) => changes.push((id.to_owned(), Change::Clear)),
            Err(error) => errors.push(error),
        }
    }
    (changes, errors)
}

/// The id of a question's first input, where its error links to.
pub(crate) fn first_input(questionnaire: &Questionnaire, question: &Question) -> String {
    let id = question.id.value.as_str();
    match question.kind.value {
        QuestionKind::Compliance | QuestionKind::SingleChoice | QuestionKind::MultiChoice => {
            match questionnaire.choices_of(question).first() {
                Some(choice) => format!("{id}-{}", choice.value.value),
                None => id.to_owned(),
            }
        }
        QuestionKind::Citations | QuestionKind::Table => match fields::columns(question).first() {
            Some(column) => fields::row_field(id, 0, column),
            None => id.to_owned(),
        },
        _ => id.to_owned(),
    }
}

fn read_question(
    questionnaire: &Questionnaire,
    question: &Question,
    posted: &Posted,
    say: Say<'_>,
) -> Result<Change, FieldError> {
    let id = question.id.value.as_str();
    let error = |target: String, message: String, help: &str| FieldError {
        question: id.to_owned(),
        target,
        message,
        help: (!help.is_empty()).then(|| help.to_owned()),
    };
    let special = posted.one(&format!("{id}-special"));
    if let Some(key) = SPECIAL.iter().find(|k| **k == special) {
        let reason = posted.one(&format!("{id}-reason")).trim();
        if reason.is_empty() {
            let why = if *key == "unknown" {
                "form-error-reason-unknown"
            } else {
                "form-error-reason-not-applicable"
            };
            return Err(error(
                format!("{id}-reason"),
                say(why, &[]),
                &say("form-error-reason-help", &[]),
            ));
        }
        let mut map = Map::new();
        map.insert((*key).to_owned(), Json::String(reason.to_owned()));
        return Ok(Change::Set(Json::Object(map)));
    }
    let text = posted.one(id).trim();
    Ok(match question.kind.value {
        QuestionKind::Compliance | QuestionKind::SingleChoice => {
            if text.is_empty() {
                Change::Clear
            } else {
                Change::Set(Json::String(text.to_owned()))
            }
        }
        QuestionKind::MultiChoice => {
            let picked = posted.all(id);
            if picked.is_empty() {
                Change::Clear
            } else {
                Change::Set(Json::Array(
                    picked.iter().map(|p| Json::String(p.clone())).collect(),
                ))
            }
        }
        QuestionKind::Text => {
            // Kept as typed (inner spacing and lines matter in a statement); only the ends go.
            let text = posted.one(id).trim_end().trim_start_matches('\n');
            if text.trim().is_empty() {
                Change::Clear
            } else {
                Change::Set(Json::String(text.to_owned()))
            }
        }
        QuestionKind::Number => {
            if text.is_empty() {
                Change::Clear
            } else {
                let value = typed::number(text).ok().and_then(number_value);
                match value {
                    Some(value) => Change::Set(value),
                    None => {
                        return Err(error(
                            id.to_owned(),
                            say("form-error-number", &[("value", text)]),
                            &say("form-error-number-help", &[]),
                        ));
                    }
                }
            }
        }
        QuestionKind::Date => {
            if text.is_empty() {
                Change::Clear
            } else {
                match typed::date(text) {
                    Ok(date) => Change::Set(Json::String(date)),
                    Err(_) => {
                        return Err(error(
                            id.to_owned(),
                            say("form-error-date", &[("value", text)]),
                            &say("form-error-date-help", &[]),
                        ));
                    }
                }
            }
        }
        QuestionKind::Citations => rows(question, posted, |row, column, value| match column {
            // The reports link a measure only through a web address (http, https, mailto); a
            // link that is none would be shown as text nobody can follow, so it is said here.
            "url" if !is_safe_link(value) => Err((
                row,
                column.to_owned(),
                say(
                    "form-error-url",
                    &[("row", &(row + 1).to_string()), ("value", value)],
                ),
            )),
            "title" | "article" | "url" => Ok(Json::String(value.to_owned())),
            _ => Err((row, column.to_owned(), String::new())),
        })
        .and_then(|rows| citations(questionnaire, question, rows, say))
        .map_err(|(row, column, message)| {
            error(fields::row_field(id, row, &column), message, "")
        })?,
        QuestionKind::Table => rows(question, posted, |row, column, value| {
            let Some(col) = question.columns.iter().find(|c| c.id.value == column) else {
                return Err((row, column.to_owned(), format!("no column `{column}`")));
            };
            typed::cell(col, value).map_err(|_| {
                let message = match col.kind {
                    ColumnKind::Number => "form-error-cell-number",
                    ColumnKind::Date => "form-error-cell-date",
                    ColumnKind::Choice => "form-error-cell-choice",
                    ColumnKind::Text => "form-error-cell-text",
                };
                let args = [
                    ("row", (row + 1).to_string()),
                    ("column", col.label.clone()),
                    ("value", value.to_owned()),
                ];
                let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
                (row, column.to_owned(), say(message, &args))
            })
        })
        .map_err(|(row, column, message)| {
            error(fields::row_field(id, row, &column), message, "")
        })?,
    })
}

/// The rows posted for `question`, each a map of its non-empty cells, read by `cell`; rows
/// left empty are dropped.
fn rows(
    question: &Question,
    posted: &Posted,
    cell: impl Fn(usize, &str, &str) -> Result<Json, (usize, String, String)>,
) -> Result<Change, (usize, String, String)> {
    let id = question.id.value.as_str();
    let columns = fields::columns(question);
    let mut rows = Vec::new();
    for row in 0..fields::rows_in(&posted.fields, id) {
        let mut map = Map::new();
        for column in &columns {
            let value = posted.one(&fields::row_field(id, row, column)).trim();
            if !value.is_empty() {
                map.insert(column.clone(), cell(row, column, value)?);
            }
        }
        if !map.is_empty() {
            rows.push(Json::Object(map));
        }
    }
    Ok(if rows.is_empty() {
        Change::Clear
    } else {
        Change::Set(Json::Array(rows))
    })
}

/// Measures cited: each needs a title; a URL must be one, said at its own field.
fn citations(
    questionnaire: &Questionnaire,
    question: &Question,
    change: Change,
    say: Say<'_>,
) -> Result<Change, (usize, String, String)> {
    let Change::Set(Json::Array(rows)) = &change else {
        return Ok(change);
    };
    for (n, row) in rows.iter().enumerate() {
        let has = |k: &str| row.get(k).is_some();
        if !has("title") {
            return Err((
                n,
                "title".into(),
                say(
                    "form-error-title",
                    &[
                        ("row", &(n + 1).to_string()),
                        ("example", questionnaire.vocabulary.example_measure()),
                    ],
                ),
            ));
        }
        // Each row alone, so the error names the row and the field.
        let single = Json::Array(vec![row.clone()]);
        if let Err(problem) = Answer::interpret(questionnaire, question, &single) {
            let column = if has("url") { "url" } else { "title" };
            return Err((
                n,
                column.into(),
                say(
                    "form-error-measure",
                    &[
                        ("row", &(n + 1).to_string()),
                        ("problem", &format!("{}; {}", problem.message, problem.help)),
                    ],
                ),
            ));
        }
    }
    Ok(change)
}
