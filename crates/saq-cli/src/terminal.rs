//! The terminal side of `saq fill`: the interview's [`Prompt`], with plain line input.
//!
//! Plain lines, not a menu drawn with arrow keys: they work in every terminal (a Windows
//! console, a remote session, a screen reader), need no terminal library, and an answer can be
//! pasted. Every reply is typed and ended with Enter; commands start with `/`.

use std::io::{self, BufRead, Write};

use std::ffi::OsString;

use saq_collect::prompt::Row;
use saq_collect::typed::{self, Unreadable};
use saq_collect::{Asked, Command, Notice, Prompt, Reply};
use saq_model::answer::{Answer, Citation};
use saq_model::printable;
use saq_model::questionnaire::{Choice, Column, ColumnKind, Question};
use serde_json::Value as Json;

/// Text is wrapped to this width: readable in the smallest usual terminal.
const WIDTH: usize = 78;

const HELP: &str = "\
Commands, at any question:
  /back            go back to the previous question
  /skip            leave this question as it is and go on (Enter does the same)
  /na REASON       the question does not apply to your country, and why
  /unknown REASON  the answer is not known, and why
  /quit            stop here: every answer given so far is already saved
  /lines           (text) type several lines, then a line holding only a dot
  /edit            (text) write the answer in your editor ($VISUAL or $EDITOR)
  /help            this list
An answer that starts with / is typed with two: //.
Ctrl-C stops at once; every answer given so far is already saved.";

/// A prompt over a line reader and a writer (standard input and output in `saq fill`).
pub(crate) struct Terminal<R, W> {
    input: R,
    output: W,
    /// The editor `/edit` opens (`$VISUAL`, else `$EDITOR`), as set.
    editor: Option<OsString>,
    /// The list question (citations or table) whose entries are being asked, so that its text
    /// is shown once, not before every entry.
    listing: Option<String>,
}

/// One line typed, understood.
enum Typed {
    Value(String),
    Empty,
    Command(Command),
    Lines,
    Edit,
}

/// What a kind of question makes of one line typed: its reply, or what to say before asking
/// again.
type Understood<T> = Result<Reply<T>, String>;

/// Said when `/lines` or `/edit` is typed at a question that is not a text question.
const NOT_TEXT: &str = "That is for text questions.";

/// A table cell typed: a value, left blank, or the end of the table.
enum Cell {
    Value(Json),
    Blank,
    EndOfTable,
}

impl<R: BufRead, W: Write> Terminal<R, W> {
    pub(crate) fn new(input: R, output: W, editor: Option<OsString>) -> Self {
        Terminal {
            input,
            output,
            editor,
            listing: None,
        }
    }

    /// Writes a line. Text from the questionnaire or the answers may hold control characters:
    /// they are shown escaped, never obeyed.
    fn say(&mut self, text: &str) -> io::Result<()> {
        writeln!(self.output, "{}", printable::text(text))
    }

    /// Wrapped text, each line indented by `indent` spaces.
    fn say_wrapped(&mut self, indent: usize, text: &str) -> io::Result<()> {
        let pad = " ".repeat(indent);
        for line in saq_model::answer_file::wrap(text, WIDTH.saturating_sub(indent)) {
            writeln!(self.output, "{pad}{}", printable::text(&line))?;
        }
        Ok(())
    }

    /// A line, without its line break; `None` at the end of input.
    fn read_line(&mut self, prompt: &str) -> io::Result<Option<String>> {
        write!(self.output, "{}", printable::text(prompt))?;
        self.output.flush()?;
        let mut line = String::new();
        if self.input.read_line(&mut line)? == 0 {
            writeln!(self.output)?;
            return Ok(None);
        }
        Ok(Some(line.trim_end_matches(['\n', '\r']).to_owned()))
    }

    /// The one read loop: a line typed at `prompt`, understood by `understand` (a command is a
    /// reply of its own), until it makes a reply; whatever it says instead is said, and the
    /// line asked again.
    fn ask<T>(
        &mut self,
        prompt: &str,
        mut understand: impl FnMut(&mut Self, Typed) -> io::Result<Understood<T>>,
    ) -> io::Result<Reply<T>> {
        loop {
            let understood = match self.read(prompt)? {
                Typed::Command(command) => Ok(Reply::Command(command)),
                typed => understand(self, typed)?,
            };
            match understood {
                Ok(reply) => return Ok(reply),
                Err(again) => self.say(&again)?,
            }
        }
    }

    /// Asks for one value, as for every kind of question but text: Enter skips, a value is read
    /// by `value`, `/lines` and `/edit` are refused.
    fn ask_value<T>(
        &mut self,
        prompt: &str,
        value: impl Fn(&str) -> Result<T, Unreadable>,
    ) -> io::Result<Reply<T>> {
        self.ask(prompt, |_, typed| {
            Ok(match typed {
                Typed::Value(typed) => value(&typed).map(Reply::Answer).map_err(hint),
                Typed::Empty => Ok(Reply::Command(Command::Skip)),
                Typed::Lines | Typed::Edit => Err(NOT_TEXT.into()),
                Typed::Command(command) => Ok(Reply::Command(command)),
            })
        })
    }

    /// A line typed at `prompt`, with `/help` answered and reasons asked for here. The end of
    /// input (Ctrl-D) is `/quit`.
    fn read(&mut self, prompt: &str) -> io::Result<Typed> {
        loop {
            let Some(line) = self.read_line(prompt)? else {
                return Ok(Typed::Command(Command::SaveAndQuit));
            };
            let line = line.trim();
            if line.is_empty() {
                return Ok(Typed::Empty);
            }
            if let Some(rest) = line.strip_prefix("//") {
                return Ok(Typed::Value(format!("/{rest}")));
            }
            let Some(command) = line.strip_prefix('/') else {
                return Ok(Typed::Value(line.to_owned()));
            };
            let (word, rest) = command
                .split_once(char::is_whitespace)
                .map_or((command, ""), |(w, r)| (w, r.trim()));
            match word.to_ascii_lowercase().as_str() {
                "back" | "b" => return Ok(Typed::Command(Command::Back)),
                "skip" | "s" => return Ok(Typed::Command(Command::Skip)),
                "quit" | "q" | "save" => return Ok(Typed::Command(Command::SaveAndQuit)),
                "lines" | "l" => return Ok(Typed::Lines),
                "edit" | "e" => return Ok(Typed::Edit),
                "help" | "h" | "?" => self.say(HELP)?,
                "na" | "n/a" | "not-applicable" => {
                    if let Some(reason) = self.reason(rest, "Why does it not apply? ")? {
                        return Ok(Typed::Command(Command::NotApplicable(reason)));
                    }
                }
                "unknown" | "u" => {
                    if let Some(reason) = self.reason(rest, "Why is it not known? ")? {
                        return Ok(Typed::Command(Command::Unknown(reason)));
                    }
                }
                _ => self.say(&format!("`/{word}` is not a command; /help lists them"))?,
            }
        }
    }

    /// The reason given with a command, or asked for; `None` (back to the question) when none
    /// is given.
    fn reason(&mut self, given: &str, ask: &str) -> io::Result<Option<String>> {
        if !given.is_empty() {
            return Ok(Some(given.to_owned()));
        }
        let reason = self.read_line(ask)?.unwrap_or_default();
        if reason.trim().is_empty() {
            self.say("A reason is needed; back to the question.")?;
            return Ok(None);
        }
        Ok(Some(reason.trim().to_owned()))
    }

    /// Several lines, until one holding only a dot.
    fn lines(&mut self) -> io::Result<String> {
        self.say("Type the lines; end with a line holding only a dot (.).")?;
        let mut lines = Vec::new();
        while let Some(line) = self.read_line("| ")? {
            if line.trim() == "." {
                break;
            }
            lines.push(line);
        }
        Ok(lines.join("\n"))
    }

    /// The text written in the editor, or what to say when there is none or it failed.
    fn edit(&mut self, current: &str) -> Understood<String> {
        let Some(editor) = self.editor.clone() else {
            return Err("No editor is set: set VISUAL or EDITOR (for instance to nano or notepad), or use /lines.".into());
        };
        crate::editor::edit(&editor, current)
            .map(Reply::Answer)
            .map_err(|err| format!("The editor failed: {err}"))
    }

    /// The question, its help, the provisions it assesses and the answer on file.
    fn show(&mut self, asked: &Asked<'_>) -> io::Result<()> {
        let question = asked.question;
        self.say("")?;
        self.say(&format!(
            "[{} · {} of {} applicable answered]",
            asked.section.title, asked.overall.answered, asked.overall.applicable
        ))?;
        let required = if question.required { ", required" } else { "" };
        self.say_wrapped(
            0,
            &format!("{}  ({}{required})", question.text, question.id.value),
        )?;
        if let Some(help) = &question.help {
            self.say_wrapped(2, help)?;
        }
        for provision in asked.provisions {
            self.say_wrapped(
                2,
                &format!(
                    "Provision {}: \"{}\"",
                    provision.id.value,
                    provision.text.trim()
                ),
            )?;
        }
        if let Some(current) = asked.current {
            self.say_wrapped(
                2,
                &format!("Answer on file: {}", describe(current, asked.choices)),
            )?;
        }
        Ok(())
    }

    /// A question on its own (not a list's entry): shown, with its choices if it has any.
    fn start(&mut self, asked: &Asked<'_>) -> io::Result<()> {
        self.listing = None;
        self.show(asked)?;
        for (i, choice) in asked.choices.iter().enumerate() {
            self.say(&format!("  {}) {}", i + 1, choice.label))?;
        }
        Ok(())
    }

    fn keep_hint(asked: &Asked<'_>) -> &'static str {
        if asked.current.is_some() {
            "Enter keeps the answer on file"
        } else {
            "Enter skips"
        }
    }

    /// Shows a list question once, with the entries it already has.
    fn start_listing(&mut self, asked: &Asked<'_>, entries: &[String]) -> io::Result<()> {
        if self.listing.as_deref() == Some(asked.question.id.value.as_str()) {
            return Ok(());
        }
        self.listing = Some(asked.question.id.value.clone());
        self.show(asked)?;
        for (i, entry) in entries.iter().enumerate() {
            self.say(&format!("  {}. {entry}", i + 1))?;
        }
        Ok(())
    }
}

impl<R: BufRead, W: Write> Prompt for Terminal<R, W> {
    fn notify(&mut self, notice: &Notice<'_>) -> io::Result<()> {
        if !matches!(notice, Notice::Rejected { .. }) {
            self.listing = None;
        }
        match notice {
            Notice::Resuming { question, overall } => self.say_wrapped(
                0,
                &format!(
                    "Resuming at the first unanswered question, {} ({} of {} applicable questions answered).",
                    question.id.value, overall.answered, overall.applicable
                ),
            ),
            Notice::Section { section, in_section } => {
                self.say("")?;
                self.say(&format!("== {} ==", section.title))?;
                if let Some(intro) = &section.intro {
                    self.say_wrapped(0, intro)?;
                }
                self.say(&format!(
                    "{} of {} applicable questions answered in this section. /help lists the commands.",
                    in_section.answered, in_section.applicable
                ))
            }
            Notice::SectionSkipped { section, reason } => {
                self.say_wrapped(0, &format!("Skipping {}: {reason}", section.title))
            }
            Notice::Skipped { question, reason } => self.say_wrapped(
                0,
                &format!("Skipping {} ({}): {reason}", question.id.value, short(&question.text)),
            ),
            Notice::Rejected { problems } => {
                for (message, help) in problems {
                    self.say_wrapped(0, &format!("Not saved: {message}"))?;
                    if let Some(help) = help {
                        self.say_wrapped(2, help)?;
                    }
                }
                Ok(())
            }
            Notice::KeptAside { questions } => self.say_wrapped(
                0,
                &format!(
                    "Kept aside, not deleted: the answers to {} no longer apply. They are kept under `inactive:` and come back if the questions apply again.",
                    ids(questions)
                ),
            ),
            Notice::Restored { questions } => self.say_wrapped(
                0,
                &format!("Brought back your earlier answers to {}.", ids(questions)),
            ),
            Notice::BackedUp { file, backup } => {
                self.say(&crate::submit::backed_up(file, backup))
            }
            Notice::AtFirstQuestion => self.say("This is the first question."),
            Notice::Finished {
                unanswered,
                missing_required,
            } => {
                self.say("")?;
                if unanswered.is_empty() {
                    return self.say("End of the questionnaire: every applicable question is answered.");
                }
                self.say_wrapped(
                    0,
                    &format!(
                        "End of the questionnaire. {} applicable question{} without an answer; {} of them required{}.",
                        unanswered.len(),
                        if unanswered.len() == 1 { " is" } else { "s are" },
                        missing_required.len(),
                        if missing_required.is_empty() {
                            String::new()
                        } else {
                            format!(": {}", ids(missing_required))
                        }
                    ),
                )
            }
        }
    }

    fn ask_choice(&mut self, asked: &Asked<'_>) -> io::Result<Reply<String>> {
        self.start(asked)?;
        let prompt = format!("Number ({}): ", Self::keep_hint(asked));
        self.ask_value(&prompt, |typed| typed::choice(asked.choices, typed))
    }

    fn ask_choices(&mut self, asked: &Asked<'_>) -> io::Result<Reply<Vec<String>>> {
        self.start(asked)?;
        let prompt = format!(
            "Numbers separated by commas, or `none` ({}): ",
            Self::keep_hint(asked)
        );
        self.ask_value(&prompt, |typed| typed::choices(asked.choices, typed))
    }

    fn ask_text(&mut self, asked: &Asked<'_>) -> io::Result<Reply<String>> {
        self.start(asked)?;
        let prompt = format!(
            "Text on one line, /lines for several, /edit for your editor ({}): ",
            Self::keep_hint(asked)
        );
        let current = match asked.current {
            Some(Answer::Text(text)) => text.as_str(),
            _ => "",
        };
        self.ask(&prompt, |terminal, typed| {
            Ok(match typed {
                Typed::Value(text) => Ok(Reply::Answer(text)),
                Typed::Empty => Ok(Reply::Command(Command::Skip)),
                Typed::Lines => Ok(Reply::Answer(terminal.lines()?)),
                Typed::Edit => terminal.edit(current),
                Typed::Command(command) => Ok(Reply::Command(command)),
            })
        })
    }

    fn ask_number(&mut self, asked: &Asked<'_>) -> io::Result<Reply<f64>> {
        self.start(asked)?;
        let prompt = format!("Number ({}): ", Self::keep_hint(asked));
        self.ask_value(&prompt, typed::number)
    }

    fn ask_date(&mut self, asked: &Asked<'_>) -> io::Result<Reply<String>> {
        self.start(asked)?;
        let prompt = format!("Date, YYYY-MM-DD ({}): ", Self::keep_hint(asked));
        self.ask_value(&prompt, typed::date)
    }

    fn ask_citation(
        &mut self,
        asked: &Asked<'_>,
        so_far: &[Citation],
    ) -> io::Result<Reply<Option<Citation>>> {
        let listed: Vec<String> = so_far.iter().map(cite).collect();
        self.start_listing(asked, &listed)?;
        let prompt = format!(
            "Measure {}: title (Enter when the list is complete): ",
            so_far.len() + 1
        );
        let title = match self.ask(&prompt, |_, typed| {
            Ok(match typed {
                Typed::Value(title) => Ok(Reply::Answer(Some(title))),
                Typed::Empty => Ok(Reply::Answer(None)),
                Typed::Lines | Typed::Edit => Err(NOT_TEXT.into()),
                Typed::Command(command) => Ok(Reply::Command(command)),
            })
        })? {
            Reply::Answer(Some(title)) => title,
            Reply::Answer(None) => return Ok(Reply::Answer(None)),
            Reply::Command(command) => return Ok(Reply::Command(command)),
        };
        let optional =
            |text: Option<String>| text.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty());
        let article = optional(self.read_line("  article or section (Enter for none): ")?);
        let url = optional(self.read_line("  link (Enter for none): ")?);
        Ok(Reply::Answer(Some(Citation {
            title,
            article,
            url,
        })))
    }

    fn ask_row(
        &mut self,
        asked: &Asked<'_>,
        columns: &[Column],
        so_far: &[Row],
    ) -> io::Result<Reply<Option<Row>>> {
        let listed: Vec<String> = so_far
            .iter()
            .map(|row| describe_row(columns, row))
            .collect();
        self.start_listing(asked, &listed)?;
        self.say(&format!(
            "Row {} (Enter at the first column when the table is complete):",
            so_far.len() + 1
        ))?;
        let mut row = Row::new();
        for (i, column) in columns.iter().enumerate() {
            let prompt = format!("  {}: ", column_prompt(column));
            let cell = self.ask(&prompt, |_, typed| {
                Ok(match typed {
                    Typed::Empty if i == 0 => Ok(Reply::Answer(Cell::EndOfTable)),
                    Typed::Empty if column.required => Err("  This column is required.".into()),
                    Typed::Empty => Ok(Reply::Answer(Cell::Blank)),
                    Typed::Lines | Typed::Edit => Err(format!("  {NOT_TEXT}")),
                    Typed::Value(typed) => typed::cell(column, &typed)
                        .map(|value| Reply::Answer(Cell::Value(value)))
                        .map_err(|unreadable| format!("  {}", hint(unreadable))),
                    Typed::Command(command) => Ok(Reply::Command(command)),
                })
            })?;
            match cell {
                Reply::Answer(Cell::Value(value)) => {
                    row.insert(column.id.value.clone(), value);
                }
                Reply::Answer(Cell::Blank) => {}
                Reply::Answer(Cell::EndOfTable) => return Ok(Reply::Answer(None)),
                Reply::Command(command) => return Ok(Reply::Command(command)),
            }
        }
        Ok(Reply::Answer(Some(row)))
    }
}

/// What to type instead of a text that is not a value of the kind asked for.
fn hint(unreadable: Unreadable) -> String {
    match unreadable {
        Unreadable::NotAChoice(n) => format!("Type a number from 1 to {n}, or /help."),
        Unreadable::NotChoices(n) => {
            format!("Type numbers from 1 to {n}, such as `1, 3`, or /help.")
        }
        Unreadable::NotANumber => "Write digits only, such as 42 or 3.5.".into(),
        Unreadable::NotADate => "Write the date as YYYY-MM-DD, such as 2026-03-31.".into(),
    }
}

fn column_prompt(column: &Column) -> String {
    let about = match column.kind {
        ColumnKind::Text => "text".to_owned(),
        ColumnKind::Number => "number".to_owned(),
        ColumnKind::Date => "YYYY-MM-DD".to_owned(),
        ColumnKind::Choice => column
            .choices
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{}) {}", i + 1, c.label))
            .collect::<Vec<_>>()
            .join(" "),
    };
    let required = if column.required { ", required" } else { "" };
    format!("{} ({about}{required})", column.label)
}

/// An answer on file, in a few words.
fn describe(answer: &Answer, choices: &[Choice]) -> String {
    let label = |value: &str| {
        choices
            .iter()
            .find(|c| c.value.value == value)
            .map_or_else(|| value.to_owned(), |c| c.label.clone())
    };
    match answer {
        Answer::Choice(value) => label(value),
        Answer::Choices(values) if values.is_empty() => "none".into(),
        Answer::Choices(values) => values
            .iter()
            .map(|v| label(v))
            .collect::<Vec<_>>()
            .join(", "),
        Answer::Text(text) => short(text),
        Answer::Number(n) => n.to_string(),
        Answer::Date(date) => date.clone(),
        Answer::Citations(list) => format!(
            "{} measure{} cited",
            list.len(),
            if list.len() == 1 { "" } else { "s" }
        ),
        Answer::Table(rows) => format!(
            "{} row{}",
            rows.len(),
            if rows.len() == 1 { "" } else { "s" }
        ),
        Answer::NotApplicable(reason) => format!("not applicable: {reason}"),
        Answer::Unknown(reason) => format!("unknown: {reason}"),
    }
}

fn cite(citation: &Citation) -> String {
    let mut text = citation.title.clone();
    if let Some(article) = &citation.article {
        text.push_str(&format!(", {article}"));
    }
    if let Some(url) = &citation.url {
        text.push_str(&format!(" <{url}>"));
    }
    text
}

fn describe_row(columns: &[Column], row: &Row) -> String {
    columns
        .iter()
        .filter_map(|c| {
            row.get(&c.id.value).map(|v| {
                let v = v.as_str().map_or_else(|| v.to_string(), str::to_owned);
                format!("{}: {v}", c.label)
            })
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn ids(questions: &[&Question]) -> String {
    questions
        .iter()
        .map(|q| q.id.value.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The first line of `text`, cut to 60 characters.
fn short(text: &str) -> String {
    let line = text.lines().next().unwrap_or_default();
    let mut shown: String = line.chars().take(60).collect();
    if shown.len() < text.len() {
        shown.push('…');
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(input: &str) -> Vec<String> {
        let mut terminal = Terminal::new(input.as_bytes(), Vec::new(), None);
        let mut out = Vec::new();
        loop {
            match terminal.read("> ").unwrap() {
                Typed::Value(v) => out.push(format!("value {v}")),
                Typed::Empty => out.push("empty".into()),
                Typed::Lines => out.push("lines".into()),
                Typed::Edit => out.push("edit".into()),
                Typed::Command(Command::SaveAndQuit) => {
                    out.push("quit".into());
                    return out;
                }
                Typed::Command(command) => out.push(format!("{command:?}")),
            }
        }
    }

    #[test]
    fn lines_are_values_commands_or_requests_for_a_reason() {
        assert_eq!(
            typed(
                "yes\n\n//etc\n/back\n/na no industry\n/unknown\nwith the ministry\n/na\n\n/frob\n/help\n/s\n"
            ),
            [
                "value yes",
                "empty",
                "value /etc",
                "Back",
                "NotApplicable(\"no industry\")",
                "Unknown(\"with the ministry\")",
                // `/na` with no reason given goes back to the question: nothing is returned.
                // `/frob` and `/help` print and read on.
                "Skip",
                "quit"
            ]
        );
    }

    fn mini() -> saq_model::Bundle {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/mini");
        saq_model::Bundle::read_dir(&dir).unwrap().value.unwrap()
    }

    #[test]
    fn a_whole_interview_typed_line_by_line() {
        use saq_model::answer_set::{AnswerSet, StateParty};
        let bundle = mini();
        let state = StateParty {
            name: "Testland".into(),
            code: None,
        };
        let set = AnswerSet::draft(&bundle.questionnaire, state, "2026-01-05");
        let text = saq_model::answer_file::render(&bundle, &set).unwrap();
        let loaded = bundle
            .load_answers(&saq_model::SourceFile::new("answers.yaml", text))
            .value
            .unwrap();
        let typed = [
            "1",            // profile_industry: Yes
            "4",            // q_1_1: out of range, asked again
            "yes, in part", // by label
            "Penal Code",   // first measure
            "section 12",
            "",
            "",       // the list is complete
            "twelve", // q_1_1_cases: not a number
            "12",
            "/na not debated yet", // q_1_2
            "/lines",              // q_2_1: for text questions only
            "yes",                 // by value
            "2024-02-30",          // q_2_1_since: not a date
            "2024-02-29",
            "1, 2, 1",  // q_2_1_kinds: repeated picks count once
            "2024",     // q_2_1_stats: a row, column by column
            "",         // marked: optional
            "regional", // level, by value
            "",         // no second row: the table is complete
        ];
        let input = typed.join("\n") + "\n";
        let mut shown = Vec::new();
        let mut terminal = Terminal::new(input.as_bytes(), &mut shown, None);
        let mut interview =
            saq_collect::Interview::new(&bundle, loaded, "answers.yaml", "2026-02-01");
        let mut saved = String::new();
        let ending = interview
            .run(&mut terminal, None, &mut |text: &str| -> Result<
                (),
                saq_collect::SaveError,
            > {
                saved = text.to_owned();
                Ok(())
            })
            .unwrap();
        assert_eq!(ending, saq_collect::Ending::Finished);
        let shown = String::from_utf8(shown).unwrap();
        for expected in [
            "Type a number from 1 to 3, or /help.",
            "Write digits only, such as 42 or 3.5.",
            "That is for text questions.",
            "Write the date as YYYY-MM-DD, such as 2026-03-31.",
            "[Article 2 · Marking · 6 of 9 applicable answered]",
            "End of the questionnaire: every applicable question is answered.",
        ] {
            assert!(shown.contains(expected), "{expected}\n---\n{shown}");
        }
        for expected in [
            "  q_1_1: partly\n",
            "    - title: Penal Code\n      article: section 12\n",
            "  q_1_1_cases: 12\n",
            "  q_1_2:\n    not-applicable: not debated yet\n",
            "  q_2_1_since: \"2024-02-29\"\n",
            "  q_2_1_kinds:\n    - legislative\n    - capacity-building\n",
            "  q_2_1_stats:\n    - year: 2024\n      level: regional\n",
        ] {
            assert!(saved.contains(expected), "{expected}\n---\n{saved}");
        }
    }

    #[test]
    fn text_runs_over_several_lines_until_a_dot() {
        let bundle = mini();
        let (section, question) = bundle.questionnaire.questions().next().unwrap();
        let asked = Asked {
            section,
            question,
            provisions: &[],
            choices: &[],
            current: None,
            in_section: saq_collect::Counts::default(),
            overall: saq_collect::Counts::default(),
        };
        let input = "/lines\nThree workshops.\n  One makes cartridges.\n.\n";
        let mut terminal = Terminal::new(input.as_bytes(), Vec::new(), None);
        assert_eq!(
            terminal.ask_text(&asked).unwrap(),
            Reply::Answer("Three workshops.\n  One makes cartridges.".into())
        );
        let mut terminal = Terminal::new("".as_bytes(), Vec::new(), None);
        assert_eq!(
            terminal.ask_text(&asked).unwrap(),
            Reply::Command(Command::SaveAndQuit)
        );
    }

    #[cfg(unix)]
    #[test]
    fn edit_opens_the_editor_and_takes_what_it_saved() {
        use std::os::unix::fs::PermissionsExt;
        let bundle = mini();
        let (section, question) = bundle.questionnaire.questions().next().unwrap();
        let current = Answer::Text("Two workshops.".into());
        let asked = Asked {
            section,
            question,
            provisions: &[],
            choices: &[],
            current: Some(&current),
            in_section: saq_collect::Counts::default(),
            overall: saq_collect::Counts::default(),
        };
        let dir = tempfile::tempdir().unwrap();
        // The answer on file is in the file the editor opens; the fake editor rewrites it.
        let editor = dir.path().join("my editor");
        std::fs::write(
            &editor,
            "#!/bin/sh\nsed 's/Two/Three/' \"$1\" > \"$1.new\" && mv \"$1.new\" \"$1\"\n",
        )
        .unwrap();
        std::fs::set_permissions(&editor, std::fs::Permissions::from_mode(0o755)).unwrap();
        let mut shown = Vec::new();
        let mut terminal = Terminal::new(
            "/edit\n".as_bytes(),
            &mut shown,
            Some(editor.into_os_string()),
        );
        assert_eq!(
            terminal.ask_text(&asked).unwrap(),
            Reply::Answer("Three workshops.".into())
        );
        // Without an editor, /edit says how to set one and asks again.
        let mut shown = Vec::new();
        let mut terminal = Terminal::new("/edit\n".as_bytes(), &mut shown, None);
        assert_eq!(
            terminal.ask_text(&asked).unwrap(),
            Reply::Command(Command::SaveAndQuit)
        );
        assert!(
            String::from_utf8(shown)
                .unwrap()
                .contains("No editor is set")
        );
    }

    #[test]
    fn control_characters_in_the_questionnaire_are_shown_escaped() {
        let mut shown = Vec::new();
        let mut terminal = Terminal::new("".as_bytes(), &mut shown, None);
        terminal.say("Amber\u{1b}[2Jland \u{202e}x").unwrap();
        assert_eq!(
            String::from_utf8(shown).unwrap(),
            "Amber\\u{1b}[2Jland \\u{202e}x\n"
        );
    }
}
