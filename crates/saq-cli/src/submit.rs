//! `saq submit`: mark a complete answer set submitted.

use saq_collect::backup::keep_own_comments;
use saq_collect::submit::{missing_answers, submit};
use saq_collect::{Fingerprint, Overwrite, Progress, save};
use saq_model::answer_set::Status;

use crate::args::SubmitArgs;
use crate::error::{CliError, Outcome, Purpose};
use crate::load;
use crate::output::{self, say, tell};
use crate::today::today;

pub(crate) fn run(args: &SubmitArgs) -> Result<Outcome, CliError> {
    let bundle = load::questionnaire(&args.questionnaire)?;
    let Some((source, loaded)) = load::usable(&args.file, &bundle)? else {
        return Err(CliError::Unusable {
            file: args.file.display().to_string(),
            purpose: Purpose::Submit,
        });
    };
    let name = &source.name;
    let set = &loaded.file;
    if set.status.value == Status::Submitted {
        let when = set
            .submitted
            .as_ref()
            .map_or("on an unknown date".to_owned(), |d| {
                format!("on {}", d.value)
            });
        say!("{name} is already submitted ({when}); nothing to do");
        say!("  = help: to change the answers, set `status: draft`, edit them and submit again");
        return Ok(Outcome::Ok);
    }
    let progress = Progress::of(&bundle.questionnaire, &loaded.answers);
    if !progress.is_complete() {
        let missing = missing_answers(&source, set, &bundle, &progress);
        output::diagnostics(&missing);
        return Err(CliError::Incomplete {
            file: name.clone(),
            missing: missing.len(),
        });
    }
    let date = today();
    let submission = submit(&bundle, &source, set, &date)?;
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
    say!("  = note: `saq validate {name}` reports any change made to the answers from now on");
    Ok(Outcome::Ok)
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
