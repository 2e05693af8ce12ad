//! `saq validate`: check questionnaire folders and answer sets ([`Validation`] decides what is
//! checked as what), and print what was found.

use std::path::PathBuf;

use saq_collect::signature::{self, Check, PublicKeys};
use saq_model::answer_set::Status;
use saq_model::validation::{
    Against, FileCheck, Kind, NotChecked, SignatureCheck, Summary, Validation,
};

use crate::args::{MessageFormat, ValidateArgs};
use crate::error::{CliError, Outcome};
use crate::load;
use crate::output::{self, say, tell};

pub(crate) fn run(args: &ValidateArgs) -> Result<Outcome, CliError> {
    // Read first: a key that cannot be read stops the run before any file is reported on.
    let keys = PublicKeys::read(&args.public_key).map_err(CliError::Key)?;
    let library = load::library(&args.questionnaire.library);
    let against = match &args.questionnaire.questionnaire {
        Some(dir) => Against::Folder(dir),
        None => Against::Library(&library),
    };
    let mut validation = Validation::run(&args.paths, against, &args.lang);
    for file in &mut validation.files {
        signatures(file, &keys);
    }
    let mut outcome = Outcome::Ok;
    for file in &validation.files {
        if file.is_unreadable() {
            outcome = outcome.max(Outcome::UsageOrIo);
        } else if file.has_errors() {
            outcome = outcome.max(Outcome::InputProblems);
        }
    }
    // A save killed between writing its temporary file and renaming it leaves the copy behind;
    // the next successful save of that file removes it.
    let mut strays = std::collections::BTreeSet::new();
    for path in &args.paths {
        if path.is_dir() {
            strays.extend(saq_collect::save::stray_temporaries(path));
            strays.extend(saq_collect::save::stray_temporaries(&path.join("examples")));
        } else {
            strays.extend(saq_collect::save::stray_temporaries_of(path));
        }
    }
    for stray in strays {
        tell!(
            "warning: {} is left from a save that was interrupted; the file it belongs to is whole, and its next save removes it (or remove it yourself)",
            saq_model::printable::line(&stray.display().to_string())
        );
    }
    match args.format {
        MessageFormat::Json => {
            let json = serde_json::to_string_pretty(&validation).unwrap_or_default();
            output::document(&format!("{json}\n"), true)?;
        }
        MessageFormat::Human => {
            for file in &validation.files {
                print(file);
            }
            let (with_errors, files) = validation.counts();
            if with_errors > 0 {
                tell!(
                    "{with_errors} of {files} file{} checked {} problems",
                    if files == 1 { "" } else { "s" },
                    if with_errors == 1 { "has" } else { "have" }
                );
            }
        }
    }
    Ok(outcome)
}

/// Checks the signature of an answer set that could be read: one that holds (or was not
/// checked, for want of keys) is noted, one that fails is an error of the file.
fn signatures(file: &mut FileCheck, keys: &PublicKeys) {
    if file.kind != Kind::Answers || file.not_checked.is_some() {
        return;
    }
    let submitted = matches!(
        file.summary,
        Some(Summary::Answers {
            status: Status::Submitted,
            ..
        })
    );
    let path = PathBuf::from(&file.file);
    match signature::check(&path, &file.file, submitted, keys) {
        Check::Unsigned => {}
        Check::NotChecked { signature, key_id } => {
            file.signature = Some(SignatureCheck {
                file: signature,
                key_id,
                verified_with: None,
                comment: None,
            });
        }
        Check::Verified(verified) => {
            file.signature = Some(SignatureCheck {
                file: verified.signature,
                key_id: verified.key_id,
                verified_with: Some(verified.key_file),
                comment: Some(verified.comment),
            });
        }
        Check::Failed(diagnostic) => {
            // A file with errors has no summary, so it is never reported "ok".
            file.summary = None;
            file.diagnostics.push(diagnostic);
        }
    }
}

fn print(file: &FileCheck) {
    output::diagnostics(&file.diagnostics);
    match &file.not_checked {
        Some(NotChecked::Unreadable(why)) => {
            tell!("error: {why}");
            if file.kind == saq_model::validation::Kind::Questionnaire {
                tell!(
                    "  = help: a questionnaire folder holds instrument.yaml and questionnaire.yaml"
                );
            }
        }
        Some(NotChecked::QuestionnaireHasProblems) => tell!(
            "error: {} was not checked: its questionnaire has problems (see above)",
            file.file
        ),
        None => {}
    }
    let Some(summary) = file.summary.as_ref().filter(|_| file.asked) else {
        return;
    };
    let what = match summary {
        Summary::Questionnaire {
            id,
            version,
            instrument,
            articles,
            provisions,
            questions,
            also_assesses,
        } => {
            let also: String = also_assesses
                .iter()
                .map(|o| {
                    format!(
                        "; also {}: {} articles, {} provisions",
                        saq_model::printable::line(&o.instrument),
                        o.articles,
                        o.provisions
                    )
                })
                .collect();
            format!(
                "questionnaire {id} {version} for {instrument}: {articles} articles, {provisions} provisions, {questions} questions{also}"
            )
        }
        Summary::Answers {
            state,
            status,
            answers,
        } => format!(
            "answers of {} ({}), {answers} answers",
            saq_model::printable::line(state),
            match status {
                Status::Draft => "draft",
                Status::Submitted => "submitted",
            }
        ),
    };
    let signed = match &file.signature {
        None => String::new(),
        Some(SignatureCheck {
            verified_with: Some(key),
            key_id,
            ..
        }) => format!(
            ", signed with key {key_id} ({})",
            saq_model::printable::line(key)
        ),
        Some(SignatureCheck { key_id, .. }) => format!(
            ", signed with key {key_id}, not checked: give the signer's public key with --public-key"
        ),
    };
    say!("ok: {}: {what}{signed}", file.file);
}
