//! `saq submit`: mark a complete answer set submitted.

use saq_collect::backup::keep_own_comments;
use saq_collect::submit::{missing_answers, submit};
use std::path::Path;

use saq_collect::save::save_output;
use saq_collect::signature::{self, SecretKey};
use saq_collect::{Fingerprint, Overwrite, Progress, save};
use saq_model::answer_set::{AnswerSet, Status};
use saq_model::printable;

use crate::args::SubmitArgs;
use crate::error::{CliError, Outcome, Purpose};
use crate::keys;
use crate::load::{Questionnaires, Usable};
use crate::output::{self, say, shell_word, tell};
use crate::today::today;

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
    // The key is opened (and its password asked) before anything is written: a wrong password
    // leaves the file as it was.
    let key = args.sign.as_deref().map(keys::secret_key).transpose()?;
    if set.status.value == Status::Submitted {
        let when = set
            .submitted
            .as_ref()
            .map_or("on an unknown date".to_owned(), |d| {
                format!("on {}", d.value)
            });
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
            say!("{name} is already submitted ({when}); signing it as it is");
            sign(
                &args.file,
                name,
                carry,
                key,
                &bytes,
                set,
                set.digest.as_ref().map_or("", |d| &d.value),
            )?;
            return Ok(Outcome::Ok);
        }
        say!("{name} is already submitted ({when}); nothing to do");
        say!("  = help: to change the answers, set `status: draft`, edit them and submit again");
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
        tell!("{}", backed_up(name, &backup));
    }
    // Only over the version read: answers another program saved meanwhile are not lost.
    let read = Fingerprint::of(source.text.as_bytes());
    save(&args.file, &submission.text, Overwrite::IfUnchanged(read)).map_err(CliError::Save)?;
    say!(
        "submitted {name}: answers of {} on {date}, {} of {} applicable questions answered",
        saq_model::printable::line(&set.state.name),
        progress.total.answered,
        progress.total.applicable
    );
    say!("digest: {}", submission.digest);
    say!(
        "  = note: `saq validate {shown}{carry}` reports any change made to the answers from now on"
    );
    if let Some(key) = &key {
        let mut signed = set.clone();
        signed.submitted = Some(saq_model::Located::new(date.clone()));
        sign(
            &args.file,
            name,
            carry,
            key,
            submission.text.as_bytes(),
            &signed,
            &submission.digest,
        )?;
    }
    Ok(Outcome::Ok)
}

/// Writes the signature of `bytes`, the answer set `file` as saved, beside it; `carry` holds the
/// options `saq validate` needs to find its questionnaire.
fn sign(
    file: &Path,
    name: &str,
    carry: &str,
    key: &SecretKey,
    bytes: &[u8],
    set: &AnswerSet,
    digest: &str,
) -> Result<(), CliError> {
    let state = match &set.state.code {
        Some(code) => format!("{} ({})", set.state.name, code.value),
        None => set.state.name.clone(),
    };
    let date = set.submitted.as_ref().map_or("", |d| d.value.as_str());
    let comment = format!("saq submission of {state}, submitted {date}, {digest}");
    let text = key.sign(bytes, &comment).map_err(CliError::Key)?;
    let path = signature::signature_path(file);
    save_output(&path, text.as_bytes()).map_err(CliError::Save)?;
    say!(
        "signed {name} with key {}: {}",
        key.id,
        printable::line(&path.display().to_string())
    );
    say!(
        "  = note: send {} with the answers; `saq validate {} --public-key KEY.pub{carry}` checks it",
        printable::line(&path.display().to_string()),
        shell_word(name)
    );
    Ok(())
}

/// The note that a rewrite kept comments of one's own in a backup copy.
pub(crate) fn backed_up(file: &str, backup: &saq_collect::backup::Backup) -> String {
    let lost = backup.comments;
    format!(
        "note: {file} rewritten in saq's layout; {lost} comment line{} of your own {} kept in {}",
        if lost == 1 { "" } else { "s" },
        if lost == 1 { "is" } else { "are" },
        backup.path.display()
    )
}
