//! Many answer sets at once: every country report, the comparative view (no State named), the
//! index, and on request the named view (restricted) — in parallel on every core, one bad file
//! never stopping the others.

use rayon::prelude::*;
use saq_assess::assessment::{Assessment, assess};
use saq_assess::comparison::{self, Comparison, Entry, NamedComparison, alphabetical_key, compare};
use saq_model::{Bundle, Diagnostic, SourceFile};
use serde::Serialize;

use crate::error::ReportError;
use crate::format::{Format, render, render_comparison, render_index, render_named};
use crate::templates::Templates;

/// One answer set of a batch.
#[derive(Debug)]
pub struct Input {
    /// The file as the user named it.
    pub file: String,
    /// The name of its report, without extension (unique within the batch).
    pub report: String,
    /// Its text, or why it could not be used (empty, not UTF-8, too large).
    pub source: Result<SourceFile, Diagnostic>,
}

/// An answer set that got no report, and why.
#[derive(Debug, Clone, Serialize)]
pub struct Failure {
    /// The file.
    pub file: String,
    /// Its problems.
    pub diagnostics: Vec<FailureLine>,
}

/// One problem of a failed file, as the index shows it.
#[derive(Debug, Clone, Serialize)]
pub struct FailureLine {
    /// `file:line:column`.
    pub location: String,
    /// What is wrong.
    pub message: String,
    /// What to do.
    pub help: Option<String>,
}

/// A file the batch produces.
#[derive(Debug, Clone)]
pub struct Output {
    /// File name within the output folder.
    pub name: String,
    /// Its content.
    pub text: String,
}

/// What a batch produced.
#[derive(Debug)]
pub struct Batch {
    /// The files to write.
    pub outputs: Vec<Output>,
    /// Every diagnostic, file by file in input order (warnings of good files included).
    pub diagnostics: Vec<Diagnostic>,
    /// The answer sets that got no report.
    pub failures: Vec<Failure>,
    /// Every answer set that got a report, alphabetical, with whether the comparative view
    /// counts it and the named view names it.
    pub entries: Vec<Entry>,
    /// The comparative view of the answer sets counted (no State named).
    pub comparison: Comparison,
    /// The named view, when it was asked for.
    pub named: Option<NamedComparison>,
}

/// What a batch makes besides the country reports.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Which answer sets the comparative views count (drafts or not).
    pub comparison: comparison::Options,
    /// Also make the named view (`comparative-named.*`, or `provisions-named.csv`): the
    /// provision × State matrix of the States whose disclosure allows it, marked restricted.
    pub named: bool,
}

/// The name of the comparative report, without extension.
pub const COMPARATIVE: &str = "comparative";
/// The name of the named view, without extension.
pub const NAMED: &str = "comparative-named";
/// The name of the index, without extension.
pub const INDEX: &str = "index";
/// The name of the CSV export, without extension.
pub const CSV: &str = "provisions";
/// The name of the named view's CSV export, without extension.
pub const NAMED_CSV: &str = "provisions-named";

/// Runs a batch: each input is loaded, checked, assessed and (except for CSV) rendered in
/// parallel; then come the comparative view and the index (Markdown, HTML), `comparative.json`
/// (JSON) or the counts per provision (CSV), and the named view when `options.named`.
/// `on_done` is called once per input as it finishes, from any thread.
pub fn run(
    bundle: &Bundle,
    templates: &Templates,
    inputs: &[Input],
    format: Format,
    options: Options,
    on_done: &(dyn Fn() + Sync),
) -> Result<Batch, ReportError> {
    let results: Vec<Result<Done, Failed>> = inputs
        .par_iter()
        .map(|input| {
            let result = one(bundle, templates, input, format);
            on_done();
            result
        })
        .collect();

    let mut outputs = Vec::new();
    let mut diagnostics = Vec::new();
    let mut failures = Vec::new();
    let mut assessments = Vec::new();
    for (input, result) in inputs.iter().zip(results) {
        match result {
            Ok(done) => {
                diagnostics.extend(done.diagnostics);
                if let Some(text) = done.text {
                    outputs.push(Output {
                        name: format!("{}.{}", input.report, format.extension()),
                        text,
                    });
                }
                assessments.push((input.report.clone(), done.assessment));
            }
            Err(Failed::Input(problems)) => {
                failures.push(Failure {
                    file: input.file.clone(),
                    diagnostics: problems
                        .iter()
                        .filter(|d| d.is_error())
                        .map(failure_line)
                        .collect(),
                });
                diagnostics.extend(problems);
            }
            Err(Failed::Render(err)) => return Err(err),
        }
    }

    let counting = options.comparison;
    let comparison = compare(bundle, &assessments, counting);
    let entries = comparison::entries(&assessments, counting);
    let extension = format.extension();
    let own_name = match format {
        Format::Csv => CSV,
        _ => COMPARATIVE,
    };
    outputs.push(Output {
        name: format!("{own_name}.{extension}"),
        text: render_comparison(format, &comparison, templates)?,
    });
    if matches!(format, Format::Markdown | Format::Html) {
        outputs.push(Output {
            name: format!("{INDEX}.{extension}"),
            text: render_index(
                format,
                &comparison,
                &entries,
                &failures,
                options.named,
                templates,
            )?,
        });
    }
    let named = if options.named {
        let named = comparison::named(bundle, &assessments, counting);
        // The assessments of the States named, in the view's (alphabetical) order.
        let mut shown: Vec<(String, &Assessment)> = assessments
            .iter()
            .filter(|(_, a)| counting.counts(a) && a.disclosure.may_be_named())
            .map(|(report, a)| (report.clone(), a))
            .collect();
        shown.sort_by_cached_key(|(report, a)| alphabetical_key(report, a));
        let name = match format {
            Format::Csv => NAMED_CSV,
            _ => NAMED,
        };
        outputs.push(Output {
            name: format!("{name}.{extension}"),
            text: render_named(format, &named, &shown, templates)?,
        });
        Some(named)
    } else {
        None
    };
    Ok(Batch {
        outputs,
        diagnostics,
        failures,
        entries,
        comparison,
        named,
    })
}

struct Done {
    assessment: Assessment,
    text: Option<String>,
    diagnostics: Vec<Diagnostic>,
}

enum Failed {
    /// The answer set has problems: it is listed, the batch goes on.
    Input(Vec<Diagnostic>),
    /// A template failed: the same would happen for every State, so the batch stops.
    Render(ReportError),
}

fn one(
    bundle: &Bundle,
    templates: &Templates,
    input: &Input,
    format: Format,
) -> Result<Done, Failed> {
    let source = input
        .source
        .as_ref()
        .map_err(|d| Failed::Input(vec![d.clone()]))?;
    let checked = bundle.load_answers(source);
    if checked.has_errors() {
        return Err(Failed::Input(checked.diagnostics));
    }
    let loaded = checked.value.ok_or_else(|| Failed::Input(Vec::new()))?;
    let assessment = assess(bundle, &loaded);
    let text = match format {
        Format::Csv => None,
        _ => Some(render(format, &assessment, templates).map_err(Failed::Render)?),
    };
    Ok(Done {
        assessment,
        text,
        diagnostics: checked.diagnostics,
    })
}

fn failure_line(diagnostic: &Diagnostic) -> FailureLine {
    FailureLine {
        location: format!(
            "{}:{}:{}",
            diagnostic.file, diagnostic.line, diagnostic.column
        ),
        message: diagnostic.message.clone(),
        help: diagnostic.help.clone(),
    }
}
