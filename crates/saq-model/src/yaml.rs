//! The one place that knows YAML: parsing options, budgets, and turning parser errors into
//! [`Diagnostic`]s; and writing values as YAML text. Everything else in saq sees typed values,
//! diagnostics and text.
//!
//! serde-saphyr is used (not serde_yaml, which is archived) because it reports exact locations,
//! rejects duplicate keys, and enforces budgets against alias bombs and deep nesting.

use serde::de::DeserializeOwned;
use serde::{Deserializer, Serialize};

use crate::diagnostic::Diagnostic;
use crate::error::WriteError;
use crate::located::Located;
use crate::source::SourceFile;

/// Deepest nesting accepted. Real files nest fewer than 10 levels; the limit stops a
/// 50,000-deep input long before it can exhaust the stack.
const MAX_DEPTH: usize = 64;

/// Parses one YAML document of `source` into `T`.
///
/// Duplicate keys, unknown fields (for types that deny them), wrong types and syntax errors all
/// come back as one located diagnostic: a syntax error leaves nothing sound to check further.
pub(crate) fn parse<T: DeserializeOwned>(source: &SourceFile) -> Result<T, Diagnostic> {
    let options = serde_saphyr::options! {
        // `yes`, `no`, `on`, `off` stay strings: they are answer values here, not booleans.
        strict_booleans: true,
        budget: serde_saphyr::budget! {
            max_depth: MAX_DEPTH,
            max_documents: 1,
        },
    };
    serde_saphyr::from_str_with_options(&source.text, options)
        .map_err(|err| to_diagnostic(source, &err))
}

/// Writes `value` as block-style YAML, ending with a newline.
///
/// Strings that other YAML readers could take for booleans, numbers, dates or null (`yes`,
/// `2024-02-29`, `~`) are quoted, long text is folded and multi-line text written as a literal
/// block, so what [`parse`] reads back is exactly `value`.
pub(crate) fn to_text<T: Serialize>(value: &T) -> Result<String, WriteError> {
    serde_saphyr::to_string(value).map_err(|err| WriteError::Yaml(err.to_string()))
}

/// Deserializes a [`Located`] through serde-saphyr's span support.
pub(crate) fn deserialize_located<'de, D, T>(deserializer: D) -> Result<Located<T>, D::Error>
where
    D: Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    let spanned: serde_saphyr::Spanned<T> = serde::Deserialize::deserialize(deserializer)?;
    Ok(Located {
        value: spanned.value,
        line: spanned.referenced.line(),
        column: spanned.referenced.column(),
    })
}

fn to_diagnostic(source: &SourceFile, err: &serde_saphyr::Error) -> Diagnostic {
    let (line, column) = err
        .location()
        .map_or((1, 1), |l| (l.line().max(1), l.column().max(1)));
    let raw = err.without_snippet().to_string();
    let message = strip_location_suffix(&raw);
    let (code, message, help) = explain(message);
    let mut diagnostic = source.diagnostic(line, column, code, message);
    diagnostic.help = help;
    diagnostic
}

/// serde-saphyr appends " at line L, column C" to plain messages; the diagnostic says it better.
fn strip_location_suffix(message: &str) -> &str {
    match message.rfind(" at line ") {
        Some(i) if message[i..].contains(", column ") => &message[..i],
        _ => message,
    }
}

/// A stable code, a message for people who do not know YAML's internals, and what to do.
fn explain(message: &str) -> (&'static str, String, Option<String>) {
    if let Some(rest) = message.strip_prefix("duplicate mapping key: ") {
        let key = rest.split(',').next().unwrap_or(rest).trim();
        return (
            "duplicate-key",
            format!("the key `{key}` appears twice in the same mapping"),
            Some("keep one of the two entries; YAML does not allow repeated keys".into()),
        );
    }
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let field = rest.split(',').next().unwrap_or(rest);
        let expected = rest.split_once("expected ").map(|(_, e)| e.to_owned());
        return (
            "unknown-field",
            format!("unknown field {field}"),
            Some(match expected {
                Some(expected) => format!("check the spelling; expected {expected}"),
                None => "remove it or check its spelling".into(),
            }),
        );
    }
    if message.starts_with("missing field ") {
        return (
            "missing-field",
            message.to_owned(),
            Some("add the field".into()),
        );
    }
    if message.starts_with("unknown variant ") {
        return (
            "unknown-value",
            message.to_owned(),
            Some("use one of the listed values".into()),
        );
    }
    let lower = message.to_ascii_lowercase();
    if let Some(explained) = explain_budget(&lower) {
        return explained;
    }
    if lower.starts_with("invalid type")
        || lower.starts_with("invalid value")
        || lower.starts_with("invalid ")
        || lower.starts_with("expected ")
        || lower.contains("into string")
    {
        return (
            "wrong-type",
            message.to_owned(),
            Some(wrong_type_help(message)),
        );
    }
    if lower.contains("multiple documents") || lower.contains("more than one document") {
        return (
            "multiple-documents",
            message.to_owned(),
            Some("keep one document per file: remove the `---` separator and what follows".into()),
        );
    }
    (
        "yaml-syntax",
        message.to_owned(),
        Some("fix the YAML syntax here; check indentation, quotes and brackets".into()),
    )
}

/// Budget breaches: the input is refused before it can exhaust time or memory.
fn explain_budget(lower: &str) -> Option<(&'static str, String, Option<String>)> {
    if !(lower.contains("budget") || lower.contains("nesting") || lower.contains("recursion")) {
        return None;
    }
    let (code, message, help) = if lower.contains("documents") {
        (
            "multiple-documents",
            "the file holds more than one YAML document".to_owned(),
            "keep one document per file: remove the `---` separator and what follows".to_owned(),
        )
    } else if lower.contains("depth") || lower.contains("nesting") || lower.contains("recursion") {
        (
            "too-deep",
            format!("the YAML is nested more than {MAX_DEPTH} levels deep"),
            "saq files nest a few levels at most; check the indentation and the brackets"
                .to_owned(),
        )
    } else if lower.contains("alias") || lower.contains("anchor") || lower.contains("nodes") {
        (
            "too-large",
            "the YAML expands to too many values (aliases repeated without bound?)".to_owned(),
            "write the content out plainly instead of repeating `*alias` references".to_owned(),
        )
    } else {
        (
            "too-large",
            "the YAML holds more values than saq accepts in one file".to_owned(),
            "split the content, or check that this is the right file".to_owned(),
        )
    };
    Some((code, message, Some(help)))
}

fn wrong_type_help(message: &str) -> String {
    if ["invalid u", "invalid i"]
        .iter()
        .any(|p| message.starts_with(p))
    {
        "write a whole number, such as `1`".into()
    } else if message.contains("mapping") {
        "this place needs a mapping of `key: value` lines".into()
    } else if message.contains("sequence") {
        "this place needs a list of `- item` lines".into()
    } else {
        "check the value's type against the format described in the README".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn location_suffix_is_removed() {
        assert_eq!(
            strip_location_suffix("invalid u32 at line 3, column 4"),
            "invalid u32"
        );
        assert_eq!(strip_location_suffix("no suffix"), "no suffix");
    }
}
