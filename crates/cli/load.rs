//! Loading what the answer-set commands (`init`, `status`, `submit`, `fill`) work on, printing
//! any problem found on the way.

use std::path::Path;

use saq_core::error::ReadError;
use saq_core::{Bundle, Checked, LoadedAnswers, SourceFile};

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
    match SourceFile::read(path) {
        Ok(source) => {
            let checked = bundle.load_answers(&source);
            Ok((source, checked))
        }
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
