//! Loading the questionnaire a command works with: the built-in one or `--questionnaire DIR`.

use std::path::Path;

use saq_core::{Bundle, LoadedAnswers, SourceFile, error::ReadError};

use crate::exit::Outcome;

/// The questionnaire, or the outcome to exit with after its problems were printed.
pub(crate) fn load(dir: Option<&Path>) -> Result<Bundle, Outcome> {
    let checked = match dir {
        None => Bundle::builtin(),
        Some(dir) => Bundle::read_dir(dir).map_err(|err| {
            eprintln!("error: {err}");
            Outcome::UsageOrIo
        })?,
    };
    for diagnostic in &checked.diagnostics {
        eprintln!("{diagnostic}");
    }
    if checked.has_errors() {
        eprintln!("error: the questionnaire has problems; fix them first (`saq validate`)");
        return Err(Outcome::InputProblems);
    }
    checked.value.ok_or(Outcome::InputProblems)
}

/// Reads an answer-set file, printing why when it cannot be used.
pub(crate) fn read_source(path: &Path) -> Result<SourceFile, Outcome> {
    SourceFile::read(path).map_err(|err| match err {
        ReadError::Io { .. } => {
            eprintln!("error: {err}");
            Outcome::UsageOrIo
        }
        ReadError::Invalid(diagnostic) => {
            eprintln!("{diagnostic}");
            Outcome::InputProblems
        }
    })
}

/// Reads and checks an answer set as `saq report` does, printing every problem found. The source
/// comes back with the answers, so later messages can quote it.
pub(crate) fn load_answers(
    bundle: &Bundle,
    path: &Path,
) -> Result<(SourceFile, LoadedAnswers), Outcome> {
    let source = read_source(path)?;
    let checked = bundle.load_answers(&source);
    for diagnostic in &checked.diagnostics {
        eprintln!("{diagnostic}");
    }
    let failed = checked.has_errors();
    match checked.value {
        Some(loaded) if !failed => Ok((source, loaded)),
        _ => Err(Outcome::InputProblems),
    }
}
