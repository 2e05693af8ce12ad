//! The Firearms Protocol questionnaire, embedded at build time so saq works from any folder.
//!
//! `builtin/` in this crate is a link to `questionnaires/firearms-protocol/` at the top of the
//! repository, where the secretariat reads and edits the data: the files are kept once, and the
//! crate still carries them when it is packaged.

use crate::instrument::Instrument;
use crate::questionnaire::Questionnaire;
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

/// The built-in instrument and questionnaire in their prepared form: parsed from the YAML
/// above, checked, and written as JSON by the test `the_prepared_form_is_fresh`
/// (`SAQ_UPDATE_PREPARED=1 cargo test -p saq-model prepared` writes it again). Reading it takes
/// about a millisecond where parsing and checking the YAML take about ten: most of what one
/// report used to spend before it read a single answer.
///
/// The YAML stays the source of truth: the prepared form carries the fingerprint of the YAML it
/// was made from, and one that does not match the embedded YAML is ignored (the YAML is then
/// parsed and checked as before), so an out-of-date prepared form can cost time, never give
/// another questionnaire. It carries no line and column: no answer set's diagnostic points into
/// the questionnaire, and `saq validate` reads the YAML.
const PREPARED: &str = include_str!("../prepared/firearms-protocol.json");

/// The prepared form's file, for the test that writes it.
#[cfg(test)]
const PREPARED_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/prepared/firearms-protocol.json"
);

/// The prepared form's content.
#[derive(serde::Serialize, serde::Deserialize)]
struct Prepared<I, Q> {
    /// [`fingerprint`] of the YAML it was made from.
    fingerprint: String,
    instrument: I,
    questionnaire: Q,
}

/// FNV-1a (64 bits) of the embedded instrument and questionnaire: cheap (a fraction of a
/// millisecond), stable across toolchains, and enough to tell whether the prepared form was
/// made from this very text (it guards against forgetting to prepare, not against an attacker:
/// both are compiled into the same binary).
fn fingerprint() -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in INSTRUMENT
        .bytes()
        .chain([0xff])
        .chain(QUESTIONNAIRE.bytes())
    {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("fnv1a64:{hash:016x}")
}

/// The built-in instrument and questionnaire from the prepared form, or `None` when it was not
/// made from the embedded YAML (or does not read).
pub(crate) fn prepared() -> Option<(Instrument, Questionnaire)> {
    read_prepared(PREPARED, &fingerprint())
}

/// A prepared form `json`, if it was made from the YAML whose fingerprint is `fingerprint`.
fn read_prepared(json: &str, fingerprint: &str) -> Option<(Instrument, Questionnaire)> {
    let prepared: Prepared<Instrument, Questionnaire> = serde_json::from_str(json).ok()?;
    (prepared.fingerprint == fingerprint).then_some((prepared.instrument, prepared.questionnaire))
}

/// The prepared form of the built-in YAML, or why it cannot be made (it has diagnostics: the
/// prepared form stands for a questionnaire with none).
#[cfg(test)]
fn prepare() -> Result<String, String> {
    let checked = crate::Bundle::builtin_yaml();
    if !checked.diagnostics.is_empty() {
        return Err(format!(
            "the built-in questionnaire has diagnostics: {:?}",
            checked.diagnostics
        ));
    }
    let bundle = checked
        .value
        .ok_or("the built-in questionnaire does not load")?;
    let prepared = Prepared {
        fingerprint: fingerprint(),
        instrument: &bundle.instrument,
        questionnaire: &bundle.questionnaire,
    };
    serde_json::to_string(&prepared)
        .map(|json| json + "\n")
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_prepared_form_is_fresh() {
        let made = prepare().unwrap();
        if std::env::var_os("SAQ_UPDATE_PREPARED").is_some() {
            std::fs::write(PREPARED_PATH, &made).unwrap();
            return;
        }
        assert!(
            PREPARED == made,
            "the prepared form of the built-in questionnaire is out of date: run \
             `SAQ_UPDATE_PREPARED=1 cargo test -p saq-model prepared` and commit \
             crates/saq-model/prepared/"
        );
        assert!(prepared().is_some());
    }

    #[test]
    fn the_prepared_form_is_the_yaml() {
        // The bundle saq uses is the one the YAML gives, value for value.
        let fast = crate::Bundle::builtin().value.unwrap();
        let yaml = crate::Bundle::builtin_yaml().value.unwrap();
        let json = |b: &crate::Bundle| {
            (
                serde_json::to_string(&b.instrument).unwrap(),
                serde_json::to_string(&b.questionnaire).unwrap(),
            )
        };
        assert_eq!(json(&fast), json(&yaml));
        assert_eq!(fast.translations.len(), yaml.translations.len());
    }

    #[test]
    fn a_prepared_form_of_other_yaml_is_ignored() {
        assert!(read_prepared(PREPARED, &fingerprint()).is_some());
        // Made from other text (the YAML edited since): not used.
        assert!(read_prepared(PREPARED, "fnv1a64:0000000000000000").is_none());
        assert!(read_prepared("{", &fingerprint()).is_none());
    }
}
