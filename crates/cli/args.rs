//! The command-line interface, declared with clap.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

const EXIT_CODES: &str = "\
Exit codes:
  0  everything is fine
  1  the input has problems (each one is printed with file, line and column)
  2  usage or I/O error (bad arguments, a file that cannot be read or written)";

/// Self-assessment questionnaires for the review of the Firearms Protocol: check questionnaires
/// and answer sets, and turn answers into gap-analysis reports.
#[derive(Debug, Parser)]
#[command(name = "saq", version, after_help = EXIT_CODES, max_term_width = 100)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Check questionnaire folders and answer sets, reporting every problem with its location.
    ///
    /// With no PATH, checks the built-in Firearms Protocol questionnaire. A folder is checked as a
    /// questionnaire folder (instrument.yaml, questionnaire.yaml, and any answer sets under
    /// examples/); a file is checked as an answer set against the questionnaire.
    #[command(after_help = EXIT_CODES)]
    Validate(ValidateArgs),
    /// Write a gap-analysis report for each answer set: a verdict per provision, gaps and
    /// recommendations, technical assistance needs, law-versus-practice flags.
    ///
    /// With one answer set and no --output, the report goes to standard output. With several
    /// (files, or folders of .yaml files), --output DIR receives one report per State, an index
    /// and a comparative view across States (md, html, json), or one CSV of every State ×
    /// provision (csv). A file with problems is listed with them and the others are still
    /// reported; the exit code is then 1.
    #[command(after_help = EXIT_CODES)]
    Report(ReportArgs),
    /// Print the JSON Schema of a file format, for editors that check and complete YAML.
    #[command(after_help = EXIT_CODES)]
    Schema(SchemaArgs),
    /// Show what changed for one State between two answer sets: verdicts improved or regressed,
    /// measures newly cited, technical assistance requests opened or closed.
    ///
    /// OLD is the earlier answer set (a previous review cycle, or an earlier draft), NEW the later
    /// one. Both are checked as `saq report` checks them. Without --output, the diff goes to
    /// standard output.
    #[command(after_help = EXIT_CODES)]
    Diff(DiffArgs),
}

#[derive(Debug, Args)]
pub(crate) struct ReportArgs {
    /// Answer-set files, or folders of them.
    #[arg(required = true, value_name = "FILE_OR_DIR")]
    pub(crate) paths: Vec<PathBuf>,
    /// Report format.
    #[arg(long, short = 'f', value_enum, default_value_t = ReportFormat::Md)]
    pub(crate) format: ReportFormat,
    /// Folder to write the reports to, one per answer set, named after it.
    #[arg(long = "output", short = 'o', value_name = "DIR")]
    pub(crate) output: Option<PathBuf>,
    /// Folder of report templates to use instead of the built-in ones.
    #[arg(long, value_name = "DIR")]
    pub(crate) templates: Option<PathBuf>,
    /// The questionnaire folder the answers are read with (default: the built-in one).
    #[arg(long, short = 'q', value_name = "DIR")]
    pub(crate) questionnaire: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ReportFormat {
    /// Markdown.
    Md,
    /// A standalone HTML page.
    Html,
    /// The assessment as JSON (see `saq schema assessment`).
    Json,
    /// One row per State × provision, for spreadsheets.
    Csv,
}

#[derive(Debug, Args)]
pub(crate) struct ValidateArgs {
    /// Questionnaire folders and answer-set files.
    pub(crate) paths: Vec<PathBuf>,
    /// The questionnaire folder answer sets are checked against (default: the built-in one).
    #[arg(long, short = 'q', value_name = "DIR")]
    pub(crate) questionnaire: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub(crate) struct SchemaArgs {
    /// Which format.
    pub(crate) format: SchemaFormat,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub(crate) enum SchemaFormat {
    /// instrument.yaml: the treaty's articles and provisions.
    Instrument,
    /// questionnaire.yaml: sections and questions.
    Questionnaire,
    /// An answer set: one State's answers.
    Answers,
    /// The assessment that `saq report --format json` writes.
    Assessment,
    /// The comparative view that `saq report --format json` writes for several answer sets.
    Comparison,
    /// The comparison that `saq diff --format json` writes.
    Diff,
}

#[derive(Debug, Args)]
pub(crate) struct DiffArgs {
    /// The earlier answer set.
    pub(crate) old: PathBuf,
    /// The later answer set.
    pub(crate) new: PathBuf,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = DiffFormat::Md)]
    pub(crate) format: DiffFormat,
    /// File to write the diff to.
    #[arg(long = "output", short = 'o', value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    /// Folder of report templates to use instead of the built-in ones.
    #[arg(long, value_name = "DIR")]
    pub(crate) templates: Option<PathBuf>,
    /// The questionnaire folder the answers are read with (default: the built-in one).
    #[arg(long, short = 'q', value_name = "DIR")]
    pub(crate) questionnaire: Option<PathBuf>,
}

/// The formats of a diff, kept apart from the report's so each command can grow its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum DiffFormat {
    /// Markdown.
    Md,
    /// A standalone HTML page.
    Html,
    /// The diff as JSON (see `saq schema diff`).
    Json,
}
