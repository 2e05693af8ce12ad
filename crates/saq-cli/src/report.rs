//! `saq report`: one gap-analysis report per answer set, through saq-render's pipeline; for
//! several, an index and a comparative view too.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use saq_assess::comparison;
use saq_model::error::ReadError;
use saq_model::load::answer_files;
use saq_model::{Bundle, SourceFile};
use saq_render::batch::{self, Batch, Input};
use saq_render::{Format, Templates};

use crate::args::{ReportArgs, ReportFormat, TemplatesArg};
use crate::error::{CliError, Outcome, Purpose};
use crate::load;
use crate::output::{self, say, tell};

pub(crate) fn run(args: &ReportArgs) -> Result<Outcome, CliError> {
    let files = answer_files(&args.paths).map_err(|err| match err {
        ReadError::Io { path, source } => CliError::Read { path, source },
        ReadError::Invalid(_) => CliError::NoAnswerSets(show_paths(&args.paths)),
    })?;
    if files.is_empty() {
        return Err(CliError::NoAnswerSets(show_paths(&args.paths)));
    }
    if args.output.is_none() && files.len() > 1 {
        return Err(CliError::SeveralReports(files.len()));
    }
    let bundle = load::questionnaire(&args.questionnaire)?;
    let templates = templates(&args.templates)?;
    let format = match args.format {
        ReportFormat::Md => Format::Markdown,
        ReportFormat::Html => Format::Html,
        ReportFormat::Json => Format::Json,
        ReportFormat::Csv => Format::Csv,
    };
    let mut outcome = Outcome::Ok;
    // Every file is read first: an unreadable one is an I/O error, a bad one is listed.
    let mut sources = Vec::with_capacity(files.len());
    for file in &files {
        match SourceFile::read(file) {
            Ok(source) => sources.push((file.as_path(), Ok(source))),
            Err(ReadError::Invalid(diagnostic)) => sources.push((file.as_path(), Err(*diagnostic))),
            Err(ReadError::Io { path, source }) => {
                let err = CliError::Read { path, source };
                if args.output.is_none() {
                    return Err(err);
                }
                output::error(&err);
                outcome = outcome.max(err.outcome());
            }
        }
    }
    let inputs = Input::named(sources);
    let options = batch::Options {
        comparison: comparison::Options {
            include_drafts: args.include_drafts,
        },
        named: args.named,
        country_reports_only: args.output.is_none(),
    };
    let batch = run_batch(&bundle, &templates, &inputs, format, options)
        .map_err(|err| report_error(err, &args.templates))?;
    output::diagnostics(&batch.diagnostics);
    let Some(dir) = &args.output else {
        // One answer set, its report on standard output.
        return match batch.outputs.first() {
            Some(report) => {
                output::document(&report.text, format == Format::Json)?;
                Ok(outcome)
            }
            None => Err(CliError::Unusable {
                file: files[0].display().to_string(),
                purpose: Purpose::Report,
            }),
        };
    };
    if batch.outputs.is_empty() {
        return Err(CliError::NoReport(inputs.len()));
    }
    std::fs::create_dir_all(dir).map_err(|source| CliError::CreateDir {
        path: dir.clone(),
        source,
    })?;
    // Nothing is written if any output would replace an input.
    for report in &batch.outputs {
        let path = dir.join(&report.name);
        if files
            .iter()
            .any(|input| saq_collect::same_file(&path, input))
        {
            return Err(CliError::OutputIsInput { output: path });
        }
    }
    for report in &batch.outputs {
        let path = dir.join(&report.name);
        // Atomically, and never through a link planted at the name.
        if let Err(err) = saq_collect::save_output(&path, report.text.as_bytes()) {
            let err = CliError::Save(err);
            output::error(&err);
            outcome = outcome.max(err.outcome());
        }
    }
    if !batch.failures.is_empty() {
        tell!(
            "error: {} of {} answer sets have problems and got no report (see above)",
            batch.failures.len(),
            inputs.len()
        );
        outcome = outcome.max(Outcome::InputProblems);
    }
    say!("{}", wrote(&batch, dir, format, args.named));
    Ok(outcome)
}

/// The report templates: the built-in ones or `--templates DIR`.
pub(crate) fn templates(arg: &TemplatesArg) -> Result<Templates, CliError> {
    match &arg.templates {
        Some(dir) => Templates::from_dir(dir),
        None => Templates::builtin(),
    }
    .map_err(|err| report_error(err, arg))
}

/// A rendering problem, with the templates folder it concerns.
pub(crate) fn report_error(err: saq_render::ReportError, arg: &TemplatesArg) -> CliError {
    CliError::Report {
        err,
        dir: arg.templates.clone(),
    }
}

/// Runs the pipeline, with a progress bar on standard error when it is a terminal and the batch
/// is long (hidden otherwise, so logs and pipes stay clean).
fn run_batch(
    bundle: &Bundle,
    templates: &Templates,
    inputs: &[Input],
    format: Format,
    options: batch::Options,
) -> Result<Batch, saq_render::ReportError> {
    let progress = if inputs.len() < 20 || !std::io::stderr().is_terminal() {
        indicatif::ProgressBar::hidden()
    } else {
        let bar = indicatif::ProgressBar::new(inputs.len() as u64);
        if let Ok(style) =
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} answer sets ({eta} left)")
        {
            bar.set_style(style);
        }
        bar
    };
    let result = batch::run(bundle, templates, inputs, format, options, &|| {
        progress.inc(1)
    });
    progress.finish_and_clear();
    result
}

/// What was written, and what the comparative views count: `3 answer sets counted, 1 draft
/// left out, 2 not named`.
fn wrote(batch: &Batch, dir: &Path, format: Format, named: bool) -> String {
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let mut parts = Vec::new();
    if let Some(comparison) = &batch.comparison {
        let basis = &comparison.basis;
        parts.push(format!(
            "{} counted",
            plural(basis.counted, "answer set", "answer sets")
        ));
        if basis.drafts_counted > 0 {
            parts.push(format!(
                "{} included",
                plural(basis.drafts_counted, "draft", "drafts")
            ));
        }
        if basis.drafts_left_out > 0 {
            parts.push(format!(
                "{} left out",
                plural(basis.drafts_left_out, "draft", "drafts")
            ));
        }
    }
    if let Some(named) = &batch.named {
        parts.push(format!("{} named", named.states.len()));
        if named.not_named > 0 {
            parts.push(format!("{} not named (restricted)", named.not_named));
        }
    }
    let counted = parts.join(", ");
    if format == Format::Csv {
        let mut written = vec![dir.join(format!("{}.csv", batch::CSV))];
        if named {
            written.push(dir.join(format!("{}.csv", batch::NAMED_CSV)));
        }
        let written: Vec<String> = written.iter().map(|p| p.display().to_string()).collect();
        return format!("wrote {}: {counted}", written.join(" and "));
    }
    // JSON has no index: the assessments and `comparative.json` are the whole output.
    let views = match (format == Format::Json, named) {
        (false, true) => ", the index, the comparative view and the named view (restricted)",
        (false, false) => ", the index and the comparative view",
        (true, true) => ", the comparative view and the named view (restricted)",
        (true, false) => " and the comparative view",
    };
    let reported = batch.entries.len();
    let reports = if reported == 1 { "report" } else { "reports" };
    format!(
        "wrote {reported} {reports}{views} to {}: {counted}",
        dir.display()
    )
}

fn show_paths(paths: &[PathBuf]) -> String {
    paths
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}
