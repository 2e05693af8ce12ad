//! Loading what commands work on — the questionnaire library, the questionnaire each answer set
//! names (or `--questionnaire DIR` for all of them) and the answer sets — with the pattern every
//! command follows: load, print the diagnostics, go on only if there are no errors.

use std::cell::RefCell;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

use saq_model::error::ReadError;
use saq_model::library::{self, Entry, Library, Origin, answer_header};
use saq_model::{Bundle, Checked, Diagnostic, LoadedAnswers, SourceFile};

use crate::args::{LibraryArg, QuestionnaireArg};
use crate::error::CliError;
use crate::output::{self, shell_word, tell};

/// The questionnaire library: the built-in questionnaire, the folders of `--questionnaires`,
/// then those of the `SAQ_QUESTIONNAIRES` environment variable (split like `PATH`).
pub(crate) fn library(arg: &LibraryArg) -> Library {
    let mut folders: Vec<(PathBuf, Origin)> = arg
        .questionnaires
        .iter()
        .map(|dir| (dir.clone(), Origin::CommandLine))
        .collect();
    if let Some(value) = std::env::var_os(library::VARIABLE) {
        // An empty element (`a::b`, a trailing separator) names no folder.
        folders.extend(
            std::env::split_paths(&value)
                .filter(|dir| !dir.as_os_str().is_empty())
                .map(|dir| (dir, Origin::Environment)),
        );
    }
    Library::open(&folders)
}

/// The questionnaire folder `dir` (`--questionnaire DIR`). Its problems are printed; a
/// questionnaire with errors cannot be used.
pub(crate) fn folder(dir: &Path) -> Result<Bundle, CliError> {
    let checked = Bundle::read_dir(dir).map_err(CliError::QuestionnaireFolder)?;
    output::diagnostics(&checked.diagnostics);
    let sound = !checked.has_errors();
    checked
        .value
        .filter(|_| sound)
        .ok_or(CliError::QuestionnaireProblems)
}

/// A questionnaire of the library, for a command that needs it: its problems printed (once per
/// run), `None` when it has errors.
pub(crate) fn entry<'l>(entry: &'l Entry, printed: &mut HashSet<String>) -> Option<&'l Bundle> {
    if printed.insert(entry.folder.clone()) {
        match entry.load() {
            Ok(checked) => output::diagnostics(&checked.diagnostics),
            Err(why) => {
                tell!("error: {why}");
                tell!(
                    "  = help: a questionnaire folder holds instrument.yaml and questionnaire.yaml"
                );
            }
        }
    }
    entry.sound()
}

/// What a later command on an answer set of `entry` must be given to find it again: the
/// library folder given on the command line, or nothing (the built-in questionnaire and the
/// environment's folders are found without being named).
pub(crate) fn carry_entry(entry: &Entry) -> String {
    match (&entry.origin, &entry.library_folder) {
        (Origin::CommandLine, Some(dir)) => format!(
            " --questionnaires {}",
            shell_word(&dir.display().to_string())
        ),
        _ => String::new(),
    }
}

/// What a later command on an answer set of the questionnaire folder `dir` (given with
/// `--questionnaire`) must be given: nothing when the library finds that same folder without
/// command-line options, else `--questionnaire DIR`.
pub(crate) fn carry_folder(library: &Library, dir: &Path, bundle: &Bundle) -> String {
    let same = library
        .find_without_command_line(&bundle.questionnaire.id, &bundle.questionnaire.version)
        .and_then(|entry| entry.path.as_ref())
        .is_some_and(|found| same_folder(found, dir));
    if same {
        String::new()
    } else {
        format!(
            " --questionnaire {}",
            shell_word(&dir.display().to_string())
        )
    }
}

fn same_folder(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// The questionnaire an answer set is checked against, and how a later command finds it.
pub(crate) struct Found<'q> {
    /// The questionnaire.
    pub(crate) bundle: &'q Bundle,
    /// The options a later command on the same answer set needs to find this questionnaire
    /// again, shell-quoted, each after a space (` --questionnaires DIR`), or nothing.
    pub(crate) carry: String,
    /// Its folder as shown (`<built-in>/…` for the built-in one): which questionnaire it is.
    pub(crate) folder: String,
    /// The review cluster the answer set names, if any (read with the header, once).
    pub(crate) cluster: Option<String>,
}

/// Why an answer set has no questionnaire to be checked against.
pub(crate) enum Unfound {
    /// Its header cannot be read, or the library holds no questionnaire with the id and version
    /// it names: the diagnostic, located in the answer set.
    Answers(Diagnostic),
    /// The questionnaire it names has problems (printed already): a diagnostic that says so,
    /// located at the answer set's `questionnaire:`.
    Questionnaire(Diagnostic),
}

impl Unfound {
    /// The answer set's diagnostic.
    pub(crate) fn diagnostic(self) -> Diagnostic {
        match self {
            Unfound::Answers(d) | Unfound::Questionnaire(d) => d,
        }
    }
}

/// Where the answer sets of a command find their questionnaires: the library, or the one
/// folder of `--questionnaire DIR`, loaded at once (its problems stop the command, as they
/// would for every answer set).
pub(crate) struct Questionnaires {
    library: Library,
    given: Option<(PathBuf, Bundle, String)>,
    printed: RefCell<HashSet<String>>,
}

impl Questionnaires {
    pub(crate) fn new(arg: &QuestionnaireArg) -> Result<Questionnaires, CliError> {
        let library = library(&arg.library);
        let given = match &arg.questionnaire {
            None => None,
            Some(dir) => {
                let bundle = folder(dir)?;
                let carry = carry_folder(&library, dir, &bundle);
                Some((dir.clone(), bundle, carry))
            }
        };
        Ok(Questionnaires {
            library,
            given,
            printed: RefCell::new(HashSet::new()),
        })
    }

    /// True when `--questionnaire DIR` was given: every answer set is checked against it.
    pub(crate) fn is_given(&self) -> bool {
        self.given.is_some()
    }

    /// The questionnaire `source` (an answer set) is checked against: the folder given, or the
    /// one it names in the library, whose problems are printed the first time it is needed.
    pub(crate) fn find(&self, source: &SourceFile) -> Result<Found<'_>, Unfound> {
        if let Some((dir, bundle, carry)) = &self.given {
            return Ok(Found {
                bundle,
                carry: carry.clone(),
                folder: dir.display().to_string(),
                // A header that cannot be read is reported when the answers are loaded.
                cluster: answer_header(source)
                    .ok()
                    .and_then(|h| h.cluster)
                    .map(|c| c.value),
            });
        }
        let header = answer_header(source).map_err(Unfound::Answers)?;
        let entry = self
            .library
            .find(&header.questionnaire.value, &header.version.value)
            .ok_or_else(|| Unfound::Answers(self.library.not_found(source, &header)))?;
        let Some(bundle) = self::entry(entry, &mut self.printed.borrow_mut()) else {
            return Err(Unfound::Questionnaire(
                source
                    .diagnostic(
                        header.questionnaire.line,
                        header.questionnaire.column,
                        "questionnaire-has-problems",
                        format!(
                            "these answers were not checked: their questionnaire, {} in {}, has problems (shown above)",
                            entry.name(),
                            entry.folder
                        ),
                    )
                    .with_help(
                        "fix the questionnaire (`saq validate DIR` lists its problems), or check the answers against a sound copy with --questionnaire DIR",
                    ),
            ));
        };
        Ok(Found {
            bundle,
            carry: carry_entry(entry),
            folder: entry.folder.clone(),
            cluster: header.cluster.map(|c| c.value),
        })
    }

    /// An answer-set file read and checked against its questionnaire, its diagnostics left to
    /// the caller (some commands print them as JSON), with the questionnaire found. A file that
    /// cannot be read is an error; one that is empty, not UTF-8 or too large, or whose
    /// questionnaire cannot be found or has problems, comes back with that one diagnostic and no
    /// questionnaire.
    pub(crate) fn answers(&self, path: &Path) -> Result<Answers<'_>, CliError> {
        let source = match read(path)? {
            Ok(source) => source,
            Err(diagnostic) => {
                return Ok(Answers {
                    source: SourceFile::new(path.display().to_string(), ""),
                    checked: failed(diagnostic),
                    found: None,
                    questionnaire_problems: false,
                });
            }
        };
        match self.find(&source) {
            Ok(found) => Ok(Answers {
                checked: found.bundle.load_answers(&source),
                source,
                found: Some(found),
                questionnaire_problems: false,
            }),
            Err(unfound) => Ok(Answers {
                source,
                questionnaire_problems: matches!(unfound, Unfound::Questionnaire(_)),
                checked: failed(unfound.diagnostic()),
                found: None,
            }),
        }
    }

    /// An answer set read, checked and its diagnostics printed: the file, its answers and its
    /// questionnaire when it has no errors, `None` when it has (they were printed). An answer
    /// set whose questionnaire has problems stops the command, as those problems would stop it
    /// for any answer set.
    pub(crate) fn usable(&self, path: &Path) -> Result<Option<Usable<'_>>, CliError> {
        let answers = self.answers(path)?;
        if answers.questionnaire_problems {
            return Err(CliError::QuestionnaireProblems);
        }
        output::diagnostics(&answers.checked.diagnostics);
        let sound = !answers.checked.has_errors();
        Ok(match (answers.checked.value, answers.found) {
            (Some(loaded), Some(found)) if sound => Some(Usable {
                source: answers.source,
                loaded,
                found,
            }),
            _ => None,
        })
    }
}

/// An answer set read and checked (see [`Questionnaires::answers`]).
pub(crate) struct Answers<'q> {
    pub(crate) source: SourceFile,
    pub(crate) checked: Checked<LoadedAnswers>,
    /// Its questionnaire, when one was found without problems.
    pub(crate) found: Option<Found<'q>>,
    /// True when the questionnaire it names was found, with problems (printed already).
    pub(crate) questionnaire_problems: bool,
}

/// An answer set without errors (see [`Questionnaires::usable`]).
pub(crate) struct Usable<'q> {
    pub(crate) source: SourceFile,
    pub(crate) loaded: LoadedAnswers,
    pub(crate) found: Found<'q>,
}

/// An answer-set file's text, or the one diagnostic of a file that is empty, not UTF-8 or too
/// large; an error when it cannot be read at all.
pub(crate) fn read(path: &Path) -> Result<Result<SourceFile, Diagnostic>, CliError> {
    match SourceFile::read(path) {
        Ok(source) => Ok(Ok(source)),
        Err(ReadError::Io { path, source }) => Err(CliError::Read { path, source }),
        Err(ReadError::Invalid(diagnostic)) => Ok(Err(*diagnostic)),
    }
}

fn failed(diagnostic: Diagnostic) -> Checked<LoadedAnswers> {
    Checked {
        value: None,
        diagnostics: vec![diagnostic],
    }
}
