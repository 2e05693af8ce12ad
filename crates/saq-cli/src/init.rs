//! `saq init`: write a new answer set that lists every question, for the built-in
//! questionnaire, a questionnaire folder, or a questionnaire of the library named by its id.

use std::borrow::Cow;
use std::collections::HashSet;
use std::path::Path;

use saq_collect::{Fingerprint, Overwrite, SaveError, save};
use saq_i18n::Arg;
use saq_model::answer_file;
use saq_model::answer_set::{AnswerSet, StateParty, is_state_code};
use saq_model::{Located, SourceFile};

use crate::args::InitArgs;
use crate::error::{CliError, Outcome};
use crate::load;
use crate::output::{self, say, shell_word};
use crate::today::today;
use crate::words::Words;

pub(crate) fn run(args: &InitArgs) -> Result<Outcome, CliError> {
    let name = args.state.trim();
    if name.is_empty() {
        return Err(CliError::NoStateName);
    }
    if let Some(code) = &args.code
        && !is_state_code(code)
    {
        return Err(CliError::NotAStateCode(code.clone()));
    }
    // What is written, and what to do next, is said in the language of the answers.
    let words = Words::new(args.lang.as_deref(), None)?;
    // `--force` replaces the file as it is now, and not a version someone saves meanwhile.
    let overwrite = if !args.force {
        Overwrite::Never
    } else {
        match std::fs::read(&args.output) {
            Ok(bytes) => Overwrite::IfUnchanged(Fingerprint::of(&bytes)),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => Overwrite::Never,
            // Unreadable: saving will say why, if it fails too.
            Err(_) => Overwrite::Allowed,
        }
    };
    let library = load::library(&args.library);
    let mut printed = HashSet::new();
    let (bundle, carry) = match &args.questionnaire {
        None => {
            let builtin = &library.entries()[0];
            let bundle =
                load::entry(builtin, &mut printed).ok_or(CliError::QuestionnaireProblems)?;
            (Cow::Borrowed(bundle), String::new())
        }
        Some(value) => match library_id(value) {
            None => {
                let bundle = load::folder(value)?;
                let carry = load::carry_folder(&library, value, &bundle);
                (Cow::Owned(bundle), carry)
            }
            Some((id, version)) => {
                let entry = library
                    .find_id(id, version)
                    .ok_or_else(|| CliError::NotInLibrary {
                        wanted: value.display().to_string(),
                        available: library.available(),
                    })?;
                let bundle =
                    load::entry(entry, &mut printed).ok_or(CliError::QuestionnaireProblems)?;
                (Cow::Borrowed(bundle), load::carry_entry(entry))
            }
        },
    };
    let state = StateParty {
        name: name.to_owned(),
        code: args.code.clone().map(Located::new),
    };
    let mut set = AnswerSet::draft(&bundle.questionnaire, state, &today());
    // One cluster: the file lists only its questions, and says which cluster it answers.
    let bundle = match &args.cluster {
        None => bundle,
        Some(cluster) => {
            let scoped = bundle
                .scoped(cluster)
                .ok_or_else(|| CliError::UnknownCluster {
                    cluster: cluster.clone(),
                    known: bundle
                        .instrument
                        .clusters
                        .iter()
                        .map(|c| format!("{} ({})", c.id.value, c.title))
                        .collect(),
                })?;
            set.cluster = Some(Located::new(cluster.clone()));
            Cow::Owned(scoped)
        }
    };
    // In another language: the questions, their help and choices from its translation, and
    // the file records the language the answers will be written in.
    let bundle = match &args.lang {
        None => bundle,
        Some(lang) => {
            let translated = crate::report::translated(&bundle, lang)?;
            set.language = Some(Located::new(lang.clone()));
            Cow::Owned(translated)
        }
    };
    let text = answer_file::render(&bundle, &set)?;
    let output = args.output.display().to_string();
    // What init writes must pass `saq validate`; a questionnaire that defeats this is reported
    // rather than written.
    let checked = bundle.load_answers(&SourceFile::new(output.clone(), text.clone()));
    if checked.has_errors() {
        output::diagnostics(&checked.diagnostics);
        return Err(CliError::InvalidNewAnswerSet);
    }
    if output == "-" {
        output::document(&text, false)?;
        return Ok(Outcome::Ok);
    }
    save(&args.output, &text, overwrite).map_err(|err| match err {
        SaveError::Exists { .. } => CliError::Exists(output.clone()),
        err => CliError::Save(err),
    })?;
    let questionnaire = &bundle.questionnaire;
    say!(
        "{}",
        words.say(
            "cli-init-wrote",
            &[
                ("file", Arg::from(&output)),
                ("state", Arg::from(name)),
                ("questionnaire", Arg::from(&questionnaire.id.value)),
                ("version", Arg::from(&questionnaire.version.value)),
                ("count", questionnaire.questions().count().into()),
            ],
        )
    );
    let shown = shell_word(&output);
    let command = |verb: &str| format!("saq {verb} {shown}{carry}");
    let (fill, status, submit) = (command("fill"), command("status"), command("submit"));
    // The second line starts under the first one's text, after its label (and the space after
    // it, unless the label ends with a wide character such as a full-width colon).
    let next = words.say("cli-init-next", &[]);
    let space = match next.chars().last() {
        Some(last) if crate::status::columns(&last.to_string()) == 2 => "",
        _ => " ",
    };
    say!(
        "{next}{space}{}",
        words.say("cli-init-next-edit", &[("fill", Arg::from(&fill))])
    );
    say!(
        "{}{space}{}",
        " ".repeat(crate::status::columns(&next)),
        words.say(
            "cli-init-next-check",
            &[
                ("status", Arg::from(&status)),
                ("submit", Arg::from(&submit))
            ],
        )
    );
    Ok(Outcome::Ok)
}

/// The id, and the version if one is given, when `value` names a questionnaire of the library
/// (`ID` or `ID@VERSION`) rather than a folder: a value that names an existing folder, or looks
/// like a path (a separator, a leading dot), is a folder.
fn library_id(value: &Path) -> Option<(&str, Option<&str>)> {
    let text = value.to_str()?;
    let path_like = value.is_dir()
        || text.starts_with('.')
        || text.contains('/')
        || text.contains(std::path::MAIN_SEPARATOR);
    if path_like || text.is_empty() {
        return None;
    }
    Some(match text.split_once('@') {
        Some((id, version)) => (id, Some(version)),
        None => (text, None),
    })
}
