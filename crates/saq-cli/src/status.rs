//! `saq status`: per section, what is answered and what still blocks submission, as lines or
//! as the JSON of [`StatusReport`].

use saq_collect::Counts;
use saq_collect::status::{FileStatus, StatusReport};
use saq_model::answer_set::Status;
use saq_model::printable;

use crate::args::{MessageFormat, StatusArgs};
use crate::error::{CliError, Outcome};
use crate::load::Questionnaires;
use crate::output::{self, plural, say, shell_word};

/// How many missing question ids a section line names before it says "and N more".
const SHOWN: usize = 5;

pub(crate) fn run(args: &StatusArgs) -> Result<Outcome, CliError> {
    let questionnaires = Questionnaires::new(&args.questionnaire)?;
    let mut outcome = Outcome::Ok;
    let mut files = Vec::new();
    // What later commands on each file need to find its questionnaire, for the hints.
    let mut carries = Vec::new();
    for path in &args.files {
        match questionnaires.answers(path) {
            Ok(answers) => {
                let name = &answers.source.name;
                let file = match &answers.found {
                    Some(found) => FileStatus::of(name, answers.checked, found.bundle),
                    None => FileStatus::unchecked(name, answers.checked.diagnostics),
                };
                if file.errors() > 0 {
                    outcome = outcome.max(Outcome::InputProblems);
                }
                carries.push(answers.found.map(|f| f.carry).unwrap_or_default());
                files.push(file);
            }
            // One file that cannot be read does not hide the others.
            Err(err) => {
                output::error(&err);
                outcome = outcome.max(err.outcome());
            }
        }
    }
    match args.format {
        MessageFormat::Json => {
            let json = serde_json::to_string_pretty(&StatusReport::new(files)).unwrap_or_default();
            output::document(&format!("{json}\n"), true)?;
        }
        MessageFormat::Human => {
            for (i, (file, carry)) in files.iter().zip(&carries).enumerate() {
                output::diagnostics(&file.diagnostics);
                if i > 0 {
                    say!();
                }
                print(file, carry);
            }
        }
    }
    Ok(outcome)
}

/// The file's table and what blocks submission; `carry` holds the options the commands it
/// suggests need to find the file's questionnaire.
fn print(file: &FileStatus, carry: &str) {
    let (Some(state), Some(status)) = (&file.state, file.status) else {
        let why = match file.diagnostics.first().map(|d| d.code) {
            Some("unknown-questionnaire" | "unknown-questionnaire-version") => {
                "not checked: its questionnaire is not in the library (see the problem above)"
            }
            Some("questionnaire-has-problems") => {
                "not checked: its questionnaire has problems (see above)"
            }
            _ => "cannot be read (see the problems above)",
        };
        say!("{}: {why}", file.file);
        return;
    };
    let shown = shell_word(&file.file);
    let status_word = match status {
        Status::Draft => "draft",
        Status::Submitted => "submitted",
    };
    say!(
        "{}: answers of {}, {status_word}",
        file.file,
        printable::line(&state.name)
    );
    let width = file
        .sections
        .iter()
        .map(|s| s.title.chars().count())
        .max()
        .unwrap_or(0)
        .max("all sections".len());
    say!(
        "  {}  answered  applicable  required  missing",
        pad("section", width)
    );
    for section in &file.sections {
        let title = pad(&section.title, width);
        match &section.skip_reason {
            Some(reason) => say!("  {title}  does not apply: {reason}"),
            None => {
                let line = format!(
                    "  {title}  {}  {}",
                    counts(&section.counts),
                    list(&section.missing, SHOWN)
                );
                say!("{}", line.trim_end());
            }
        }
    }
    say!(
        "  {}  {}  {}",
        pad("all sections", width),
        counts(&file.total),
        file.missing.len()
    );
    if !file.not_applying_questions.is_empty() {
        say!(
            "not counted: {} to questions that do not apply: {}",
            plural(file.not_applying_questions.len(), "answer"),
            list(&file.not_applying_questions, 10)
        );
        say!("  = help: each is explained above (`answer-not-applying`); nothing is deleted");
    }
    let errors = file.errors();
    if status == Status::Submitted {
        let when = file.submitted.as_deref().unwrap_or("an unknown date");
        if errors == 0 {
            say!("submitted on {when}");
        } else {
            say!(
                "submitted on {when}, but the file has {} (see above)",
                plural(errors, "problem")
            );
        }
        return;
    }
    if file.ready_to_submit {
        say!(
            "ready to submit: every required applicable question is answered (`saq submit {shown}{carry}`)"
        );
        return;
    }
    if !file.missing.is_empty() {
        say!(
            "blocks submission: {} not answered: {}",
            plural(file.missing.len(), "required question"),
            list(&file.missing, 10)
        );
        say!(
            "  = help: `saq fill {shown}{carry}` asks them, starting with the first unanswered question"
        );
    }
    if errors > 0 {
        say!(
            "blocks submission: the file has {} (shown above with their lines)",
            plural(errors, "problem")
        );
    }
}

/// The answered, applicable and required columns, aligned under their headings.
fn counts(counts: &Counts) -> String {
    let required = format!("{} of {}", counts.required_answered, counts.required);
    format!(
        "{:>8}  {:>10}  {required:>8}",
        counts.answered, counts.applicable
    )
}

fn pad(text: &str, width: usize) -> String {
    let fill = width.saturating_sub(text.chars().count());
    format!("{text}{}", " ".repeat(fill))
}

fn list(ids: &[String], shown: usize) -> String {
    let mut text = ids
        .iter()
        .take(shown)
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(", ");
    if ids.len() > shown {
        text.push_str(&format!(" and {} more", ids.len() - shown));
    }
    text
}
