//! The form's fields: their names, and the values an answer gives them. A page is filled from
//! these values, whether they come from the file (an answer as saved) or from a post that was
//! refused (what the person typed, shown back to them untouched).
//!
//! Names, by question kind (QID is the question's id, N a row number from 0):
//! `QID` for a choice, choices, text, number or date; `QID-N-title`, `QID-N-article`,
//! `QID-N-url` for measures cited; `QID-N-COLUMN` for table rows; `QID-special` (`none`,
//! `not-applicable`, `unknown`) and `QID-reason` for an answer that cannot be given.

use std::collections::BTreeMap;

use saq_model::questionnaire::{Question, QuestionKind};
use serde_json::Value as Json;

/// Form values by field name (a field can hold several values: checkboxes).
pub(crate) type Fields = BTreeMap<String, Vec<String>>;

/// The keys of the answers that cannot be given, as the answer file writes them.
pub(crate) const SPECIAL: [&str; 2] = ["not-applicable", "unknown"];

/// The fields of one measure cited, in the order shown.
pub(crate) const CITATION: [&str; 3] = ["title", "article", "url"];

/// Rows beyond this many are not read from a post: no answer has nearly so many, and a forged
/// row number must not make the server build a page of a billion empty rows.
pub(crate) const MAX_ROWS: usize = 1000;

/// The name of a row's field.
pub(crate) fn row_field(question: &str, row: usize, column: &str) -> String {
    format!("{question}-{row}-{column}")
}

/// The column names of a question with rows: a citation's fields, or a table's columns.
pub(crate) fn columns(question: &Question) -> Vec<String> {
    match question.kind.value {
        QuestionKind::Citations => CITATION.iter().map(|c| (*c).to_owned()).collect(),
        QuestionKind::Table => question
            .columns
            .iter()
            .map(|c| c.id.value.clone())
            .collect(),
        _ => Vec::new(),
    }
}

/// Adds the fields `value` (an answer to `question` as the file holds it) gives.
pub(crate) fn of_answer(question: &Question, value: &Json, fields: &mut Fields) {
    let id = question.id.value.as_str();
    let mut put = |name: String, value: String| fields.entry(name).or_default().push(value);
    if let Json::Object(map) = value
        && let Some((key, reason)) = map.iter().find(|(k, _)| SPECIAL.contains(&k.as_str()))
    {
        put(format!("{id}-special"), key.clone());
        put(format!("{id}-reason"), scalar(reason));
        return;
    }
    match question.kind.value {
        QuestionKind::Citations | QuestionKind::Table => {
            let Json::Array(rows) = value else { return };
            for (n, row) in rows.iter().enumerate() {
                match row {
                    Json::Object(cells) => {
                        for (column, cell) in cells {
                            put(row_field(id, n, column), scalar(cell));
                        }
                    }
                    // A measure cited by its title alone (`- Firearms Act 2003`).
                    Json::String(title) => put(row_field(id, n, "title"), title.clone()),
                    _ => {}
                }
            }
        }
        QuestionKind::MultiChoice => {
            if let Json::Array(items) = value {
                for item in items {
                    put(id.to_owned(), scalar(item));
                }
            }
        }
        _ => put(id.to_owned(), scalar(value)),
    }
}

/// The number of rows the fields hold for `question` (the highest row number given, plus one).
pub(crate) fn rows_in(fields: &Fields, question: &str) -> usize {
    let prefix = format!("{question}-");
    fields
        .range(prefix.clone()..)
        .take_while(|(name, _)| name.starts_with(&prefix))
        .filter_map(|(name, _)| {
            let rest = &name[prefix.len()..];
            let (n, _) = rest.split_once('-')?;
            n.parse::<usize>().ok().filter(|n| *n < MAX_ROWS)
        })
        .max()
        .map_or(0, |n| n + 1)
}

/// A scalar shown in a field as the file writes it: text as is, numbers in their shortest form.
fn scalar(value: &Json) -> String {
    match value {
        Json::String(s) => s.clone(),
        Json::Null => String::new(),
        other => other.to_string(),
    }
}
