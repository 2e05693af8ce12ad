//! `saq report`: one gap-analysis report per answer set.

use std::io::Write;
use std::path::{Path, PathBuf};

use saq_core::assessment::assess;
use saq_report::{Format, ReportError, Templates};

use crate::args::{ReportArgs, ReportFormat};
use crate::exit::Outcome;
use crate::questionnaire;

pub(crate) fn run(args: &ReportArgs) -> Outcome {
    if args.output.is_none() && args.files.len() > 1 {
        eprintln!(
            "error: {} answer sets give {} reports; name a folder for them with --output DIR",
            args.files.len(),
            args.files.len()
        );
        return Outcome::UsageOrIo;
    }
    let bundle = match questionnaire::load(args.questionnaire.as_deref()) {
        Ok(bundle) => bundle,
        Err(outcome) => return outcome,
    };
    let templates = match &args.templates {
        Some(dir) => Templates::from_dir(dir),
        None => Templates::builtin(),
    };
    let templates = match templates {
        Ok(templates) => templates,
        Err(err) => return template_failure(&err, args.templates.as_deref()),
    };
    let format = match args.format {
        ReportFormat::Md => Format::Markdown,
        ReportFormat::Html => Format::Html,
        ReportFormat::Json => Format::Json,
    };
    if let Some(dir) = &args.output
        && let Err(err) = std::fs::create_dir_all(dir)
    {
        eprintln!("error: cannot create {}: {err}", dir.display());
        return Outcome::UsageOrIo;
    }

    // One bad answer set never stops the others.
    let mut outcome = Outcome::Ok;
    for file in &args.files {
        let source = match questionnaire::read_source(file) {
            Ok(source) => source,
            Err(failed) => {
                outcome = outcome.max(failed);
                continue;
            }
        };
        let checked = bundle.load_answers(&source);
        for diagnostic in &checked.diagnostics {
            eprintln!("{diagnostic}");
        }
        let loaded = match checked.value {
            Some(loaded) if !checked.has_errors() => loaded,
            _ => {
                eprintln!(
                    "error: no report for {}: fix the problems above first",
                    file.display()
                );
                outcome = outcome.max(Outcome::InputProblems);
                continue;
            }
        };
        let assessment = assess(&bundle, &loaded);
        let text = match saq_report::render(format, &assessment, &templates) {
            Ok(text) => text,
            Err(err) => return template_failure(&err, args.templates.as_deref()),
        };
        outcome = outcome.max(write(args.output.as_deref(), file, format, &text));
    }
    outcome
}

/// Writes one report to the output folder, or to standard output.
fn write(output: Option<&Path>, answers: &Path, format: Format, text: &str) -> Outcome {
    match output {
        None => match std::io::stdout().write_all(text.as_bytes()) {
            Ok(()) => Outcome::Ok,
            Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => Outcome::Ok,
            Err(err) => {
                eprintln!("error: cannot write the report: {err}");
                Outcome::UsageOrIo
            }
        },
        Some(dir) => {
            let path = report_path(dir, answers, format);
            match std::fs::write(&path, text) {
                Ok(()) => {
                    println!("wrote {}", path.display());
                    Outcome::Ok
                }
                Err(err) => {
                    eprintln!("error: cannot write {}: {err}", path.display());
                    Outcome::UsageOrIo
                }
            }
        }
    }
}

/// `answers/borealis.yaml` → `DIR/borealis.md`.
fn report_path(dir: &Path, answers: &Path, format: Format) -> PathBuf {
    let stem = answers
        .file_stem()
        .map_or_else(|| "report".into(), |s| s.to_string_lossy().into_owned());
    dir.join(format!("{stem}.{}", format.extension()))
}

/// A template problem: the user's templates are input (exit 1) unless a file is missing or
/// unreadable (exit 2); a broken built-in template is a bug, reported the same way.
pub(crate) fn template_failure(err: &ReportError, dir: Option<&Path>) -> Outcome {
    match (err, dir) {
        (
            ReportError::Template {
                file,
                line,
                column,
                message,
            },
            Some(dir),
        ) => {
            eprintln!(
                "error[template]: {message}\n  --> {}:{line}:{column}",
                dir.join(file).display()
            );
            eprintln!(
                "  = help: fix the template, or leave out --templates to use the built-in ones"
            );
            Outcome::InputProblems
        }
        (ReportError::MissingTemplate { .. } | ReportError::ReadTemplate { .. }, _) => {
            eprintln!("error: {err}");
            Outcome::UsageOrIo
        }
        _ => {
            eprintln!("error: {err}");
            Outcome::InputProblems
        }
    }
}
