//! Loading files into checked models: parse, then run every semantic check.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::answer::Answer;
use crate::answer_set::AnswerSet;
use crate::check::{self, Report};
use crate::diagnostic::Diagnostic;
use crate::error::ReadError;
use crate::instrument::Instrument;
use crate::questionnaire::Questionnaire;
use crate::source::SourceFile;
use crate::yaml;

/// A loaded value (when the file could be parsed) and every problem found in it.
///
/// The value is present even when semantic checks found errors, so tools can still show what
/// they can; callers decide whether errors are fatal with [`Checked::has_errors`].
#[derive(Debug)]
pub struct Checked<T> {
    /// The parsed value, absent when the file could not be parsed at all.
    pub value: Option<T>,
    /// All problems found, sorted by file, line and column.
    pub diagnostics: Vec<Diagnostic>,
}

impl<T> Checked<T> {
    /// True when any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.value.is_none() || self.diagnostics.iter().any(Diagnostic::is_error)
    }

    fn failed(diagnostic: Diagnostic) -> Self {
        Checked {
            value: None,
            diagnostics: vec![diagnostic],
        }
    }
}

/// An instrument and a questionnaire that assesses it: everything needed to read answer sets.
#[derive(Debug, Clone)]
pub struct Bundle {
    /// The treaty.
    pub instrument: Instrument,
    /// The questionnaire.
    pub questionnaire: Questionnaire,
    /// The review cluster both are restricted to, for a bundle made by [`Bundle::scoped`].
    pub scope: Option<crate::scope::Scope>,
    /// The folder it was read from ([`Bundle::read_dir`]); `None` for the built-in one. Reports
    /// use the templates of its `templates/` subfolder, if it has one.
    pub dir: Option<PathBuf>,
}

/// The file names of a questionnaire folder.
pub const INSTRUMENT_FILE: &str = "instrument.yaml";
/// See [`INSTRUMENT_FILE`].
pub const QUESTIONNAIRE_FILE: &str = "questionnaire.yaml";

impl Bundle {
    /// Loads and checks an instrument and a questionnaire from their sources.
    pub fn load(instrument: &SourceFile, questionnaire: &SourceFile) -> Checked<Bundle> {
        let mut diagnostics = Vec::new();
        let parsed_instrument = match yaml::parse::<Instrument>(instrument) {
            Ok(parsed) => {
                let mut report = Report::new(instrument);
                check::instrument::check(&parsed, &mut report);
                diagnostics.extend(report.diagnostics);
                Some(parsed)
            }
            Err(diagnostic) => {
                diagnostics.push(diagnostic);
                None
            }
        };
        let parsed_questionnaire = match yaml::parse::<Questionnaire>(questionnaire) {
            Ok(mut parsed) => {
                parsed.expand_column_choice_sets();
                Some(parsed)
            }
            Err(diagnostic) => {
                diagnostics.push(diagnostic);
                None
            }
        };
        let value = match (parsed_instrument, parsed_questionnaire) {
            (Some(instrument), Some(parsed)) => {
                let mut report = Report::new(questionnaire);
                check::questionnaire::check(&parsed, &instrument, &mut report);
                diagnostics.extend(report.diagnostics);
                Some(Bundle {
                    instrument,
                    questionnaire: parsed,
                    scope: None,
                    dir: None,
                })
            }
            _ => None,
        };
        crate::diagnostic::sort(&mut diagnostics);
        Checked { value, diagnostics }
    }

    /// Loads a questionnaire folder (`instrument.yaml` and `questionnaire.yaml`).
    ///
    /// Fails only when a file cannot be read at all; bad content comes back as diagnostics.
    pub fn read_dir(dir: &Path) -> Result<Checked<Bundle>, std::io::Error> {
        let read = |name: &str| match SourceFile::read(&dir.join(name)) {
            Ok(source) => Ok(Ok(source)),
            Err(ReadError::Invalid(diagnostic)) => Ok(Err(*diagnostic)),
            Err(ReadError::Io { source, path }) => Err(std::io::Error::new(
                source.kind(),
                format!("cannot read {}: {source}", path.display()),
            )),
        };
        match (read(INSTRUMENT_FILE)?, read(QUESTIONNAIRE_FILE)?) {
            (Ok(instrument), Ok(questionnaire)) => {
                let mut checked = Bundle::load(&instrument, &questionnaire);
                if let Some(bundle) = &mut checked.value {
                    bundle.dir = Some(dir.to_owned());
                }
                Ok(checked)
            }
            (Err(a), Err(b)) => Ok(Checked {
                value: None,
                diagnostics: vec![a, b],
            }),
            (Err(d), _) | (_, Err(d)) => Ok(Checked::failed(d)),
        }
    }

    /// The questionnaire built into saq: the Firearms Protocol's, from
    /// `questionnaires/firearms-protocol/`.
    pub fn builtin() -> Checked<Bundle> {
        let (instrument, questionnaire) = crate::builtin::sources();
        Bundle::load(&instrument, &questionnaire)
    }

    /// Loads and checks an answer set against this questionnaire; the value holds the file and
    /// the answers that could be read, interpreted by question kind.
    pub fn load_answers(&self, source: &SourceFile) -> Checked<LoadedAnswers> {
        let answers = match yaml::parse::<AnswerSet>(source) {
            Ok(answers) => answers,
            Err(diagnostic) => return Checked::failed(diagnostic),
        };
        let mut report = Report::new(source);
        // A set that answers one review cluster is read against the questionnaire restricted
        // to it, here, so that no command can read it against the whole one.
        let scoped = match (&answers.cluster, &self.scope) {
            (Some(cluster), None) => {
                let scoped = self.scoped(&cluster.value);
                if scoped.is_none() {
                    unknown_cluster(&self.instrument, cluster, &mut report);
                }
                scoped
            }
            _ => None,
        };
        let bundle = scoped.as_ref().unwrap_or(self);
        let no_scope = std::collections::BTreeSet::new();
        let outside = bundle.scope.as_ref().map_or(&no_scope, |s| &s.outside);
        let read = check::answer_set::check(&answers, &bundle.questionnaire, outside, &mut report);
        let mut diagnostics = report.diagnostics;
        crate::diagnostic::sort(&mut diagnostics);
        Checked {
            value: Some(LoadedAnswers {
                file: answers,
                answers: read,
                scoped,
            }),
            diagnostics,
        }
    }
}

fn unknown_cluster(
    instrument: &Instrument,
    cluster: &crate::located::Located<String>,
    report: &mut Report<'_>,
) {
    let known: Vec<String> = instrument
        .clusters
        .iter()
        .map(|c| format!("`{}` ({})", c.id.value, c.title))
        .collect();
    report
        .error(
            cluster,
            "unknown-cluster",
            format!(
                "`{}` is not a review cluster of {}",
                cluster.value, instrument.short_title
            ),
        )
        .help = Some(if known.is_empty() {
        "this instrument has no review clusters: remove `cluster:` to answer the whole questionnaire"
            .into()
    } else {
        format!(
            "write one of {}, or remove `cluster:` to answer the whole questionnaire",
            known.join(", ")
        )
    });
}

/// An answer set as written, and its answers interpreted according to their questions.
#[derive(Debug, Clone)]
pub struct LoadedAnswers {
    /// The file's content.
    pub file: AnswerSet,
    /// Answers that fit their questions, keyed by question id.
    pub answers: BTreeMap<String, Answer>,
    /// The questionnaire restricted to the review cluster the set answers (`cluster:`), which
    /// the answers were read against; `None` for a set that answers the whole questionnaire.
    pub scoped: Option<Bundle>,
}

impl LoadedAnswers {
    /// The bundle these answers were read against: the one they were loaded with, or its
    /// restriction to their cluster. Progress, assessments and interviews use this one.
    pub fn bundle<'a>(&'a self, loaded_with: &'a Bundle) -> &'a Bundle {
        self.scoped.as_ref().unwrap_or(loaded_with)
    }
}

/// The answer sets in `dir`: its `.yaml` and `.yml` files, sorted by name.
pub fn answer_files_in(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
        .collect();
    files.sort();
    Ok(files)
}

/// The answer sets named by `paths`: files as given, folders replaced by the answer sets they
/// hold ([`answer_files_in`]). Fails on a folder that cannot be read.
pub fn answer_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, ReadError> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            files.extend(answer_files_in(path).map_err(|source| ReadError::Io {
                path: path.clone(),
                source,
            })?);
        } else {
            files.push(path.clone());
        }
    }
    Ok(files)
}
