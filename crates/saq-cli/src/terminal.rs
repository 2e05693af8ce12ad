//! The terminal side of `saq fill`: the interview's [`Prompt`], with plain line input.
//!
//! Plain lines, not a menu drawn with arrow keys: they work in every terminal (a Windows
//! console, a remote session, a screen reader), need no terminal library, and an answer can be
//! pasted. Every reply is typed and ended with Enter; commands start with `/`.
//!
//! Every word shown is a `fill-*` message of the catalogs (`templates/i18n/LANG/fill.ftl`), in
//! the language the person reads ([`Words`]). What comes from the questionnaire or the answers
//! (a question's text, a reason typed) is shown with its control characters escaped, never
//! obeyed: a message's values are escaped before they are put in, and the catalog's own text
//! reaches the terminal as written. The marks that isolate each value of an Arabic message
//! (FSI … PDI) are for pages; a terminal line is written without them, as `saq status` writes
//! its lines.

use std::io::{self, BufRead, Write};

use std::ffi::OsString;

use saq_collect::prompt::Row;
use saq_collect::typed::{self, Unreadable};
use saq_collect::{Asked, Command, Notice, Prompt, Reply};
use saq_i18n::Arg;

use crate::words::Words;
use saq_model::answer::{Answer, Citation};
use saq_model::answer_file::{columns, wrap};
use saq_model::printable;
use saq_model::questionnaire::{Choice, Column, ColumnKind, Question};
use serde_json::Value as Json;

/// Text is wrapped to this width: readable in the smallest usual terminal.
const WIDTH: usize = 78;

impl Words {
    /// `items` (each fit to show) as a list: `a, b, c`.
    fn list<S: AsRef<str>>(&self, items: &[S]) -> String {
        let separator = self.say_text("fill-list-separator", &[]);
        items
            .iter()
            .map(AsRef::as_ref)
            .collect::<Vec<_>>()
            .join(&separator)
    }

    /// The question ids of `questions`, escaped, as a list.
    fn ids(&self, questions: &[&Question]) -> String {
        let ids: Vec<String> = questions
            .iter()
            .map(|q| printable::text(&q.id.value).into_owned())
            .collect();
        self.list(&ids)
    }

    /// The commands and what they do (`/help`), the descriptions aligned after the commands.
    fn help(&self) -> String {
        let reason = self.say_text("fill-help-reason", &[]);
        let commands = [
            ("/back".to_owned(), "fill-help-back"),
            ("/skip".to_owned(), "fill-help-skip"),
            (format!("/na {reason}"), "fill-help-na"),
            (format!("/unknown {reason}"), "fill-help-unknown"),
            ("/quit".to_owned(), "fill-help-quit"),
            ("/lines".to_owned(), "fill-help-lines"),
            ("/edit".to_owned(), "fill-help-edit"),
            ("/help".to_owned(), "fill-help-help"),
        ];
        let column = commands
            .iter()
            .map(|(command, _)| columns(command))
            .max()
            .unwrap_or_default()
            + 2;
        let mut lines = vec![self.say_text("fill-help-title", &[])];
        for (command, id) in &commands {
            let pad = " ".repeat(column - columns(command));
            lines.push(format!("  {command}{pad}{}", self.say_text(id, &[])));
        }
        lines.push(self.say_text("fill-help-slash", &[]));
        lines.push(self.say_text("fill-help-stop", &[]));
        lines.join("\n")
    }
}

/// A prompt over a line reader and a writer (standard input and output in `saq fill`).
pub(crate) struct Terminal<R, W> {
    input: R,
    output: W,
    /// The editor `/edit` opens (`$VISUAL`, else `$EDITOR`), as set.
    editor: Option<OsString>,
    /// The list question (citations or table) whose entries are being asked, so that its text
    /// is shown once, not before every entry.
    listing: Option<String>,
    /// The words it says.
    words: Words,
}

/// One line typed, understood.
enum Typed {
    Value(String),
    Empty,
    Command(Command),
    Lines,
    Edit,
}

/// What a kind of question makes of one line typed: its reply, or what to say (fit to show)
/// before asking again.
type Understood<T> = Result<Reply<T>, String>;

/// A table cell typed: a value, left blank, or the end of the table.
enum Cell {
    Value(Json),
    Blank,
    EndOfTable,
}

impl<R: BufRead, W: Write> Terminal<R, W> {
    pub(crate) fn new(input: R, output: W, editor: Option<OsString>, words: Words) -> Self {
        Terminal {
            input,
            output,
            editor,
            listing: None,
            words,
        }
    }

    /// Writes a line of text from the questionnaire or the answers: control characters are
    /// shown escaped, never obeyed.
    fn say(&mut self, text: &str) -> io::Result<()> {
        self.put(&printable::text(text))
    }

    /// Writes a line fit to show as it is: a message, or text escaped already.
    pub(crate) fn put(&mut self, shown: &str) -> io::Result<()> {
        writeln!(self.output, "{shown}")
    }

    /// Writes the message `id` (see [`Words::say_text`]).
    pub(crate) fn tell(&mut self, id: &str, args: &[(&str, Arg<'_>)]) -> io::Result<()> {
        let message = self.words.say_text(id, args);
        self.put(&message)
    }

    /// Wrapped text fit to show, each line indented by `indent` spaces.
    fn put_wrapped(&mut self, indent: usize, shown: &str) -> io::Result<()> {
        let pad = " ".repeat(indent);
        for line in wrap(shown, WIDTH.saturating_sub(indent)) {
            writeln!(self.output, "{pad}{line}")?;
        }
        Ok(())
    }

    /// Wrapped text from the questionnaire or the answers, escaped.
    fn say_wrapped(&mut self, indent: usize, text: &str) -> io::Result<()> {
        self.put_wrapped(indent, &printable::text(text))
    }

    /// The message `id`, wrapped.
    fn tell_wrapped(
        &mut self,
        indent: usize,
        id: &str,
        args: &[(&str, Arg<'_>)],
    ) -> io::Result<()> {
        let message = self.words.say_text(id, args);
        self.put_wrapped(indent, &message)
    }

    /// A line, without its line break; `None` at the end of input. `prompt` is fit to show.
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

    /// The message `id` as a prompt: followed by a space, where the answer is typed.
    fn prompt(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        format!("{} ", self.words.say_shown(id, args))
    }

    /// The prompt `id` of a question asked on its own, with what Enter does there.
    fn prompt_enter(&self, id: &str, asked: &Asked<'_>) -> String {
        let enter = self.keep_hint(asked);
        self.prompt(id, &[("enter", enter.as_str().into())])
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
                Err(again) => self.put(&again)?,
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
        self.ask(prompt, |terminal, typed| {
            Ok(match typed {
                Typed::Value(typed) => value(&typed)
                    .map(Reply::Answer)
                    .map_err(|unreadable| hint(&terminal.words, unreadable)),
                Typed::Empty => Ok(Reply::Command(Command::Skip)),
                Typed::Lines | Typed::Edit => Err(terminal.words.say_text("fill-not-text", &[])),
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
                "help" | "h" | "?" => {
                    let help = self.words.help();
                    self.put(&help)?;
                }
                "na" | "n/a" | "not-applicable" => {
                    let ask = self.prompt("fill-why-not-applicable", &[]);
                    if let Some(reason) = self.reason(rest, &ask)? {
                        return Ok(Typed::Command(Command::NotApplicable(reason)));
                    }
                }
                "unknown" | "u" => {
                    let ask = self.prompt("fill-why-unknown", &[]);
                    if let Some(reason) = self.reason(rest, &ask)? {
                        return Ok(Typed::Command(Command::Unknown(reason)));
                    }
                }
                _ => {
                    let typed = format!("/{word}");
                    self.tell("fill-not-a-command", &[("command", typed.as_str().into())])?;
                }
            }
        }
    }

    /// The reason given with a command, or asked for at `ask`; `None` (back to the question)
    /// when none is given.
    fn reason(&mut self, given: &str, ask: &str) -> io::Result<Option<String>> {
        if !given.is_empty() {
            return Ok(Some(given.to_owned()));
        }
        let reason = self.read_line(ask)?.unwrap_or_default();
        if reason.trim().is_empty() {
            self.tell("fill-reason-needed", &[])?;
            return Ok(None);
        }
        Ok(Some(reason.trim().to_owned()))
    }

    /// Several lines, until one holding only a dot.
    fn lines(&mut self) -> io::Result<String> {
        self.tell("fill-type-lines", &[])?;
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
            return Err(self.words.say_text("fill-no-editor", &[]));
        };
        crate::editor::edit(&editor, current)
            .map(Reply::Answer)
            .map_err(|err| {
                let error = err.to_string();
                self.words
                    .say("fill-editor-failed", &[("error", error.as_str().into())])
            })
    }

    /// The question, its help, the provisions it assesses and the answer on file.
    fn show(&mut self, asked: &Asked<'_>) -> io::Result<()> {
        let question = asked.question;
        self.put("")?;
        self.tell(
            "fill-where",
            &[
                ("section", asked.section.title.as_str().into()),
                ("answered", asked.overall.answered.into()),
                ("applicable", asked.overall.applicable.into()),
            ],
        )?;
        self.tell_wrapped(
            0,
            if question.required {
                "fill-question-required"
            } else {
                "fill-question"
            },
            &[
                ("text", question.text.as_str().into()),
                ("id", question.id.value.as_str().into()),
            ],
        )?;
        if let Some(help) = &question.help {
            self.say_wrapped(2, help)?;
        }
        for provision in asked.provisions {
            self.tell_wrapped(
                2,
                "fill-provision",
                &[
                    ("id", provision.id.value.as_str().into()),
                    ("text", provision.text.trim().into()),
                ],
            )?;
        }
        if let Some(current) = asked.current {
            let answer = describe(&self.words, current, asked.choices);
            let line = self
                .words
                .say_shown("fill-on-file", &[("answer", answer.as_str().into())]);
            self.put_wrapped(2, &line)?;
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

    /// What Enter does at a question: keeps the answer on file, or skips.
    fn keep_hint(&self, asked: &Asked<'_>) -> String {
        let id = if asked.current.is_some() {
            "fill-enter-keeps"
        } else {
            "fill-enter-skips"
        };
        self.words.say_text(id, &[])
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
            Notice::Resuming { question, overall } => self.tell_wrapped(
                0,
                "fill-resuming",
                &[
                    ("id", question.id.value.as_str().into()),
                    ("answered", overall.answered.into()),
                    ("applicable", overall.applicable.into()),
                ],
            ),
            Notice::Section {
                section,
                in_section,
            } => {
                self.put("")?;
                self.say(&format!("== {} ==", section.title))?;
                if let Some(intro) = &section.intro {
                    self.say_wrapped(0, intro)?;
                }
                self.tell(
                    "fill-section-progress",
                    &[
                        ("answered", in_section.answered.into()),
                        ("applicable", in_section.applicable.into()),
                    ],
                )
            }
            Notice::SectionSkipped { section, reason } => self.tell_wrapped(
                0,
                "fill-section-skipped",
                &[
                    ("section", section.title.as_str().into()),
                    ("reason", reason.into()),
                ],
            ),
            Notice::Skipped { question, reason } => {
                let text = short(&question.text);
                self.tell_wrapped(
                    0,
                    "fill-question-skipped",
                    &[
                        ("id", question.id.value.as_str().into()),
                        ("text", text.as_str().into()),
                        ("reason", reason.into()),
                    ],
                )
            }
            Notice::Rejected { problems } => {
                for (message, help) in problems {
                    self.tell_wrapped(0, "fill-not-saved", &[("problem", message.into())])?;
                    if let Some(help) = help {
                        self.say_wrapped(2, help)?;
                    }
                }
                Ok(())
            }
            Notice::KeptAside { questions } => {
                let ids = self.words.ids(questions);
                let line = self.words.say_shown(
                    "fill-kept-aside",
                    &[
                        ("questions", ids.as_str().into()),
                        ("count", questions.len().into()),
                    ],
                );
                self.put_wrapped(0, &line)
            }
            Notice::Restored { questions } => {
                let ids = self.words.ids(questions);
                let line = self.words.say_shown(
                    "fill-restored",
                    &[
                        ("questions", ids.as_str().into()),
                        ("count", questions.len().into()),
                    ],
                );
                self.put_wrapped(0, &line)
            }
            Notice::BackedUp { file, backup } => {
                // The note `saq submit` writes too, in the same words.
                let note = crate::submit::backed_up_in(&self.words, file, backup);
                self.put(&note)
            }
            Notice::AtFirstQuestion => self.tell("fill-at-first", &[]),
            Notice::Finished {
                unanswered,
                missing_required,
            } => {
                self.put("")?;
                if unanswered.is_empty() {
                    return self.tell("fill-finished-all", &[]);
                }
                let ids = self.words.ids(missing_required);
                let line = self.words.say_shown(
                    if missing_required.is_empty() {
                        "fill-finished"
                    } else {
                        "fill-finished-required"
                    },
                    &[
                        ("count", unanswered.len().into()),
                        ("required", missing_required.len().into()),
                        ("questions", ids.as_str().into()),
                    ],
                );
                self.put_wrapped(0, &line)
            }
        }
    }

    fn ask_choice(&mut self, asked: &Asked<'_>) -> io::Result<Reply<String>> {
        self.start(asked)?;
        let prompt = self.prompt_enter("fill-ask-choice", asked);
        self.ask_value(&prompt, |typed| typed::choice(asked.choices, typed))
    }

    fn ask_choices(&mut self, asked: &Asked<'_>) -> io::Result<Reply<Vec<String>>> {
        self.start(asked)?;
        let prompt = self.prompt_enter("fill-ask-choices", asked);
        self.ask_value(&prompt, |typed| typed::choices(asked.choices, typed))
    }

    fn ask_text(&mut self, asked: &Asked<'_>) -> io::Result<Reply<String>> {
        self.start(asked)?;
        let prompt = self.prompt_enter("fill-ask-text", asked);
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
        let prompt = self.prompt_enter("fill-ask-number", asked);
        self.ask_value(&prompt, typed::number)
    }

    fn ask_date(&mut self, asked: &Asked<'_>) -> io::Result<Reply<String>> {
        self.start(asked)?;
        let prompt = self.prompt_enter("fill-ask-date", asked);
        self.ask_value(&prompt, typed::date)
    }

    fn ask_citation(
        &mut self,
        asked: &Asked<'_>,
        so_far: &[Citation],
    ) -> io::Result<Reply<Option<Citation>>> {
        let listed: Vec<String> = so_far.iter().map(cite).collect();
        self.start_listing(asked, &listed)?;
        let prompt = self.prompt("fill-ask-measure", &[("number", (so_far.len() + 1).into())]);
        let title = match self.ask(&prompt, |terminal, typed| {
            Ok(match typed {
                Typed::Value(title) => Ok(Reply::Answer(Some(title))),
                Typed::Empty => Ok(Reply::Answer(None)),
                Typed::Lines | Typed::Edit => Err(terminal.words.say_text("fill-not-text", &[])),
                Typed::Command(command) => Ok(Reply::Command(command)),
            })
        })? {
            Reply::Answer(Some(title)) => title,
            Reply::Answer(None) => return Ok(Reply::Answer(None)),
            Reply::Command(command) => return Ok(Reply::Command(command)),
        };
        let optional =
            |text: Option<String>| text.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty());
        let prompt = format!("  {}", self.prompt("fill-ask-article", &[]));
        let article = optional(self.read_line(&prompt)?);
        let prompt = format!("  {}", self.prompt("fill-ask-link", &[]));
        let url = optional(self.read_line(&prompt)?);
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
        self.tell("fill-row", &[("number", (so_far.len() + 1).into())])?;
        let mut row = Row::new();
        for (i, column) in columns.iter().enumerate() {
            let prompt = format!("  {} ", column_prompt(&self.words, column));
            let cell = self.ask(&prompt, |terminal, typed| {
                let words = &terminal.words;
                Ok(match typed {
                    Typed::Empty if i == 0 => Ok(Reply::Answer(Cell::EndOfTable)),
                    Typed::Empty if column.required => Err(format!(
                        "  {}",
                        words.say_text("fill-column-is-required", &[])
                    )),
                    Typed::Empty => Ok(Reply::Answer(Cell::Blank)),
                    Typed::Lines | Typed::Edit => {
                        Err(format!("  {}", words.say_text("fill-not-text", &[])))
                    }
                    Typed::Value(typed) => typed::cell(column, &typed)
                        .map(|value| Reply::Answer(Cell::Value(value)))
                        .map_err(|unreadable| format!("  {}", hint(words, unreadable))),
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
fn hint(words: &Words, unreadable: Unreadable) -> String {
    match unreadable {
        Unreadable::NotAChoice(n) => words.say_text("fill-not-a-choice", &[("last", n.into())]),
        Unreadable::NotChoices(n) => words.say_text("fill-not-choices", &[("last", n.into())]),
        Unreadable::NotANumber => words.say_text("fill-not-a-number", &[]),
        Unreadable::NotADate => words.say_text("fill-not-a-date", &[]),
    }
}

/// A table column as asked: its label, what to type (its choices, numbered), and whether it is
/// required; fit to show.
fn column_prompt(words: &Words, column: &Column) -> String {
    let kind = match column.kind {
        ColumnKind::Text => words.say_text("fill-column-text", &[]),
        ColumnKind::Number => words.say_text("fill-column-number", &[]),
        ColumnKind::Date => words.say_text("fill-column-date", &[]),
        ColumnKind::Choice => column
            .choices
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{}) {}", i + 1, printable::text(&c.label)))
            .collect::<Vec<_>>()
            .join(" "),
    };
    let label = printable::text(&column.label);
    words.say_shown(
        if column.required {
            "fill-column-required"
        } else {
            "fill-column"
        },
        &[
            ("label", label.as_ref().into()),
            ("kind", kind.as_str().into()),
        ],
    )
}

/// An answer on file, in a few words; fit to show.
fn describe(words: &Words, answer: &Answer, choices: &[Choice]) -> String {
    let label = |value: &str| {
        let label = choices
            .iter()
            .find(|c| c.value.value == value)
            .map_or(value, |c| c.label.as_str());
        printable::text(label).into_owned()
    };
    match answer {
        Answer::Choice(value) => label(value),
        Answer::Choices(values) if values.is_empty() => words.say_text("fill-answer-none", &[]),
        Answer::Choices(values) => {
            let labels: Vec<String> = values.iter().map(|v| label(v)).collect();
            words.list(&labels)
        }
        Answer::Text(text) => printable::text(&short(text)).into_owned(),
        Answer::Number(n) => n.to_string(),
        Answer::Date(date) => printable::text(date).into_owned(),
        Answer::Citations(list) => {
            words.say_text("fill-answer-measures", &[("count", list.len().into())])
        }
        Answer::Table(rows) => words.say_text("fill-answer-rows", &[("count", rows.len().into())]),
        Answer::NotApplicable(reason) => {
            words.say_text("fill-answer-not-applicable", &[("reason", reason.into())])
        }
        Answer::Unknown(reason) => {
            words.say_text("fill-answer-unknown", &[("reason", reason.into())])
        }
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

    fn words(lang: &str) -> Words {
        Words::new(Some(lang), None).unwrap()
    }

    fn typed(input: &str) -> Vec<String> {
        let mut terminal = Terminal::new(input.as_bytes(), Vec::new(), None, words("en"));
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

    /// The mini questionnaire's interview with `typed` typed, line by line, in `lang`: what the
    /// terminal showed, and the answer file last saved.
    fn interview(lang: &str, typed: &[&str]) -> (saq_collect::Ending, String, String) {
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
        let input = typed.join("\n") + "\n";
        let mut shown = Vec::new();
        let mut terminal = Terminal::new(input.as_bytes(), &mut shown, None, words(lang));
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
        (ending, String::from_utf8(shown).unwrap(), saved)
    }

    /// Every kind of question of the mini questionnaire, answered, with a mistake at most.
    const TYPED: [&str; 19] = [
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

    #[test]
    fn a_whole_interview_typed_line_by_line() {
        let (ending, shown, saved) = interview("en", &TYPED);
        assert_eq!(ending, saq_collect::Ending::Finished);
        for expected in [
            "Type a number from 1 to 3, or /help.",
            "Write digits only, such as 42 or 3.5.",
            "That is for text questions.",
            "Write the date as YYYY-MM-DD, such as 2026-03-31.",
            "[Article 2 · Marking · 6 of 9 applicable answered]",
            "Number (Enter skips): ",
            "Measure 2: title (Enter when the list is complete): ",
            "  article or section (Enter for none): ",
            "Row 1 (Enter at the first column when the table is complete):",
            "  Level (1) National 2) Regional): ",
            "  Year (number, required): ",
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

    /// The interview in French: the same answers saved, every word the terminal says French.
    #[test]
    fn the_interview_speaks_french() {
        let mut typed = vec!["/help", "/frob", "/na", ""];
        typed.extend(TYPED);
        let (ending, shown, saved) = interview("fr", &typed);
        assert_eq!(ending, saq_collect::Ending::Finished);
        let (_, _, english) = interview("en", &typed);
        assert_eq!(saved, english);
        for expected in [
            // /help, its descriptions aligned after the longest command.
            "Commandes, utilisables à chaque question\u{202f}:\n",
            "  /back           revenir à la question précédente\n",
            "  /na MOTIF       la question ne s'applique pas à votre pays, en indiquant pourquoi\n",
            "  /unknown MOTIF  la réponse n'est pas connue, en indiquant pourquoi\n",
            "Ctrl-C arrête immédiatement\u{202f}; toutes les réponses",
            "`/frob` n'est pas une commande\u{202f}; /help en donne la liste",
            "Pourquoi la question ne s'applique-t-elle pas\u{202f}? ",
            "Un motif est requis\u{202f}; retour à la question.",
            // The prompts, the questions and the problems.
            "Numéro (Entrée pour passer)\u{202f}: ",
            "[Article 1 · Criminalization · réponses\u{202f}: 1 sur 7 questions applicables]",
            "Réponses dans cette section\u{202f}: 0 sur 1 question applicable.",
            "Has your country established the offences? (q_1_1, obligatoire)",
            "Saisissez un numéro de 1 à 3, ou /help.",
            "Mesure 2\u{202f}: titre (Entrée lorsque la liste est complète)\u{202f}: ",
            "Ne saisissez que des chiffres, avec un point comme séparateur décimal",
            "Cette commande ne s'emploie qu'aux questions appelant une réponse rédigée.",
            "Saisissez la date au format YYYY-MM-DD, par exemple 2026-03-31.",
            "Numéros séparés par des virgules, ou `none` (Entrée pour passer)\u{202f}: ",
            "Ligne 1 (Entrée dans la première colonne lorsque le tableau est complet)\u{202f}:",
            "  Year (nombre, obligatoire)\u{202f}: ",
            "Fin du questionnaire\u{202f}: toutes les questions applicables ont reçu une réponse.",
        ] {
            assert!(shown.contains(expected), "{expected}\n---\n{shown}");
        }
        for english in ["Commands", "Enter skips", "Type a number", "End of the"] {
            assert!(!shown.contains(english), "{english}\n---\n{shown}");
        }
    }

    /// The interview in Arabic: Arabic words, Latin values (ids, English questions) put in as
    /// they are, without the isolation marks meant for pages.
    #[test]
    fn the_interview_speaks_arabic() {
        let mut typed = vec!["/help", "/unknown", ""];
        typed.extend(TYPED);
        let (ending, shown, _) = interview("ar", &typed);
        assert_eq!(ending, saq_collect::Ending::Finished);
        for expected in [
            "الأوامر المتاحة عند أي سؤال:\n",
            "  /back           العودة إلى السؤال السابق\n",
            "  /unknown السبب  الإجابة غير معروفة، مع بيان السبب\n",
            "لماذا الإجابة غير معروفة؟ ",
            "يلزم ذكر السبب؛ العودة إلى السؤال.",
            "رقم الخيار (Enter للتخطي): ",
            "[Article 1 · Criminalization · الأسئلة المنطبقة المُجاب عنها: 1 من أصل 7]",
            "Has your country established the offences? (q_1_1، إلزامي)",
            "يُرجى كتابة رقم من 1 إلى 3، أو /help.",
            "التدبير 2: العنوان (Enter عند اكتمال القائمة): ",
            "  Year (عدد، إلزامي): ",
            "نهاية الاستبيان: أُجيب عن جميع الأسئلة المنطبقة.",
        ] {
            assert!(shown.contains(expected), "{expected}\n---\n{shown}");
        }
        assert!(!shown.contains(['\u{2068}', '\u{2069}']), "{shown}");
        for english in ["Commands", "Enter skips", "Type a number", "End of the"] {
            assert!(!shown.contains(english), "{english}\n---\n{shown}");
        }
    }

    /// The English help is the list it always was.
    #[test]
    fn the_english_help_lines_up_as_before() {
        assert_eq!(
            words("en").help(),
            "\
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
Ctrl-C stops at once; every answer given so far is already saved."
        );
        // Wide characters take two columns: the descriptions still line up.
        let help = words("zh").help();
        assert!(
            help.contains("\n  /back          返回上一个问题\n"),
            "{help}"
        );
        assert!(help.contains("\n  /unknown 原因  答案不详"), "{help}");
    }

    /// Counts agree with their nouns in each language's own plural forms.
    #[test]
    fn counts_take_each_languages_plural_forms() {
        let measures = |lang: &str, n: usize| {
            let citation = Citation {
                title: "Act".into(),
                article: None,
                url: None,
            };
            describe(&words(lang), &Answer::Citations(vec![citation; n]), &[])
        };
        assert_eq!(measures("en", 1), "1 measure cited");
        assert_eq!(measures("en", 2), "2 measures cited");
        assert_eq!(measures("fr", 1), "1 mesure citée");
        assert_eq!(measures("fr", 3), "3 mesures citées");
        assert_eq!(measures("ru", 1), "указана 1 мера");
        assert_eq!(measures("ru", 3), "указаны 3 меры");
        assert_eq!(measures("ru", 5), "указано 5 мер");
        assert_eq!(measures("ru", 21), "указана 21 мера");
        assert_eq!(measures("ar", 0), "لم يُذكر أي تدبير");
        assert_eq!(measures("ar", 1), "ذُكر تدبير واحد");
        assert_eq!(measures("ar", 2), "ذُكر تدبيران");
        assert_eq!(measures("ar", 3), "ذُكرت 3 تدابير");
        assert_eq!(measures("ar", 11), "ذُكر 11 تدبيرًا");
        assert_eq!(measures("ar", 100), "ذُكر 100 تدبير");
        assert_eq!(measures("zh", 1), "引用了1项措施");
        // A reason typed is the answer's own: shown escaped, in every language.
        let reason = Answer::NotApplicable("no \u{1b}[2J industry".into());
        assert_eq!(
            describe(&words("es"), &reason, &[]),
            "no se aplica: no \\u{1b}[2J industry"
        );
        assert_eq!(
            describe(&words("ar"), &reason, &[]),
            "لا ينطبق: no \\u{1b}[2J industry"
        );
    }

    #[test]
    fn lines_wrap_at_spaces_but_not_at_no_break_ones() {
        // The interview wraps with the answer file's `wrap`, whose own tests cover English.
        // French: the narrow no-break space before a colon never starts a line.
        let french = "Réponse enregistrée\u{202f}: non connue";
        assert_eq!(
            wrap(french, 20),
            ["Réponse", "enregistrée\u{202f}: non", "connue"]
        );
        // Chinese: two columns a character, a line broken between two of them, never before a
        // closing mark.
        let chinese = "问卷结束：所有适用问题均已回答。";
        let lines = wrap(chinese, 10);
        assert_eq!(lines, ["问卷结束：", "所有适用问", "题均已回", "答。"]);
        assert_eq!(lines.concat(), chinese);
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
        let mut terminal = Terminal::new(input.as_bytes(), Vec::new(), None, words("en"));
        assert_eq!(
            terminal.ask_text(&asked).unwrap(),
            Reply::Answer("Three workshops.\n  One makes cartridges.".into())
        );
        let mut terminal = Terminal::new("".as_bytes(), Vec::new(), None, words("en"));
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
            words("en"),
        );
        assert_eq!(
            terminal.ask_text(&asked).unwrap(),
            Reply::Answer("Three workshops.".into())
        );
        // Without an editor, /edit says how to set one and asks again.
        let mut shown = Vec::new();
        let mut terminal = Terminal::new("/edit\n".as_bytes(), &mut shown, None, words("en"));
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
        let mut terminal = Terminal::new("".as_bytes(), &mut shown, None, words("en"));
        terminal.say("Amber\u{1b}[2Jland \u{202e}x").unwrap();
        assert_eq!(
            String::from_utf8(shown).unwrap(),
            "Amber\\u{1b}[2Jland \\u{202e}x\n"
        );
    }
}
