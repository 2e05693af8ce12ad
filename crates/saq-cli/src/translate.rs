//! `saq translate`: start or update a translation file of a questionnaire folder.

use saq_collect::{Fingerprint, Overwrite, save};
use saq_model::SourceFile;
use saq_model::translation::{self, TRANSLATIONS_DIR, TranslationFile};

use crate::args::TranslateArgs;
use crate::error::{CliError, Outcome};
use crate::load;
use crate::output::{self, say, shell_word};

pub(crate) fn run(args: &TranslateArgs) -> Result<Outcome, CliError> {
    let bundle = load::folder(&args.dir)?;
    let lang = args.lang.trim();
    if !translation::is_language_tag(lang) {
        return Err(CliError::NotALanguage(lang.to_owned()));
    }
    let folder = args.dir.join(TRANSLATIONS_DIR);
    let path = folder.join(format!("{lang}.yaml"));
    // The file as it is, kept whole: its texts are carried over, and it is replaced only if
    // nobody changed it meanwhile.
    let existing = match SourceFile::read(&path) {
        Ok(source) => Some(source),
        Err(saq_model::error::ReadError::Io { source, .. })
            if source.kind() == std::io::ErrorKind::NotFound =>
        {
            None
        }
        Err(saq_model::error::ReadError::Io { path, source }) => {
            return Err(CliError::Read { path, source });
        }
        Err(saq_model::error::ReadError::Invalid(diagnostic)) => {
            output::diagnostics(&[*diagnostic]);
            return Err(CliError::UnreadableTranslation(path.display().to_string()));
        }
    };
    let parsed = existing.clone().map(TranslationFile::read);
    let translation = match &parsed {
        Some(file) => match file.parsed() {
            Ok(t) => Some(t),
            Err(diagnostic) => {
                output::diagnostics(std::slice::from_ref(diagnostic));
                return Err(CliError::UnreadableTranslation(path.display().to_string()));
            }
        },
        None => None,
    };
    let text = translation::skeleton(&bundle, lang, translation);
    std::fs::create_dir_all(&folder).map_err(|source| CliError::CreateDir {
        path: folder.clone(),
        source,
    })?;
    let overwrite = match &existing {
        Some(source) => Overwrite::IfUnchanged(Fingerprint::of(source.text.as_bytes())),
        None => Overwrite::Never,
    };
    save(&path, &text, overwrite).map_err(CliError::Save)?;
    // What the file holds now, as validation will count it.
    let written = TranslationFile::read(SourceFile::new(path.display().to_string(), text));
    let shown = shell_word(&path.display().to_string());
    if let Ok(t) = written.parsed() {
        let coverage = t.coverage(&bundle);
        say!(
            "wrote {shown}: {} texts, {} translated, {} stale, {} to translate",
            coverage.total,
            coverage.translated,
            coverage.stale.len(),
            coverage.missing.len()
        );
    }
    say!(
        "  = help: write each `text:`; `saq validate {} --lang {lang}` lists what is missing or stale",
        shell_word(&args.dir.display().to_string())
    );
    Ok(Outcome::Ok)
}
