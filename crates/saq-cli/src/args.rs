//! The command-line interface, declared with clap.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

const EXIT_CODES: &str = "\
Exit codes:
  0  everything is fine
  1  the input has problems (each one is printed with file, line and column)
  2  usage or I/O error (bad arguments, a file that cannot be read or written)";

/// Self-assessment questionnaires for the review mechanism of the UNTOC and its Protocols (the
/// Firearms Protocol's is built in): check questionnaires and answer sets, and turn answers into
/// gap-analysis reports.
#[derive(Debug, Parser)]
#[command(name = "saq", version, after_help = EXIT_CODES, max_term_width = 100)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Write a new answer set that lists every question, ready to fill in with any text editor.
    ///
    /// Each question comes with its text, help, the provision it assesses and the answers it
    /// takes, as comments. An existing file is never replaced unless --force is given. The
    /// questionnaire is the built-in one unless --questionnaire names a folder, or the id of a
    /// questionnaire in the library (`saq list`).
    #[command(after_help = EXIT_CODES)]
    Init(InitArgs),
    /// Ask the questions one by one in the terminal, saving the file after every answer.
    ///
    /// Starts at the first unanswered question, skips what does not apply and says so. At any
    /// question: /back, /skip, /na REASON, /unknown REASON, /quit (every answer is already
    /// saved), /help.
    #[command(after_help = EXIT_CODES)]
    Fill(FillArgs),
    /// Fill in the answers in a web browser: a form on this computer, one page per section.
    ///
    /// Starts a web server on 127.0.0.1 for this one answer file and prints the address to
    /// open, with its secret token (other programs and web sites cannot use the form without
    /// it). Every answer is checked and saved in the file when a page is saved, exactly as
    /// `saq fill` saves it; nothing is sent anywhere else. Stop it with Ctrl-C.
    #[command(after_help = EXIT_CODES)]
    Serve(ServeArgs),
    /// Start or update a questionnaire's translation into a language, for translators.
    ///
    /// Writes DIR/translations/LANG.yaml listing every text of the questionnaire and of its
    /// instrument's titles and recommendations, keyed by stable ids, each with its English
    /// beside it; texts already translated are kept as they are, and none is ever removed.
    /// `saq validate DIR --lang LANG` then says what is missing or stale.
    #[command(after_help = EXIT_CODES)]
    Translate(TranslateArgs),
    /// Show, per section, what is answered and what still blocks submission.
    #[command(after_help = EXIT_CODES)]
    Status(StatusArgs),
    /// Mark an answer set submitted, with the date and a digest of its content.
    ///
    /// Every required question that applies must be answered (or marked not-applicable or
    /// unknown, with a reason). `saq validate` reports a submitted set edited afterwards.
    /// With --sign KEY, also writes FILE.minisig, the signature of the submitted file made with
    /// the focal point's secret key (see `saq keygen`); a set already submitted is signed as it
    /// is.
    #[command(after_help = EXIT_CODES)]
    Submit(SubmitArgs),
    /// Make a key pair to sign submitted answer sets: NAME.key (secret) and NAME.pub (public).
    ///
    /// The focal point keeps NAME.key (encrypted with a password, asked twice) and sends NAME.pub
    /// to the secretariat by a channel other than the answers, which checks signatures with
    /// `saq validate --public-key NAME.pub`. The files are minisign's: `minisign -V` checks the
    /// signatures too. Without a terminal, the password is read from the SAQ_KEY_PASSWORD
    /// environment variable. Existing files are never replaced.
    #[command(after_help = EXIT_CODES)]
    Keygen(KeygenArgs),
    /// Check questionnaire folders and answer sets, reporting every problem with its location.
    ///
    /// With no PATH, checks the built-in questionnaire (the Firearms Protocol's). A folder is
    /// checked as a questionnaire folder (instrument.yaml, questionnaire.yaml, and any answer
    /// sets under examples/); a file is checked as an answer set against the questionnaire it
    /// names, found in the questionnaire library (see `saq list`), or against --questionnaire DIR.
    #[command(after_help = EXIT_CODES)]
    Validate(ValidateArgs),
    /// Write a gap-analysis report for each answer set: a verdict per provision, gaps and
    /// recommendations, technical assistance needs, law-versus-practice flags.
    ///
    /// With one answer set and no --output, the report goes to standard output. With several
    /// (files, or folders of .yaml files), --output DIR receives one report per State, an index
    /// and a comparative view across States (md, html, json), or one CSV of counts per
    /// provision (csv). The comparative view names no State and counts submitted answer sets
    /// only; --named adds the restricted named view, --include-drafts counts drafts. A file
    /// with problems is listed with them and the others are still reported; the exit code is
    /// then 1.
    #[command(after_help = EXIT_CODES)]
    Report(ReportArgs),
    /// Show what changed for one State between two answer sets: verdicts improved or regressed,
    /// measures newly cited, technical assistance requests opened or closed.
    ///
    /// OLD is the earlier answer set (a previous review cycle, or an earlier draft), NEW the later
    /// one. When both give a review cycle (`review: {cycle: …}`) and NEW's comes first, the two
    /// are swapped and a note says so: cycles compare piece by piece, numbers as numbers
    /// (2023–2024 before 2025, cycle 2 before cycle 10). Both are checked as `saq report` checks
    /// them. Without --output, the diff goes to standard output.
    #[command(after_help = EXIT_CODES)]
    Diff(DiffArgs),
    /// List the questionnaires of the library: the built-in one, those under the folders of
    /// --questionnaires DIR and of SAQ_QUESTIONNAIRES, and any folder with problems.
    ///
    /// Answer sets are checked against the first questionnaire listed with the id and version
    /// they name. Exit code 1 when a questionnaire listed has problems (each is printed).
    #[command(after_help = EXIT_CODES)]
    List(ListArgs),
    /// The review after the questionnaire: written feedback, the State's replies, the list of
    /// observations and its summary, in one review file per country review.
    #[command(subcommand)]
    Review(ReviewCommand),
    /// Print the JSON Schema of a file format, for editors that check and complete YAML.
    #[command(after_help = EXIT_CODES)]
    Schema(SchemaArgs),
    /// Print the completion script of a shell, to source from its startup file.
    ///
    /// bash: `saq completions bash > ~/.local/share/bash-completion/completions/saq`;
    /// zsh: into a folder of your $fpath as `_saq`; fish:
    /// `saq completions fish > ~/.config/fish/completions/saq.fish`; PowerShell:
    /// `saq completions powershell | Out-String | Invoke-Expression` in your $PROFILE.
    #[command(after_help = EXIT_CODES)]
    Completions(CompletionsArgs),
    /// Print the manual page (roff), or write one page per command into a folder.
    ///
    /// `saq man | man -l -` reads it; `saq man -o DIR` writes saq.1 and saq-COMMAND.1 for a
    /// MANPATH folder such as ~/.local/share/man/man1.
    #[command(after_help = EXIT_CODES)]
    Man(ManArgs),
}

/// `--questionnaire DIR` and the library's folders, the same for every command that reads
/// answer sets.
#[derive(Debug, Args)]
pub(crate) struct QuestionnaireArg {
    /// Check every answer set against this questionnaire folder (instrument.yaml and
    /// questionnaire.yaml) instead of the questionnaire it names in the library.
    #[arg(long, short = 'q', value_name = "DIR")]
    pub(crate) questionnaire: Option<PathBuf>,
    #[command(flatten)]
    pub(crate) library: LibraryArg,
}

/// `--questionnaires DIR`: folders of the questionnaire library.
#[derive(Debug, Args)]
pub(crate) struct LibraryArg {
    /// A folder of questionnaire folders (or one questionnaire folder) to look in for the
    /// questionnaire an answer set names, after the built-in one and before the folders of
    /// SAQ_QUESTIONNAIRES; may be given more than once.
    #[arg(long = "questionnaires", value_name = "DIR", action = clap::ArgAction::Append)]
    pub(crate) questionnaires: Vec<PathBuf>,
}

/// `--templates DIR`, the same for every command that renders.
#[derive(Debug, Args)]
pub(crate) struct TemplatesArg {
    /// Folder of report templates to use instead of the built-in ones.
    #[arg(long, value_name = "DIR")]
    pub(crate) templates: Option<PathBuf>,
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
    /// Also write the named view (restricted: for the review's participants and the
    /// secretariat): the provision × State matrix, heat map and rows per State, as
    /// comparative-named.{md,html,json} or provisions-named.csv. It names only the States whose
    /// answer sets say `disclosure: secretariat` or `public`; a restricted State (the default)
    /// is counted among those not named, never named. Needs --output.
    #[arg(long, requires = "output")]
    pub(crate) named: bool,
    /// Count draft answer sets in the comparative views too (by default only submitted ones are
    /// counted); every table then says how many drafts it includes. Needs --output.
    #[arg(long, requires = "output")]
    pub(crate) include_drafts: bool,
    /// Write the questionnaire's words (questions, sections, choices, article titles,
    /// recommendations) in this language, from its translation (`saq validate --lang` tells
    /// how complete it is); the States' own answers are shown as written, and the treaty's
    /// words stay in English unless an authentic text in the language is supplied.
    #[arg(long, value_name = "LANG")]
    pub(crate) lang: Option<String>,
    #[command(flatten)]
    pub(crate) templates: TemplatesArg,
    #[command(flatten)]
    pub(crate) questionnaire: QuestionnaireArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ReportFormat {
    /// Markdown.
    Md,
    /// A standalone HTML page.
    Html,
    /// The assessment as JSON (see `saq schema assessment`).
    Json,
    /// For one State, a row per provision; for a batch, a row per provision with the counts
    /// (and, with --named, provisions-named.csv: a row per State named × provision).
    Csv,
}

#[derive(Debug, Args)]
pub(crate) struct ValidateArgs {
    /// Questionnaire folders and answer-set files.
    pub(crate) paths: Vec<PathBuf>,
    /// Check the signature (FILE.minisig) of each answer set against these public keys: key
    /// files, or folders of .pub files. A submitted set without a signature is then an error.
    #[arg(long, value_name = "KEY", action = clap::ArgAction::Append)]
    pub(crate) public_key: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = MessageFormat::Human)]
    pub(crate) format: MessageFormat,
    /// Require the questionnaire's translation into this language (`fr`, `es`, `ar`, `zh`,
    /// `ru`) to be complete and current: what is missing or stale is then an error, not a
    /// warning. Can be given several times.
    #[arg(long, value_name = "LANG", action = clap::ArgAction::Append)]
    pub(crate) lang: Vec<String>,
    #[command(flatten)]
    pub(crate) questionnaire: QuestionnaireArg,
}

#[derive(Debug, Args)]
pub(crate) struct InitArgs {
    /// The State party (or regional organization) answering, as it writes its name.
    #[arg(long, value_name = "NAME")]
    pub(crate) state: String,
    /// Its ISO 3166-1 alpha-3 code (KEN), M49 code (404), or EU.
    #[arg(long, value_name = "CODE")]
    pub(crate) code: Option<String>,
    /// The file to write; `-` writes to standard output.
    #[arg(long, short = 'o', value_name = "FILE", default_value = "answers.yaml")]
    pub(crate) output: PathBuf,
    /// Replace the file if it exists (its answers are lost).
    #[arg(long)]
    pub(crate) force: bool,
    /// Answer one review cluster only (an id of the instrument's clusters, such as I): only
    /// its provisions' questions are listed, asked, counted and reported.
    #[arg(long, value_name = "ID")]
    pub(crate) cluster: Option<String>,
    /// Write the questions, their help and choices in this language, from the questionnaire's
    /// translation (`fr`, `es`, `ar`, `zh`, `ru`), and record it as the language of the answers
    /// (`language:`), which `fill` and `serve` then speak.
    #[arg(long, value_name = "LANG")]
    pub(crate) lang: Option<String>,
    /// The questionnaire to answer: a questionnaire folder, or the id of a questionnaire in the
    /// library (`saq list`), as ID (its highest version) or ID@VERSION. A value that names an
    /// existing folder is that folder. Default: the built-in questionnaire.
    #[arg(long, short = 'q', value_name = "DIR_OR_ID")]
    pub(crate) questionnaire: Option<PathBuf>,
    #[command(flatten)]
    pub(crate) library: LibraryArg,
}

#[derive(Debug, Args)]
pub(crate) struct ListArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = MessageFormat::Human)]
    pub(crate) format: MessageFormat,
    #[command(flatten)]
    pub(crate) library: LibraryArg,
}

#[derive(Debug, Args)]
pub(crate) struct StatusArgs {
    /// Answer-set files.
    #[arg(required = true)]
    pub(crate) files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = MessageFormat::Human)]
    pub(crate) format: MessageFormat,
    /// Write the lines in this language (`fr`, `es`, `ar`, `zh`, `ru`), the sections' titles
    /// from the questionnaire's translation when it has one; by default, the language the
    /// answers are written in (`language:`) when one file is given, else English. The commands
    /// it suggests stay as typed, and the JSON output is the same in every language.
    #[arg(long, value_name = "LANG")]
    pub(crate) lang: Option<String>,
    #[command(flatten)]
    pub(crate) questionnaire: QuestionnaireArg,
}

/// How `status`, `validate` and `list` print what they found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum MessageFormat {
    /// Lines to read: results on standard output, problems on standard error.
    Human,
    /// JSON on standard output, problems included (see `saq schema status`,
    /// `saq schema validation` and `saq schema list`).
    Json,
}

#[derive(Debug, Args)]
pub(crate) struct SubmitArgs {
    /// The answer-set file.
    pub(crate) file: PathBuf,
    /// Sign the submitted file with this secret key (made by `saq keygen`), writing FILE.minisig.
    #[arg(long, value_name = "KEY")]
    pub(crate) sign: Option<PathBuf>,
    #[command(flatten)]
    pub(crate) questionnaire: QuestionnaireArg,
}

/// The steps of a country review after the questionnaire.
#[derive(Debug, Subcommand)]
pub(crate) enum ReviewCommand {
    /// Draft a review file from an answer set: every provision with its reported status, draft
    /// challenges, good practices, assistance needs and questions for clarification taken from
    /// the answers (each marked `draft: true` until a reviewer accepts or rewrites it).
    #[command(after_help = EXIT_CODES)]
    Init(ReviewInitArgs),
    /// Show what is still draft, unanswered or disputed in review files.
    #[command(after_help = EXIT_CODES)]
    Status(ReviewStatusArgs),
    /// Write the written feedback, the list of observations and the summary of review files;
    /// for several, also an overview for the secretariat.
    #[command(after_help = EXIT_CODES)]
    Report(ReviewReportArgs),
    /// Show what changed between two versions of one review: questions and observations added,
    /// withdrawn, accepted or rewritten, replies given, agreements recorded, the summary.
    #[command(after_help = EXIT_CODES)]
    Diff(ReviewDiffArgs),
}

#[derive(Debug, Args)]
pub(crate) struct ReviewDiffArgs {
    /// The earlier version of the review file.
    pub(crate) old: PathBuf,
    /// The later version.
    pub(crate) new: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ReviewFormat::Md)]
    pub(crate) format: ReviewFormat,
    /// Write to this file instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    #[command(flatten)]
    pub(crate) templates: TemplatesArg,
    #[command(flatten)]
    pub(crate) questionnaire: QuestionnaireArg,
}

#[derive(Debug, Args)]
pub(crate) struct ReviewInitArgs {
    /// The answer set under review.
    pub(crate) answers: PathBuf,
    /// The two reviewing States, as `"Coralia (XCO), Dunmore Islands (XDU)"`: names, each with
    /// its code in brackets if it has one, separated by a comma (by semicolons when a name holds
    /// a comma). They get the ids `A` and `B`, in that order.
    #[arg(long, value_name = "STATES")]
    pub(crate) reviewers: String,
    /// The review file to write; `-` writes to standard output.
    #[arg(long, short = 'o', value_name = "FILE", default_value = "review.yaml")]
    pub(crate) output: PathBuf,
    /// Replace the file if it exists (what it holds is lost).
    #[arg(long)]
    pub(crate) force: bool,
    #[command(flatten)]
    pub(crate) questionnaire: QuestionnaireArg,
}

#[derive(Debug, Args)]
pub(crate) struct ReviewStatusArgs {
    /// Review files.
    #[arg(required = true)]
    pub(crate) files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = MessageFormat::Human)]
    pub(crate) format: MessageFormat,
    #[command(flatten)]
    pub(crate) questionnaire: QuestionnaireArg,
}

#[derive(Debug, Args)]
pub(crate) struct ReviewReportArgs {
    /// Review files, or folders of them.
    #[arg(required = true)]
    pub(crate) paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ReviewFormat::Md)]
    pub(crate) format: ReviewFormat,
    /// The folder to write to; required for several reviews.
    #[arg(long, short = 'o', value_name = "DIR")]
    pub(crate) output: Option<PathBuf>,
    /// Write the report in this language (`fr`, `es`, `ar`, `zh`, `ru`): its own words from the
    /// catalogs, the questionnaire's (articles' titles, provisions, choices) from its
    /// translation; the reviewers' and the State's own words are shown as written, and the
    /// treaty's words stay in English unless an authentic text in the language is supplied.
    #[arg(long, value_name = "LANG")]
    pub(crate) lang: Option<String>,
    #[command(flatten)]
    pub(crate) templates: TemplatesArg,
    #[command(flatten)]
    pub(crate) questionnaire: QuestionnaireArg,
}

/// The formats of a review report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ReviewFormat {
    /// Markdown.
    Md,
    /// A standalone HTML page.
    Html,
    /// The review as JSON.
    Json,
}

#[derive(Debug, Args)]
pub(crate) struct KeygenArgs {
    /// The key files to make, without extension: NAME.key and NAME.pub.
    #[arg(value_name = "NAME")]
    pub(crate) name: PathBuf,
    /// Leave the secret key unencrypted (anyone who copies NAME.key can then sign).
    #[arg(long)]
    pub(crate) no_password: bool,
}

#[derive(Debug, Args)]
pub(crate) struct FillArgs {
    /// The answer-set file (make one with `saq init`).
    pub(crate) file: PathBuf,
    /// Start at this question (its id) instead of the first unanswered one.
    #[arg(long, value_name = "QUESTION")]
    pub(crate) from: Option<String>,
    /// Ask the questions in this language, from the questionnaire's translation; by default,
    /// the language the answers are written in (`language:`), if the questionnaire has it.
    #[arg(long, value_name = "LANG")]
    pub(crate) lang: Option<String>,
    #[command(flatten)]
    pub(crate) questionnaire: QuestionnaireArg,
}

#[derive(Debug, Args)]
pub(crate) struct ServeArgs {
    /// The answer-set file (make one with `saq init`).
    pub(crate) file: PathBuf,
    /// The port to listen on, on 127.0.0.1 only; 0 lets the system pick a free one.
    #[arg(long, default_value_t = 0)]
    pub(crate) port: u16,
    /// Open the address in the default web browser.
    #[arg(long)]
    pub(crate) open: bool,
    /// Show the questionnaire's words and the pages' words in this language, from their
    /// translations (`fr`, `es`, `ar`, `zh`, `ru`); by default, the language the answers are
    /// written in (`language:`), if the questionnaire has it. Answers are saved as typed.
    #[arg(long, value_name = "LANG")]
    pub(crate) lang: Option<String>,
    #[command(flatten)]
    pub(crate) questionnaire: QuestionnaireArg,
}

#[derive(Debug, Args)]
pub(crate) struct TranslateArgs {
    /// The questionnaire folder (the built-in questionnaire's is questionnaires/firearms-protocol
    /// in saq's source).
    pub(crate) dir: PathBuf,
    /// The language, as a BCP 47 tag: `fr`, `es`, `ar`, `zh`, `ru`…
    #[arg(long, value_name = "LANG")]
    pub(crate) lang: String,
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
    /// The named view that `saq report --format json --named` writes (restricted).
    ComparisonNamed,
    /// The comparison that `saq diff --format json` writes.
    Diff,
    /// What `saq status --format json` writes.
    Status,
    /// What `saq validate --format json` writes.
    Validation,
    /// What `saq list --format json` writes.
    List,
    /// A review file: the dialogue, the list of observations and the summary of one country
    /// review.
    Review,
    /// What `saq review status --format json` writes.
    ReviewStatus,
    /// The review report that `saq review report --format json` writes.
    ReviewReport,
    /// The overview that `saq review report --format json -o DIR` writes (`overview.json`).
    ReviewOverview,
    /// What `saq review diff --format json` writes.
    ReviewDiff,
}

#[derive(Debug, Args)]
pub(crate) struct DiffArgs {
    /// The earlier answer set (swapped with NEW if its review cycle is the later one).
    pub(crate) old: PathBuf,
    /// The later answer set.
    pub(crate) new: PathBuf,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = DiffFormat::Md)]
    pub(crate) format: DiffFormat,
    /// File to write the diff to.
    #[arg(long = "output", short = 'o', value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    /// Write the diff in this language (the questionnaire's words from its translation,
    /// the diff's own from the catalogs); the States' answers as written.
    #[arg(long, value_name = "LANG")]
    pub(crate) lang: Option<String>,
    #[command(flatten)]
    pub(crate) templates: TemplatesArg,
    #[command(flatten)]
    pub(crate) questionnaire: QuestionnaireArg,
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

#[derive(Debug, Args)]
pub(crate) struct CompletionsArgs {
    /// The shell.
    pub(crate) shell: Shell,
}

/// The shells saq writes completions for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Shell {
    /// Bash.
    Bash,
    /// Zsh.
    Zsh,
    /// Fish.
    Fish,
    /// PowerShell (Windows, or pwsh elsewhere).
    Powershell,
}

#[derive(Debug, Args)]
pub(crate) struct ManArgs {
    /// Folder to write one page per command into (saq.1, saq-report.1 …) instead of printing
    /// the main page.
    #[arg(long = "output", short = 'o', value_name = "DIR")]
    pub(crate) output: Option<PathBuf>,
}
