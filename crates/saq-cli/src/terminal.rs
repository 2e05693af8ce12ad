//! The terminal side of `saq fill`: the interview's [`Prompt`], with plain line input.
//!
//! Plain lines, not a menu drawn with arrow keys: they work in every terminal (a Windows
//! console, a remote session, a screen reader), need no terminal library, and an answer can be
//! pasted. Every reply is typed and ended with Enter; commands start with `/`.

use std::io::{self, BufRead, Write};

use saq_collect::prompt::Row;
use saq_collect::{Asked, Command, Notice, Prompt, Reply};
use saq_model::answer::{Answer, Citation, is_date};
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

impl<R: BufRead, W: Write> Terminal<R, W> {
    pub(crate) fn new(input: R, output: W) -> Self {
        Terminal {
            input,
            output,
            listing: None,
        }
    }

    fn say(&mut self, text: &str) -> io::Result<()> {
        writeln!(self.output, "{text}")
    }

    /// Wrapped text, each line indented by `indent` spaces.
    fn say_wrapped(&mut self, indent: usize, text: &str) -> io::Result<()> {
        let pad = " ".repeat(indent);
        for line in saq_model::answer_file::wrap(text, WIDTH.saturating_sub(indent)) {
            writeln!(self.output, "{pad}{line}")?;
        }
        Ok(())
    }

    /// A line, without its line break; `None` at the end of input.
    fn read_line(&mut self, prompt: &str) -> io::Result<Option<String>> {
        write!(self.output, "{prompt}")?;
        self.output.flush()?;
        let mut line = String::new();
        if self.input.read_line(&mut line)? == 0 {
            writeln!(self.output)?;
            return Ok(None);
        }
        Ok(Some(line.trim_end_matches(['\n', '\r']).to_owned()))
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

    fn show_choices(&mut self, choices: &[Choice]) -> io::Result<()> {
        for (i, choice) in choices.iter().enumerate() {
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
        self.listing = None;
        self.show(asked)?;
        self.show_choices(asked.choices)?;
        let prompt = format!("Number ({}): ", Self::keep_hint(asked));
        loop {
            match self.read(&prompt)? {
                Typed::Value(typed) => match pick(asked.choices, &typed) {
                    Some(value) => return Ok(Reply::Answer(value)),
                    None => self.say(&format!(
                        "Type a number from 1 to {}, or /help.",
                        asked.choices.len()
                    ))?,
                },
                Typed::Empty => return Ok(Reply::Command(Command::Skip)),
                Typed::Command(command) => return Ok(Reply::Command(command)),
                Typed::Lines | Typed::Edit => self.say("That is for text questions.")?,
            }
        }
    }

    fn ask_choices(&mut self, asked: &Asked<'_>) -> io::Result<Reply<Vec<String>>> {
        self.listing = None;
        self.show(asked)?;
        self.show_choices(asked.choices)?;
        let prompt = format!(
            "Numbers separated by commas, or `none` ({}): ",
            Self::keep_hint(asked)
        );
        loop {
            match self.read(&prompt)? {
                Typed::Value(typed) => {
                    if typed.eq_ignore_ascii_case("none") && pick(asked.choices, &typed).is_none() {
                        return Ok(Reply::Answer(Vec::new()));
                    }
                    let picked: Option<Vec<String>> = typed
                        .split([',', ' ', ';'])
                        .filter(|t| !t.is_empty())
                        .map(|t| pick(asked.choices, t))
                        .collect();
                    match picked {
                        Some(mut picked) => {
                            let mut seen = Vec::new();
                            picked.retain(|p| {
                                let first = !seen.contains(p);
                                seen.push(p.clone());
                                first
                            });
                            return Ok(Reply::Answer(picked));
                        }
                        None => self.say(&format!(
                            "Type numbers from 1 to {}, such as `1, 3`, or /help.",
                            asked.choices.len()
                        ))?,
                    }
                }
                Typed::Empty => return Ok(Reply::Command(Command::Skip)),
                Typed::Command(command) => return Ok(Reply::Command(command)),
                Typed::Lines | Typed::Edit => self.say("That is for text questions.")?,
            }
        }
    }

    fn ask_text(&mut self, asked: &Asked<'_>) -> io::Result<Reply<String>> {
        self.listing = None;
        self.show(asked)?;
        let prompt = format!(
            "Text on one line, /lines for several, /edit for your editor ({}): ",
            Self::keep_hint(asked)
        );
        loop {
            match self.read(&prompt)? {
                Typed::Value(text) => return Ok(Reply::Answer(text)),
                Typed::Empty => return Ok(Reply::Command(Command::Skip)),
                Typed::Command(command) => return Ok(Reply::Command(command)),
                Typed::Lines => {
                    self.say("Type the lines; end with a line holding only a dot (.).")?;
                    let mut lines = Vec::new();
                    while let Some(line) = self.read_line("| ")? {
                        if line.trim() == "." {
                            break;
                        }
                        lines.push(line);
                    }
                    return Ok(Reply::Answer(lines.join("\n")));
                }
                Typed::Edit => {
                    let current = match asked.current {
                        Some(Answer::Text(text)) => text.as_str(),
                        _ => "",
                    };
                    match edit(current) {
                        Ok(Some(text)) => return Ok(Reply::Answer(text)),
                        Ok(None) => self.say(
                            "No editor is set: set VISUAL or EDITOR (for instance to nano or notepad), or use /lines.",
                        )?,
                        Err(err) => self.say(&format!("The editor failed: {err}"))?,
                    }
                }
            }
        }
    }

    fn ask_number(&mut self, asked: &Asked<'_>) -> io::Result<Reply<f64>> {
        self.listing = None;
        self.show(asked)?;
        let prompt = format!("Number ({}): ", Self::keep_hint(asked));
        loop {
            match self.read(&prompt)? {
                Typed::Value(typed) => match typed.parse::<f64>() {
                    Ok(n) if n.is_finite() => return Ok(Reply::Answer(n)),
                    _ => self.say("Write digits only, such as 42 or 3.5.")?,
                },
                Typed::Empty => return Ok(Reply::Command(Command::Skip)),
                Typed::Command(command) => return Ok(Reply::Command(command)),
                Typed::Lines | Typed::Edit => self.say("That is for text questions.")?,
            }
        }
    }

    fn ask_date(&mut self, asked: &Asked<'_>) -> io::Result<Reply<String>> {
        self.listing = None;
        self.show(asked)?;
        let prompt = format!("Date, YYYY-MM-DD ({}): ", Self::keep_hint(asked));
        loop {
            match self.read(&prompt)? {
                Typed::Value(typed) if is_date(&typed) => return Ok(Reply::Answer(typed)),
                Typed::Value(_) => self.say("Write the date as YYYY-MM-DD, such as 2026-03-31.")?,
                Typed::Empty => return Ok(Reply::Command(Command::Skip)),
                Typed::Command(command) => return Ok(Reply::Command(command)),
                Typed::Lines | Typed::Edit => self.say("That is for text questions.")?,
            }
        }
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
        let title = match self.read(&prompt)? {
            Typed::Value(title) => title,
            Typed::Empty => return Ok(Reply::Answer(None)),
            Typed::Command(command) => return Ok(Reply::Command(command)),
            Typed::Lines | Typed::Edit => {
                self.say("That is for text questions.")?;
                return self.ask_citation(asked, so_far);
            }
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
            loop {
                let prompt = format!("  {}: ", column_prompt(column));
                let typed = match self.read(&prompt)? {
                    Typed::Empty if i == 0 => return Ok(Reply::Answer(None)),
                    Typed::Empty if column.required => {
                        self.say("  This column is required.")?;
                        continue;
                    }
                    Typed::Empty => break,
                    Typed::Command(command) => return Ok(Reply::Command(command)),
                    Typed::Lines | Typed::Edit => {
                        self.say("  That is for text questions.")?;
                        continue;
                    }
                    Typed::Value(typed) => typed,
                };
                match cell(column, &typed) {
                    Ok(value) => {
                        row.insert(column.id.value.clone(), value);
                        break;
                    }
                    Err(help) => self.say(&format!("  {help}"))?,
                }
            }
        }
        Ok(Reply::Answer(Some(row)))
    }
}

/// The value of the choice `typed` names: its number, value or label.
fn pick(choices: &[Choice], typed: &str) -> Option<String> {
    let typed = typed.trim();
    if let Ok(n) = typed.parse::<usize>()
        && (1..=choices.len()).contains(&n)
    {
        return Some(choices[n - 1].value.value.clone());
    }
    choices
        .iter()
        .find(|c| c.value.value.eq_ignore_ascii_case(typed) || c.label.eq_ignore_ascii_case(typed))
        .map(|c| c.value.value.clone())
}

/// A table cell typed for `column`, or what to type instead.
fn cell(column: &Column, typed: &str) -> Result<Json, String> {
    match column.kind {
        ColumnKind::Text => Ok(Json::String(typed.to_owned())),
        ColumnKind::Number => match typed.parse::<f64>() {
            Ok(n) if n.fract() == 0.0 && n.abs() < 9.0e15 => Ok(Json::from(n as i64)),
            Ok(n) => serde_json::Number::from_f64(n)
                .map(Json::Number)
                .ok_or_else(|| "Write digits only, such as 42 or 3.5.".to_owned()),
            Err(_) => Err("Write digits only, such as 42 or 3.5.".into()),
        },
        ColumnKind::Date if is_date(typed) => Ok(Json::String(typed.to_owned())),
        ColumnKind::Date => Err("Write the date as YYYY-MM-DD, such as 2026-03-31.".into()),
        ColumnKind::Choice => pick(&column.choices, typed)
            .map(Json::String)
            .ok_or_else(|| format!("Type a number from 1 to {}.", column.choices.len())),
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

/// Opens `initial` in the editor named by `VISUAL` or `EDITOR` and returns the text saved;
/// `None` when neither is set.
fn edit(initial: &str) -> io::Result<Option<String>> {
    let Some(editor) = std::env::var_os("VISUAL")
        .or_else(|| std::env::var_os("EDITOR"))
        .filter(|e| !e.is_empty())
    else {
        return Ok(None);
    };
    let editor = editor.to_string_lossy().into_owned();
    // `EDITOR="code --wait"` is common: the first word is the program, the rest its arguments.
    let mut words = editor.split_whitespace();
    let Some(program) = words.next() else {
        return Ok(None);
    };
    let file = tempfile::Builder::new()
        .prefix("saq-answer-")
        .suffix(".txt")
        .tempfile()?;
    std::fs::write(file.path(), initial)?;
    let status = std::process::Command::new(program)
        .args(words)
        .arg(file.path())
        .status()?;
    if !status.success() {
        return Err(io::Error::other(format!("{program} ended with {status}")));
    }
    let text = std::fs::read_to_string(file.path())?;
    Ok(Some(text.trim_end_matches(['\n', '\r']).to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(input: &str) -> Vec<String> {
        let mut terminal = Terminal::new(input.as_bytes(), Vec::new());
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

    #[test]
    fn choices_are_picked_by_number_value_or_label() {
        let choice = |value: &str, label: &str| Choice {
            value: saq_model::Located::new(value.to_owned()),
            label: label.to_owned(),
            verdict: None,
        };
        let choices = [choice("yes", "Yes"), choice("partly", "Yes, in part")];
        assert_eq!(pick(&choices, "2").as_deref(), Some("partly"));
        assert_eq!(pick(&choices, "YES").as_deref(), Some("yes"));
        assert_eq!(pick(&choices, "yes, in part").as_deref(), Some("partly"));
        assert_eq!(pick(&choices, "3"), None);
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
        let mut terminal = Terminal::new(input.as_bytes(), &mut shown);
        let mut interview =
            saq_collect::Interview::new(&bundle, loaded, "answers.yaml", "2026-02-01");
        let mut saved = String::new();
        let ending = interview
            .run(&mut terminal, None, &mut |text: &str| {
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
        let mut terminal = Terminal::new(input.as_bytes(), Vec::new());
        assert_eq!(
            terminal.ask_text(&asked).unwrap(),
            Reply::Answer("Three workshops.\n  One makes cartridges.".into())
        );
        let mut terminal = Terminal::new("".as_bytes(), Vec::new());
        assert_eq!(
            terminal.ask_text(&asked).unwrap(),
            Reply::Command(Command::SaveAndQuit)
        );
    }
}
