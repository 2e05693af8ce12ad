//! `saq status`: per section, what is answered and what still blocks submission, as lines or
//! as the JSON of [`StatusReport`].
//!
//! The lines are in the language the focal point reads (`--lang`, else the `language:` of the
//! one answer set asked about, else English): saq's own words from the catalogs' `cli` area, the
//! sections' titles from the questionnaire's translation when it has one. The JSON is the same
//! in every language.

use std::collections::HashMap;

use saq_collect::Counts;
use saq_collect::status::{FileStatus, StatusReport};
use saq_i18n::Arg;
use saq_model::Bundle;
use saq_model::answer_set::Status;
use saq_model::printable;

use crate::args::{MessageFormat, StatusArgs};
use crate::error::{CliError, Outcome};
use crate::load::Questionnaires;
use crate::output::{self, say, shell_word};
use crate::words::Words;

/// How many missing question ids a section line names before it says "and N more".
const SHOWN: usize = 5;

pub(crate) fn run(args: &StatusArgs) -> Result<Outcome, CliError> {
    let questionnaires = Questionnaires::new(&args.questionnaire)?;
    let mut outcome = Outcome::Ok;
    let mut files = Vec::new();
    // What later commands on each file need to find its questionnaire, for the hints; the
    // questionnaire, for its sections' titles in the reader's language; the language the
    // answers say they are written in.
    let mut carries = Vec::new();
    let mut bundles = Vec::new();
    let mut written_in = Vec::new();
    for path in &args.files {
        match questionnaires.answers(path) {
            Ok(answers) => {
                let name = &answers.source.name;
                written_in.push(
                    answers
                        .checked
                        .value
                        .as_ref()
                        .and_then(|a| a.file.language.as_ref())
                        .map(|l| l.value.clone()),
                );
                let file = match &answers.found {
                    Some(found) => FileStatus::of(name, answers.checked, found.bundle),
                    None => FileStatus::unchecked(name, answers.checked.diagnostics),
                };
                if file.errors() > 0 {
                    outcome = outcome.max(Outcome::InputProblems);
                }
                bundles.push(answers.found.as_ref().map(|f| f.bundle));
                carries.push(answers.found.map(|f| f.carry).unwrap_or_default());
                files.push(file);
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
            let json = serde_json::to_string_pretty(&StatusReport::new(files)).unwrap_or_default();
            output::document(&format!("{json}\n"), true)?;
        }
        MessageFormat::Human => {
            // One answer set is shown in its own language; several in English, unless `--lang`
            // says otherwise.
            let own = match written_in.as_slice() {
                [one] if args.files.len() == 1 => one.as_deref(),
                _ => None,
            };
            let words = Words::new(args.lang.as_deref(), own)?;
            for (i, ((file, carry), bundle)) in files.iter().zip(&carries).zip(&bundles).enumerate()
            {
                output::diagnostics(&file.diagnostics);
                if i > 0 {
                    say!();
                }
                print(&words, file, carry, *bundle);
            }
        }
    }
    Ok(outcome)
}

/// The file's table and what blocks submission; `carry` holds the options the commands it
/// suggests need to find the file's questionnaire, `bundle` is that questionnaire.
fn print(words: &Words, file: &FileStatus, carry: &str, bundle: Option<&Bundle>) {
    let name = Arg::from(&file.file);
    let (Some(state), Some(status)) = (&file.state, file.status) else {
        let why = match file.diagnostics.first().map(|d| d.code) {
            Some("unknown-questionnaire" | "unknown-questionnaire-version") => {
                "cli-status-not-in-library"
            }
            Some("questionnaire-has-problems") => "cli-status-questionnaire-problems",
            _ => "cli-status-unreadable",
        };
        say!("{}", words.say(why, &[("file", name)]));
        return;
    };
    let shown = shell_word(&file.file);
    let status_word = words.word(match status {
        Status::Draft => "status-draft",
        Status::Submitted => "status-submitted",
    });
    let state_name = printable::line(&state.name);
    say!(
        "{}",
        words.say(
            "cli-status-heading",
            &[
                ("file", name),
                ("state", Arg::from(state_name.as_ref())),
                ("status", Arg::from(&status_word)),
            ],
        )
    );
    table(words, file, bundle);
    if !file.not_applying_questions.is_empty() {
        let list = list(words, &file.not_applying_questions, 10);
        say!(
            "{}",
            words.say(
                "cli-status-not-counted",
                &[
                    ("count", file.not_applying_questions.len().into()),
                    ("list", Arg::from(&list)),
                ],
            )
        );
        say!(
            "  = help: {}",
            words.say("cli-status-not-counted-help", &[])
        );
    }
    let errors = file.errors();
    if status == Status::Submitted {
        let submitted = match file.submitted.as_deref() {
            Some(date) => words.say(
                "cli-status-submitted-on",
                &[("date", Arg::from(&words.date(date)))],
            ),
            None => words.say("cli-status-submitted-undated", &[]),
        };
        if errors == 0 {
            say!("{submitted}");
        } else {
            say!(
                "{}",
                words.say(
                    "cli-status-submitted-with-problems",
                    &[
                        ("submitted", Arg::from(&submitted)),
                        ("count", errors.into())
                    ],
                )
            );
        }
        return;
    }
    if file.ready_to_submit {
        let command = format!("saq submit {shown}{carry}");
        say!(
            "{}",
            words.say("cli-status-ready", &[("command", Arg::from(&command))])
        );
        return;
    }
    if !file.missing.is_empty() {
        let list = list(words, &file.missing, 10);
        say!(
            "{}",
            words.say(
                "cli-status-missing",
                &[
                    ("count", file.missing.len().into()),
                    ("list", Arg::from(&list))
                ],
            )
        );
        let command = format!("saq fill {shown}{carry}");
        say!(
            "  = help: {}",
            words.say(
                "cli-status-missing-help",
                &[("command", Arg::from(&command))]
            )
        );
    }
    if errors > 0 {
        say!(
            "{}",
            words.say("cli-status-problems", &[("count", errors.into())])
        );
    }
}

/// One row of the table: a section's title, then its numbers and missing questions, or why it
/// does not apply.
enum Row {
    Counts([String; 3], String),
    Skipped(String),
}

/// The table of the sections: the answered, applicable and required columns right-aligned
/// under their headings (each as wide as the widest of its heading and numbers), the missing
/// questions after them.
fn table(words: &Words, file: &FileStatus, bundle: Option<&Bundle>) {
    let sections = SectionWords::of(bundle, words.lang());
    let heading = |id: &str| words.say(id, &[]);
    let section = heading("cli-status-column-section");
    let headings = [
        heading("cli-status-column-answered"),
        heading("cli-status-column-applicable"),
        heading("cli-status-column-required"),
    ];
    let missing = heading("cli-status-column-missing");
    let all = heading("cli-status-all-sections");
    let cells = |counts: &Counts| {
        [
            words.number(counts.answered),
            words.number(counts.applicable),
            words.say(
                "cli-status-required-of",
                &[
                    ("answered", counts.required_answered.into()),
                    ("required", counts.required.into()),
                ],
            ),
        ]
    };
    let rows: Vec<(&str, Row)> = file
        .sections
        .iter()
        .map(|s| {
            let row = match &s.skip_reason {
                Some(reason) => Row::Skipped(words.say(
                    "cli-status-does-not-apply",
                    &[("reason", Arg::from(sections.reason(&s.id, reason)))],
                )),
                None => Row::Counts(cells(&s.counts), list(words, &s.missing, SHOWN)),
            };
            (sections.title(&s.id, &s.title), row)
        })
        .collect();
    let total = cells(&file.total);
    let width = rows
        .iter()
        .map(|(title, _)| columns(title))
        .chain([columns(&all), columns(&section)])
        .max()
        .unwrap_or(0);
    let mut widths = headings.each_ref().map(|h| columns(h));
    let numbers = rows.iter().filter_map(|(_, row)| match row {
        Row::Counts(cells, _) => Some(cells),
        Row::Skipped(_) => None,
    });
    for cells in numbers.chain([&total]) {
        for (width, cell) in widths.iter_mut().zip(cells) {
            *width = (*width).max(columns(cell));
        }
    }
    let aligned = |cells: &[String; 3]| {
        cells
            .iter()
            .zip(widths)
            .map(|(cell, width)| right(cell, width))
            .collect::<Vec<_>>()
            .join("  ")
    };
    say!(
        "  {}  {}  {missing}",
        pad(&section, width),
        aligned(&headings)
    );
    for (title, row) in &rows {
        let title = pad(title, width);
        match row {
            Row::Skipped(text) => say!("  {title}  {text}"),
            Row::Counts(cells, missing) => {
                let line = format!("  {title}  {}  {missing}", aligned(cells));
                say!("{}", line.trim_end());
            }
        }
    }
    say!(
        "  {}  {}  {}",
        pad(&all, width),
        aligned(&total),
        words.number(file.missing.len())
    );
}

/// `text` followed by spaces to fill `width` columns.
fn pad(text: &str, width: usize) -> String {
    let fill = width.saturating_sub(columns(text));
    format!("{text}{}", " ".repeat(fill))
}

/// `text` after spaces that fill `width` columns.
fn right(text: &str, width: usize) -> String {
    let fill = width.saturating_sub(columns(text));
    format!("{}{text}", " ".repeat(fill))
}

/// The columns `text` takes in a terminal (the answer file's measure, shared).
pub(crate) fn columns(text: &str) -> usize {
    saq_model::answer_file::columns(text)
}

/// The first `shown` of `ids`, and how many more there are.
fn list(words: &Words, ids: &[String], shown: usize) -> String {
    let text = ids
        .iter()
        .take(shown)
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(", ");
    if ids.len() <= shown {
        return text;
    }
    words.say(
        "cli-status-and-more",
        &[
            ("list", Arg::from(&text)),
            ("count", (ids.len() - shown).into()),
        ],
    )
}

/// The sections' titles and reasons for not applying in the reader's language, from the
/// questionnaire's translation into it (none when it has none: the words stay as written).
struct SectionWords(HashMap<String, Translated>);

/// One section's words, translated.
struct Translated {
    title: String,
    /// Its reason for not applying: as written, and translated.
    reason: Option<(String, String)>,
}

impl SectionWords {
    fn of(bundle: Option<&Bundle>, lang: &str) -> SectionWords {
        let Some(bundle) = bundle.filter(|b| b.translation(lang).is_some()) else {
            return SectionWords(HashMap::new());
        };
        let translated = bundle.translated(lang);
        let words = bundle
            .questionnaire
            .sections
            .iter()
            .zip(&translated.questionnaire.sections)
            .filter(|(written, translated)| written.id.value == translated.id.value)
            .map(|(written, translated)| {
                let words = Translated {
                    title: translated.title.clone(),
                    reason: written
                        .skip_reason
                        .clone()
                        .zip(translated.skip_reason.clone()),
                };
                (written.id.value.clone(), words)
            })
            .collect();
        SectionWords(words)
    }

    /// The title of section `id`, written `title`.
    fn title<'a>(&'a self, id: &str, title: &'a str) -> &'a str {
        self.0.get(id).map_or(title, |t| t.title.as_str())
    }

    /// Why section `id` does not apply, `reason` as written.
    fn reason<'a>(&'a self, id: &str, reason: &'a str) -> &'a str {
        match self.0.get(id).and_then(|t| t.reason.as_ref()) {
            Some((written, translated)) if written == reason => translated,
            _ => reason,
        }
    }
}
