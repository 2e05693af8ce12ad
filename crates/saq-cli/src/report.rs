//! `saq report`: one gap-analysis report per answer set, through saq-render's pipeline; for
//! several, an index and a comparative view too.

use std::borrow::Cow;
use std::collections::HashSet;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use saq_assess::comparison;
use saq_model::error::ReadError;
use saq_model::load::answer_files;
use saq_model::{Bundle, Diagnostic, SourceFile};
use saq_render::batch::{self, Batch, Input, Sink, Source};
use saq_render::{Format, Templates};

use crate::args::{ReportArgs, ReportFormat, TemplatesArg};
use crate::error::{CliError, Outcome, Purpose};
use crate::load::{self, Questionnaires};
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
    let questionnaires = Questionnaires::new(&args.questionnaire)?;
    // A `--templates` folder that cannot be used stops the run before any file is read.
    templates_for(None, &args.templates)?;
    let format = match args.format {
        ReportFormat::Md => Format::Markdown,
        ReportFormat::Html => Format::Html,
        ReportFormat::Json => Format::Json,
        ReportFormat::Csv => Format::Csv,
    };
    let mut outcome = Outcome::Ok;
    // Each file is read to find its questionnaire. In a batch its text is then let go, and read
    // again when its report is made, so memory never holds every answer set at once. An
    // unreadable file is an I/O error, a bad one is listed.
    let keep_text = args.output.is_none();
    let mut grouping = Grouping::default();
    for file in &files {
        match load::read(file) {
            Ok(source) => grouping.add(&questionnaires, file, source, keep_text),
            Err(err) => {
                if args.output.is_none() {
                    return Err(err);
                }
                output::error(&err);
                outcome = outcome.max(err.outcome());
            }
        }
    }
    let Grouping {
        mut groups,
        mut unfound,
    } = grouping;
    let options = batch::Options {
        comparison: comparison::Options {
            include_drafts: args.include_drafts,
        },
        named: args.named,
        country_reports_only: args.output.is_none(),
    };
    let Some(dir) = &args.output else {
        // One answer set, its report on standard output.
        let report = match groups.into_iter().next() {
            Some(group) => {
                let inputs = Input::named(group.inputs);
                let batch = run_group(
                    &group.bundle,
                    &inputs,
                    &args.templates,
                    args.lang.as_deref(),
                    format,
                    options,
                    Sink::Keep,
                )?;
                output::diagnostics(&batch.diagnostics);
                batch.outputs.into_iter().next()
            }
            None => {
                for (_, diagnostic) in &unfound {
                    output::diagnostic(diagnostic);
                }
                None
            }
        };
        return match report {
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
    let several = groups.len() > 1;
    let total = groups.iter().map(|g| g.inputs.len()).sum::<usize>() + unfound.len();
    // One questionnaire (the usual case): the answer sets whose questionnaire was not found are
    // listed in its index like any other set that got no report. Several: each questionnaire's
    // sets go to a folder of its own, with their own views, and those not found belong to none.
    if let [group] = groups.as_mut_slice() {
        let mut inputs: Vec<_> = std::mem::take(&mut group.inputs)
            .into_iter()
            .chain(
                unfound
                    .drain(..)
                    .map(|(path, d)| (path, Source::Unusable(d))),
            )
            .collect();
        inputs.sort_by_key(|(path, _)| files.iter().position(|f| f == path));
        group.inputs = inputs;
    }
    for (_, diagnostic) in &unfound {
        output::diagnostic(diagnostic);
    }
    // Every report's folder and name is known before any is made: nothing is written if any
    // output would replace an input.
    let input_files = saq_collect::Inputs::of(files.iter().map(PathBuf::as_path));
    let mut planned = Vec::with_capacity(groups.len());
    let mut names = HashSet::new();
    for group in groups {
        let folder = if several {
            dir.join(folder_name(&group.bundle, &mut names))
        } else {
            dir.clone()
        };
        let inputs = Input::named(group.inputs);
        for name in options.output_names(&inputs, format) {
            let path = folder.join(name);
            if input_files.contains(&path) {
                return Err(CliError::OutputIsInput { output: path });
            }
        }
        planned.push((folder, group.bundle, inputs));
    }
    let mut done = Vec::with_capacity(planned.len());
    for (folder, bundle, inputs) in &planned {
        // Each report is written as soon as it is made, and let go.
        let writer = Writer::new(folder);
        let write = |report: batch::Output| writer.write(&report);
        let batch = run_group(
            bundle,
            inputs,
            &args.templates,
            args.lang.as_deref(),
            format,
            options,
            Sink::Write(&write),
        )?;
        output::diagnostics(&batch.diagnostics);
        outcome = outcome.max(writer.finish()?);
        done.push((folder, batch));
    }
    if done.iter().all(|(_, batch)| batch.reported == 0) {
        return Err(CliError::NoReport(total));
    }
    let mut failed = unfound.len();
    let mut summaries = Vec::new();
    for (folder, batch) in &done {
        failed += batch.failures.len();
        if batch.reported == 0 {
            continue;
        }
        summaries.push(wrote(batch, folder, format, args.named));
    }
    if failed > 0 {
        tell!("error: {failed} of {total} answer sets have problems and got no report (see above)");
        outcome = outcome.max(Outcome::InputProblems);
    }
    if several {
        say!(
            "the answer sets answer {} questionnaires, which no view mixes: each has its own folder of reports and views",
            done.len()
        );
    }
    for summary in summaries {
        say!("{summary}");
    }
    Ok(outcome)
}

/// The answer sets of one questionnaire (restricted to the review cluster they answer, if
/// they answer one), in the order given.
struct Group<'q, 'p> {
    bundle: Cow<'q, Bundle>,
    folder: String,
    cluster: Option<String>,
    inputs: Vec<(&'p Path, Source)>,
}

/// The answer sets grouped by the questionnaire each is checked against (groups in the order
/// their first set was given), and those with no questionnaire to be checked against, each
/// with the diagnostic that says why (its file cannot be parsed, its questionnaire is not in
/// the library or has problems).
#[derive(Default)]
struct Grouping<'q, 'p> {
    groups: Vec<Group<'q, 'p>>,
    unfound: Vec<(&'p Path, Diagnostic)>,
}

impl<'q, 'p> Grouping<'q, 'p> {
    /// Adds the answer set at `path`, read as `source`: its text kept when `keep_text`, else
    /// only where to read it again.
    fn add(
        &mut self,
        questionnaires: &'q Questionnaires,
        path: &'p Path,
        source: Result<SourceFile, Diagnostic>,
        keep_text: bool,
    ) {
        let source = match source {
            Ok(source) => source,
            Err(diagnostic) => {
                self.unfound.push((path, diagnostic));
                return;
            }
        };
        match questionnaires.find(&source) {
            Ok(found) => {
                // Sets of one cluster are compared with each other only: the comparative view
                // of a cluster counts its provisions, and no other.
                let cluster = found.cluster.clone();
                let groups = &mut self.groups;
                let at = match groups
                    .iter()
                    .position(|g| g.folder == found.folder && g.cluster == cluster)
                {
                    Some(at) => at,
                    None => {
                        // An unknown cluster is reported by each set's own check.
                        let bundle = match cluster.as_deref().and_then(|c| found.bundle.scoped(c)) {
                            Some(scoped) => Cow::Owned(scoped),
                            None => Cow::Borrowed(found.bundle),
                        };
                        groups.push(Group {
                            bundle,
                            folder: found.folder,
                            cluster,
                            inputs: Vec::new(),
                        });
                        groups.len() - 1
                    }
                };
                let source = if keep_text {
                    Source::Text(source)
                } else {
                    Source::File(path.to_path_buf())
                };
                groups[at].inputs.push((path, source));
            }
            Err(unfound_because) => self.unfound.push((path, unfound_because.diagnostic())),
        }
    }
}

/// Writes a batch's outputs into one folder as they are made, from any thread: the folder is
/// made at the first, each file saved atomically. A file that cannot be saved is reported and
/// the others are still written; a folder that cannot be made stops the writing.
struct Writer<'a> {
    folder: &'a Path,
    made: std::sync::OnceLock<Result<(), String>>,
    outcome: std::sync::Mutex<Outcome>,
    no_folder: std::sync::Mutex<Option<std::io::Error>>,
}

impl<'a> Writer<'a> {
    fn new(folder: &'a Path) -> Self {
        Writer {
            folder,
            made: std::sync::OnceLock::new(),
            outcome: std::sync::Mutex::new(Outcome::Ok),
            no_folder: std::sync::Mutex::new(None),
        }
    }

    fn write(&self, report: &batch::Output) {
        let made = self.made.get_or_init(|| {
            std::fs::create_dir_all(self.folder).map_err(|err| {
                let why = err.to_string();
                *self.no_folder.lock().unwrap_or_else(|e| e.into_inner()) = Some(err);
                why
            })
        });
        if made.is_err() {
            return;
        }
        let path = self.folder.join(&report.name);
        // Atomically, and never through a link planted at the name.
        if let Err(err) = saq_collect::save_output(&path, report.text.as_bytes()) {
            let err = CliError::Save(err);
            output::error(&err);
            let mut outcome = self.outcome.lock().unwrap_or_else(|e| e.into_inner());
            *outcome = outcome.max(err.outcome());
        }
    }

    /// How the writing went: the folder that could not be made, or the worst outcome of the
    /// files saved.
    fn finish(self) -> Result<Outcome, CliError> {
        if let Some(source) = self
            .no_folder
            .into_inner()
            .unwrap_or_else(|e| e.into_inner())
        {
            return Err(CliError::CreateDir {
                path: self.folder.to_path_buf(),
                source,
            });
        }
        Ok(self.outcome.into_inner().unwrap_or_else(|e| e.into_inner()))
    }
}

/// The folder of one questionnaire's reports in a batch that spans several: `ID-VERSION`, as a
/// file name every system keeps (other characters than letters, digits, `.`, `_` and `-`
/// become `_`), unique in the batch.
fn folder_name(bundle: &Bundle, taken: &mut HashSet<String>) -> String {
    let cluster = bundle
        .scope
        .as_ref()
        .map_or(String::new(), |s| format!("-cluster-{}", s.cluster));
    let name: String = format!(
        "{}-{}{cluster}",
        bundle.questionnaire.id.value, bundle.questionnaire.version.value
    )
    .chars()
    .map(|c| {
        if c.is_ascii_alphanumeric() || "._-".contains(c) {
            c
        } else {
            '_'
        }
    })
    .collect();
    let name = name.trim_start_matches('.').to_owned();
    let mut unique = name.clone();
    let mut n = 2;
    while !taken.insert(unique.to_lowercase()) {
        unique = format!("{name}-{n}");
        n += 1;
    }
    unique
}

/// The templates for the reports of a questionnaire's answer sets, and the folder they come
/// from: `--templates DIR` when given, else the questionnaire folder's own `templates/` over the
/// built-in ones (for that questionnaire only), else the built-in ones. With no questionnaire
/// (`None`), `--templates DIR` or the built-in ones.
pub(crate) fn templates_for(
    bundle: Option<&Bundle>,
    arg: &TemplatesArg,
) -> Result<(Templates, Option<PathBuf>), CliError> {
    let own = bundle
        .and_then(|b| b.dir.as_ref())
        .map(|d| d.join("templates"))
        .filter(|d| arg.templates.is_none() && d.is_dir());
    let dir = own.clone().or_else(|| arg.templates.clone());
    let templates = match (&own, &arg.templates) {
        (Some(own), _) => Templates::over_builtin(own),
        (None, Some(given)) => Templates::from_dir(given),
        (None, None) => Templates::builtin(),
    }
    .map_err(|err| CliError::Report {
        err,
        dir: dir.clone(),
    })?;
    Ok((templates, dir))
}

/// Runs the pipeline on the answer sets of one questionnaire, with the templates for it; a
/// rendering problem names the templates folder it concerns.
#[allow(clippy::too_many_arguments)]
fn run_group(
    bundle: &Bundle,
    inputs: &[Input],
    arg: &TemplatesArg,
    lang: Option<&str>,
    format: Format,
    options: batch::Options,
    sink: Sink<'_>,
) -> Result<Batch, CliError> {
    let translated = match lang {
        None => None,
        Some(lang) => Some(translated(bundle, lang)?),
    };
    let bundle = translated.as_ref().unwrap_or(bundle);
    let (templates, dir) = templates_for(Some(bundle), arg)?;
    run_batch(bundle, &templates, inputs, format, options, sink)
        .map_err(|err| CliError::Report { err, dir })
}

/// The questionnaire as a focal point is asked it: in `asked` (`--lang`), else in the language
/// the answers are written in (`language:`) when the questionnaire has a translation into it,
/// else as it is.
pub(crate) fn bundle_for_answers<'b>(
    bundle: &'b Bundle,
    asked: Option<&str>,
    written_in: Option<&str>,
) -> Result<std::borrow::Cow<'b, Bundle>, CliError> {
    match (asked, written_in) {
        (Some(lang), _) => Ok(std::borrow::Cow::Owned(translated(bundle, lang)?)),
        (None, Some(lang)) if bundle.translation(lang).is_some() => {
            Ok(std::borrow::Cow::Owned(translated(bundle, lang)?))
        }
        _ => Ok(std::borrow::Cow::Borrowed(bundle)),
    }
}

/// `bundle` in `lang`, saying how far its translation goes; an error when it has none.
pub(crate) fn translated(bundle: &Bundle, lang: &str) -> Result<Bundle, CliError> {
    let Some(translation) = bundle.translation(lang) else {
        let available: Vec<String> = bundle
            .translations
            .iter()
            .filter_map(|f| f.parsed().as_ref().ok())
            .map(|t| t.language.value.clone())
            .collect();
        return Err(CliError::NoTranslation {
            lang: lang.to_owned(),
            questionnaire: bundle.questionnaire.id.value.clone(),
            available,
        });
    };
    let coverage = translation.coverage(bundle);
    let untranslated = coverage.missing.len() + coverage.stale.len();
    if untranslated > 0 {
        output::tell!(
            "note: {untranslated} of {} texts of the questionnaire are not translated into `{lang}` yet; they are shown in English (`saq validate --lang {lang}` lists them)",
            coverage.total
        );
    }
    Ok(bundle.translated(lang))
}

/// Runs the pipeline, with a progress bar on standard error when it is a terminal and the batch
/// is long (hidden otherwise, so logs and pipes stay clean).
fn run_batch(
    bundle: &Bundle,
    templates: &Templates,
    inputs: &[Input],
    format: Format,
    options: batch::Options,
    sink: Sink<'_>,
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
    let result = batch::run(bundle, templates, inputs, format, options, sink, &|| {
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
