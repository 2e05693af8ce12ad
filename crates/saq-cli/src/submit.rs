//! `saq submit`: mark a complete answer set submitted.

use saq_collect::submit::{missing_answers, submit};
use saq_collect::{Overwrite, Progress, save};
use saq_model::answer_set::Status;

use crate::args::SubmitArgs;
use crate::backup;
use crate::exit::Outcome;
use crate::load;
use crate::today::today;

pub(crate) fn run(args: &SubmitArgs) -> Outcome {
    match run_submit(args) {
        Ok(()) => Outcome::Ok,
        Err(outcome) => outcome,
    }
}

fn run_submit(args: &SubmitArgs) -> Result<(), Outcome> {
    let bundle = load::questionnaire(args.questionnaire.as_deref())?;
    let (source, checked) = load::answers(&args.file, &bundle)?;
    let name = source.name.clone();
    for diagnostic in &checked.diagnostics {
        eprintln!("{diagnostic}");
    }
    let loaded = match checked.value {
        Some(loaded) if !checked.diagnostics.iter().any(|d| d.is_error()) => loaded,
        _ => {
            eprintln!("error: {name} cannot be submitted: fix the problems above first");
            return Err(Outcome::InputProblems);
        }
    };
    let set = &loaded.file;
    if set.status.value == Status::Submitted {
        let when = set
            .submitted
            .as_ref()
            .map_or("on an unknown date".to_owned(), |d| {
                format!("on {}", d.value)
            });
        println!("{name} is already submitted ({when}); nothing to do");
        println!(
            "  = help: to change the answers, set `status: draft`, edit them and submit again"
        );
        return Ok(());
    }
    let progress = Progress::of(&bundle.questionnaire, &loaded.answers);
    if !progress.is_complete() {
        let missing = missing_answers(&source, set, &bundle, &progress);
        for diagnostic in &missing {
            eprintln!("{diagnostic}");
        }
        eprintln!(
            "error: {name} cannot be submitted: {} required question{} not answered",
            missing.len(),
            if missing.len() == 1 { " is" } else { "s are" }
        );
        return Err(Outcome::InputProblems);
    }
    let date = today();
    let submission = submit(&bundle, &source, set, &date).map_err(|err| {
        eprintln!("error: {err}");
        Outcome::UsageOrIo
    })?;
    if submission.rewritten {
        backup::keep_own_comments(&args.file, &source.text, &submission.text)?;
    }
    save(&args.file, &submission.text, Overwrite::Allowed).map_err(|err| {
        eprintln!("error: {err}; the file was not changed");
        Outcome::UsageOrIo
    })?;
    println!(
        "submitted {name}: answers of {} on {date}, {} of {} applicable questions answered",
        set.state.name, progress.total.answered, progress.total.applicable
    );
    println!("digest: {}", submission.digest);
    println!("  = note: `saq validate {name}` reports any change made to the answers from now on");
    Ok(())
}
