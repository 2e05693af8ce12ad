//! `saq diff`: what changed for one State between two answer sets.

use std::path::Path;

use saq_assess::assessment::{Assessment, assess};
use saq_assess::diff::{diff, swapped};
use saq_model::library::answer_header;
use saq_render::Format;

use crate::args::{DiffArgs, DiffFormat};
use crate::error::{CliError, Outcome};
use crate::load::{self, Questionnaires};
use crate::output::{self, say, tell};
use crate::report::templates_for;

pub(crate) fn run(args: &DiffArgs) -> Result<Outcome, CliError> {
    if let Some(output) = &args.output
        && (saq_collect::same_file(output, &args.old) || saq_collect::same_file(output, &args.new))
    {
        return Err(CliError::OutputIsInput {
            output: output.clone(),
        });
    }
    let questionnaires = Questionnaires::new(&args.questionnaire)?;
    if !questionnaires.is_given() {
        same_questionnaire(&args.old, &args.new)?;
    }
    // A `--templates` folder that cannot be used stops the run before any file is read.
    templates_for(None, &args.templates)?;
    let format = match args.format {
        DiffFormat::Md => Format::Markdown,
        DiffFormat::Html => Format::Html,
        DiffFormat::Json => Format::Json,
    };

    // Both sets are checked before either stops the run, so every problem is printed at once;
    // each against the questionnaire it names (the same one, perhaps in another version).
    let old = questionnaires.usable(&args.old);
    let new = questionnaires.usable(&args.new);
    let (old, new) = match (old, new) {
        (Ok(Some(old)), Ok(Some(new))) => (old, new),
        (Err(first), Err(second)) => {
            output::error(&first);
            return Err(second);
        }
        (Err(err), _) | (_, Err(err)) => return Err(err),
        _ => {
            return Err(CliError::NoDiff {
                old: args.old.display().to_string(),
                new: args.new.display().to_string(),
            });
        }
    };
    // The earlier review cycle first; the exit code is not affected.
    let (old, new) = match swapped(&old.loaded.file, &new.loaded.file) {
        Some(cycles) => {
            tell!(
                "note: {} is for review cycle {}, before the cycle of {} ({}): showing the changes from {} to {}, the earlier cycle first",
                args.new.display(),
                cycles.given_new,
                args.old.display(),
                cycles.given_old,
                cycles.given_new,
                cycles.given_old,
            );
            (new, old)
        }
        None => (old, new),
    };
    // In another language: both sets read again with the questionnaire in it, so that what
    // the diff quotes (questions, provisions, titles) speaks it, clusters included.
    let in_language = |usable: &crate::load::Usable<'_>| -> Result<Option<Assessment>, CliError> {
        let Some(lang) = &args.lang else {
            return Ok(None);
        };
        let bundle = crate::report::translated(usable.found.bundle, lang)?;
        let checked = bundle.load_answers(&usable.source);
        Ok(checked.value.map(|loaded| assess(&bundle, &loaded)))
    };
    let old_assessment = match in_language(&old)? {
        Some(assessment) => assessment,
        None => assess(old.found.bundle, &old.loaded),
    };
    let new_assessment = match in_language(&new)? {
        Some(assessment) => assessment,
        None => assess(new.found.bundle, &new.loaded),
    };
    let diff = diff(&old_assessment, &new_assessment)?;
    for warning in &diff.warnings {
        output::diagnostic(&warning.diagnostic(&new.source, &new.loaded));
    }
    let (templates, dir) = templates_for(Some(new.found.bundle), &args.templates)?;
    let text = saq_render::render_diff(format, &diff, &templates)
        .map_err(|err| CliError::Report { err, dir })?;
    write(args.output.as_deref(), &text, format == Format::Json)?;
    Ok(Outcome::Ok)
}

/// Refuses, before anything else is checked, two answer sets that name different
/// questionnaires: their provisions and questions do not correspond. The error is located at
/// NEW's `questionnaire:`. Files that cannot be read, or whose header cannot be, are left to the
/// checks that follow, which report them.
fn same_questionnaire(old: &Path, new: &Path) -> Result<(), CliError> {
    let header = |path: &Path| {
        let source = load::read(path).ok()?.ok()?;
        let header = answer_header(&source).ok()?;
        Some((source, header))
    };
    let (Some((_, old_header)), Some((new_source, new_header))) = (header(old), header(new)) else {
        return Ok(());
    };
    if old_header.questionnaire.value == new_header.questionnaire.value {
        return Ok(());
    }
    let at = &new_header.questionnaire;
    output::diagnostic(
        &new_source
            .diagnostic(
                at.line,
                at.column,
                "different-questionnaire",
                format!(
                    "these answers are for questionnaire `{}`, and those of {} for `{}`: a diff compares two answer sets of the same questionnaire",
                    new_header.questionnaire.value,
                    old.display(),
                    old_header.questionnaire.value
                ),
            )
            .with_help(
                "compare each answer set with an earlier one of the same questionnaire (two review cycles, or two drafts); versions of one questionnaire may differ",
            ),
    );
    Err(CliError::NoDiff {
        old: old.display().to_string(),
        new: new.display().to_string(),
    })
}

/// Writes the diff to `output`, or to standard output.
pub(crate) fn write(output: Option<&Path>, text: &str, json: bool) -> Result<(), CliError> {
    let Some(path) = output else {
        return output::document(text, json);
    };
    // Atomically, and never through a link planted at the name.
    saq_collect::save_output(path, text.as_bytes()).map_err(CliError::Save)?;
    say!("wrote {}", path.display());
    Ok(())
}
