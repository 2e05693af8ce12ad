//! The one place that uses serde-saphyr: parsing options, budgets, turning its errors into
//! [`Diagnostic`]s, and writing values as YAML text. Everything else in saq sees typed values,
//! diagnostics and text.
//!
//! Errors are classified by serde-saphyr's error variants (and, for the parser's own errors, by
//! its error kind), never by the wording of their messages: the code and advice of a diagnostic
//! cannot change because a dependency rephrased a sentence.
//!
//! serde-saphyr is used (not serde_yaml, which is archived) because it reports exact locations,
//! rejects duplicate keys, and enforces budgets against alias bombs and deep nesting.

use serde::de::DeserializeOwned;
use serde::{Deserializer, Serialize};
use serde_saphyr::budget::BudgetBreach;
use serde_saphyr::granit_parser::ErrorKind as ScanErrorKind;
use serde_saphyr::{DefaultMessageFormatter, Error, ExternalMessageSource, MessageFormatter};

use crate::diagnostic::Diagnostic;
use crate::error::WriteError;
use crate::located::Located;
use crate::source::SourceFile;

/// Deepest nesting accepted. Real files nest fewer than 10 levels; the limit stops a
/// 50,000-deep input long before it can exhaust the stack.
const MAX_DEPTH: usize = 64;

/// Most values (keys, list items, texts — aliases counted as expanded) accepted in one file. The
/// built-in questionnaire, the largest file saq ships, holds about 5,000.
const MAX_NODES: usize = 250_000;

/// Parses one YAML document of `source` into `T`.
///
/// Duplicate keys, unknown fields (for types that deny them), wrong types and syntax errors all
/// come back as one located diagnostic: a syntax error leaves nothing sound to check further.
pub(crate) fn parse<T: DeserializeOwned>(source: &SourceFile) -> Result<T, Diagnostic> {
    let options = serde_saphyr::options! {
        // `yes`, `no`, `on`, `off` stay strings: they are answer values here, not booleans.
        strict_booleans: true,
        // saq reads no comment back. Collected, they are buffered while the parser looks ahead
        // past an empty value, and more than about 32 comment lines there (a question's help
        // in a wordy language) would fail the file.
        emit_comments: false,
        budget: serde_saphyr::budget! {
            max_depth: MAX_DEPTH,
            max_documents: 1,
            max_nodes: MAX_NODES,
        },
    };
    serde_saphyr::from_str_with_options(&source.text, options)
        .map_err(|err| to_diagnostic(source, &err))
}

/// Parses `source` into untyped values (maps, lists, scalars) with the same options and
/// budgets as [`parse`], and nothing else: the floor under which reading an answer set cannot
/// go, which the batch benchmark times beside the whole batch.
pub(crate) fn parse_untyped(source: &SourceFile) -> Result<serde_json::Value, Diagnostic> {
    parse(source)
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

fn to_diagnostic(source: &SourceFile, err: &Error) -> Diagnostic {
    let (line, column) = err
        .location()
        .map_or((1, 1), |l| (l.line().max(1), l.column().max(1)));
    let (cause, through_alias) = cause(err);
    let (code, message, help) = explain(cause, through_alias);
    let mut diagnostic = source.diagnostic(line, column, code, message);
    diagnostic.help = Some(help);
    diagnostic
}

/// The error itself, out of the wrappers that only add a source excerpt or the locations of an
/// alias; and whether it happened while an alias (`*name`) was being expanded.
fn cause(mut err: &Error) -> (&Error, bool) {
    let mut through_alias = false;
    loop {
        match err {
            Error::WithSnippet { error, .. } => err = error,
            Error::AliasError { error, .. } => {
                through_alias = true;
                err = error;
            }
            _ => return (err, through_alias),
        }
    }
}

/// A stable code, a message for people who do not know YAML's internals, and what to do.
fn explain(err: &Error, through_alias: bool) -> (&'static str, String, String) {
    match err {
        Error::DuplicateMappingKey { key, .. } => (
            "duplicate-key",
            match key {
                Some(key) => format!("the key `{}` appears twice in the same mapping", plain(key)),
                None => "a key appears twice in the same mapping".to_owned(),
            },
            "keep one of the two entries; YAML does not allow repeated keys".to_owned(),
        ),
        Error::SerdeUnknownField {
            field, expected, ..
        } => (
            "unknown-field",
            format!("unknown field `{}`", plain(field)),
            if expected.is_empty() {
                "remove it; nothing else is expected here".to_owned()
            } else {
                format!(
                    "check the spelling; expected one of {}",
                    expected.join(", ")
                )
            },
        ),
        Error::SerdeMissingField { field, .. } => (
            "missing-field",
            format!("missing field `{field}`"),
            "add the field".to_owned(),
        ),
        Error::SerdeUnknownVariant { .. } => (
            "unknown-value",
            parser_message(err),
            "use one of the listed values".to_owned(),
        ),
        Error::MultipleDocuments { .. }
        | Error::Budget {
            breach: BudgetBreach::Documents { .. },
            ..
        } => multiple_documents(),
        Error::Budget {
            breach: BudgetBreach::Depth { .. },
            ..
        } => too_deep(),
        Error::ExternalMessage { source, .. }
            if matches!(
                source.as_ref(),
                ExternalMessageSource::Parser(scan)
                    if matches!(scan.kind(), ScanErrorKind::RecursionLimitExceeded)
            ) =>
        {
            too_deep()
        }
        // `&a [*a]`: expanding the alias would nest without end.
        Error::RecursiveReferencesRequireWeakTypes { .. } => (
            "too-deep",
            "an alias (`*name`) refers to the value that holds it, which would nest without end"
                .to_owned(),
            "write the content out plainly instead of repeating `*alias` references".to_owned(),
        ),
        Error::Budget {
            breach: BudgetBreach::SequenceUnbalanced,
            ..
        } => (
            "yaml-syntax",
            "a list or mapping ends here that never started".to_owned(),
            SYNTAX_HELP.to_owned(),
        ),
        Error::Budget { breach, .. } => too_large(breach, through_alias),
        Error::AliasReplayCounterOverflow { .. }
        | Error::AliasReplayLimitExceeded { .. }
        | Error::AliasExpansionLimitExceeded { .. }
        | Error::AliasReplayStackDepthExceeded { .. } => too_large_through_aliases(),
        Error::SerdeInvalidType { .. }
        | Error::SerdeInvalidValue { .. }
        | Error::SerdeInvalidLength { .. }
        | Error::InvalidScalar { .. }
        | Error::InvalidBooleanStrict { .. }
        | Error::InvalidCharNull { .. }
        | Error::InvalidCharNotSingleScalar { .. }
        | Error::NullIntoString { .. }
        | Error::TaggedScalarCannotDeserializeIntoString { .. }
        | Error::NonFiniteFloat { .. }
        | Error::QuotingRequired { .. }
        | Error::Unexpected { .. }
        | Error::UnexpectedValueForUnit { .. }
        | Error::ExpectedEmptyMappingForUnitStruct { .. }
        | Error::ExpectedStringKeyForExternallyTaggedEnum { .. }
        | Error::ExternallyTaggedEnumExpectedScalarOrMapping { .. }
        | Error::UnexpectedValueForUnitEnumVariant { .. }
        | Error::ExpectedMappingEndAfterEnumVariantValue { .. }
        | Error::TaggedEnumMismatch { .. }
        | Error::InvalidBinaryBase64 { .. }
        | Error::BinaryNotUtf8 { .. }
        | Error::BytesNotSupportedMissingBinaryTag { .. }
        // A type's own check of its value (serde's `custom` errors).
        | Error::Message { .. } => ("wrong-type", parser_message(err), wrong_type_help(err)),
        _ => ("yaml-syntax", parser_message(err), SYNTAX_HELP.to_owned()),
    }
}

const SYNTAX_HELP: &str = "fix the YAML syntax here; check indentation, quotes and brackets";

fn multiple_documents() -> (&'static str, String, String) {
    (
        "multiple-documents",
        "the file holds more than one YAML document".to_owned(),
        "keep one document per file: remove the `---` separator and what follows".to_owned(),
    )
}

fn too_deep() -> (&'static str, String, String) {
    (
        "too-deep",
        format!("the YAML is nested more than {MAX_DEPTH} levels deep"),
        "saq files nest a few levels at most; check the indentation and the brackets".to_owned(),
    )
}

/// A size budget breached: the input is refused before it can exhaust time or memory. Aliases
/// are blamed only when they are the cause: the breach happened while one was being expanded, or
/// the file has too many of them.
fn too_large(breach: &BudgetBreach, through_alias: bool) -> (&'static str, String, String) {
    const ALIAS_HELP: &str =
        "write the content out plainly instead of repeating `*alias` references";
    let message = match breach {
        _ if through_alias => return too_large_through_aliases(),
        BudgetBreach::RecordedAnchorEvents { .. } | BudgetBreach::RecordedAnchorBytes { .. } => {
            return too_large_through_aliases();
        }
        BudgetBreach::Aliases { .. } | BudgetBreach::AliasAnchorRatio { .. } => {
            return (
                "too-large",
                "the YAML repeats aliases (`*name`) more often than saq accepts in one file"
                    .to_owned(),
                ALIAS_HELP.to_owned(),
            );
        }
        BudgetBreach::Anchors { .. } => {
            return (
                "too-large",
                "the YAML defines more anchors (`&name`) than saq accepts in one file".to_owned(),
                ALIAS_HELP.to_owned(),
            );
        }
        BudgetBreach::Nodes { .. } | BudgetBreach::Events { .. } => format!(
            "the YAML holds more than {} values (keys, list items and texts), more than saq reads \
             in one file",
            thousands(MAX_NODES)
        ),
        _ => "the YAML holds more than saq reads in one file".to_owned(),
    };
    (
        "too-large",
        message,
        "check that this is the right file; questionnaires and answer sets hold far fewer values"
            .to_owned(),
    )
}

fn too_large_through_aliases() -> (&'static str, String, String) {
    (
        "too-large",
        "with its aliases (`*name`) expanded, the YAML holds more values than saq reads in one file"
            .to_owned(),
        "write the content out plainly instead of repeating `*alias` references".to_owned(),
    )
}

/// What to write instead of a value of the wrong type, from the type that was expected.
fn wrong_type_help(err: &Error) -> String {
    let expected: &str = match err {
        Error::InvalidScalar { ty, .. } => ty,
        Error::Unexpected { expected, .. } => expected,
        Error::SerdeInvalidType { expected, .. }
        | Error::SerdeInvalidValue { expected, .. }
        | Error::SerdeInvalidLength { expected, .. } => expected,
        _ => "",
    };
    if is_integer_type(expected) {
        "write a whole number, such as `1`".into()
    } else if expected.contains("map") || expected.starts_with("struct ") {
        "this place needs a mapping of `key: value` lines".into()
    } else if expected.contains("sequence") {
        "this place needs a list of `- item` lines".into()
    } else {
        "check the value's type against the format described in the README".into()
    }
}

/// `u32`, `i64`, `usize` … : the names Rust (and so serde) gives whole-number types.
fn is_integer_type(name: &str) -> bool {
    name.strip_prefix(['u', 'i']).is_some_and(|width| {
        width == "size" || (!width.is_empty() && width.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// serde-saphyr's own wording of `err`, without its location (the diagnostic has it).
fn parser_message(err: &Error) -> String {
    plain(&DefaultMessageFormatter.format_message(err))
}

/// Text from the file (a key, a field name) made safe to print: control characters and line
/// separators escaped, as serde-saphyr's own rendering does.
fn plain(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') {
                c.escape_debug().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diagnostic(text: &str) -> Diagnostic {
        parse::<serde_json::Value>(&SourceFile::new("t.yaml", text)).unwrap_err()
    }

    /// A question's help written as comments after its empty value may be as long as it needs:
    /// the parser does not hold comments back (it did, up to about 32 lines).
    #[test]
    fn any_number_of_comment_lines_may_follow_an_empty_value() {
        let mut text = String::from("answers:\n  q1:\n");
        for i in 0..500 {
            text.push_str(&format!("  # help line {i}\n"));
        }
        text.push_str("  q2: yes\n");
        let value: serde_json::Value = parse(&SourceFile::new("t.yaml", text)).unwrap();
        assert_eq!(value["answers"]["q2"], "yes");
        assert!(value["answers"]["q1"].is_null());
    }

    #[test]
    fn a_plain_big_file_is_not_blamed_on_aliases() {
        let text: String = (0..MAX_NODES).map(|i| format!("- {i}\n")).collect();
        let d = diagnostic(&text);
        assert_eq!(d.code, "too-large");
        assert!(!d.message.contains("alias"), "{}", d.message);
        assert!(d.message.contains("250,000 values"), "{}", d.message);
        assert!(!d.help.unwrap().contains("alias"));
    }

    #[test]
    fn an_alias_bomb_is_blamed_on_aliases() {
        let mut text = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (name, previous) in ["b", "c", "d", "e", "f", "g"]
            .iter()
            .zip(["a", "b", "c", "d", "e", "f"])
        {
            let refs = vec![format!("*{previous}"); 10].join(", ");
            text.push_str(&format!("{name}: &{name} [{refs}]\n"));
        }
        let d = diagnostic(&text);
        assert_eq!(d.code, "too-large");
        assert!(d.message.contains("aliases"), "{}", d.message);
    }

    #[test]
    fn a_recursive_alias_is_too_deep() {
        let d = diagnostic("a: &a [1, *a]\n");
        assert_eq!(d.code, "too-deep");
        assert!(
            d.message.contains("refers to the value that holds it"),
            "{}",
            d.message
        );
    }

    #[test]
    fn flow_and_block_nesting_are_too_deep() {
        let flow = format!("a: {}{}\n", "[".repeat(10_000), "]".repeat(10_000));
        assert_eq!(diagnostic(&flow).code, "too-deep");
        let mut block = String::new();
        for level in 0..100 {
            block.push_str(&" ".repeat(level));
            block.push_str("a:\n");
        }
        assert_eq!(diagnostic(&block).code, "too-deep");
    }

    #[test]
    fn duplicate_keys_keep_commas_and_control_characters_are_escaped() {
        let d = diagnostic("\"a,b\": 1\n\"a,b\": 2\n");
        assert_eq!(d.code, "duplicate-key");
        assert_eq!(d.message, "the key `a,b` appears twice in the same mapping");
        let d = diagnostic("\"\\e[2J\": 1\n\"\\e[2J\": 2\n");
        assert_eq!(
            d.message,
            "the key `\\u{1b}[2J` appears twice in the same mapping"
        );
    }

    #[test]
    fn wrong_types_get_help_for_the_expected_type() {
        #[derive(Debug, serde::Deserialize)]
        struct Doc {
            #[allow(dead_code)]
            n: u32,
            #[allow(dead_code)]
            list: Vec<String>,
            #[allow(dead_code)]
            map: std::collections::BTreeMap<String, String>,
        }
        let parse_doc = |text: &str| parse::<Doc>(&SourceFile::new("t.yaml", text)).unwrap_err();
        let d = parse_doc("n: one\nlist: []\nmap: {}\n");
        assert_eq!(
            (d.code, d.help.as_deref()),
            ("wrong-type", Some("write a whole number, such as `1`"))
        );
        let d = parse_doc("n: 1\nlist: {a: b}\nmap: {}\n");
        assert_eq!(
            d.help.as_deref(),
            Some("this place needs a list of `- item` lines")
        );
        let d = parse_doc("n: 1\nlist: []\nmap: [a]\n");
        assert_eq!(
            d.help.as_deref(),
            Some("this place needs a mapping of `key: value` lines")
        );
    }

    #[test]
    fn integer_type_names() {
        assert!(is_integer_type("u32") && is_integer_type("i8") && is_integer_type("usize"));
        assert!(!is_integer_type("u") && !is_integer_type("int") && !is_integer_type("i32x"));
        assert_eq!(thousands(250_000), "250,000");
        assert_eq!(thousands(64), "64");
    }
}
