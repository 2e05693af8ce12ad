//! The Firearms Protocol questionnaire, embedded at build time so saq works from any folder.
//!
//! `builtin/` in this crate is a link to `questionnaires/firearms-protocol/` at the top of the
//! repository, where the secretariat reads and edits the data: the files are kept once, and the
//! crate still carries them when it is packaged.

use crate::source::SourceFile;

const INSTRUMENT: &str = include_str!("../builtin/instrument.yaml");
const QUESTIONNAIRE: &str = include_str!("../builtin/questionnaire.yaml");

/// Name shown in messages for the built-in folder.
pub const BUILTIN_DIR: &str = "<built-in>/firearms-protocol";

/// The built-in translations, one file per language (`translations/LANG.yaml`).
const TRANSLATIONS: [(&str, &str); 5] = [
    ("ar", include_str!("../builtin/translations/ar.yaml")),
    ("es", include_str!("../builtin/translations/es.yaml")),
    ("fr", include_str!("../builtin/translations/fr.yaml")),
    ("ru", include_str!("../builtin/translations/ru.yaml")),
    ("zh", include_str!("../builtin/translations/zh.yaml")),
];

/// The built-in translation files.
pub fn translations() -> Vec<SourceFile> {
    TRANSLATIONS
        .iter()
        .map(|(lang, text)| {
            SourceFile::new(format!("{BUILTIN_DIR}/translations/{lang}.yaml"), *text)
        })
        .collect()
}

/// The built-in instrument and questionnaire sources.
pub fn sources() -> (SourceFile, SourceFile) {
    (
        SourceFile::new(format!("{BUILTIN_DIR}/instrument.yaml"), INSTRUMENT),
        SourceFile::new(format!("{BUILTIN_DIR}/questionnaire.yaml"), QUESTIONNAIRE),
    )
}
