//! The report templates a command uses: the built-in ones or `--templates DIR`, and how their
//! problems are told.

use std::path::Path;

use saq_render::{ReportError, Templates};

use crate::exit::Outcome;

/// The templates, or the outcome to exit with after the problem was printed.
pub(crate) fn load(dir: Option<&Path>) -> Result<Templates, Outcome> {
    let templates = match dir {
        Some(dir) => Templates::from_dir(dir),
        None => Templates::builtin(),
    };
    templates.map_err(|err| failure(&err, dir))
}

/// A template problem: the user's templates are input (exit 1) unless a file is missing or
/// unreadable (exit 2); a broken built-in template is a bug, reported the same way.
pub(crate) fn failure(err: &ReportError, dir: Option<&Path>) -> Outcome {
    match (err, dir) {
        (
            ReportError::Template {
                file,
                line,
                column,
                message,
            },
            Some(dir),
        ) => {
            eprintln!(
                "error[template]: {message}\n  --> {}:{line}:{column}",
                dir.join(file).display()
            );
            eprintln!(
                "  = help: fix the template, or leave out --templates to use the built-in ones"
            );
            Outcome::InputProblems
        }
        (ReportError::MissingTemplate { .. } | ReportError::ReadTemplate { .. }, _) => {
            eprintln!("error: {err}");
            Outcome::UsageOrIo
        }
        _ => {
            eprintln!("error: {err}");
            Outcome::InputProblems
        }
    }
}
