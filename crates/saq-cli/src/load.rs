//! Loading what commands work on — the questionnaire (built in or `--questionnaire DIR`) and
//! answer sets — with the pattern every command follows: load, print the diagnostics, go on
//! only if there are no errors.

use std::path::Path;

use saq_model::error::ReadError;
use saq_model::{Bundle, Checked, LoadedAnswers, SourceFile};

use crate::args::QuestionnaireArg;
use crate::error::CliError;
use crate::output;

/// The questionnaire of `--questionnaire DIR`, or the built-in one. Its problems are printed; a
/// questionnaire with errors cannot be used.
pub(crate) fn questionnaire(arg: &QuestionnaireArg) -> Result<Bundle, CliError> {
    let checked = match &arg.questionnaire {
        None => Bundle::builtin(),
        Some(dir) => Bundle::read_dir(dir).map_err(CliError::QuestionnaireFolder)?,
    };
    output::diagnostics(&checked.diagnostics);
    let sound = !checked.has_errors();
    checked
        .value
        .filter(|_| sound)
        .ok_or(CliError::QuestionnaireProblems)
}

/// An answer-set file read and checked against `bundle`, its diagnostics left to the caller
/// (some commands print them as JSON). A file that cannot be read is an error; one that is
/// empty, not UTF-8 or too large comes back as a file with that one diagnostic.
pub(crate) fn answers(
    path: &Path,
    bundle: &Bundle,
) -> Result<(SourceFile, Checked<LoadedAnswers>), CliError> {
    match SourceFile::read(path) {
        Ok(source) => {
            let checked = bundle.load_answers(&source);
            Ok((source, checked))
        }
        Err(ReadError::Io { path, source }) => Err(CliError::Read { path, source }),
        Err(ReadError::Invalid(diagnostic)) => Ok((
            SourceFile::new(path.display().to_string(), ""),
            Checked {
                value: None,
                diagnostics: vec![*diagnostic],
            },
        )),
    }
}

/// An answer set read, checked and its diagnostics printed: the file and its answers when it
/// has no errors, `None` when it has (they were printed).
pub(crate) fn usable(
    path: &Path,
    bundle: &Bundle,
) -> Result<Option<(SourceFile, LoadedAnswers)>, CliError> {
    let (source, checked) = answers(path, bundle)?;
    output::diagnostics(&checked.diagnostics);
    let sound = !checked.has_errors();
    Ok(checked
        .value
        .filter(|_| sound)
        .map(|loaded| (source, loaded)))
}
