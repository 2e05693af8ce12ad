//! The one way `saq` prints: every message line, on standard output or standard error, and
//! every document written to standard output, goes through here.
//!
//! - A closed pipe is not an error: `saq status … | head -1` ends with the exit code of the
//!   work done. Once a stream is closed, nothing more is written to it.
//! - What comes from the user's files is shown, never obeyed: control characters and bidi
//!   overrides in a message are written as `\u{1b}` and the like
//!   ([`saq_model::printable`]); a document keeps its text when it goes to a file or a pipe,
//!   and is shown the same way when it goes to a terminal.

use std::fmt;
use std::io::{self, IsTerminal, Write};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use saq_model::printable;

use crate::error::CliError;

/// Standard output or standard error.
#[derive(Debug, Clone, Copy)]
enum Stream {
    Out,
    Err,
}

static OUT_CLOSED: AtomicBool = AtomicBool::new(false);
static ERR_CLOSED: AtomicBool = AtomicBool::new(false);
/// The first write to standard output that failed for another reason than a closed pipe (a
/// full disk behind a redirection): the run cannot have done what it said.
static OUT_FAILED: OnceLock<String> = OnceLock::new();

/// Prints a message line on standard output.
macro_rules! say {
    () => { $crate::output::line_out(format_args!("")) };
    ($($arg:tt)*) => { $crate::output::line_out(format_args!($($arg)*)) };
}

/// Prints a message line on standard error.
macro_rules! tell {
    ($($arg:tt)*) => { $crate::output::line_err(format_args!($($arg)*)) };
}

pub(crate) use {say, tell};

/// Writes `message` and a newline to standard output, neutralized.
pub(crate) fn line_out(message: fmt::Arguments<'_>) {
    line(Stream::Out, message);
}

/// Writes `message` and a newline to standard error, neutralized.
pub(crate) fn line_err(message: fmt::Arguments<'_>) {
    line(Stream::Err, message);
}

fn line(stream: Stream, message: fmt::Arguments<'_>) {
    let text = message.to_string();
    let mut shown = printable::text(&text).into_owned();
    shown.push('\n');
    if let Err(err) = write(stream, shown.as_bytes())
        && matches!(stream, Stream::Out)
    {
        let _ = OUT_FAILED.set(err.to_string());
    }
}

/// Prints a diagnostic (its `Display` already shows the input's text escaped) and the blank
/// line after it, on standard error.
pub(crate) fn diagnostic(diagnostic: &saq_model::Diagnostic) {
    tell!("{diagnostic}");
}

/// Prints every diagnostic of a file, on standard error.
pub(crate) fn diagnostics(diagnostics: &[saq_model::Diagnostic]) {
    for d in diagnostics {
        diagnostic(d);
    }
}

/// Prints an error with its advice, on standard error.
pub(crate) fn error(err: &CliError) {
    match err.template_location() {
        Some((message, location)) => tell!("error[template]: {message}\n  --> {location}"),
        None => tell!("error: {err}"),
    }
    if let Some(help) = err.help() {
        tell!("  = help: {help}");
    }
}

/// Writes a document (a report, a schema, an answer set) to standard output: as it is to a file
/// or a pipe, with control characters shown escaped to a terminal. JSON keeps its value either
/// way: only escapes are added.
pub(crate) fn document(text: &str, json: bool) -> Result<(), CliError> {
    let shown = if json {
        printable::json(text)
    } else if io::stdout().is_terminal() {
        printable::text(text)
    } else {
        text.into()
    };
    write(Stream::Out, shown.as_bytes()).map_err(|source| CliError::Stdout { source })
}

/// Standard output failed for another reason than a closed pipe.
pub(crate) fn failed() -> Option<CliError> {
    OUT_FAILED.get().map(|why| CliError::Stdout {
        source: io::Error::other(why.clone()),
    })
}

/// Writes `bytes` whole; a closed pipe closes the stream for good and is no error.
fn write(stream: Stream, bytes: &[u8]) -> io::Result<()> {
    let closed = match stream {
        Stream::Out => &OUT_CLOSED,
        Stream::Err => &ERR_CLOSED,
    };
    if closed.load(Ordering::Relaxed) {
        return Ok(());
    }
    let result = match stream {
        Stream::Out => {
            let mut out = io::stdout().lock();
            out.write_all(bytes).and_then(|()| out.flush())
        }
        Stream::Err => io::stderr().lock().write_all(bytes),
    };
    match result {
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => {
            closed.store(true, Ordering::Relaxed);
            Ok(())
        }
        other => other,
    }
}

/// `word` as one word of a command line the user can paste into a shell: as it is when it holds
/// only characters no shell treats specially, else in single quotes (a quote inside written
/// `'\''`). Hints that suggest a command print their file and folder names through this.
pub(crate) fn shell_word(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_alphanumeric() || "@%_+=:,./-".contains(c));
    if plain {
        word.to_owned()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

/// `1 word` or `N words`: counts in messages.
pub(crate) fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

#[cfg(test)]
mod tests {
    use super::shell_word;

    #[test]
    fn shell_words_are_quoted_only_when_needed() {
        assert_eq!(shell_word("tests/fixtures"), "tests/fixtures");
        assert_eq!(shell_word("my answers.yaml"), "'my answers.yaml'");
        assert_eq!(shell_word("it's"), r"'it'\''s'");
        assert_eq!(shell_word(""), "''");
        assert_eq!(shell_word("$HOME"), "'$HOME'");
    }
}
