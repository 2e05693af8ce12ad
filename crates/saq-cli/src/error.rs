//! The command line's one error type, and how a run ended. Commands return
//! `Result<Outcome, CliError>`; `main` alone turns either into an exit code.

use std::io;
use std::path::PathBuf;

use saq_assess::diff::DiffError;
use saq_collect::InterviewError;
use saq_collect::LockError;
use saq_collect::backup::BackupError;
use saq_collect::save::SaveError;
use saq_collect::signature::KeyError;
use saq_model::error::WriteError;
use saq_render::ReportError;

/// How a command that ran to its end went: the worst of what happened on the way (every
/// problem was printed as it was found).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Outcome {
    /// Everything was fine.
    #[default]
    Ok,
    /// The input has problems.
    InputProblems,
    /// A usage or I/O error.
    UsageOrIo,
}

/// What a command does for an answer set that has problems.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Purpose {
    /// `saq report` of one answer set.
    Report,
    /// `saq submit`.
    Submit,
    /// `saq fill`.
    Fill,
    /// `saq serve`.
    Serve,
    /// `saq review init`.
    Review,
}

/// Why a command stopped.
#[derive(Debug, thiserror::Error)]
pub(crate) enum CliError {
    /// `--state` is empty.
    #[error("--state needs the name of the State party")]
    NoStateName,
    /// `--code` is not a State code.
    #[error("`{0}` is not a State code")]
    NotAStateCode(String),
    /// Several answer sets and no `--output`.
    #[error("{0} answer sets give {0} reports; name a folder for them with --output DIR")]
    SeveralReports(usize),
    /// The paths hold no answer set.
    #[error("no answer sets (.yaml files) in {0}")]
    NoAnswerSets(String),
    /// `saq fill` without a terminal.
    #[error("saq fill asks its questions in a terminal, and there is none here")]
    NoTerminal {
        /// The answer file, shell-quoted.
        file: String,
        /// The questionnaire options given, shell-quoted, each after a space, for the commands
        /// the help suggests.
        carry: String,
        /// `--questionnaire DIR` if given, for `saq init`, which takes it too.
        folder: String,
    },
    /// `--from` names no question.
    #[error("`{0}` is not a question of this questionnaire")]
    UnknownQuestion(String),
    /// A file or folder cannot be read.
    #[error("cannot read {}: {source}", path.display())]
    Read {
        /// The file or folder.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
    /// The `--questionnaire` folder cannot be read.
    #[error("{0}")]
    QuestionnaireFolder(io::Error),
    /// `saq init --questionnaire ID` names no questionnaire of the library.
    #[error("no questionnaire `{wanted}` in the questionnaire library, and no folder of that name")]
    NotInLibrary {
        /// The id (or `id@version`) asked for.
        wanted: String,
        /// What the library holds, one questionnaire a line.
        available: String,
    },
    /// The questionnaire has errors.
    #[error("the questionnaire has problems (see above); fix them first")]
    QuestionnaireProblems,
    /// An answer set has errors, so the command cannot use it.
    #[error("{}", unusable(file, *purpose))]
    Unusable {
        /// The file.
        file: String,
        /// What it was read for.
        purpose: Purpose,
    },
    /// One of the two answer sets of a diff has errors.
    #[error("no diff of {old} and {new}: fix the problems above first")]
    NoDiff {
        /// The earlier set.
        old: String,
        /// The later set.
        new: String,
    },
    /// The answer sets of a diff cannot be compared.
    #[error(transparent)]
    Diff(#[from] DiffError),
    /// `saq fill` on a submitted set.
    #[error("{0} is submitted; its answers are no longer changed")]
    Submitted(String),
    /// `saq submit` with required questions unanswered.
    #[error("{file} cannot be submitted: {missing} required question{} not answered", if *missing == 1 { " is" } else { "s are" })]
    Incomplete {
        /// The file.
        file: String,
        /// How many required questions lack an answer.
        missing: usize,
    },
    /// `saq init` made a file that does not validate.
    #[error("the new answer set would not be valid for this questionnaire")]
    InvalidNewAnswerSet,
    /// `saq init` without `--force` on an existing file.
    #[error("{0} already exists; saq init never replaces a file by itself")]
    Exists(String),
    /// Saving an answer set failed.
    #[error("{}", saved(.0))]
    Save(SaveError),
    /// The backup copy due before a rewrite could not be written.
    #[error("{err}; {file} was not changed")]
    Backup {
        /// The file being rewritten.
        file: String,
        /// Why.
        err: BackupError,
    },
    /// The interview stopped; the options a new `saq fill` needs to find the questionnaire.
    #[error("{0}")]
    Interview(InterviewError, String),
    /// Another `saq fill` or `saq serve` of the same file is running.
    #[error("{0}")]
    Locked(LockError),
    /// The questionnaire has no translation into the language asked for.
    #[error("questionnaire {questionnaire} has no translation into `{lang}`")]
    NoTranslation {
        /// The language asked for.
        lang: String,
        /// The questionnaire's id.
        questionnaire: String,
        /// The languages it has translations into.
        available: Vec<String>,
    },
    /// `--lang` is not a language tag.
    #[error("`{0}` is not a language tag")]
    NotALanguage(String),
    /// A translation file to update cannot be read as one.
    #[error("{0} is not a translation file saq can update")]
    UnreadableTranslation(String),
    /// The browser form could not start, or stopped on an error.
    #[error("{0}")]
    Serve(saq_serve::ServeError),
    /// A value could not be written as YAML.
    #[error(transparent)]
    Yaml(#[from] WriteError),
    /// A report could not be rendered; `dir` is the `--templates` folder, if one was given.
    #[error("{err}")]
    Report {
        /// Why.
        err: ReportError,
        /// The templates folder.
        dir: Option<PathBuf>,
    },
    /// No answer set of a batch got a report.
    #[error("none of the {0} answer sets got a report (see above); nothing was written")]
    NoReport(usize),
    /// A folder could not be made.
    #[error("cannot create {}: {source}", path.display())]
    CreateDir {
        /// The folder.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
    /// A file could not be written.
    #[error("cannot write {}: {source}", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
    /// An output would replace one of the command's own inputs.
    #[error("{} is an input of this command; saq never writes an output over an input", output.display())]
    OutputIsInput {
        /// The output.
        output: PathBuf,
    },
    /// The paths hold no review file.
    #[error("no review files (.yaml files) in {0}")]
    NoReviewFiles(String),
    /// Several review files and no `--output`.
    #[error("{0} review files give {0} reports; name a folder for them with --output DIR")]
    SeveralReviewReports(usize),
    /// No review of a batch got a report.
    #[error("none of the {0} review files got a report (see above); nothing was written")]
    NoReviewReport(usize),
    /// `saq review init --reviewers` does not name two States.
    #[error("{0}")]
    Reviewers(String),
    /// `saq review init` made a file that does not validate.
    #[error("the drafted review would not be valid for this questionnaire")]
    InvalidNewReview,
    /// `saq review init` without `--force` on an existing file.
    #[error("{0} already exists; saq review init never replaces a file by itself")]
    ReviewExists(String),
    /// `saq review diff` of two reviews of different States or questionnaires.
    #[error(
        "{old} and {new} are not two versions of one review: they review different States or questionnaires"
    )]
    NotOneReview {
        /// The earlier file.
        old: String,
        /// The later file.
        new: String,
    },
    /// `saq init --cluster` names no cluster of the instrument.
    #[error("`{cluster}` is not a review cluster of this instrument")]
    UnknownCluster {
        /// The id given.
        cluster: String,
        /// The clusters the instrument has, as `ID (title)`.
        known: Vec<String>,
    },
    /// A signing key could not be made, read or used.
    #[error("{0}")]
    Key(KeyError),
    /// `saq keygen` was given an empty password.
    #[error("the password is empty")]
    EmptyPassword,
    /// A password is needed and there is no terminal to ask it in.
    #[error("the secret key needs a password, and there is no terminal to ask it in")]
    NoPassword,
    /// The password typed twice was not the same.
    #[error("the two passwords differ; nothing was written")]
    PasswordsDiffer,
    /// Standard output failed (not a closed pipe, which is fine).
    #[error("cannot write to standard output: {source}")]
    Stdout {
        /// Why.
        source: io::Error,
    },
}

fn saved(err: &SaveError) -> String {
    match err {
        SaveError::Changed { .. } => err.to_string(),
        _ => format!("{err}; the file was not changed"),
    }
}

fn unusable(file: &str, purpose: Purpose) -> String {
    match purpose {
        Purpose::Report => format!("no report for {file}: fix the problems above first"),
        Purpose::Submit => format!("{file} cannot be submitted: fix the problems above first"),
        Purpose::Fill => format!("saq fill saves only valid files, and {file} has problems"),
        Purpose::Serve => format!("saq serve saves only valid files, and {file} has problems"),
        Purpose::Review => format!("no review of {file}: fix the problems above first"),
    }
}

impl CliError {
    /// How the run ended: the input has problems, or a usage or I/O error.
    pub(crate) fn outcome(&self) -> Outcome {
        use CliError::*;
        match self {
            NoStateName
            | NotAStateCode(_)
            | SeveralReports(_)
            | NoAnswerSets(_)
            | NoTerminal { .. }
            | UnknownQuestion(_)
            | QuestionnaireFolder(_)
            | NotInLibrary { .. }
            | Exists(_)
            | Save(_)
            | Backup { .. }
            | Yaml(_)
            | CreateDir { .. }
            | Write { .. }
            | Stdout { .. }
            | Read { .. }
            | Interview(..)
            | Locked(_)
            | Serve(_)
            | NotALanguage(_)
            | NoTranslation { .. }
            | OutputIsInput { .. }
            | EmptyPassword
            | NoPassword
            | PasswordsDiffer
            | UnknownCluster { .. }
            | NoReviewFiles(_)
            | SeveralReviewReports(_)
            | Reviewers(_)
            | ReviewExists(_) => Outcome::UsageOrIo,
            // A file given as a key that is not one, or a wrong password, is bad input; a key
            // that cannot be read or written is an I/O error.
            Key(err) => match err {
                KeyError::NotPublicKey { .. } | KeyError::NotSecretKey { .. } => {
                    Outcome::InputProblems
                }
                _ => Outcome::UsageOrIo,
            },
            QuestionnaireProblems
            | UnreadableTranslation(_)
            | Unusable { .. }
            | NoDiff { .. }
            | NotOneReview { .. }
            | Diff(_)
            | Submitted(_)
            | Incomplete { .. }
            | InvalidNewAnswerSet
            | InvalidNewReview
            | NoReport(_)
            | NoReviewReport(_) => Outcome::InputProblems,
            // The user's templates are input, unless one is missing or unreadable; a broken
            // built-in template is a bug, reported the same way.
            Report { err, .. } => match err {
                ReportError::MissingTemplate { .. } | ReportError::ReadTemplate { .. } => {
                    Outcome::UsageOrIo
                }
                _ => Outcome::InputProblems,
            },
        }
    }

    /// What to do about it, when there is something useful to say.
    pub(crate) fn help(&self) -> Option<String> {
        use CliError::*;
        Some(match self {
            NoStateName => {
                "write it as the State writes it, such as --state \"Republic of Amberland\"".into()
            }
            NotAStateCode(_) => "give an ISO 3166-1 alpha-3 code (--code KEN), an M49 code (--code 404), or --code EU for the European Union".into(),
            NoTerminal { file, carry, folder } => format!(
                "without a terminal, fill in the file with any text editor: `saq init --state NAME -o {file}{folder}` writes every question with its help, `saq validate {file}{carry}` checks the answers and `saq status {file}{carry}` shows what is left"
            ),
            UnknownQuestion(_) => {
                "give the id of a question, as written before the colon in the file".into()
            }
            Read { path, source } if source.kind() == io::ErrorKind::NotFound => {
                format!(
                    "check the name, or make a new answer set with `saq init --state NAME -o {}`",
                    path.display()
                )
            }
            QuestionnaireFolder(_) => {
                "--questionnaire names a folder holding instrument.yaml and questionnaire.yaml"
                    .into()
            }
            NotInLibrary { available, .. } => format!(
                "give a questionnaire folder, or the id (ID or ID@VERSION) of a questionnaire in the library; add folders to it with --questionnaires DIR or the {} environment variable; {available}",
                saq_model::library::VARIABLE
            ),
            Unusable {
                purpose: Purpose::Fill,
                ..
            } => "fix the problems above (each names its line), then run saq fill again".into(),
            Unusable {
                purpose: Purpose::Serve,
                ..
            } => "fix the problems above (each names its line) in a text editor, then run saq serve again".into(),
            Submitted(_) => "to change them, set `status: draft` in the file, run saq fill, then submit again".into(),
            Key(KeyError::Exists { .. }) => {
                "choose another NAME; a key already made stays as it is".into()
            }
            Key(KeyError::NotSecretKey { .. }) => "give the .key file `saq keygen` made (not the .pub one), and its password".into(),
            Key(KeyError::NotPublicKey { .. } | KeyError::NoPublicKey { .. }) => {
                "give the .pub file `saq keygen` made (minisign's public keys work too), or a folder of them".into()
            }
            UnknownCluster { known, .. } if known.is_empty() => {
                "this instrument has no review clusters: leave out --cluster".into()
            }
            UnknownCluster { known, .. } => format!("give one of: {}", known.join(", ")),
            EmptyPassword => "give a password, or --no-password to leave the secret key unencrypted".into(),
            NoPassword => format!(
                "run the command in a terminal, or set the {} environment variable",
                crate::keys::PASSWORD_VARIABLE
            ),
            PasswordsDiffer => "run the command again and type the same password twice".into(),
            Reviewers(_) => "name both reviewing States, separated by a comma (or by semicolons when a name holds a comma), each with its code in brackets if it has one: --reviewers \"Coralia (XCO), Dunmore Islands (XDU)\"".into(),
            ReviewExists(_) => "choose another name with -o FILE, or give --force to replace it (the review it holds would be lost)".into(),
            Exists(_) => "choose another name with -o FILE, or give --force to replace it (its answers would be lost)".into(),
            Backup {
                err: BackupError::TooMany { .. },
                ..
            } => "remove old backup copies, then try again".into(),
            Backup { .. } => "free some space or check the folder's permissions, then try again".into(),
            Interview(InterviewError::Save(SaveError::Changed { path }), carry) => format!(
                "the answer just given was not saved; run `saq fill {}{carry}` again: it reads the file as it is now and goes on from the first unanswered question",
                crate::output::shell_word(&path.display().to_string())
            ),
            OutputIsInput { .. } => "name another file or folder with -o".into(),
            NotALanguage(_) => "give a BCP 47 tag such as fr, es, ar, zh or ru".into(),
            NoTranslation { available, .. } if available.is_empty() => "leave out --lang for the questionnaire's own language; `saq translate FOLDER --lang LANG` starts a translation".into(),
            NoTranslation { available, .. } => format!("it has translations into {}; leave out --lang for its own language", available.join(", ")),
            UnreadableTranslation(_) => "fix the problem above, so that no translation in it is lost, then run saq translate again".into(),
            Save(SaveError::Changed { path }) => format!(
                "run the command again: it reads {} as it is now",
                path.display()
            ),
            Locked(LockError::Held { file, .. }) => format!(
                "finish or stop the other `saq fill` or `saq serve` of {} first: two of them on one file would overwrite each other's answers",
                file.display()
            ),
            Interview(InterviewError::Save(_), _) => "the file holds every answer up to the previous one; free some space or check the folder's permissions, then run saq fill again".into(),
            Interview(InterviewError::Backup(BackupError::TooMany { .. }), _) => "the file was not changed; remove old backup copies, then run saq fill again".into(),
            Interview(InterviewError::Backup(_), _) => "the file was not changed; free some space or check the folder's permissions, then run saq fill again".into(),
            Interview(InterviewError::Prompt(_) | InterviewError::Write(_), _) => "every answer given so far is saved".into(),
            Report {
                err: ReportError::Template { .. },
                dir: Some(_),
            } => "fix the template, or leave out --templates to use the built-in ones".into(),
            _ => return None,
        })
    }

    /// For a template error in a `--templates` folder: the message and `file:line:column`, shown
    /// as a located `error[template]`.
    pub(crate) fn template_location(&self) -> Option<(&str, String)> {
        match self {
            CliError::Report {
                err:
                    ReportError::Template {
                        file,
                        line,
                        column,
                        message,
                    },
                dir: Some(dir),
            } => Some((
                message.as_str(),
                format!("{}:{line}:{column}", dir.join(file).display()),
            )),
            _ => None,
        }
    }
}
