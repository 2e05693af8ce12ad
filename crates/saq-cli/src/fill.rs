//! `saq fill`: the interview in the terminal, saving after every answer.

use std::io::IsTerminal;

use saq_collect::{Ending, Interview, InterviewError, Overwrite, Progress, save};
use saq_model::answer_file;
use saq_model::answer_set::Status;

use crate::args::FillArgs;
use crate::backup;
use crate::exit::Outcome;
use crate::load;
use crate::terminal::Terminal;
use crate::today::today;

pub(crate) fn run(args: &FillArgs) -> Outcome {
    match fill(args) {
        Ok(()) => Outcome::Ok,
        Err(outcome) => outcome,
    }
}

fn fill(args: &FillArgs) -> Result<(), Outcome> {
    // Checked first: without a terminal nobody can answer, and waiting would hang a script.
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        let file = args.file.display();
        eprintln!("error: saq fill asks its questions in a terminal, and there is none here");
        eprintln!(
            "  = help: without a terminal, fill in the file with any text editor: `saq init --state NAME -o {file}` writes every question with its help, `saq validate {file}` checks the answers and `saq status {file}` shows what is left"
        );
        return Err(Outcome::UsageOrIo);
    }
    let bundle = load::questionnaire(args.questionnaire.as_deref())?;
    let (source, checked) = load::answers(&args.file, &bundle)?;
    let name = source.name.clone();
    for diagnostic in &checked.diagnostics {
        eprintln!("{diagnostic}");
    }
    let loaded = match checked.value {
        Some(loaded) if !checked.diagnostics.iter().any(|d| d.is_error()) => loaded,
        _ => {
            eprintln!("error: saq fill saves only valid files, and {name} has problems");
            eprintln!(
                "  = help: fix the problems above (each names its line), then run saq fill again"
            );
            return Err(Outcome::InputProblems);
        }
    };
    if loaded.file.status.value == Status::Submitted {
        eprintln!("error: {name} is submitted; its answers are no longer changed");
        eprintln!(
            "  = help: to change them, set `status: draft` in the file, run saq fill, then submit again"
        );
        return Err(Outcome::InputProblems);
    }
    let as_written = answer_file::render(&bundle, &loaded.file).map_err(|err| {
        eprintln!("error: {err}");
        Outcome::UsageOrIo
    })?;

    let mut interview = Interview::new(&bundle, loaded, &name, &today());
    let from = match &args.from {
        None => None,
        Some(id) => Some(interview.position_of(id).ok_or_else(|| {
            eprintln!("error: `{id}` is not a question of this questionnaire");
            eprintln!(
                "  = help: give the id of a question, as written before the colon in the file"
            );
            Outcome::UsageOrIo
        })?),
    };
    let stdin = std::io::stdin();
    let mut terminal = Terminal::new(stdin.lock(), std::io::stdout());
    let mut first_save = true;
    let ending = interview.run(&mut terminal, from, &mut |text: &str| {
        if first_save {
            // The first save rewrites the file in saq's layout: keep comments of one's own.
            if backup::keep_own_comments(&args.file, &source.text, &as_written).is_err() {
                return Err(saq_collect::SaveError::Io {
                    path: args.file.clone(),
                    source: std::io::Error::other("the backup copy could not be written"),
                });
            }
            first_save = false;
        }
        save(&args.file, text, Overwrite::Allowed)
    });
    let progress = Progress::of(&bundle.questionnaire, &interview.answers().answers);
    let total = progress.total;
    match ending {
        Ok(Ending::Finished) | Ok(Ending::Quit) => {
            println!();
            println!(
                "Saved {name}: {} of {} applicable questions answered, {} of {} required.",
                total.answered, total.applicable, total.required_answered, total.required
            );
            if progress.is_complete() {
                println!("Next: `saq submit {name}` submits the answers.");
            } else {
                println!(
                    "Next: `saq fill {name}` goes on from the first unanswered question; `saq status {name}` shows what is left."
                );
            }
            Ok(())
        }
        Err(InterviewError::Save(err)) => {
            eprintln!("error: {err}");
            eprintln!(
                "  = help: the file holds every answer up to the previous one; free some space or check the folder's permissions, then run saq fill again"
            );
            Err(Outcome::UsageOrIo)
        }
        Err(err) => {
            eprintln!("error: {err}; every answer given so far is saved in {name}");
            Err(Outcome::UsageOrIo)
        }
    }
}
