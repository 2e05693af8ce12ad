//! Loading what commands work on — the questionnaire (built in or `--questionnaire DIR`) and
//! answer sets — printing any problem found on the way.

use std::path::Path;

use saq_model::error::ReadError;
use saq_model::{Bundle, Checked, LoadedAnswers, SourceFile};

use crate::exit::Outcome;

/// The questionnaire in `dir`, or the built-in one. Its problems are printed; a questionnaire
/// with errors cannot be used.
pub(crate) fn questionnaire(dir: Option<&Path>) -> Result<Bundle, Outcome> {
    let checked = match dir {
        None => Bundle::builtin(),
        Some(dir) => Bundle::read_dir(dir).map_err(|err| {
            eprintln!("error: {err}");
            eprintln!("  = help: --questionnaire names a folder holding instrument.yaml and questionnaire.yaml");
            Outcome::UsageOrIo
        })?,
    };
    for diagnostic in &checked.diagnostics {
        eprintln!("{diagnostic}");
    }
    match checked.value {
        Some(bundle) if !checked.has_errors() => Ok(bundle),
        _ => {
            eprintln!("error: the questionnaire has problems (see above); fix them first");
            Err(Outcome::InputProblems)
        }
    }
}

/// An answer-set file, read and checked against `bundle`. Its diagnostics are left to the
/// caller (some commands print them as JSON); a file that cannot be read at all is reported
/// here.
pub(crate) fn answers(
    path: &Path,
    bundle: &Bundle,
) -> Result<(SourceFile, Checked<LoadedAnswers>), Outcome> {
    let source = read_source(path)?;
    let checked = bundle.load_answers(&source);
    Ok((source, checked))
}

/// Reads and checks an answer set as `saq report` does, printing every problem found. The source
/// comes back with the answers, so later messages can quote it.
pub(crate) fn checked_answers(
    bundle: &Bundle,
    path: &Path,
) -> Result<(SourceFile, LoadedAnswers), Outcome> {
    let (source, checked) = answers(path, bundle)?;
    for diagnostic in &checked.diagnostics {
        eprintln!("{diagnostic}");
    }
    let failed = checked.has_errors();
    match checked.value {
        Some(loaded) if !failed => Ok((source, loaded)),
        _ => Err(Outcome::InputProblems),
    }
}

/// Reads an answer-set file, printing why when it cannot be used: an I/O problem (exit 2) or a
/// file that is empty, not UTF-8 or too large (exit 1).
pub(crate) fn read_source(path: &Path) -> Result<SourceFile, Outcome> {
    match SourceFile::read(path) {
        Ok(source) => Ok(source),
        Err(ReadError::Io { path, source }) => {
            eprintln!("error: cannot read {}: {source}", path.display());
            if source.kind() == std::io::ErrorKind::NotFound {
                eprintln!(
                    "  = help: check the name, or make a new answer set with `saq init --state NAME -o {}`",
                    path.display()
                );
            }
            Err(Outcome::UsageOrIo)
        }
        Err(ReadError::Invalid(diagnostic)) => {
            eprintln!("{diagnostic}");
            Err(Outcome::InputProblems)
        }
    }
}
