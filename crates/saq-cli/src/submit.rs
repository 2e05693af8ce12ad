//! `saq submit`: mark a complete answer set submitted.

use saq_collect::backup::keep_own_comments;
use saq_collect::submit::{missing_answers, submit};
use std::path::Path;

use saq_collect::save::save_output;
use saq_collect::signature::{self, SecretKey};
use saq_collect::{Fingerprint, Overwrite, Progress, save};
use saq_i18n::Arg;
use saq_model::answer_set::{AnswerSet, Status};
use saq_model::printable;

use crate::args::SubmitArgs;
use crate::error::{CliError, Outcome, Purpose};
use crate::keys;
use crate::load::{Questionnaires, Usable};
use crate::output::{self, say, shell_word, tell};
use crate::today::today;
use crate::words::Words;

pub(crate) fn run(args: &SubmitArgs) -> Result<Outcome, CliError> {
    let questionnaires = Questionnaires::new(&args.questionnaire)?;
    let Some(Usable {
        source,
        loaded,
        found,
    }) = questionnaires.usable(&args.file)?
    else {
        return Err(CliError::Unusable {
            file: args.file.display().to_string(),
            purpose: Purpose::Submit,
        });
    };
    // A set that answers one review cluster is complete when that cluster's questions are.
    let bundle = loaded.bundle(found.bundle);
    let carry = &found.carry;
    let name = &source.name;
    let shown = shell_word(name);
    let set = &loaded.file;
    // What is done is said in the language the answers are written in.
    let words = Words::new(None, set.language.as_ref().map(|l| l.value.as_str()))?;
    // The key is opened (and its password asked) before anything is written: a wrong password
    // leaves the file as it was.
    let key = args.sign.as_deref().map(keys::secret_key).transpose()?;
    if set.status.value == Status::Submitted {
        let when = match &set.submitted {
            Some(date) => words.say(
                "cli-submit-when",
                &[("date", Arg::from(&words.date(&date.value)))],
            ),
            None => words.say("cli-submit-when-unknown", &[]),
        };
        let already =
            |id: &str| words.say(id, &[("file", Arg::from(name)), ("when", Arg::from(&when))]);
        if let Some(key) = &key {
            // Checked above like any answer set: its digest matches, so it is signed as it is.
            let bytes = std::fs::read(&args.file).map_err(|source| CliError::Read {
                path: args.file.clone(),
                source,
            })?;
            if bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes) != source.text.as_bytes()
            {
                return Err(CliError::Save(saq_collect::save::SaveError::Changed {
                    path: args.file.clone(),
                }));
            }
            say!("{}", already("cli-submit-already-signing"));
            sign(
                &words,
                &args.file,
                name,
                carry,
                key,
                &bytes,
                &trusted_comment(set, set.digest.as_ref().map_or("", |d| &d.value)),
            )?;
            return Ok(Outcome::Ok);
        }
        say!("{}", already("cli-submit-already"));
        say!("  = help: {}", words.say("cli-submit-already-help", &[]));
        return Ok(Outcome::Ok);
    }
    let progress = Progress::of(&bundle.questionnaire, &loaded.answers);
    if !progress.is_complete() {
        let fill = format!("saq fill {shown}{carry}");
        let missing = missing_answers(&source, set, bundle, &progress, &fill);
        output::diagnostics(&missing);
        return Err(CliError::Incomplete {
            file: name.clone(),
            missing: missing.len(),
        });
    }
    let date = today();
    let submission = submit(bundle, &source, set, &date)?;
    if submission.rewritten
        && let Some(backup) = keep_own_comments(&args.file, &source.text, &submission.text)
            .map_err(|err| CliError::Backup {
                file: name.clone(),
                err,
            })?
    {
        tell!("{}", backed_up_in(&words, name, &backup));
    }
    // Only over the version read: answers another program saved meanwhile are not lost.
    let read = Fingerprint::of(source.text.as_bytes());
    save(&args.file, &submission.text, Overwrite::IfUnchanged(read)).map_err(CliError::Save)?;
    let state = printable::line(&set.state.name);
    say!(
        "{}",
        words.say(
            "cli-submit-done",
            &[
                ("file", Arg::from(name)),
                ("state", Arg::from(state.as_ref())),
                ("date", Arg::from(&words.date(&date))),
                ("answered", progress.total.answered.into()),
                ("applicable", progress.total.applicable.into()),
            ],
        )
    );
    say!(
        "{}",
        words.say(
            "cli-submit-digest",
            &[("digest", Arg::from(&submission.digest))]
        )
    );
    let validate = format!("saq validate {shown}{carry}");
    say!(
        "  = note: {}",
        words.say(
            "cli-submit-validate-note",
            &[("command", Arg::from(&validate))]
        )
    );
    if let Some(key) = &key {
        let mut signed = set.clone();
        signed.submitted = Some(saq_model::Located::new(date.clone()));
        sign(
            &words,
            &args.file,
            name,
            carry,
            key,
            submission.text.as_bytes(),
            &trusted_comment(&signed, &submission.digest),
        )?;
    }
    Ok(Outcome::Ok)
}

/// The trusted comment of the signature of `set`, submitted with `digest`: part of the signature
/// file, the same in every language.
fn trusted_comment(set: &AnswerSet, digest: &str) -> String {
    let state = match &set.state.code {
        Some(code) => format!("{} ({})", set.state.name, code.value),
        None => set.state.name.clone(),
    };
    let date = set.submitted.as_ref().map_or("", |d| d.value.as_str());
    format!("saq submission of {state}, submitted {date}, {digest}")
}

/// Writes the signature of `bytes`, the answer set `file` as saved, beside it, with its trusted
/// `comment`; `carry` holds the options `saq validate` needs to find its questionnaire.
fn sign(
    words: &Words,
    file: &Path,
    name: &str,
    carry: &str,
    key: &SecretKey,
    bytes: &[u8],
    comment: &str,
) -> Result<(), CliError> {
    let text = key.sign(bytes, comment).map_err(CliError::Key)?;
    let path = signature::signature_path(file);
    save_output(&path, text.as_bytes()).map_err(CliError::Save)?;
    let signature = path.display().to_string();
    let signature = printable::line(&signature);
    say!(
        "{}",
        words.say(
            "cli-submit-signed",
            &[
                ("file", Arg::from(name)),
                ("key", Arg::from(&key.id)),
                ("signature", Arg::from(signature.as_ref())),
            ],
        )
    );
    let validate = format!(
        "saq validate {} --public-key KEY.pub{carry}",
        shell_word(name)
    );
    say!(
        "  = note: {}",
        words.say(
            "cli-submit-signed-note",
            &[
                ("signature", Arg::from(signature.as_ref())),
                ("command", Arg::from(&validate)),
            ],
        )
    );
    Ok(())
}

/// The note that a rewrite kept comments of one's own in a backup copy, in `words`' language
/// (`saq fill` writes it too).
pub(crate) fn backed_up_in(
    words: &Words,
    file: &str,
    backup: &saq_collect::backup::Backup,
) -> String {
    let path = backup.path.display().to_string();
    let note = words.say(
        "cli-submit-backed-up",
        &[
            ("file", Arg::from(file)),
            ("count", backup.comments.into()),
            ("backup", Arg::from(&path)),
        ],
    );
    format!("note: {note}")
}
