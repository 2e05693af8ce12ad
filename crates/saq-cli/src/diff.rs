//! `saq diff`: what changed for one State between two answer sets.

use std::io::Write;
use std::path::Path;

use saq_assess::assessment::{StateSummary, assess};
use saq_assess::diff::{DiffWarning, diff};
use saq_model::answer_set::cycle_order;
use saq_model::{Diagnostic, LoadedAnswers, SourceFile};
use saq_render::Format;

use crate::args::{DiffArgs, DiffFormat};
use crate::exit::Outcome;
use crate::load;
use crate::templates;

pub(crate) fn run(args: &DiffArgs) -> Outcome {
    let bundle = match load::questionnaire(args.questionnaire.as_deref()) {
        Ok(bundle) => bundle,
        Err(outcome) => return outcome,
    };
    let templates = match templates::load(args.templates.as_deref()) {
        Ok(templates) => templates,
        Err(outcome) => return outcome,
    };
    let format = match args.format {
        DiffFormat::Md => Format::Markdown,
        DiffFormat::Html => Format::Html,
        DiffFormat::Json => Format::Json,
    };

    // Both sets are checked before either stops the run, so every problem is printed at once.
    let old = load::checked_answers(&bundle, &args.old);
    let new = load::checked_answers(&bundle, &args.new);
    let ((_, old), (new_source, new)) = match (old, new) {
        (Ok(old), Ok(new)) => in_cycle_order(args, old, new),
        (old, new) => {
            let outcome = old
                .err()
                .unwrap_or_default()
                .max(new.err().unwrap_or_default());
            if outcome == Outcome::InputProblems {
                eprintln!(
                    "error: no diff of {} and {}: fix the problems above first",
                    args.old.display(),
                    args.new.display()
                );
            }
            return outcome;
        }
    };
    let diff = match diff(&assess(&bundle, &old), &assess(&bundle, &new)) {
        Ok(diff) => diff,
        Err(err) => {
            eprintln!("error: {err}");
            return Outcome::InputProblems;
        }
    };
    for warning in &diff.warnings {
        eprintln!("{}", located(warning, &new_source, &new));
    }
    let text = match saq_render::render_diff(format, &diff, &templates) {
        Ok(text) => text,
        Err(err) => return templates::failure(&err, args.templates.as_deref()),
    };
    write(args.output.as_deref(), &text)
}

/// The two sets, earlier cycle first: when both give a review cycle and NEW's comes before
/// OLD's (in [`cycle_order`]), they are swapped, with a note on standard error. The exit code is
/// not affected.
fn in_cycle_order<T>(
    args: &DiffArgs,
    old: (T, LoadedAnswers),
    new: (T, LoadedAnswers),
) -> ((T, LoadedAnswers), (T, LoadedAnswers)) {
    let (Some(old_cycle), Some(new_cycle)) = (old.1.file.cycle(), new.1.file.cycle()) else {
        return (old, new);
    };
    if cycle_order(new_cycle, old_cycle).is_lt() {
        eprintln!(
            "note: {} is for review cycle {new_cycle}, before the cycle of {} ({old_cycle}): showing the changes from {new_cycle} to {old_cycle}, the earlier cycle first",
            args.new.display(),
            args.old.display(),
        );
        return (new, old);
    }
    (old, new)
}

/// A diff warning as a diagnostic in the later answer set, where the difference would be fixed.
fn located(warning: &DiffWarning, source: &SourceFile, new: &LoadedAnswers) -> Diagnostic {
    let file = &new.file;
    match warning {
        DiffWarning::DifferentStates { old, new } => {
            let message = format!(
                "the answer sets name different States: {} in the earlier set, {} in this one",
                state(old),
                state(new)
            );
            let help = "compare two answer sets of the same State; this diff compares two States' answers";
            // The code is what was compared when both sets give one; the name has no position.
            match &file.state.code {
                Some(code) => source.diagnostic(code.line, code.column, "different-states", message),
                None => Diagnostic::file_error(&source.name, "different-states", message)
                    .at_start(),
            }
            .with_help(help)
            .warning()
        }
        DiffWarning::DifferentVersions { old, new } => source
            .diagnostic(
                file.version.line,
                file.version.column,
                "different-versions",
                format!(
                    "the answer sets answer different versions of the questionnaire: {old} in the earlier set, {new} in this one"
                ),
            )
            .with_help("a change may come from a changed question rather than a changed answer")
            .warning(),
    }
}

fn state(state: &StateSummary) -> String {
    match &state.code {
        Some(code) => format!("{} ({code})", state.name),
        None => state.name.clone(),
    }
}

/// Writes the diff to `output`, or to standard output.
fn write(output: Option<&Path>, text: &str) -> Outcome {
    match output {
        None => match std::io::stdout().write_all(text.as_bytes()) {
            Ok(()) => Outcome::Ok,
            // A closed pipe (`saq diff … | head`) is not an error.
            Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => Outcome::Ok,
            Err(err) => {
                eprintln!("error: cannot write the diff: {err}");
                Outcome::UsageOrIo
            }
        },
        Some(path) => match std::fs::write(path, text) {
            Ok(()) => {
                println!("wrote {}", path.display());
                Outcome::Ok
            }
            Err(err) => {
                eprintln!("error: cannot write {}: {err}", path.display());
                Outcome::UsageOrIo
            }
        },
    }
}
