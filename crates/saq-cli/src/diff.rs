//! `saq diff`: what changed for one State between two answer sets.

use std::path::Path;

use saq_assess::assessment::assess;
use saq_assess::diff::{diff, swapped};
use saq_render::Format;

use crate::args::{DiffArgs, DiffFormat};
use crate::error::{CliError, Outcome};
use crate::load;
use crate::output::{self, say, tell};
use crate::report::{report_error, templates};

pub(crate) fn run(args: &DiffArgs) -> Result<Outcome, CliError> {
    if let Some(output) = &args.output
        && (saq_collect::same_file(output, &args.old) || saq_collect::same_file(output, &args.new))
    {
        return Err(CliError::OutputIsInput {
            output: output.clone(),
        });
    }
    let bundle = load::questionnaire(&args.questionnaire)?;
    let templates = templates(&args.templates)?;
    let format = match args.format {
        DiffFormat::Md => Format::Markdown,
        DiffFormat::Html => Format::Html,
        DiffFormat::Json => Format::Json,
    };

    // Both sets are checked before either stops the run, so every problem is printed at once.
    let old = load::usable(&args.old, &bundle);
    let new = load::usable(&args.new, &bundle);
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
    let (old, (new_source, new)) = match swapped(&old.1.file, &new.1.file) {
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
            (new.1, old)
        }
        None => (old.1, new),
    };
    let diff = diff(&assess(&bundle, &old), &assess(&bundle, &new))?;
    for warning in &diff.warnings {
        output::diagnostic(&warning.diagnostic(&new_source, &new));
    }
    let text = saq_render::render_diff(format, &diff, &templates)
        .map_err(|err| report_error(err, &args.templates))?;
    write(args.output.as_deref(), &text, format == Format::Json)?;
    Ok(Outcome::Ok)
}

/// Writes the diff to `output`, or to standard output.
fn write(output: Option<&Path>, text: &str, json: bool) -> Result<(), CliError> {
    let Some(path) = output else {
        return output::document(text, json);
    };
    // Atomically, and never through a link planted at the name.
    saq_collect::save_output(path, text.as_bytes()).map_err(CliError::Save)?;
    say!("wrote {}", path.display());
    Ok(())
}
