//! `saq fill`: the interview in the terminal, saving after every answer.

use std::io::IsTerminal;

use saq_collect::{AnswerFile, Interview, Progress};
use saq_model::answer_set::Status;

use crate::args::FillArgs;
use crate::error::{CliError, Outcome, Purpose};
use crate::load;
use crate::output::say;
use crate::terminal::Terminal;
use crate::today::today;

pub(crate) fn run(args: &FillArgs) -> Result<Outcome, CliError> {
    // Checked first: without a terminal nobody can answer, and waiting would hang a script.
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        return Err(CliError::NoTerminal {
            file: args.file.display().to_string(),
        });
    }
    let bundle = load::questionnaire(&args.questionnaire)?;
    // Held until the interview ends; taken before the file is read, so the version read is
    // the one no other interview can change. (An editor ignores it: each save checks too.)
    let _lock = saq_collect::lock::lock(&args.file).map_err(CliError::Locked)?;
    let Some((source, loaded)) = load::usable(&args.file, &bundle)? else {
        return Err(CliError::Unusable {
            file: args.file.display().to_string(),
            purpose: Purpose::Fill,
        });
    };
    let name = source.name.clone();
    if loaded.file.status.value == Status::Submitted {
        return Err(CliError::Submitted(name));
    }
    let mut interview = Interview::new(&bundle, loaded, &name, &today());
    let from = match &args.from {
        None => None,
        Some(id) => Some(
            interview
                .position_of(id)
                .ok_or_else(|| CliError::UnknownQuestion(id.clone()))?,
        ),
    };
    let editor = std::env::var_os("VISUAL")
        .filter(|e| !e.is_empty())
        .or_else(|| std::env::var_os("EDITOR").filter(|e| !e.is_empty()));
    let mut terminal = Terminal::new(std::io::stdin().lock(), std::io::stdout(), editor);
    // Saves every answer; the first save keeps comments of one's own in a backup copy.
    let mut file = AnswerFile::new(&args.file, source.text);
    interview
        .run(&mut terminal, from, &mut file)
        .map_err(CliError::Interview)?;
    let progress = Progress::of(&bundle.questionnaire, &interview.answers().answers);
    let total = progress.total;
    say!();
    say!(
        "Saved {name}: {} of {} applicable questions answered, {} of {} required.",
        total.answered,
        total.applicable,
        total.required_answered,
        total.required
    );
    if progress.is_complete() {
        say!("Next: `saq submit {name}` submits the answers.");
    } else {
        say!(
            "Next: `saq fill {name}` goes on from the first unanswered question; `saq status {name}` shows what is left."
        );
    }
    Ok(Outcome::Ok)
}
