//! `saq review report`: the written feedback, the list of observations and the summary of
//! review files, and an overview across them.
//!
//! One review file: its report on standard output. Several (or `--output DIR`): one report per
//! review, named after its file, and the secretariat's overview (`overview.*`); a review with
//! problems is listed with them, in the overview too, and the others are still reported.
//!
//! With `--lang LANG`, each review is reported with its questionnaire translated into that
//! language (as `saq report --lang` does), so the report's own words are in it too; what the
//! reviewers and the State wrote is shown as written.

use std::path::{Path, PathBuf};

use saq_assess::assessment::assess;
use saq_assess::review_report::{self, FailureLine, ReviewFailure, ReviewReport};
use saq_i18n::Arg;
use saq_model::Diagnostic;
use saq_model::error::ReadError;
use saq_model::load::answer_files;
use saq_render::{Format, batch, render_review, render_review_overview};

use crate::args::{ReviewFormat, ReviewReportArgs};
use crate::error::{CliError, Outcome, Purpose};
use crate::load::Questionnaires;
use crate::output::{self, say, tell};
use crate::report::{templates_for, translated};
use crate::review;
use crate::words::Words;

/// The name of the overview of a batch of reviews, without extension.
const OVERVIEW: &str = "overview";

pub(crate) fn run(args: &ReviewReportArgs) -> Result<Outcome, CliError> {
    let shown = || {
        args.paths
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let files = answer_files(&args.paths).map_err(|err| match err {
        ReadError::Io { path, source } => CliError::Read { path, source },
        ReadError::Invalid(_) => CliError::NoReviewFiles(shown()),
    })?;
    if files.is_empty() {
        return Err(CliError::NoReviewFiles(shown()));
    }
    if args.output.is_none() && files.len() > 1 {
        return Err(CliError::SeveralReviewReports(files.len()));
    }
    let questionnaires = Questionnaires::new(&args.questionnaire)?;
    let words = Words::new(args.lang.as_deref(), None)?;
    // The overview's templates; each review's come from its questionnaire's folder (its
    // `templates/`, if it has one) unless `--templates DIR` is given.
    let (templates, templates_dir) = templates_for(None, &args.templates)?;
    let format = match args.format {
        ReviewFormat::Md => Format::Markdown,
        ReviewFormat::Html => Format::Html,
        ReviewFormat::Json => Format::Json,
    };

    let Some(dir) = &args.output else {
        let file = &files[0];
        return match one(file, &questionnaires, args, format)? {
            Ok(done) => {
                output::document(&done.text, format == Format::Json)?;
                Ok(Outcome::Ok)
            }
            Err(_) => Err(CliError::Unusable {
                file: file.display().to_string(),
                purpose: Purpose::Report,
            }),
        };
    };

    let paths: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    let names = batch::report_names(&paths, &[OVERVIEW]);
    let mut outcome = Outcome::Ok;
    let mut done: Vec<(String, Done)> = Vec::new();
    let mut failures = Vec::new();
    for (file, name) in files.iter().zip(names) {
        match one(file, &questionnaires, args, format) {
            Ok(Ok(report)) => done.push((name, report)),
            Ok(Err(failure)) => failures.push(failure),
            // A template that fails would fail for every review: the run stops.
            Err(err @ CliError::Report { .. }) => return Err(err),
            // A file that cannot be read at all: said, and listed like any other failure.
            Err(err) => {
                output::error(&err);
                outcome = outcome.max(err.outcome());
                failures.push(ReviewFailure {
                    file: file.display().to_string(),
                    diagnostics: vec![FailureLine {
                        location: file.display().to_string(),
                        message: err.to_string(),
                        help: None,
                    }],
                });
            }
        }
    }
    if done.is_empty() {
        return Err(CliError::NoReviewReport(files.len()));
    }
    let failed = failures.len();
    let reports: Vec<(String, &ReviewReport)> = done
        .iter()
        .map(|(name, d)| (name.clone(), &d.report))
        .collect();
    let overview = review_report::overview(&reports, failures);
    let overview_text =
        render_review_overview(format, &overview, &templates).map_err(|err| CliError::Report {
            err,
            dir: templates_dir.clone(),
        })?;

    let extension = format.extension();
    let mut outputs: Vec<(PathBuf, &str)> = done
        .iter()
        .map(|(name, d)| (dir.join(format!("{name}.{extension}")), d.text.as_str()))
        .collect();
    outputs.push((
        dir.join(format!("{OVERVIEW}.{extension}")),
        overview_text.as_str(),
    ));
    // Nothing is written if any output would replace an input: a review file or the answers
    // one reviews.
    let inputs = saq_collect::Inputs::of(
        files
            .iter()
            .map(PathBuf::as_path)
            .chain(done.iter().map(|(_, d)| d.answers.as_path())),
    );
    for (path, _) in &outputs {
        if inputs.contains(path) {
            return Err(CliError::OutputIsInput {
                output: path.clone(),
            });
        }
    }
    std::fs::create_dir_all(dir).map_err(|source| CliError::CreateDir {
        path: dir.clone(),
        source,
    })?;
    for (path, text) in &outputs {
        // Atomically, and never through a link planted at the name.
        if let Err(err) = saq_collect::save_output(path, text.as_bytes()) {
            let err = CliError::Save(err);
            output::error(&err);
            outcome = outcome.max(err.outcome());
        }
    }
    if failed > 0 {
        tell!(
            "error: {failed} of {} review files have problems and got no report (see above, and the overview)",
            files.len()
        );
        outcome = outcome.max(Outcome::InputProblems);
    }
    let folder = dir.display().to_string();
    say!(
        "{}",
        words.say(
            "cli-review-report-wrote",
            &[("count", done.len().into()), ("folder", Arg::from(&folder))],
        )
    );
    Ok(outcome)
}

/// One review reported.
struct Done {
    report: ReviewReport,
    text: String,
    /// The answers it reviews, which no output may replace.
    answers: PathBuf,
}

/// Loads, checks and renders the review at `file`, printing its diagnostics. `Ok(Err(_))` is
/// a review with problems (no report); `Err` a file that cannot be read, or a template that
/// fails (which would fail for every review).
fn one(
    file: &Path,
    questionnaires: &Questionnaires,
    args: &ReviewReportArgs,
    format: Format,
) -> Result<Result<Done, ReviewFailure>, CliError> {
    let loaded = review::load(file, questionnaires)?;
    output::diagnostics(&loaded.diagnostics);
    let (Some(review), Some(bundle), false) = (
        &loaded.review,
        loaded.bundle.as_deref(),
        loaded.has_errors(),
    ) else {
        return Ok(Err(ReviewFailure {
            file: file.display().to_string(),
            diagnostics: loaded
                .diagnostics
                .iter()
                .filter(|d| d.is_error())
                .map(failure_line)
                .collect(),
        }));
    };
    // Checked against the questionnaire as it is; reported in the language asked for (from its
    // translation, unless the questionnaire is written in it).
    let translated = match &args.lang {
        Some(lang) if !bundle.questionnaire.languages.contains(lang) => {
            Some(translated(bundle, lang)?)
        }
        _ => None,
    };
    let bundle = translated.as_ref().unwrap_or(bundle);
    let assessment = loaded.answers.as_ref().map(|a| assess(bundle, a));
    let report = review_report::report(
        &file.display().to_string(),
        bundle,
        review,
        assessment.as_ref(),
    );
    let (templates, dir) = templates_for(Some(bundle), &args.templates)?;
    let text =
        render_review(format, &report, &templates).map_err(|err| CliError::Report { err, dir })?;
    Ok(Ok(Done {
        report,
        text,
        answers: review::answers_path(file, &review.answers.file.value),
    }))
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

/// `saq review diff OLD NEW`: what changed between two versions of one review. Both are checked
/// as `saq review status` checks them, against the answers as they are now; a version with
/// errors stops the command (its problems are printed).
pub(crate) fn diff(args: &crate::args::ReviewDiffArgs) -> Result<Outcome, CliError> {
    if let Some(output) = &args.output
        && (saq_collect::same_file(output, &args.old) || saq_collect::same_file(output, &args.new))
    {
        return Err(CliError::OutputIsInput {
            output: output.clone(),
        });
    }
    let questionnaires = Questionnaires::new(&args.questionnaire)?;
    let old = review::load(&args.old, &questionnaires)?;
    let new = review::load(&args.new, &questionnaires)?;
    // The earlier version may review answers that have changed since: that is what the diff
    // says (`answers_changed`), not a reason to refuse it.
    let usable = |loaded: &review::LoadedReview<'_>| {
        loaded
            .diagnostics
            .iter()
            .filter(|d| d.is_error() && d.code != "answers-changed")
            .count()
            == 0
            && loaded.review.is_some()
            && loaded.bundle.is_some()
    };
    output::diagnostics(&old.diagnostics);
    output::diagnostics(&new.diagnostics);
    let (Some(old_review), Some(new_review), Some(bundle)) =
        (&old.review, &new.review, new.bundle.as_ref())
    else {
        return Err(CliError::NoDiff {
            old: args.old.display().to_string(),
            new: args.new.display().to_string(),
        });
    };
    if !usable(&old) || !usable(&new) {
        return Err(CliError::NoDiff {
            old: args.old.display().to_string(),
            new: args.new.display().to_string(),
        });
    }
    if old_review.questionnaire.value != new_review.questionnaire.value
        || old_review.state.name != new_review.state.name
    {
        return Err(CliError::NotOneReview {
            old: args.old.display().to_string(),
            new: args.new.display().to_string(),
        });
    }
    let format = match args.format {
        ReviewFormat::Md => Format::Markdown,
        ReviewFormat::Html => Format::Html,
        ReviewFormat::Json => Format::Json,
    };
    let diff = saq_assess::review_diff::review_diff(
        old_review,
        &old.source.name,
        new_review,
        &new.source.name,
    );
    let (templates, dir) = templates_for(Some(bundle), &args.templates)?;
    let language = bundle
        .questionnaire
        .languages
        .first()
        .map_or("en", String::as_str);
    let text = saq_render::render_review_diff(format, &diff, language, &templates)
        .map_err(|err| CliError::Report { err, dir })?;
    crate::diff::write(args.output.as_deref(), &text, format == Format::Json)?;
    // An answers-changed diagnostic of either version was printed; the diff still stands.
    Ok(if old.has_errors() || new.has_errors() {
        Outcome::InputProblems
    } else {
        Outcome::Ok
    })
}
