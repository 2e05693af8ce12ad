//! The answer-set file as saq writes it: every question in questionnaire order, each with its
//! text, help, the provision it assesses and the answers it takes as YAML comments, so the file
//! can be filled in with any text editor.
//!
//! `saq init`, `saq fill` and `saq submit` all write through [`render`], so a file keeps one
//! layout whichever command touched it last. Values are written by [`crate::yaml`]; this module
//! only arranges them and adds the comments.
//!
//! The comments speak the answers' language (`language:`, written by `saq init --lang`): saq's
//! own words come from the `file` area of the message catalogs (`templates/i18n/LANG/file.ftl`),
//! the questions' from the bundle's translation. Keys and the values typed (choice ids,
//! `restricted`, `not-applicable`) are never translated.

use std::collections::{BTreeSet, HashSet};
use std::sync::Arc;

use saq_i18n::{Arg, Catalogs};

use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};
use serde_json::Value as Json;

use crate::answer_set::AnswerSet;
use crate::error::WriteError;
use crate::instrument::Force;
use crate::load::Bundle;
use crate::questionnaire::{ColumnKind, Question, QuestionKind, Section};
use crate::yaml;

// Comments are wrapped to this many characters, so the file reads well in a plain editor.
use crate::commented::WIDTH;

/// Indentation of the entries under `answers:` and `inactive:`.
const ENTRY: usize = 2;

/// The YAML text of `set`, with every question of `bundle`'s questionnaire listed under
/// `answers:` (unanswered ones with an empty value) and explained in comments.
///
/// Nothing in `set` is dropped: answers to ids that are not questions of the questionnaire are
/// written after the others, and inactive answers under `inactive:`.
pub fn render(bundle: &Bundle, set: &AnswerSet) -> Result<String, WriteError> {
    let questionnaire = &bundle.questionnaire;
    let words = Words::of(set)?;
    let first = words.isolate(&words.say(
        "file-instrument-title",
        &[("instrument", bundle.instrument.short_title.as_str().into())],
    ));
    let instruments = bundle.others.iter().fold(first, |list, other| {
        words.say_with(
            "file-assesses-also",
            &[("instrument", other.short_title.as_str().into())],
            &[("list", &list)],
        )
    });
    // A comment is one line of plain text: a control character in the name would end it, or
    // reach the terminal of whoever reads the file.
    let state = crate::printable::line(&set.state.name);
    let opening = words.say_with(
        "file-answers-of",
        &[
            ("state", state.as_ref().into()),
            ("questionnaire", questionnaire.title.as_str().into()),
            ("id", questionnaire.id.value.as_str().into()),
            ("version", questionnaire.version.value.as_str().into()),
        ],
        &[("instruments", &instruments)],
    );
    let mut out = Writer::new(words);
    out.comment(0, &opening);
    out.comment(0, "");
    let how_to = out.say("file-how-to-answer", &[]);
    out.comment(0, &how_to);
    out.comment(0, "");
    let commands = out.say("file-how-to-commands", &[]);
    out.comment(0, &commands);
    out.header(set)?;

    out.blank();
    out.line("answers:");
    let mut quoted = HashSet::new();
    let mut listed = BTreeSet::new();
    for section in &questionnaire.sections {
        out.section(section);
        for question in &section.questions {
            listed.insert(question.id.value.as_str());
            out.blank();
            out.question(bundle, question, &mut quoted);
            let value = set.answers.get(question.id.value.as_str());
            out.entry(
                question.id.value.as_str(),
                Some(question),
                value.map(|v| &v.value),
            )?;
        }
    }
    let strays: Vec<_> = set
        .answers
        .iter()
        .filter(|(id, _)| !listed.contains(id.value.as_str()))
        .collect();
    if !strays.is_empty() {
        out.blank();
        let note = out.say("file-not-questions", &[]);
        out.comment(ENTRY, &note);
        for (id, value) in strays {
            out.entry(&id.value, None, Some(&value.value))?;
        }
    }

    if !set.inactive.is_empty() {
        out.blank();
        let note = out.say("file-inactive", &[]);
        out.comment(0, &note);
        out.line("inactive:");
        for (id, value) in &set.inactive {
            let question = questionnaire
                .questions()
                .map(|(_, q)| q)
                .find(|q| q.id.value == id.value);
            if let Some(question) = question {
                out.comment(ENTRY, &question.text);
            }
            out.entry(&id.value, question, Some(&value.value))?;
        }
    }
    Ok(out.lines.text)
}

/// saq's own words in the comments of one file: the `file` area of the message catalogs, in the
/// answers' language (English when the set names none, or one saq has no words in).
///
/// In a right-to-left language the catalogs isolate each value put into a message (FSI … PDI),
/// so a Latin title keeps its place in an Arabic sentence. Some values are not isolated: the
/// catalogs' own sentences put into another (their values are isolated inside), and what is
/// typed as it is shown (a choice id, a row of YAML), which must not carry invisible marks when
/// copied from the comment into the answer.
struct Words {
    catalogs: Arc<Catalogs>,
    lang: String,
    /// Whether the catalog used isolates values.
    rtl: bool,
}

/// Unicode's first-strong isolate and pop directional isolate.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

impl Words {
    /// The words of `set`'s language. A catalog that does not parse is a bug the catalogs' own
    /// tests catch; it stops the writing rather than put message ids into someone's file.
    fn of(set: &AnswerSet) -> Result<Words, WriteError> {
        let catalogs = Catalogs::shared().map_err(|err| WriteError::Yaml(err.to_string()))?;
        let lang = set
            .language
            .as_ref()
            .map(|l| l.value.trim())
            .filter(|l| !l.is_empty())
            .unwrap_or("en")
            .to_owned();
        // The catalog the messages come from: the language's, its base language's, or English.
        let base = lang.split('-').next().unwrap_or(&lang);
        let used = [lang.as_str(), base]
            .into_iter()
            .find(|l| catalogs.has(l, "file-answers-of"))
            .unwrap_or("en");
        let rtl = saq_i18n::is_rtl(used);
        Ok(Words {
            catalogs,
            lang,
            rtl,
        })
    }

    /// The message `id` with `args`, each isolated in a right-to-left language.
    fn say(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.catalogs.say(&self.lang, id, args)
    }

    /// The message `id` with `args`, and `plain` values put in as they are, never isolated.
    fn say_with(&self, id: &str, args: &[(&str, Arg<'_>)], plain: &[(&str, &str)]) -> String {
        let mut all = args.to_vec();
        all.extend(plain.iter().map(|(key, value)| (*key, Arg::Text(value))));
        let mut text = self.say(id, &all);
        if self.rtl {
            for (_, value) in plain {
                text = text.replacen(&format!("{FSI}{value}{PDI}"), value, 1);
            }
        }
        text
    }

    /// `text` isolated as the catalogs isolate a value, for a value saq puts into a list itself.
    fn isolate(&self, text: &str) -> String {
        if self.rtl {
            format!("{FSI}{text}{PDI}")
        } else {
            text.to_owned()
        }
    }

    /// `items` joined as a list (`, ` in English).
    fn list<S: AsRef<str>>(&self, items: &[S], separator: &str) -> String {
        let separator = self.say(separator, &[]);
        items
            .iter()
            .map(AsRef::as_ref)
            .collect::<Vec<_>>()
            .join(&separator)
    }
}

/// Builds the text line by line.
/// Lines, blank lines and comments ([`crate::commented::Lines`]), and what each file adds.
struct Writer {
    lines: crate::commented::Lines,
    words: Words,
}

impl std::ops::Deref for Writer {
    type Target = crate::commented::Lines;
    fn deref(&self) -> &Self::Target {
        &self.lines
    }
}

impl std::ops::DerefMut for Writer {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.lines
    }
}

impl Writer {
    fn new(words: Words) -> Writer {
        Writer {
            lines: crate::commented::Lines::default(),
            words,
        }
    }

    /// The message `id` with `args`, in the file's language.
    fn say(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.words.say(id, args)
    }

    /// `key: scalar` at `indent`.
    fn key_value<T: Serialize>(
        &mut self,
        indent: usize,
        key: &str,
        value: &T,
    ) -> Result<(), WriteError> {
        let text = yaml::to_text(value)?;
        self.place(indent, key, &text, false);
        Ok(())
    }

    /// `key: value` at `indent`. A block collection goes on the lines below the key, indented;
    /// a scalar starts on the key's line (a block scalar's `|` or `>` too, its text below).
    fn place(&mut self, indent: usize, key: &str, text: &str, collection: bool) {
        let pad = " ".repeat(indent);
        let inner = " ".repeat(indent + 2);
        let mut lines = text.lines();
        if collection {
            self.line(&format!("{pad}{key}:"));
        } else {
            let first = lines.next().unwrap_or_default();
            let first = shifted_block_header(first, inner.len() - indent);
            self.line(&format!("{pad}{key}: {first}"));
        }
        for line in lines {
            self.indented(&inner, line);
        }
    }

    /// Empty lines stay empty: padding them would add trailing spaces to the file.
    fn indented(&mut self, pad: &str, line: &str) {
        if line.is_empty() {
            self.blank();
        } else {
            self.line(&format!("{pad}{line}"));
        }
    }

    fn header(&mut self, set: &AnswerSet) -> Result<(), WriteError> {
        self.key_value(0, "format_version", &set.format_version.value)?;
        self.key_value(0, "questionnaire", &set.questionnaire.value)?;
        self.key_value(0, "version", &set.version.value)?;
        if let Some(cluster) = &set.cluster {
            self.key_value(0, "cluster", &cluster.value)?;
        }
        if let Some(language) = &set.language {
            self.key_value(0, "language", &language.value)?;
        }
        self.line("state:");
        self.key_value(2, "name", &set.state.name)?;
        if let Some(code) = &set.state.code {
            self.key_value(2, "code", &code.value)?;
        }
        match &set.focal_point {
            Some(contact) => {
                self.line("focal_point:");
                self.key_value(2, "name", &contact.name)?;
                for (key, value) in [
                    ("position", &contact.position),
                    ("organization", &contact.organization),
                    ("email", &contact.email),
                    ("phone", &contact.phone),
                ] {
                    if let Some(value) = value {
                        self.key_value(2, key, value)?;
                    }
                }
            }
            None => {
                let note = self.say("file-focal-point", &[]);
                self.comment(0, &note);
                for line in [
                    "focal_point:",
                    "  name: ",
                    "  position: ",
                    "  organization: ",
                    "  email: ",
                ] {
                    self.line(format!("# {line}").trim_end());
                }
            }
        }
        self.provenance(set)?;
        self.key_value(0, "status", &set.status.value)?;
        for (key, value) in [
            ("created", &set.created),
            ("updated", &set.updated),
            ("submitted", &set.submitted),
            ("digest", &set.digest),
        ] {
            if let Some(value) = value {
                self.key_value(0, key, &value.value)?;
            }
        }
        Ok(())
    }

    /// `review:`, `source:` and `disclosure:`, each written when the set has it; a commented
    /// template in place of an absent `review:` or `source:`, and always a word on what
    /// `disclosure:` decides.
    fn provenance(&mut self, set: &AnswerSet) -> Result<(), WriteError> {
        let missing = match (&set.review, &set.source) {
            (None, None) => Some("file-optional-review-and-source"),
            (None, Some(_)) => Some("file-optional-review"),
            (Some(_), None) => Some("file-optional-source"),
            (Some(_), Some(_)) => None,
        };
        if let Some(missing) = missing {
            let note = self.say(missing, &[]);
            self.comment(0, &note);
        }
        match &set.review {
            Some(review) => {
                self.line("review:");
                self.key_value(2, "cycle", &review.cycle.value)?;
                if let Some(phase) = &review.phase {
                    self.key_value(2, "phase", phase)?;
                }
                if let Some(period) = &review.period {
                    self.key_value(2, "period", period)?;
                }
            }
            None => {
                for line in ["review:", "  cycle:", "  phase:", "  period:"] {
                    self.line(&format!("# {line}"));
                }
            }
        }
        match &set.source {
            Some(source) => {
                self.line("source:");
                self.key_value(2, "description", &source.description.value)?;
                if let Some(url) = &source.url {
                    self.key_value(2, "url", &url.value)?;
                }
            }
            None => {
                for line in ["source:", "  description:", "  url:"] {
                    self.line(&format!("# {line}"));
                }
            }
        }
        let note = self.say("file-disclosure", &[]);
        self.comment(0, &note);
        match &set.disclosure {
            Some(disclosure) => self.key_value(0, "disclosure", &disclosure.value)?,
            None => self.line("# disclosure: restricted"),
        }
        Ok(())
    }

    fn section(&mut self, section: &Section) {
        self.blank();
        let title = format!("== {} ", section.title);
        let rule = "=".repeat(WIDTH.saturating_sub(ENTRY + 2 + columns(&title)));
        self.line(&format!("{}# {title}{rule}", " ".repeat(ENTRY)));
        if let Some(intro) = &section.intro {
            self.comment(ENTRY, intro);
        }
        if let Some(when) = &section.when {
            let reason = section.skip_reason.clone().unwrap_or_else(|| {
                self.say(
                    "file-section-asked-when",
                    &[("condition", when.value.as_str().into())],
                )
            });
            self.comment(ENTRY, &reason);
        }
    }

    /// The comment block above a question's key.
    fn question<'b>(
        &mut self,
        bundle: &'b Bundle,
        question: &'b Question,
        quoted: &mut HashSet<&'b str>,
    ) {
        self.comment(ENTRY, &question.text);
        if let Some(help) = &question.help {
            self.comment(ENTRY, help);
        }
        for id in &question.provisions {
            let Some((_, _, provision)) = bundle.provision(id) else {
                continue;
            };
            let force = self.say(force_message(provision.force.value), &[]);
            // Quote the treaty once per file; later questions on the same provision refer to it.
            let comment = if quoted.insert(id.value.as_str()) {
                self.words.say_with(
                    "file-provision-quoted",
                    &[
                        ("provision", id.value.as_str().into()),
                        ("text", provision.text.trim().into()),
                    ],
                    &[("force", &force)],
                )
            } else {
                self.words.say_with(
                    "file-provision-quoted-above",
                    &[("provision", id.value.as_str().into())],
                    &[("force", &force)],
                )
            };
            self.comment(ENTRY, &comment);
        }
        if let Some(source) = &question.source {
            let comment = self.say("file-source", &[("source", source.into())]);
            self.comment(ENTRY, &comment);
        }
        if let Some(when) = &question.when {
            let reason = question.skip_reason.clone().unwrap_or_else(|| {
                self.say(
                    "file-asked-when",
                    &[("condition", when.value.as_str().into())],
                )
            });
            self.comment(ENTRY, &reason);
        }
        let hint = answer_hint(&self.words, bundle, question);
        let hint = if question.required {
            self.words
                .say_with("file-required", &[], &[("hint", &hint)])
        } else {
            hint
        };
        self.comment(ENTRY, &hint);
        if question.kind.value == QuestionKind::Citations {
            let vocabulary = &bundle.questionnaire.vocabulary;
            let measure = match &vocabulary.example_measure {
                Some(_) => vocabulary.example_measure().to_owned(),
                None => self.say("file-example-measure", &[]),
            };
            // In a comment: a line break would end it, and the rest would be read as YAML.
            let title = format!("  - title: {}", measure.replace(['\n', '\r'], " "));
            let article = format!(
                "    article: {}",
                self.say("file-example-article", &[])
                    .replace(['\n', '\r'], " ")
            );
            for example in [title.as_str(), article.as_str(), "    url: https://…"] {
                self.line(&format!("{}#   {example}", " ".repeat(ENTRY)));
            }
        }
    }

    /// One entry under `answers:` or `inactive:`; an absent value is written empty.
    fn entry(
        &mut self,
        id: &str,
        question: Option<&Question>,
        value: Option<&Json>,
    ) -> Result<(), WriteError> {
        let key = yaml::to_text(&id)?;
        let key = key.trim_end();
        match value {
            None | Some(Json::Null) => {
                self.line(&format!("{}{key}:", " ".repeat(ENTRY)));
                Ok(())
            }
            Some(value) => {
                let text = yaml::to_text(&arrange(question, value))?;
                let collection = match value {
                    Json::Array(items) => !items.is_empty(),
                    Json::Object(map) => !map.is_empty(),
                    _ => false,
                };
                self.place(ENTRY, key, &text, collection);
                Ok(())
            }
        }
    }
}

/// The message naming a provision's level of obligation.
fn force_message(force: Force) -> &'static str {
    match force {
        Force::Mandatory => "file-force-mandatory",
        Force::MandatoryQualified => "file-force-mandatory-qualified",
        Force::Consider => "file-force-consider",
        Force::Optional => "file-force-optional",
        Force::Conditional => "file-force-conditional",
        Force::Interpretive => "file-force-interpretive",
    }
}

/// What a question takes, in one sentence. The ids to type stay as they are; a choice's label
/// (translated with the questionnaire) goes beside its id.
fn answer_hint(words: &Words, bundle: &Bundle, question: &Question) -> String {
    let choices = || {
        let items: Vec<String> = bundle
            .questionnaire
            .choices_of(question)
            .iter()
            .map(|c| {
                if c.label.eq_ignore_ascii_case(&c.value.value) {
                    c.value.value.clone()
                } else {
                    words.say_with(
                        "file-choice",
                        &[("label", c.label.as_str().into())],
                        &[("id", &c.value.value)],
                    )
                }
            })
            .collect();
        words.list(&items, "file-list-separator")
    };
    match question.kind.value {
        QuestionKind::Compliance | QuestionKind::SingleChoice => {
            words.say_with("file-answer-one-of", &[], &[("choices", &choices())])
        }
        QuestionKind::MultiChoice => {
            let first = bundle
                .questionnaire
                .choices_of(question)
                .first()
                .map_or("…", |c| c.value.value.as_str());
            words.say_with(
                "file-answer-any-of",
                &[],
                &[("choices", &choices()), ("first", first)],
            )
        }
        QuestionKind::Text => words.say("file-answer-text", &[]),
        QuestionKind::Number => words.say("file-answer-number", &[]),
        QuestionKind::Date => words.say("file-answer-date", &[]),
        QuestionKind::Citations => words.say("file-answer-citations", &[]),
        QuestionKind::Table => {
            let columns: Vec<String> = question
                .columns
                .iter()
                .map(|c| {
                    let mut about = vec![words.isolate(&c.label)];
                    if !c.choices.is_empty() {
                        let ids: Vec<&str> = c
                            .choices
                            .iter()
                            .map(|choice| choice.value.value.as_str())
                            .collect();
                        about.push(words.list(&ids, "file-column-or"));
                    } else {
                        about.push(words.say(column_kind_message(c.kind), &[]));
                    }
                    if c.required {
                        about.push(words.say("file-column-required", &[]));
                    }
                    words.say_with(
                        "file-column",
                        &[],
                        &[
                            ("id", &c.id.value),
                            ("about", &words.list(&about, "file-list-separator")),
                        ],
                    )
                })
                .collect();
            // A row as it is typed: YAML, the same in every language.
            let example: Vec<String> = question
                .columns
                .iter()
                .take(2)
                .map(|c| format!("{}: …", c.id.value))
                .collect();
            words.say_with(
                "file-answer-table",
                &[],
                &[
                    ("example", &format!("{{{}}}", example.join(", "))),
                    ("columns", &words.list(&columns, "file-column-separator")),
                ],
            )
        }
    }
}

/// The message naming the kind of value a table column takes.
fn column_kind_message(kind: ColumnKind) -> &'static str {
    match kind {
        ColumnKind::Text => "file-column-text",
        ColumnKind::Number => "file-column-number",
        ColumnKind::Date => "file-column-date",
        ColumnKind::Choice => "file-column-choice",
    }
}

/// Words of `text` in lines of at most `width` columns (longer words get a line of their own);
/// line breaks in `text` are kept. Shared with the terminal interview, so help reads the same in
/// the file and on screen.
///
/// A no-break space (French puts one before `:` and inside « ») binds the words on either side
/// and is kept as it is. Chinese and Japanese, written without spaces, may break between any two
/// characters except before a closing mark (`，` `。` `）`) or after an opening one (`（` `《`);
/// their characters take two columns, as a terminal shows them. A directional isolate (around a
/// value in Arabic text) that a line break cuts is closed at the end of the line and opened again
/// on the next, so each line reads on its own, as editors show it.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.lines() {
        let mut line = String::new();
        let mut used = 0;
        // The isolates open at the end of `line`, innermost last.
        let mut open: Vec<char> = Vec::new();
        for word in paragraph.split(is_breaking_space).filter(|w| !w.is_empty()) {
            for (n, piece) in pieces(word).into_iter().enumerate() {
                let space = usize::from(n == 0);
                let wide = columns(piece);
                if !line.is_empty() && used + space + wide > width {
                    line.extend(open.iter().map(|_| '\u{2069}'));
                    lines.push(std::mem::take(&mut line));
                    line.extend(open.iter());
                    used = 0;
                } else if !line.is_empty() && space == 1 {
                    line.push(' ');
                    used += 1;
                }
                line.push_str(piece);
                used += wide;
                for c in piece.chars() {
                    match c {
                        '\u{2066}'..='\u{2068}' => open.push(c),
                        '\u{2069}' => {
                            open.pop();
                        }
                        _ => {}
                    }
                }
            }
        }
        lines.push(line);
    }
    lines
}

/// Whitespace a line may break at: all of it but the no-break spaces.
fn is_breaking_space(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{2007}' | '\u{202f}')
}

/// The parts of `word` a line may break between: the whole word, but for text written without
/// spaces (Chinese, Japanese, Korean), where a line may break beside any of its characters.
fn pieces(word: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut previous: Option<char> = None;
    for (at, c) in word.char_indices() {
        if let Some(before) = previous
            && (is_wide(before) || is_wide(c))
            && !opens(before)
            && !closes(c)
        {
            pieces.push(&word[start..at]);
            start = at;
        }
        previous = Some(c);
    }
    pieces.push(&word[start..]);
    pieces
}

/// The columns `text` takes on a terminal (or in an editor's fixed-width font): two for a wide
/// character (Chinese, Japanese, Korean, full-width forms), none for combining marks (Arabic vowel
/// signs) and the invisible marks of direction and joining, one for the others, as Unicode's
/// East Asian Width says (the `unicode-width` crate).
pub fn columns(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

/// The characters shown two columns wide: the ideographs, kana, Hangul and full-width forms.
fn is_wide(c: char) -> bool {
    unicode_width::UnicodeWidthChar::width(c) == Some(2)
}

/// Marks a line must not start with.
fn closes(c: char) -> bool {
    "、。，．：；？！）」』】〕〉》”’…ー々・％,.:;!?)]}%".contains(c)
}

/// Marks a line must not end with.
fn opens(c: char) -> bool {
    "（「『【〔〈《“‘([{".contains(c)
}

/// A value with its map keys in the order people expect: citations as title, article, link;
/// table rows in column order. Serde's JSON maps would sort them alphabetically.
enum Arranged<'a> {
    Plain(&'a Json),
    List(Vec<Arranged<'a>>),
    Map(Vec<(&'a str, &'a Json)>),
}

fn arrange<'a>(question: Option<&Question>, value: &'a Json) -> Arranged<'a> {
    let order: Vec<&str> = match question.map(|q| q.kind.value) {
        Some(QuestionKind::Citations) => vec!["title", "article", "url"],
        Some(QuestionKind::Table) => question
            .into_iter()
            .flat_map(|q| q.columns.iter().map(|c| c.id.value.as_str()))
            .collect(),
        _ => return Arranged::Plain(value),
    };
    let Json::Array(items) = value else {
        return Arranged::Plain(value);
    };
    Arranged::List(
        items
            .iter()
            .map(|item| match item {
                Json::Object(map) => {
                    let mut entries: Vec<(&str, &Json)> =
                        map.iter().map(|(k, v)| (k.as_str(), v)).collect();
                    entries.sort_by_key(|(k, _)| {
                        order.iter().position(|o| o == k).unwrap_or(usize::MAX)
                    });
                    Arranged::Map(entries)
                }
                other => Arranged::Plain(other),
            })
            .collect(),
    )
}

impl Serialize for Arranged<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Arranged::Plain(value) => value.serialize(serializer),
            Arranged::List(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Arranged::Map(entries) => {
                let mut map = serializer.serialize_map(Some(entries.len()))?;
                for (key, value) in entries {
                    map.serialize_entry(key, value)?;
                }
                map.end()
            }
        }
    }
}

/// The header of a block scalar (`|2-`, `>+2`) whose lines move `by` columns further right than
/// its key, with its explicit indentation indicator raised to match; any other text unchanged.
/// The writer adds an indicator when the text starts with spaces, counted from the column its
/// key was at; without the shift, the moved lines would read back with `by` more spaces each.
fn shifted_block_header(first: &str, by: usize) -> std::borrow::Cow<'_, str> {
    let Some(rest) = first.strip_prefix(['|', '>']) else {
        return first.into();
    };
    if rest.is_empty()
        || !rest
            .chars()
            .all(|c| c.is_ascii_digit() || c == '-' || c == '+')
    {
        return first.into();
    }
    let Some(digit) = rest.chars().find(char::is_ascii_digit) else {
        return first.into();
    };
    let indicator = digit.to_digit(10).unwrap_or(0) as usize + by;
    // YAML allows 1 to 9; beyond, the text is left for the read-back check to refuse.
    if indicator > 9 {
        return first.into();
    }
    format!(
        "{}{}",
        &first[..1],
        rest.replacen(digit, &indicator.to_string(), 1)
    )
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_moved_block_keeps_its_indentation() {
        assert_eq!(shifted_block_header("|2-", 2), "|4-");
        assert_eq!(shifted_block_header(">-2", 2), ">-4");
        assert_eq!(shifted_block_header("|2+", 2), "|4+");
        assert_eq!(shifted_block_header("|-", 2), "|-");
        assert_eq!(shifted_block_header("\"|2-\"", 2), "\"|2-\"");
        assert_eq!(shifted_block_header("|x", 2), "|x");
        assert_eq!(shifted_block_header("|9-", 2), "|9-");
    }

    #[test]
    fn wrap_keeps_words_whole() {
        assert_eq!(wrap("aa bb cc", 5), ["aa bb", "cc"]);
        assert_eq!(wrap("a\nb", 10), ["a", "b"]);
        assert_eq!(
            wrap("averyveryverylongword x", 5),
            ["averyveryverylongword", "x"]
        );
    }

    #[test]
    fn wrap_keeps_no_break_spaces() {
        // French: a narrow no-break space before the colon, no-break spaces inside « ».
        let text = "Source\u{202f}: «\u{a0}loi\u{a0}» et encore";
        assert_eq!(
            wrap(text, 12),
            ["Source\u{202f}:", "«\u{a0}loi\u{a0}» et", "encore"]
        );
        assert_eq!(wrap("a\u{a0}b c", 3), ["a\u{a0}b", "c"]);
    }

    #[test]
    fn wrap_closes_an_isolate_at_the_end_of_each_line() {
        let (fsi, pdi) = ('\u{2068}', '\u{2069}');
        let text = format!("الحكم {fsi}1.1{pdi}: «{fsi}Each State Party shall{pdi}» نص");
        assert_eq!(
            wrap(&text, 18),
            [
                format!("الحكم {fsi}1.1{pdi}: «{fsi}Each{pdi}"),
                format!("{fsi}State Party shall{pdi}»"),
                "نص".to_owned(),
            ]
        );
    }

    #[test]
    fn wrap_breaks_chinese_between_characters_in_columns() {
        // Each ideograph takes two columns; no line starts with a closing mark.
        assert_eq!(wrap("请回答以下之一。", 6), ["请回答", "以下之", "一。"]);
        assert_eq!(
            wrap("请回答：yes（是）、no（否）。", 12),
            ["请回答：yes", "（是）、no", "（否）。"]
        );
        for line in wrap(&"必答。请回答以下之一：yes（是）、no（否）。".repeat(5), 20)
        {
            assert!(columns(&line) <= 20, "{line}");
            assert!(!line.starts_with(['。', '、', '）', '：']), "{line}");
        }
    }
}

#[cfg(test)]
mod round_trip {
    use std::path::Path;

    use super::*;
    use crate::answer_set::{AnswerSet, StateParty};
    use crate::located::Located;
    use crate::source::SourceFile;

    fn mini() -> Bundle {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/mini");
        Bundle::read_dir(&dir).unwrap().value.unwrap()
    }

    fn builtin() -> Bundle {
        Bundle::builtin().value.unwrap()
    }

    /// Renders `set`, reads the text back and checks it is valid and says the same.
    fn reread(bundle: &Bundle, set: &AnswerSet) -> String {
        let text = render(bundle, set).unwrap();
        let loaded = bundle.load_answers(&SourceFile::new("rendered.yaml", text.clone()));
        let errors: Vec<String> = loaded.diagnostics.iter().map(ToString::to_string).collect();
        assert!(!loaded.has_errors(), "{}\n{text}", errors.join("\n"));
        let again = loaded.value.unwrap().file;
        assert_eq!(crate::digest::of(&again), crate::digest::of(set), "{text}");
        text
    }

    fn state() -> StateParty {
        StateParty {
            name: "Republic of Testland: \"North\" # 1".into(),
            code: Some(Located::new("XTE".into())),
        }
    }

    #[test]
    fn a_new_answer_set_lists_every_question_and_is_valid() {
        for bundle in [mini(), builtin()] {
            let set = AnswerSet::draft(&bundle.questionnaire, state(), "2026-03-01");
            let text = reread(&bundle, &set);
            for (_, question) in bundle.questionnaire.questions() {
                assert!(
                    text.contains(&format!("\n  {}:\n", question.id.value)),
                    "{}",
                    question.id.value
                );
            }
            assert!(
                text.lines()
                    .all(|l| l.chars().count() <= WIDTH || !l.trim_start().starts_with('#'))
            );
        }
    }

    #[test]
    fn every_example_survives_a_rewrite() {
        let builtin = builtin();
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../questionnaires/firearms-protocol/examples");
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            // `examples/reviews/` holds review files, not answer sets.
            .filter(|p| p.is_file())
            .collect();
        paths.sort();
        assert_eq!(paths.len(), 4);
        for path in paths {
            let source = SourceFile::read(&path).unwrap();
            let set = builtin.load_answers(&source).value.unwrap().file;
            reread(&builtin, &set);
        }
        let mini = mini();
        let source = SourceFile::read(
            &Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../tests/fixtures/mini/examples/valid.yaml"),
        )
        .unwrap();
        let set = mini.load_answers(&source).value.unwrap().file;
        let text = reread(&mini, &set);
        // Citations read title first; table rows in column order.
        assert!(
            text.contains("    - title: Penal Code\n      article: section 12\n"),
            "{text}"
        );
        assert!(
            text.contains("    - year: 2024\n      marked: 1200\n      level: national\n"),
            "{text}"
        );
    }

    #[test]
    fn review_source_and_disclosure_are_written_back() {
        use crate::answer_set::{Disclosure, Provenance, Review};
        let bundle = mini();
        let mut set = AnswerSet::draft(&bundle.questionnaire, state(), "2026-03-01");
        let text = reread(&bundle, &set);
        assert!(text.contains("\n# review:\n#   cycle:\n"), "{text}");
        assert!(text.contains("\n# source:\n#   description:\n"), "{text}");
        assert!(text.contains("\ndisclosure: restricted\n"), "{text}");
        set.review = Some(Review {
            cycle: Located::new("2025".into()),
            phase: Some("cluster II".into()),
            period: Some("2023–2024".into()),
        });
        set.source = Some(Provenance {
            description: Located::new("National report: \"2024\" # 1".into()),
            url: Some(Located::new("https://example.org/r?a=1#b".into())),
        });
        set.disclosure = Some(Located::new(Disclosure::Public));
        let text = reread(&bundle, &set);
        let again = bundle
            .load_answers(&SourceFile::new("r.yaml", text.clone()))
            .value
            .unwrap()
            .file;
        assert_eq!(again.review, set.review, "{text}");
        assert_eq!(again.source, set.source, "{text}");
        assert_eq!(again.disclosure(), Disclosure::Public, "{text}");
        assert!(!text.contains("# review:"), "{text}");
        // Without a disclosure line, the set reads as restricted, and the file says so.
        set.disclosure = None;
        let text = reread(&bundle, &set);
        assert!(text.contains("\n# disclosure: restricted\n"), "{text}");
    }

    /// `set` in `lang`: the questionnaire's translation, and `language:` naming it.
    fn in_language(bundle: &Bundle, lang: &str) -> (Bundle, AnswerSet) {
        let bundle = bundle.translated(lang);
        let mut set = AnswerSet::draft(&bundle.questionnaire, state(), "2026-03-01");
        set.language = Some(Located::new(lang.into()));
        (bundle, set)
    }

    #[test]
    fn the_comments_speak_the_answers_language() {
        let bundle = mini();
        let (bundle, mut set) = in_language(&bundle, "fr");
        set.inactive.insert(
            Located::new("q_1_1_cases".into()),
            Located::new(Json::from(3)),
        );
        let mut text = reread(&bundle, &set);
        // An answer to no question is an error to load, but is written with its note.
        set.answers.insert(
            Located::new("q_9_9".into()),
            Located::new(Json::from("stray")),
        );
        text.push_str(&render(&bundle, &set).unwrap());
        for french in [
            "# Republic of Testland: \"North\" # 1\u{202f}: réponses au Mini questionnaire for tests \
             (mini-saq 1.0.0), qui évalue l'application du Mini Protocol.",
            "# Inscrivez chaque réponse après la clé de sa question",
            "{not-applicable: \"motif\"} ou {unknown: \"motif\"}",
            "# Le point focal qui valide les réponses\u{202f}: supprimez les signes # ci-dessous",
            "restricted (réponses prises en compte",
            "# Disposition 1.1 (obligatoire)\u{202f}: «\u{a0}Each State Party shall establish \
             offences.\u{a0}»",
            "# Disposition 2.1 (obligation assortie de conditions)\u{202f}:",
            "# Réponse obligatoire. Indiquez l'une des valeurs suivantes\u{202f}: yes, partly (Yes, \
             in part), no.",
            "# Question posée uniquement si q_1_1 in [\"yes\", \"partly\"].",
            "#     - title: Loi n°\u{a0}5 de 2019\n  #       article: article 12\n",
            "# Indiquez un nombre.",
            "# Indiquez une date, au format AAAA-MM-JJ.",
            "une ou plusieurs des valeurs suivantes\u{202f}: legislative (Legislative assistance), \
             capacity-building\u{202f}; par exemple [legislative].",
            "chacune sous la forme `- {year: …, marked: …}`, avec les colonnes suivantes\u{202f}: year \
             (Year, nombre, obligatoire)\u{202f}; marked (Firearms marked, nombre)\u{202f}; level \
             (Level, national ou regional).",
            "# Réponses dont les identifiants ne correspondent à aucune question",
            "# Réponses mises de côté\u{202f}:",
        ] {
            // Wrapped as the file wraps it: compare the words, not the line breaks.
            let words = |t: &str| {
                t.split(is_breaking_space)
                    .filter(|w| !w.is_empty() && *w != "#")
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            assert!(words(&text).contains(&words(french)), "{french}\n{text}");
        }
        // Keys and the values typed stay as they are.
        for kept in [
            "\nanswers:\n",
            "\ninactive:\n",
            "\n  q_1_1:\n",
            "# focal_point:\n",
        ] {
            assert!(text.contains(kept), "{kept}\n{text}");
        }
        assert!(!text.contains("Answer one of"), "{text}");
        assert!(!text.contains("Required."), "{text}");
    }

    /// Every language's comments load back as the same answers, Arabic's isolation marks and
    /// Chinese lines broken between characters included, for the fixture and the built-in
    /// questionnaire in its translations.
    #[test]
    fn a_file_in_each_language_loads_back_identically() {
        for bundle in [mini(), builtin()] {
            for lang in ["fr", "es", "ar", "zh", "ru"] {
                let (bundle, mut set) = in_language(&bundle, lang);
                let text = reread(&bundle, &set);
                assert!(text.contains(&format!("\nlanguage: {lang}\n")), "{text}");
                assert!(!text.contains("Answer one of"), "{lang}\n{text}");
                // Comments are wrapped to the width (section rules hold a title whole).
                for line in text.lines().filter(|l| l.trim_start().starts_with("# ")) {
                    let words = line.trim_start()[2..].split(is_breaking_space).count();
                    assert!(
                        columns(line) <= WIDTH || words == 1 || line.contains("# == "),
                        "{lang}: {line}"
                    );
                }
                // Answered, the same.
                let first = bundle.questionnaire.questions().next().unwrap().1;
                set.answers.insert(
                    Located::new(first.id.value.clone()),
                    Located::new(serde_json::json!({"not-applicable": "« raison » : ‘x’ # y"})),
                );
                reread(&bundle, &set);
            }
        }
        let (bundle, set) = in_language(&builtin(), "ar");
        let text = reread(&bundle, &set);
        assert!(text.contains("إجابة إلزامية."), "{text}");
        assert!(text.contains("\u{2068}"), "values are isolated in Arabic");
        let (bundle, set) = in_language(&builtin(), "zh");
        let text = reread(&bundle, &set);
        assert!(
            text.contains("# 必答。请从以下各项中选择一项作答："),
            "{text}"
        );
    }

    #[test]
    fn english_is_written_when_the_language_has_no_words_of_saq() {
        let bundle = mini();
        let english = reread(
            &bundle,
            &AnswerSet::draft(&bundle.questionnaire, state(), "2026-03-01"),
        );
        let mut set = AnswerSet::draft(&bundle.questionnaire, state(), "2026-03-01");
        set.language = Some(Located::new("de".into()));
        let german = reread(&bundle, &set);
        assert_eq!(german.replace("language: de\n", ""), english);
        set.language = Some(Located::new("fr-CA".into()));
        assert!(reread(&bundle, &set).contains("# Réponse obligatoire."));
    }

    #[test]
    fn awkward_text_comes_back_unchanged() {
        let bundle = builtin();
        let awkward = [
            "yes",
            "no",
            "~",
            "null",
            "2024-02-29",
            "0x1F",
            "- a list?",
            "key: value",
            "# not a comment",
            "  leading spaces",
            "trailing spaces   ",
            "line one\nline two\n\n  indented line three\n",
            // A block whose first line is indented needs an indentation indicator, which must
            // follow the block when it moves under its key.
            "  Two workshops:\n  - shotguns",
            "   three\n one",
            "\n\n  after blank lines\nand more",
            "\nstarts with a blank line",
            "tab\there",
            "quotes ' and \" and \\ backslash",
            "Ünïcode “quotes” — 日本語",
            &"a long sentence that the writer folds over several lines ".repeat(6),
            &format!("{}  double  spaces  {}", "x".repeat(90), "y".repeat(90)),
        ];
        for text in awkward {
            let mut set = AnswerSet::draft(&bundle.questionnaire, state(), "2026-03-01");
            set.answers.insert(
                Located::new("profile_manufacturing_notes".into()),
                Located::new(Json::String(text.to_owned())),
            );
            set.answers.insert(
                Located::new("profile_deactivated_law".into()),
                Located::new(
                    serde_json::json!([{"title": text, "url": "https://example.org/a?b=c#d"}]),
                ),
            );
            let rendered = reread(&bundle, &set);
            let loaded = bundle
                .load_answers(&SourceFile::new("r.yaml", rendered.clone()))
                .value
                .unwrap();
            assert_eq!(
                loaded.file.answer("profile_manufacturing_notes"),
                Some(&Json::String(text.to_owned())),
                "{rendered}"
            );
        }
    }
}
