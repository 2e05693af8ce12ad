//! `saq report`: one gap-analysis report per answer set; for several, an index and a comparative
//! view too.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use saq_assess::assessment::assess;
use saq_assess::comparison;
use saq_model::error::ReadError;
use saq_model::{Bundle, SourceFile};
use saq_render::batch::{self, Input};
use saq_render::{Format, Templates};

use crate::args::{ReportArgs, ReportFormat};
use crate::exit::Outcome;
use crate::load;
use crate::templates;

pub(crate) fn run(args: &ReportArgs) -> Outcome {
    let mut outcome = Outcome::Ok;
    let files = match expand(&args.paths) {
        Ok(files) => files,
        Err(message) => {
            eprintln!("error: {message}");
            return Outcome::UsageOrIo;
        }
    };
    if files.is_empty() {
        eprintln!(
            "error: no answer sets (.yaml files) in {}",
            show_paths(&args.paths)
        );
        return Outcome::UsageOrIo;
    }
    if args.output.is_none() && files.len() > 1 {
        eprintln!(
            "error: {} answer sets give {} reports; name a folder for them with --output DIR",
            files.len(),
            files.len()
        );
        return Outcome::UsageOrIo;
    }
    let bundle = match load::questionnaire(args.questionnaire.as_deref()) {
        Ok(bundle) => bundle,
        Err(outcome) => return outcome,
    };
    let templates = match templates::load(args.templates.as_deref()) {
        Ok(templates) => templates,
        Err(outcome) => return outcome,
    };
    let format = match args.format {
        ReportFormat::Md => Format::Markdown,
        ReportFormat::Html => Format::Html,
        ReportFormat::Json => Format::Json,
        ReportFormat::Csv => Format::Csv,
    };
    let Some(dir) = &args.output else {
        return single_to_stdout(
            &bundle,
            &templates,
            &files[0],
            format,
            args.templates.as_deref(),
        );
    };
    if let Err(err) = std::fs::create_dir_all(dir) {
        eprintln!("error: cannot create {}: {err}", dir.display());
        return Outcome::UsageOrIo;
    }

    // Read every file first: an unreadable file is an I/O error, a bad one is listed.
    let mut inputs = Vec::with_capacity(files.len());
    let mut names = ReportNames::default();
    for file in &files {
        let source = match SourceFile::read(file) {
            Ok(source) => Ok(source),
            Err(ReadError::Invalid(diagnostic)) => Err(*diagnostic),
            Err(err @ ReadError::Io { .. }) => {
                eprintln!("error: {err}");
                outcome = outcome.max(Outcome::UsageOrIo);
                continue;
            }
        };
        inputs.push(Input {
            file: file.display().to_string(),
            report: names.unique(file),
            source,
        });
    }

    let options = batch::Options {
        comparison: comparison::Options {
            include_drafts: args.include_drafts,
        },
        named: args.named,
    };
    let progress = progress_bar(inputs.len());
    let result = batch::run(&bundle, &templates, &inputs, format, options, &|| {
        progress.inc(1)
    });
    progress.finish_and_clear();
    let batch = match result {
        Ok(batch) => batch,
        Err(err) => return templates::failure(&err, args.templates.as_deref()),
    };
    for diagnostic in &batch.diagnostics {
        eprintln!("{diagnostic}");
    }
    for output in &batch.outputs {
        let path = dir.join(&output.name);
        if let Err(err) = std::fs::write(&path, &output.text) {
            eprintln!("error: cannot write {}: {err}", path.display());
            outcome = outcome.max(Outcome::UsageOrIo);
        }
    }
    let reported = batch.entries.len();
    if !batch.failures.is_empty() {
        eprintln!(
            "error: {} of {} answer sets have problems and got no report (see above)",
            batch.failures.len(),
            inputs.len()
        );
        outcome = outcome.max(Outcome::InputProblems);
    }
    let counted = counted(&batch);
    match format {
        Format::Csv => {
            let mut written = vec![
                dir.join(format!("{}.csv", batch::CSV))
                    .display()
                    .to_string(),
            ];
            if args.named {
                written.push(
                    dir.join(format!("{}.csv", batch::NAMED_CSV))
                        .display()
                        .to_string(),
                );
            }
            println!("wrote {}: {counted}", written.join(" and "));
        }
        _ => {
            let views = if args.named {
                "the index, the comparative view and the named view (restricted)"
            } else {
                "the index and the comparative view"
            };
            let reports = if reported == 1 { "report" } else { "reports" };
            println!(
                "wrote {reported} {reports}, {views} to {}: {counted}",
                dir.display()
            );
        }
    }
    outcome
}

/// What the comparative views count, in a few words: `3 answer sets counted, 1 draft left out,
/// 2 not named`.
fn counted(batch: &batch::Batch) -> String {
    let basis = &batch.comparison.basis;
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let mut parts = vec![format!(
        "{} counted",
        plural(basis.counted, "answer set", "answer sets")
    )];
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
    if let Some(named) = &batch.named {
        parts.push(format!("{} named", named.states.len()));
        if named.not_named > 0 {
            parts.push(format!("{} not named (restricted)", named.not_named));
        }
    }
    parts.join(", ")
}

/// One answer set, its report on standard output.
fn single_to_stdout(
    bundle: &Bundle,
    templates: &Templates,
    file: &Path,
    format: Format,
    template_dir: Option<&Path>,
) -> Outcome {
    let source = match load::read_source(file) {
        Ok(source) => source,
        Err(outcome) => return outcome,
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
            return Outcome::InputProblems;
        }
    };
    let text = match saq_render::render(format, &assess(bundle, &loaded), templates) {
        Ok(text) => text,
        Err(err) => return templates::failure(&err, template_dir),
    };
    match std::io::stdout().write_all(text.as_bytes()) {
        Ok(()) => Outcome::Ok,
        // `saq report x.yaml | head` is not an error.
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => Outcome::Ok,
        Err(err) => {
            eprintln!("error: cannot write the report: {err}");
            Outcome::UsageOrIo
        }
    }
}

/// Files as given, folders replaced by the `.yaml` / `.yml` files they hold (sorted).
fn expand(paths: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let entries = std::fs::read_dir(path)
                .map_err(|err| format!("cannot read {}: {err}", path.display()))?;
            let mut found: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
                .collect();
            found.sort();
            files.extend(found);
        } else {
            files.push(path.clone());
        }
    }
    Ok(files)
}

fn show_paths(paths: &[PathBuf]) -> String {
    paths
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Report file names: the answer file's stem, made unique, never one of the batch's own names.
#[derive(Default)]
struct ReportNames {
    taken: std::collections::HashSet<String>,
}

impl ReportNames {
    fn unique(&mut self, file: &Path) -> String {
        let stem = file
            .file_stem()
            .map_or_else(|| "report".to_owned(), |s| s.to_string_lossy().into_owned());
        let reserved = [
            batch::INDEX,
            batch::COMPARATIVE,
            batch::NAMED,
            batch::CSV,
            batch::NAMED_CSV,
        ];
        let base = if reserved.contains(&stem.as_str()) {
            format!("{stem}-state")
        } else {
            stem
        };
        let mut name = base.clone();
        let mut n = 2;
        while !self.taken.insert(name.clone()) {
            name = format!("{base}-{n}");
            n += 1;
        }
        name
    }
}

/// A progress bar on standard error when it is a terminal and the batch is long; otherwise
/// a hidden one, so logs and pipes stay clean.
fn progress_bar(len: usize) -> indicatif::ProgressBar {
    if len < 20 || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len as u64);
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} answer sets ({eta} left)")
    {
        bar.set_style(style);
    }
    bar
}
