//! `saq fill`: the interview in the terminal, saving after every answer.

use std::io::IsTerminal;

use saq_collect::{AnswerFile, Interview, Progress};
use saq_model::answer_set::Status;

use crate::args::FillArgs;
use crate::error::{CliError, Outcome, Purpose};
use crate::load::{Questionnaires, Usable};
use crate::output::shell_word;
use crate::terminal::Terminal;
use crate::today::today;
use crate::words::Words;

pub(crate) fn run(args: &FillArgs) -> Result<Outcome, CliError> {
    // Checked first: without a terminal nobody can answer, and waiting would hang a script.
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        // Nothing is loaded yet: the help carries the questionnaire options as given.
        let word = |dir: &std::path::Path| shell_word(&dir.display().to_string());
        let folder = args
            .questionnaire
            .questionnaire
            .as_deref()
            .map(|dir| format!(" --questionnaire {}", word(dir)))
            .unwrap_or_default();
        let mut carry = folder.clone();
        for dir in &args.questionnaire.library.questionnaires {
            carry.push_str(&format!(" --questionnaires {}", word(dir)));
        }
        return Err(CliError::NoTerminal {
            file: shell_word(&args.file.display().to_string()),
            carry,
            folder,
        });
    }
    let questionnaires = Questionnaires::new(&args.questionnaire)?;
    // Held until the interview ends; taken before the file is read, so the version read is
    // the one no other interview can change. (An editor ignores it: each save checks too.)
    let _lock = saq_collect::lock::lock(&args.file).map_err(CliError::Locked)?;
    let Some(Usable {
        source,
        mut loaded,
        found,
    }) = questionnaires.usable(&args.file)?
    else {
        return Err(CliError::Unusable {
            file: args.file.display().to_string(),
            purpose: Purpose::Fill,
        });
    };
    // A set that answers one review cluster is asked that cluster's questions only.
    let scoped = loaded.scoped.take();
    let bundle = scoped.as_ref().unwrap_or(found.bundle);
    let written_in = loaded.file.language.as_ref().map(|l| l.value.clone());
    let bundle =
        crate::report::bundle_for_answers(bundle, args.lang.as_deref(), written_in.as_deref())?;
    let bundle = bundle.as_ref();
    let carry = found.carry;
    let name = source.name.clone();
    if loaded.file.status.value == Status::Submitted {
        return Err(CliError::Submitted(name));
    }
    let mut interview = Interview::new(bundle, loaded, &name, &today());
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
    // The words of the interview: in the language the person reads.
    let words = Words::new(args.lang.as_deref(), written_in.as_deref())?;
    let mut terminal = Terminal::new(std::io::stdin().lock(), std::io::stdout(), editor, words);
    // Saves every answer; the first save keeps comments of one's own in a backup copy.
    let mut file = AnswerFile::new(&args.file, source.text);
    interview
        .run(&mut terminal, from, &mut file)
        .map_err(|err| CliError::Interview(err, carry.clone()))?;
    let progress = Progress::of(&bundle.questionnaire, &interview.answers().answers);
    let total = progress.total;
    // Said by the terminal, as the interview was: in its language, values escaped.
    let shown = shell_word(&name);
    let submit = format!("saq submit {shown}{carry}");
    let fill = format!("saq fill {shown}{carry}");
    let status = format!("saq status {shown}{carry}");
    let next = if progress.is_complete() {
        ("fill-next-submit", vec![("submit", submit.as_str().into())])
    } else {
        (
            "fill-next-fill",
            vec![
                ("fill", fill.as_str().into()),
                ("status", status.as_str().into()),
            ],
        )
    };
    let said = (|| -> std::io::Result<()> {
        terminal.put("")?;
        terminal.tell(
            "fill-saved",
            &[
                ("file", name.as_str().into()),
                ("answered", total.answered.into()),
                ("applicable", total.applicable.into()),
                ("required_answered", total.required_answered.into()),
                ("required", total.required.into()),
            ],
        )?;
        terminal.tell(next.0, &next.1)
    })();
    said.map_err(|source| CliError::Stdout { source })?;
    Ok(Outcome::Ok)
}
