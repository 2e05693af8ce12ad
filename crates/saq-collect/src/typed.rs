//! Answers typed as plain text, read by question kind: a choice by its number, value or label,
//! several choices, a number, a date, a table cell. A [`Prompt`](crate::Prompt) that reads
//! lines (the terminal's) turns them into values here and words the [`Unreadable`] cases
//! itself.

use saq_model::answer::{is_date, number_value};
use saq_model::questionnaire::{Choice, Column, ColumnKind};
use serde_json::Value as Json;

/// Why a typed text is not a value of the kind asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unreadable {
    /// Not one of the choices; there are this many.
    NotAChoice(usize),
    /// Not a list of the choices; there are this many.
    NotChoices(usize),
    /// Not a number.
    NotANumber,
    /// Not a date written `YYYY-MM-DD`.
    NotADate,
}

/// The value of the choice `typed` names: its number (from 1), value or label, in any case.
pub fn choice(choices: &[Choice], typed: &str) -> Result<String, Unreadable> {
    let typed = typed.trim();
    if let Ok(n) = typed.parse::<usize>()
        && (1..=choices.len()).contains(&n)
    {
        return Ok(choices[n - 1].value.value.clone());
    }
    choices
        .iter()
        .find(|c| c.value.value.eq_ignore_ascii_case(typed) || c.label.eq_ignore_ascii_case(typed))
        .map(|c| c.value.value.clone())
        .ok_or(Unreadable::NotAChoice(choices.len()))
}

/// The values of the choices `typed` names, separated by commas, spaces or semicolons, each
/// once in the order first named; `none` (unless a choice is called that) is no choice at all.
pub fn choices(choices: &[Choice], typed: &str) -> Result<Vec<String>, Unreadable> {
    if typed.trim().eq_ignore_ascii_case("none") && choice(choices, typed).is_err() {
        return Ok(Vec::new());
    }
    let mut picked: Vec<String> = Vec::new();
    for word in typed.split([',', ' ', ';']).filter(|t| !t.is_empty()) {
        let value = choice(choices, word).map_err(|_| Unreadable::NotChoices(choices.len()))?;
        if !picked.contains(&value) {
            picked.push(value);
        }
    }
    Ok(picked)
}

/// A finite number.
pub fn number(typed: &str) -> Result<f64, Unreadable> {
    match typed.trim().parse::<f64>() {
        Ok(n) if n.is_finite() => Ok(n),
        _ => Err(Unreadable::NotANumber),
    }
}

/// A date written `YYYY-MM-DD`.
pub fn date(typed: &str) -> Result<String, Unreadable> {
    let typed = typed.trim();
    if is_date(typed) {
        Ok(typed.to_owned())
    } else {
        Err(Unreadable::NotADate)
    }
}

/// A table cell typed for `column`, as the answer file stores it.
pub fn cell(column: &Column, typed: &str) -> Result<Json, Unreadable> {
    match column.kind {
        ColumnKind::Text => Ok(Json::String(typed.to_owned())),
        ColumnKind::Number => {
            number(typed).and_then(|n| number_value(n).ok_or(Unreadable::NotANumber))
        }
        ColumnKind::Date => date(typed).map(Json::String),
        ColumnKind::Choice => choice(&column.choices, typed).map(Json::String),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options() -> Vec<Choice> {
        let choice = |value: &str, label: &str| Choice {
            value: saq_model::Located::new(value.to_owned()),
            label: label.to_owned(),
            verdict: None,
        };
        vec![choice("yes", "Yes"), choice("partly", "Yes, in part")]
    }

    #[test]
    fn choices_are_picked_by_number_value_or_label() {
        let options = options();
        assert_eq!(choice(&options, "2").as_deref(), Ok("partly"));
        assert_eq!(choice(&options, "YES").as_deref(), Ok("yes"));
        assert_eq!(choice(&options, "yes, in part").as_deref(), Ok("partly"));
        assert_eq!(choice(&options, "3"), Err(Unreadable::NotAChoice(2)));
    }

    #[test]
    fn several_choices_count_once_and_none_is_none() {
        let options = options();
        assert_eq!(choices(&options, "2, 1;2").unwrap(), ["partly", "yes"]);
        assert_eq!(choices(&options, "None").unwrap(), Vec::<String>::new());
        assert_eq!(choices(&options, "1, 7"), Err(Unreadable::NotChoices(2)));
    }

    #[test]
    fn numbers_and_dates() {
        assert_eq!(number(" 3.5 "), Ok(3.5));
        assert_eq!(number("inf"), Err(Unreadable::NotANumber));
        assert_eq!(date("2024-02-29").as_deref(), Ok("2024-02-29"));
        assert_eq!(date("2024-02-30"), Err(Unreadable::NotADate));
    }
}
