//! The report pipeline: every answer set loaded, checked, assessed and rendered as its
//! country report, in parallel on every core, one bad file never stopping the others; then,
//! for a batch, the comparative view (no State named), the index, and on request the named view
//! (restricted). One answer set reported on its own goes through the same steps
//! ([`Options::country_reports_only`]).
//!
//! A batch streams: an answer set given as a file ([`Source::File`]) is read when its turn
//! comes, its report handed to the [`Sink`] as soon as it is made, and of the whole only what
//! the views across States read is kept ([`Viewed`]). Memory then holds the
//! answer sets being worked on, not all of them.

use std::borrow::Cow;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;
use saq_assess::assessment::{Names, Viewed, assess};
use saq_assess::comparison::{self, Comparison, Entry, NamedComparison, alphabetical_key, compare};
use saq_model::{Bundle, Diagnostic, SourceFile};
use serde::Serialize;

use crate::error::ReportError;
use crate::format::{
    Format, render, render_comparison, render_index, render_named, render_named_pages,
};
use crate::named_pages;
use crate::templates::Templates;

/// One answer set of a batch.
#[derive(Debug)]
pub struct Input {
    /// The file as the user named it.
    pub file: String,
    /// The name of its report, without extension (unique within the batch).
    pub report: String,
    /// Its text, where to read it, or why it cannot be used.
    pub source: Source,
}

/// Where an answer set's text comes from.
#[derive(Debug)]
pub enum Source {
    /// Already read.
    Text(SourceFile),
    /// To be read when its turn comes, and dropped once its report is made.
    File(PathBuf),
    /// It cannot be used (empty, not UTF-8, too large, its questionnaire not found).
    Unusable(Diagnostic),
}

impl From<Result<SourceFile, Diagnostic>> for Source {
    fn from(read: Result<SourceFile, Diagnostic>) -> Self {
        match read {
            Ok(source) => Source::Text(source),
            Err(diagnostic) => Source::Unusable(diagnostic),
        }
    }
}

impl Source {
    /// The text, read now for a file.
    fn text(&self) -> Result<Cow<'_, SourceFile>, Diagnostic> {
        match self {
            Source::Text(source) => Ok(Cow::Borrowed(source)),
            Source::Unusable(diagnostic) => Err(diagnostic.clone()),
            Source::File(path) => match SourceFile::read(path) {
                Ok(source) => Ok(Cow::Owned(source)),
                Err(saq_model::error::ReadError::Invalid(diagnostic)) => Err(*diagnostic),
                // Read once already (to find its questionnaire): it went away or changed since.
                Err(err) => Err(Diagnostic::file_error(
                    &path.display().to_string(),
                    "unreadable",
                    err.to_string(),
                )
                .at_start()
                .with_help("check that the file is still there and can be read, then run again")),
            },
        }
    }
}

/// Where a batch's outputs go.
#[derive(Clone, Copy)]
pub enum Sink<'a> {
    /// Kept in [`Batch::outputs`], in order: the country reports in input order, then the views.
    Keep,
    /// Handed to this as soon as each is made (country reports from any thread, in any order;
    /// then the views), and not kept.
    Write(&'a (dyn Fn(Output) + Sync)),
}

impl std::fmt::Debug for Sink<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Sink::Keep => "Keep",
            Sink::Write(_) => "Write",
        })
    }
}

impl Input {
    /// The inputs of `files` (each a path, and its text, where to read it or why it cannot be
    /// used), in order, each with a report name of its own: the file's stem, made unique within
    /// the batch, never one of the batch's own names ([`INDEX`], [`COMPARATIVE`]…).
    pub fn named<S: Into<Source>>(files: Vec<(&Path, S)>) -> Vec<Input> {
        let mut taken = HashSet::new();
        files
            .into_iter()
            .map(|(path, source)| Input {
                file: path.display().to_string(),
                report: unique_name(path, &mut taken),
                source: source.into(),
            })
            .collect()
    }
}

/// The report names of `files` as [`Input::named`] makes them (each file's stem, made unique),
/// none of them one of `reserved`: the names of the files a batch of another kind adds (the
/// review overview).
pub fn report_names(files: &[&Path], reserved: &[&str]) -> Vec<String> {
    let mut taken: HashSet<String> = reserved.iter().map(|r| r.to_lowercase()).collect();
    files.iter().map(|f| unique_name(f, &mut taken)).collect()
}

/// `file`'s stem, or with `-state` when it is one of the batch's own names, or with `-2`, `-3`…
/// when it is taken. Names differing only in case are the same name: on Windows and macOS they
/// are one file.
fn unique_name(file: &Path, taken: &mut HashSet<String>) -> String {
    let stem = file
        .file_stem()
        .map(|s| portable(&s.to_string_lossy()))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "report".to_owned());
    let reserved = [INDEX, COMPARATIVE, NAMED, CSV, NAMED_CSV];
    // Names Windows keeps for devices, whatever the extension.
    let device = ["con", "prn", "aux", "nul"].contains(&stem.to_lowercase().as_str())
        || ["com", "lpt"].iter().any(|p| {
            stem.len() == 4
                && stem.to_lowercase().starts_with(p)
                && stem.as_bytes()[3].is_ascii_digit()
        });
    let base = if device
        || reserved.contains(&stem.to_lowercase().as_str())
        || named_pages::is_page_name(&stem)
    {
        format!("{stem}-state")
    } else {
        stem
    };
    let mut name = base.clone();
    let mut n = 2;
    while !taken.insert(name.to_lowercase()) {
        name = format!("{base}-{n}");
        n += 1;
    }
    name
}

/// `stem` as a file name every system keeps as it is, and a link can name: control and bidi
/// characters (a newline in a file name would break the index's link) and the
/// characters Windows refuses in names (`<>:"/\|?*`) become `_`; trailing dots and spaces,
/// which Windows drops, go.
fn portable(stem: &str) -> String {
    let name: String = stem
        .chars()
        .map(|c| {
            if saq_model::printable::is_unsafe(c) || "<>:\"/\\|?*".contains(c) {
                '_'
            } else {
                c
            }
        })
        .collect();
    name.trim_end_matches(['.', ' ']).to_owned()
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
    /// With [`Sink::Keep`], the files to write: the country reports in input order, then the
    /// views. Empty when no answer set got a report (there is nothing to compare then, and
    /// nothing to index), and with [`Sink::Write`], which took them.
    pub outputs: Vec<Output>,
    /// How many answer sets got a report.
    pub reported: usize,
    /// Every diagnostic, file by file in input order (warnings of good files included).
    pub diagnostics: Vec<Diagnostic>,
    /// The answer sets that got no report.
    pub failures: Vec<Failure>,
    /// Every answer set that got a report, alphabetical, with whether the comparative view
    /// counts it and the named view names it.
    pub entries: Vec<Entry>,
    /// The comparative view of the answer sets counted (no State named); `None` for country
    /// reports only, or when no answer set got a report.
    pub comparison: Option<Comparison>,
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
    /// Make the country reports only, no view across States (one answer set reported on its
    /// own). A CSV country report is then one State's rows.
    pub country_reports_only: bool,
}

impl Options {
    /// The names of the files a batch of `inputs` in `format` may make, whichever answer sets
    /// get a report: to check before anything is written that none would replace an input.
    pub fn output_names(&self, inputs: &[Input], format: Format) -> Vec<String> {
        let extension = format.extension();
        // A batch's CSV is the views' rows only; a CSV country report is one State's rows.
        let reports = format != Format::Csv || self.country_reports_only;
        let mut names: Vec<String> = inputs
            .iter()
            .filter(|_| reports)
            .map(|input| format!("{}.{extension}", input.report))
            .collect();
        if !self.country_reports_only {
            let views: &[&str] = match (format, self.named) {
                (Format::Csv, false) => &[CSV],
                (Format::Csv, true) => &[CSV, NAMED_CSV],
                (Format::Json, false) => &[COMPARATIVE],
                (Format::Json, true) => &[COMPARATIVE, NAMED],
                (_, false) => &[COMPARATIVE, INDEX],
                (_, true) => &[COMPARATIVE, INDEX, NAMED],
            };
            names.extend(views.iter().map(|v| format!("{v}.{extension}")));
            // The named view's other pages, as many as all the inputs named would make.
            if self.named && matches!(format, Format::Markdown | Format::Html) {
                names.extend(
                    (2..=named_pages::page_count(inputs.len()))
                        .map(|n| format!("{}.{extension}", named_pages::page_name(n))),
                );
            }
        }
        names
    }
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
/// parallel; then, unless `options.country_reports_only` or no input got a report, come the
/// comparative view and the index (Markdown, HTML), `comparative.json` (JSON) or the counts per
/// provision (CSV), and the named view when `options.named`. `on_done` is called once per input
/// as it finishes, from any thread; every output goes to `sink`.
pub fn run(
    bundle: &Bundle,
    templates: &Templates,
    inputs: &[Input],
    format: Format,
    options: Options,
    sink: Sink<'_>,
    on_done: &(dyn Fn() + Sync),
) -> Result<Batch, ReportError> {
    let names = Names::default();
    let work = |input: &Input| {
        let result = one(bundle, templates, &names, input, format, options).map(|mut done| {
            if let Sink::Write(write) = sink
                && let Some(text) = done.text.take()
            {
                write(Output {
                    name: format!("{}.{}", input.report, format.extension()),
                    text,
                });
            }
            done
        });
        on_done();
        result
    };
    // One answer set on this thread: starting a pool of threads would cost it more time than
    // the pool could save.
    let results: Vec<Result<Done, Failed>> = if inputs.len() == 1 {
        inputs.iter().map(work).collect()
    } else {
        inputs.par_iter().map(work).collect()
    };

    let mut outputs = Vec::new();
    let mut diagnostics = Vec::new();
    let mut failures = Vec::new();
    let mut assessments = Vec::new();
    let mut reported = 0;
    for (input, result) in inputs.iter().zip(results) {
        match result {
            Ok(done) => {
                reported += 1;
                diagnostics.extend(done.diagnostics);
                if let Some(text) = done.text {
                    outputs.push(Output {
                        name: format!("{}.{}", input.report, format.extension()),
                        text,
                    });
                }
                if let Some(assessment) = done.assessment {
                    assessments.push((input.report.clone(), assessment));
                }
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

    if options.country_reports_only || assessments.is_empty() {
        return Ok(Batch {
            outputs,
            reported,
            diagnostics,
            failures,
            entries: Vec::new(),
            comparison: None,
            named: None,
        });
    }
    // The views, each handed on as soon as it is made.
    let views = Mutex::new(Vec::new());
    let emit = |output: Output| match sink {
        Sink::Keep => views.lock().unwrap_or_else(|e| e.into_inner()).push(output),
        Sink::Write(write) => write(output),
    };
    let counting = options.comparison;
    let comparison = compare(bundle, &assessments, counting);
    let entries = comparison::entries(&assessments, counting);
    let extension = format.extension();
    let own_name = match format {
        Format::Csv => CSV,
        _ => COMPARATIVE,
    };
    emit(Output {
        name: format!("{own_name}.{extension}"),
        text: render_comparison(format, &comparison, templates)?,
    });
    if matches!(format, Format::Markdown | Format::Html) {
        emit(Output {
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
        let mut shown: Vec<(String, &Viewed)> = assessments
            .iter()
            .filter(|(_, a)| counting.counts(a) && a.disclosure.may_be_named())
            .map(|(report, a)| (report.clone(), a))
            .collect();
        shown.sort_by_cached_key(|(report, a)| alphabetical_key(report, a));
        match format {
            // Read by people: in pages past a few hundred States.
            Format::Markdown | Format::Html => {
                for (name, text) in render_named_pages(format, &named, templates)? {
                    emit(Output {
                        name: format!("{name}.{extension}"),
                        text,
                    });
                }
            }
            Format::Json | Format::Csv => {
                let name = match format {
                    Format::Csv => NAMED_CSV,
                    _ => NAMED,
                };
                emit(Output {
                    name: format!("{name}.{extension}"),
                    text: render_named(format, &named, &shown, templates)?,
                });
            }
        }
        Some(named)
    } else {
        None
    };
    outputs.extend(views.into_inner().unwrap_or_else(|e| e.into_inner()));
    Ok(Batch {
        outputs,
        reported,
        diagnostics,
        failures,
        entries,
        comparison: Some(comparison),
        named,
    })
}

struct Done {
    /// What the views read of the assessment; `None` when no view is made.
    assessment: Option<Viewed>,
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
    names: &Names,
    input: &Input,
    format: Format,
    options: Options,
) -> Result<Done, Failed> {
    let source = input.source.text().map_err(|d| Failed::Input(vec![d]))?;
    let checked = bundle.load_answers(&source);
    drop(source);
    if checked.has_errors() {
        return Err(Failed::Input(checked.diagnostics));
    }
    let loaded = checked.value.ok_or_else(|| Failed::Input(Vec::new()))?;
    let assessment = assess(bundle, &loaded);
    // A batch's CSV is the views' rows; a country report on its own has rows of its own.
    let text = match format {
        Format::Csv if !options.country_reports_only => None,
        _ => Some(render(format, &assessment, templates).map_err(Failed::Render)?),
    };
    Ok(Done {
        assessment: (!options.country_reports_only).then(|| assessment.for_views(names)),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_names_are_unique_whatever_their_case() {
        let mut taken = HashSet::new();
        let names: Vec<String> = [
            "a/Coralia.yaml",
            "b/coralia.yaml",
            "c/CORALIA.yaml",
            "Index.yaml",
        ]
        .iter()
        .map(|f| unique_name(Path::new(f), &mut taken))
        .collect();
        assert_eq!(names, ["Coralia", "coralia-2", "CORALIA-3", "Index-state"]);
    }

    #[test]
    fn report_names_are_portable_file_names() {
        let mut taken = HashSet::new();
        let names: Vec<String> = [
            "a\nb.yaml",
            "x\u{202e}y:z?.yaml",
            "trailing. .yaml",
            "...yaml",
            "CON.yaml",
            "com1.yaml",
            "console.yaml",
            "comparative-named-2.yaml",
        ]
        .iter()
        .map(|f| unique_name(Path::new(f), &mut taken))
        .collect();
        assert_eq!(
            names,
            [
                "a_b",
                "x_y_z_",
                "trailing",
                "report",
                "CON-state",
                "com1-state",
                "console",
                "comparative-named-2-state"
            ]
        );
    }
}
