//! Located problems found in an input file, and their plain-text rendering.

use std::fmt;

use schemars::JsonSchema;
use serde::Serialize;

use crate::printable;

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// The input cannot be used as it is.
    Error,
    /// The input can be used, but something in it is probably a mistake.
    Warning,
}

/// One problem in one file, with where it is and what to do about it.
///
/// A diagnostic is self-contained: it carries the text of the offending source line, so it can be
/// printed long after the source file is gone. Its `Display` shows any control or bidi
/// character of the input escaped (see [`printable`]), so printing it in a terminal is safe.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// A stable, kebab-case name of the kind of problem (`duplicate-key`, `unknown-question`…).
    pub code: &'static str,
    /// The file as the user named it.
    pub file: String,
    /// 1-based line; 0 when the problem concerns the whole file.
    pub line: u64,
    /// 1-based column, in characters; 0 when the problem concerns the whole file.
    pub column: u64,
    /// What is wrong, lowercase, without a trailing period.
    pub message: String,
    /// What to do about it, when there is something useful to say.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    /// The source line the problem is on, for the excerpt.
    #[serde(skip)]
    #[schemars(skip)]
    pub source_line: Option<String>,
}

impl Diagnostic {
    /// An error about the whole of `file` (no line or column).
    pub fn file_error(file: &str, code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            file: file.to_owned(),
            line: 0,
            column: 0,
            message: message.into(),
            help: None,
            source_line: None,
        }
    }

    /// Locates a whole-file problem at the start of the file, so every message names a line and
    /// column that editors can jump to.
    #[must_use]
    pub fn at_start(mut self) -> Self {
        self.line = 1;
        self.column = 1;
        self
    }

    /// Adds advice on what to do.
    #[must_use]
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Turns the problem into a warning.
    #[must_use]
    pub fn warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }

    /// True for errors, false for warnings.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Longest part of a source line shown in an excerpt; long lines are cut around the column so a
/// 10 MB single-line file still gives a readable message.
const EXCERPT_WIDTH: usize = 100;

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let message = printable::text(&self.message);
        writeln!(f, "{label}[{}]: {message}", self.code)?;
        let gutter = self.line.to_string();
        let pad = " ".repeat(gutter.len());
        let file = printable::line(&self.file);
        if self.line == 0 {
            writeln!(f, "{pad}--> {file}")?;
        } else {
            writeln!(f, "{pad}--> {file}:{}:{}", self.line, self.column)?;
        }
        if let Some(source_line) = &self.source_line {
            let (shown, caret_at) = excerpt(source_line, self.column.saturating_sub(1) as usize);
            writeln!(f, "{pad} |")?;
            writeln!(f, "{gutter} | {shown}")?;
            writeln!(f, "{pad} | {}^", " ".repeat(caret_at))?;
        }
        if let Some(help) = &self.help {
            writeln!(f, "{pad} = help: {}", printable::text(help))?;
        }
        Ok(())
    }
}

/// The part of `line` to show and the caret's offset in it, both counted in characters. A
/// control or bidi character is shown escaped, the caret moved past its escape.
fn excerpt(line: &str, column: usize) -> (String, usize) {
    let chars: Vec<char> = line
        .chars()
        .map(|c| if c == '\t' { ' ' } else { c })
        .collect();
    let (shown, caret) = window(&chars, column);
    let mut text = String::with_capacity(shown.len());
    let mut caret_at = caret;
    for (i, c) in shown.chars().enumerate() {
        let escaped = printable::line(c.encode_utf8(&mut [0; 4])).into_owned();
        if i < caret {
            caret_at += escaped.chars().count() - 1;
        }
        text.push_str(&escaped);
    }
    (text, caret_at)
}

/// The part of `chars` to show, cut around `column` when the line is long, and the caret's
/// offset in it.
fn window(chars: &[char], column: usize) -> (String, usize) {
    if chars.len() <= EXCERPT_WIDTH {
        let caret = column.min(chars.len());
        return (chars.iter().collect(), caret);
    }
    let start = column
        .saturating_sub(EXCERPT_WIDTH / 2)
        .min(chars.len() - EXCERPT_WIDTH);
    let end = start + EXCERPT_WIDTH;
    let mut shown = String::new();
    let mut caret = column - start;
    if start > 0 {
        shown.push('…');
        caret += 1;
    }
    shown.extend(&chars[start..end]);
    if end < chars.len() {
        shown.push('…');
    }
    (shown, caret)
}

/// Diagnostics in the order a reader expects: by file, then line, then column.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_cut_around_the_column() {
        let line = "x".repeat(500);
        let (shown, caret) = excerpt(&line, 300);
        assert_eq!(shown.chars().count(), EXCERPT_WIDTH + 2);
        assert_eq!(shown.chars().nth(caret), Some('x'));
        assert_eq!(caret, EXCERPT_WIDTH / 2 + 1);
    }

    #[test]
    fn short_lines_are_shown_whole() {
        assert_eq!(excerpt("id: x", 4), ("id: x".to_owned(), 4));
    }

    #[test]
    fn control_characters_are_shown_escaped_and_the_caret_still_points_right() {
        let (shown, caret) = excerpt("name: \u{1b}[2J\u{202e}x", 10);
        assert_eq!(shown, "name: \\u{1b}[2J\\u{202e}x");
        assert_eq!(shown.chars().nth(caret), Some('\\'));
        let mut diagnostic = Diagnostic::file_error("a\u{1b}.yaml", "x", "bad \u{9b}value");
        diagnostic.help = Some("say \u{7}".into());
        let text = diagnostic.to_string();
        assert!(
            !text.chars().any(|c| c != '\n' && printable::is_unsafe(c)),
            "{text}"
        );
        assert!(
            text.contains("a\\u{1b}.yaml") && text.contains("bad \\u{9b}value"),
            "{text}"
        );
    }
}
