//! `saq status`: per section, what is answered and what still blocks submission.

use std::path::Path;

use saq_collect::{Counts, Progress, SectionProgress};
use saq_model::answer_set::Status;
use saq_model::{Bundle, Diagnostic, SourceFile};
use serde::Serialize;

use crate::args::{StatusArgs, StatusFormat};
use crate::exit::Outcome;
use crate::load;

/// How many missing question ids a section line names before it says "and N more".
const SHOWN: usize = 5;

/// `saq status --format json`: one entry per file that could be read. The shape is documented
/// in the README and kept stable; fields are only ever added.
#[derive(Serialize)]
struct Report {
    format_version: u32,
    files: Vec<FileStatus>,
}

#[derive(Serialize)]
struct FileStatus {
    file: String,
    /// Null when the file could not be parsed.
    state: Option<State>,
    status: Option<&'static str>,
    submitted: Option<String>,
    /// True when nothing blocks submission: no errors, every required applicable question
    /// answered.
    ready_to_submit: bool,
    /// Required applicable questions without an answer, in questionnaire order.
    missing: Vec<String>,
    /// Questions that do not apply but have an answer, in questionnaire order.
    not_applying_questions: Vec<String>,
    sections: Vec<SectionProgress>,
    total: Counts,
    diagnostics: Vec<Diagnostic>,
}

#[derive(Serialize)]
struct State {
    name: String,
    code: Option<String>,
}

pub(crate) fn run(args: &StatusArgs) -> Outcome {
    let bundle = match load::questionnaire(args.questionnaire.as_deref()) {
        Ok(bundle) => bundle,
        Err(outcome) => return outcome,
    };
    let mut outcome = Outcome::Ok;
    let mut files = Vec::new();
    for path in &args.files {
        match status(path, &bundle) {
            Ok(file) => {
                if file.diagnostics.iter().any(Diagnostic::is_error) {
                    outcome = outcome.max(Outcome::InputProblems);
                }
                files.push(file);
            }
            Err(err) => outcome = outcome.max(err),
        }
    }
    match args.format {
        StatusFormat::Json => {
            let report = Report {
                format_version: saq_model::FORMAT_VERSION,
                files,
            };
            match serde_json::to_string_pretty(&report) {
                Ok(json) => println!("{json}"),
                Err(err) => {
                    eprintln!("error: cannot write JSON: {err}");
                    outcome = outcome.max(Outcome::UsageOrIo);
                }
            }
        }
        StatusFormat::Human => {
            for (i, file) in files.iter().enumerate() {
                for diagnostic in &file.diagnostics {
                    eprintln!("{diagnostic}");
                }
                if i > 0 {
                    println!();
                }
                print_human(file);
            }
        }
    }
    outcome
}

fn status(path: &Path, bundle: &Bundle) -> Result<FileStatus, Outcome> {
    let (source, checked): (SourceFile, _) = load::answers(path, bundle)?;
    let has_errors = checked.has_errors();
    let mut file = FileStatus {
        file: source.name.clone(),
        state: None,
        status: None,
        submitted: None,
        ready_to_submit: false,
        missing: Vec::new(),
        not_applying_questions: Vec::new(),
        sections: Vec::new(),
        total: Counts::default(),
        diagnostics: checked.diagnostics,
    };
    let Some(loaded) = checked.value else {
        return Ok(file);
    };
    let progress = Progress::of(&bundle.questionnaire, &loaded.answers);
    file.state = Some(State {
        name: loaded.file.state.name.clone(),
        code: loaded.file.state.code.as_ref().map(|c| c.value.clone()),
    });
    file.status = Some(match loaded.file.status.value {
        Status::Draft => "draft",
        Status::Submitted => "submitted",
    });
    file.submitted = loaded.file.submitted.as_ref().map(|d| d.value.clone());
    file.missing = progress.missing().map(str::to_owned).collect();
    file.not_applying_questions = progress.not_applying().map(str::to_owned).collect();
    file.ready_to_submit = !has_errors && file.missing.is_empty();
    file.total = progress.total;
    file.sections = progress.sections;
    Ok(file)
}

fn print_human(file: &FileStatus) {
    let (Some(state), Some(status)) = (&file.state, file.status) else {
        println!("{}: cannot be read (see the problems above)", file.file);
        return;
    };
    println!("{}: answers of {}, {status}", file.file, state.name);
    let width = file
        .sections
        .iter()
        .map(|s| s.title.chars().count())
        .max()
        .unwrap_or(0)
        .max("all sections".len());
    println!(
        "  {}  answered  applicable  required  missing",
        pad("section", width)
    );
    for section in &file.sections {
        let title = pad(&section.title, width);
        match &section.skip_reason {
            Some(reason) => println!("  {title}  does not apply: {reason}"),
            None => {
                let line = format!(
                    "  {title}  {}  {}",
                    counts(&section.counts),
                    list(&section.missing, SHOWN)
                );
                println!("{}", line.trim_end());
            }
        }
    }
    println!(
        "  {}  {}  {}",
        pad("all sections", width),
        counts(&file.total),
        file.missing.len()
    );
    if !file.not_applying_questions.is_empty() {
        println!(
            "not counted: {} to questions that do not apply: {}",
            plural(file.not_applying_questions.len(), "answer"),
            list(&file.not_applying_questions, 10)
        );
        println!("  = help: each is explained above (`answer-not-applying`); nothing is deleted");
    }
    let errors = file.diagnostics.iter().filter(|d| d.is_error()).count();
    if status == "submitted" {
        let when = file.submitted.as_deref().unwrap_or("an unknown date");
        if errors == 0 {
            println!("submitted on {when}");
        } else {
            println!(
                "submitted on {when}, but the file has {} (see above)",
                plural(errors, "problem")
            );
        }
        return;
    }
    if file.ready_to_submit {
        println!(
            "ready to submit: every required applicable question is answered (`saq submit {}`)",
            file.file
        );
        return;
    }
    if !file.missing.is_empty() {
        println!(
            "blocks submission: {} not answered: {}",
            plural(file.missing.len(), "required question"),
            list(&file.missing, 10)
        );
        println!(
            "  = help: `saq fill {}` asks them, starting with the first unanswered question",
            file.file
        );
    }
    if errors > 0 {
        println!(
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

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}
