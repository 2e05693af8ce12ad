//! The Firearms Protocol questionnaire, embedded at build time so saq works from any folder.

use crate::source::SourceFile;

const INSTRUMENT: &str = include_str!("../../../questionnaires/firearms-protocol/instrument.yaml");
const QUESTIONNAIRE: &str =
    include_str!("../../../questionnaires/firearms-protocol/questionnaire.yaml");

/// Name shown in messages for the built-in folder.
pub const BUILTIN_DIR: &str = "<built-in>/firearms-protocol";

/// The built-in instrument and questionnaire sources.
pub fn sources() -> (SourceFile, SourceFile) {
    (
        SourceFile::new(format!("{BUILTIN_DIR}/instrument.yaml"), INSTRUMENT),
        SourceFile::new(format!("{BUILTIN_DIR}/questionnaire.yaml"), QUESTIONNAIRE),
    )
}
