//! `saq review init` and `saq review status`, and the loading every `saq review` command shares:
//! a review file, the questionnaire of the answers it reviews, and those answers as they are now.

use std::path::{Path, PathBuf};

use saq_assess::review_draft;
use saq_collect::{Fingerprint, Overwrite, SaveError, same_file, save};
use saq_model::answer_set::{StateParty, is_state_code};
use saq_model::review::{Review, ReviewStatus};
use saq_model::review_file;
use saq_model::review_status::{EntryKind, EntryRef, ReviewFileStatus, ReviewStatusReport};
use saq_model::{Bundle, Checked, Diagnostic, LoadedAnswers, Located, SourceFile, printable};

use crate::args::{MessageFormat, ReviewInitArgs, ReviewStatusArgs};
use crate::error::{CliError, Outcome, Purpose};
use crate::load::{self, Questionnaires};
use crate::output::{self, plural, say, shell_word};

/// A review file read and checked, with what it reviews.
pub(crate) struct LoadedReview<'q> {
    /// The review file.
    pub(crate) source: SourceFile,
    /// The review, when the file could be parsed.
    pub(crate) review: Option<Review>,
    /// The questionnaire of the answers reviewed (restricted to their cluster, if they answer
    /// one), when it was found.
    pub(crate) bundle: Option<ReviewBundle<'q>>,
    /// The answers reviewed, as they are now, when they could be read.
    pub(crate) answers: Option<LoadedAnswers>,
    /// Every problem found: the review's, and those of the answers it names.
    pub(crate) diagnostics: Vec<Diagnostic>,
}

/// The questionnaire a review is checked against: the library's (or `--questionnaire`'s)
/// bundle, or its restriction to the cluster the reviewed answers answer.
pub(crate) enum ReviewBundle<'q> {
    /// As found.
    Found(&'q Bundle),
    /// Restricted to a cluster.
    Scoped(Box<Bundle>),
}

impl std::ops::Deref for ReviewBundle<'_> {
    type Target = Bundle;
    fn deref(&self) -> &Bundle {
        match self {
            ReviewBundle::Found(bundle) => bundle,
            ReviewBundle::Scoped(bundle) => bundle,
        }
    }
}

impl LoadedReview<'_> {
    /// True when any diagnostic is an error, or the review could not be read.
    pub(crate) fn has_errors(&self) -> bool {
        self.review.is_none()
            || self.bundle.is_none()
            || self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// The path of the answers a review names: relative to the review file's folder.
pub(crate) fn answers_path(review_file: &Path, named: &str) -> PathBuf {
    let named = Path::new(named);
    if named.is_absolute() {
        named.to_owned()
    } else {
        review_file.parent().unwrap_or(Path::new(".")).join(named)
    }
}

/// Reads the review file at `path`: finds the questionnaire it names (as an answer set's, by id
/// and version), reads the answers it reviews (a problem of theirs is one of the review's: a
/// review of answers that cannot be read is checked without them), and checks the review against
/// both. Fails only when the review file cannot be read at all.
pub(crate) fn load<'q>(
    path: &Path,
    questionnaires: &'q Questionnaires,
) -> Result<LoadedReview<'q>, CliError> {
    let source = match load::read(path)? {
        Ok(source) => source,
        Err(diagnostic) => {
            return Ok(LoadedReview {
                source: SourceFile::new(path.display().to_string(), ""),
                review: None,
                bundle: None,
                answers: None,
                diagnostics: vec![diagnostic],
            });
        }
    };
    let found = match questionnaires.find(&source) {
        Ok(found) => found,
        Err(unfound) => {
            return Ok(LoadedReview {
                source,
                review: None,
                bundle: None,
                answers: None,
                diagnostics: vec![unfound.diagnostic()],
            });
        }
    };
    let mut diagnostics = Vec::new();
    // The answers named, read first: their digest and cluster matter to the review's check.
    let named = saq_model::review::reviewed_file_at(&source);
    let mut answers: Option<LoadedAnswers> = None;
    if let Some(named) = named {
        let file = answers_path(path, &named.value);
        // Answers that cannot be read are a problem of the review, located at the name.
        let read = match load::read(&file) {
            Ok(read) => read,
            Err(CliError::Read { source: err, .. }) => Err(source
                .diagnostic(
                    named.line,
                    named.column,
                    "unreadable-answers",
                    format!(
                        "cannot read the answers reviewed, {}: {err}",
                        file.display()
                    ),
                )
                .with_help(
                    "name the answer set relative to this file's folder (or by an absolute path)",
                )),
            Err(err) => return Err(err),
        };
        match read {
            Ok(answers_source) => {
                let checked: Checked<LoadedAnswers> = found.bundle.load_answers(&answers_source);
                if checked.has_errors() {
                    diagnostics
                        .extend(checked.diagnostics.into_iter().filter(Diagnostic::is_error));
                }
                answers = checked.value;
            }
            Err(diagnostic) => diagnostics.push(diagnostic),
        }
    }
    let bundle = match answers.as_mut().and_then(|a| a.scoped.take()) {
        Some(scoped) => ReviewBundle::Scoped(Box::new(scoped)),
        None => ReviewBundle::Found(found.bundle),
    };
    let checked = bundle.load_review(&source, answers.as_ref().map(|a| &a.file));
    diagnostics.extend(checked.diagnostics);
    Ok(LoadedReview {
        source,
        review: checked.value,
        bundle: Some(bundle),
        answers,
        diagnostics,
    })
}

/// `saq review init`: drafts a review file from an answer set (see
/// [`saq_assess::review_draft`]), checks that it reads back without errors, and writes it.
pub(crate) fn init(args: &ReviewInitArgs) -> Result<Outcome, CliError> {
    let reviewers = reviewers(&args.reviewers)?;
    // `--force` replaces the file as it is now, and not a version someone saves meanwhile.
    let overwrite = if !args.force {
        Overwrite::Never
    } else {
        match std::fs::read(&args.output) {
            Ok(bytes) => Overwrite::IfUnchanged(Fingerprint::of(&bytes)),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => Overwrite::Never,
            // Unreadable: saving will say why, if it fails too.
            Err(_) => Overwrite::Allowed,
        }
    };
    let output = args.output.display().to_string();
    let to_stdout = output == "-";
    if !to_stdout && same_file(&args.output, &args.answers) {
        return Err(CliError::OutputIsInput {
            output: args.output.clone(),
        });
    }
    let questionnaires = Questionnaires::new(&args.questionnaire)?;
    let Some(usable) = questionnaires.usable(&args.answers)? else {
        return Err(CliError::Unusable {
            file: args.answers.display().to_string(),
            purpose: Purpose::Review,
        });
    };
    let bundle = usable.loaded.bundle(usable.found.bundle);
    let assessment = saq_assess::assessment::assess(bundle, &usable.loaded);
    let named = if to_stdout {
        args.answers.display().to_string()
    } else {
        relative_to_output(&args.answers, &args.output)
    };
    let draft = review_draft::draft(bundle, &usable.loaded, &assessment, &named, reviewers);
    let text = review_file::render(bundle, &draft.review, &draft.notes)?;
    // What init writes must pass `saq review status`: a draft that does not is reported rather
    // than written.
    let checked = bundle.load_review(
        &SourceFile::new(output.clone(), text.clone()),
        Some(&usable.loaded.file),
    );
    if checked.has_errors() {
        output::diagnostics(&checked.diagnostics);
        return Err(CliError::InvalidNewReview);
    }
    if to_stdout {
        output::document(&text, false)?;
        return Ok(Outcome::Ok);
    }
    save(&args.output, &text, overwrite).map_err(|err| match err {
        SaveError::Exists { .. } => CliError::ReviewExists(output.clone()),
        err => CliError::Save(err),
    })?;
    let review = &draft.review;
    say!(
        "wrote {output}: a draft review of the answers of {}, with {} and {} observation{} drafted from them",
        printable::line(&review.state.name),
        plural(review.dialogue.len(), "question"),
        review.observations.len(),
        if review.observations.len() == 1 {
            ""
        } else {
            "s"
        }
    );
    let shown = shell_word(&output);
    let carry = &usable.found.carry;
    say!("next: each entry marked `draft: true` is the reviewers' to accept, rewrite or delete;");
    say!("      `saq review status {shown}{carry}` shows what is left");
    Ok(Outcome::Ok)
}

/// The reviewing States of `--reviewers`: names separated by commas (by semicolons when there
/// is one, so a name may hold a comma), each with an optional code in brackets. The mechanism
/// has two reviewing States, and so must the list.
fn reviewers(text: &str) -> Result<Vec<StateParty>, CliError> {
    let separator = if text.contains(';') { ';' } else { ',' };
    let names: Vec<&str> = text
        .split(separator)
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .collect();
    if names.len() != 2 {
        return Err(CliError::Reviewers(format!(
            "--reviewers names {} State{}; a country review has two reviewing States",
            names.len(),
            if names.len() == 1 { "" } else { "s" }
        )));
    }
    names
        .into_iter()
        .map(|entry| {
            let (name, code) = match entry.strip_suffix(')').and_then(|e| e.rsplit_once('(')) {
                Some((name, code)) => (name.trim(), Some(code.trim())),
                None => (entry, None),
            };
            if name.is_empty() {
                return Err(CliError::Reviewers(format!(
                    "`{entry}` names no State before its code"
                )));
            }
            if let Some(code) = code
                && !is_state_code(code)
            {
                return Err(CliError::NotAStateCode(code.to_owned()));
            }
            Ok(StateParty {
                name: name.to_owned(),
                code: code.map(|c| Located::new(c.to_owned())),
            })
        })
        .collect()
}

/// `answers` as the review written to `output` names it: relative to the review's folder, so
/// the loader (which resolves it from there) finds it. Both are made absolute through their
/// existing folders; when that fails (a folder that does not exist yet), the path as given.
fn relative_to_output(answers: &Path, output: &Path) -> String {
    let as_given = answers.display().to_string();
    let folder = |path: &Path| -> Option<PathBuf> {
        let parent = path.parent().filter(|p| !p.as_os_str().is_empty());
        parent.unwrap_or(Path::new(".")).canonicalize().ok()
    };
    let (Some(from), Some(to_folder), Some(name)) =
        (folder(output), folder(answers), answers.file_name())
    else {
        return as_given;
    };
    let to = to_folder.join(name);
    let from: Vec<_> = from.components().collect();
    let to: Vec<_> = to.components().collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    // Nothing in common (another drive): the absolute path.
    if common == 0 {
        return to.iter().collect::<PathBuf>().display().to_string();
    }
    let mut parts: Vec<String> = vec!["..".to_owned(); from.len() - common];
    parts.extend(
        to[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    // Forward slashes: the file reads the same on every system.
    parts.join("/")
}

/// `saq review status`: per review file, its problems, then what is still draft, unanswered,
/// disputed or awaiting agreement, and whether the summary is written.
pub(crate) fn status(args: &ReviewStatusArgs) -> Result<Outcome, CliError> {
    let questionnaires = Questionnaires::new(&args.questionnaire)?;
    let mut outcome = Outcome::Ok;
    let mut files = Vec::new();
    for path in &args.files {
        match load(path, &questionnaires) {
            Ok(loaded) => {
                if loaded.has_errors() {
                    outcome = outcome.max(Outcome::InputProblems);
                }
                files.push(ReviewFileStatus::of(
                    &loaded.source.name,
                    loaded.review.as_ref(),
                    loaded.diagnostics,
                ));
            }
            // One file that cannot be read does not hide the others.
            Err(err) => {
                output::error(&err);
                outcome = outcome.max(err.outcome());
            }
        }
    }
    match args.format {
        MessageFormat::Json => {
            let json =
                serde_json::to_string_pretty(&ReviewStatusReport::new(files)).unwrap_or_default();
            output::document(&format!("{json}\n"), true)?;
        }
        MessageFormat::Human => {
            for (i, file) in files.iter().enumerate() {
                output::diagnostics(&file.diagnostics);
                if i > 0 {
                    say!();
                }
                print(file);
            }
        }
    }
    Ok(outcome)
}

/// How many entries a line names before it says "and N more".
const SHOWN: usize = 8;

fn print(file: &ReviewFileStatus) {
    let Some(review) = &file.review else {
        say!("{}: cannot be read (see the problems above)", file.file);
        return;
    };
    let state = match &review.code {
        Some(code) => format!("{} ({code})", review.state),
        None => review.state.clone(),
    };
    let status = match review.status {
        ReviewStatus::Draft => "draft",
        ReviewStatus::Final => "final",
    };
    say!(
        "{}: review of {}, by {}; {status}",
        file.file,
        printable::line(&state),
        printable::line(&review.reviewers.join(", "))
    );
    say!(
        "  dialogue: {}, {} replied; observations: {}",
        plural(review.questions, "question"),
        review.replied,
        review.observations
    );
    for (label, entries) in [
        ("still draft", &file.draft),
        ("unanswered", &file.unanswered),
        ("disputed", &file.disputed),
        ("agreement pending", &file.pending_agreement),
    ] {
        if entries.is_empty() {
            say!("  {label}: none");
        } else {
            say!("  {label}: {} — {}", entries.len(), list(entries));
        }
    }
    if file.summary {
        say!("  summary: written");
    } else {
        say!("  summary: not written yet");
    }
    if !file.valid {
        say!("  the file has problems (shown above with their lines)");
    }
}

/// The first entries as `provision (line N)`, then how many more.
fn list(entries: &[EntryRef]) -> String {
    let mut text = entries
        .iter()
        .take(SHOWN)
        .map(|e| {
            let what = match (e.entry, e.kind) {
                (EntryKind::Dialogue, _) => "question".to_owned(),
                (EntryKind::Observation, Some(kind)) => serde_json::to_value(kind)
                    .ok()
                    .and_then(|k| k.as_str().map(str::to_owned))
                    .unwrap_or_default(),
                (EntryKind::Observation, None) => "observation".to_owned(),
            };
            format!(
                "{what} on {} (line {})",
                printable::line(&e.provision),
                e.line
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    if entries.len() > SHOWN {
        text.push_str(&format!(" and {} more", entries.len() - SHOWN));
    }
    text
}
