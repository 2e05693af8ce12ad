//! The answer-set file as saq writes it: every question in questionnaire order, each with its
//! text, help, the provision it assesses and the answers it takes as YAML comments, so the file
//! can be filled in with any text editor.
//!
//! `saq init`, `saq fill` and `saq submit` all write through [`render`], so a file keeps one
//! layout whichever command touched it last. Values are written by [`crate::yaml`]; this module
//! only arranges them and adds the comments.

use std::collections::{BTreeSet, HashSet};

use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};
use serde_json::Value as Json;

use crate::answer_set::AnswerSet;
use crate::error::WriteError;
use crate::load::Bundle;
use crate::questionnaire::{Question, QuestionKind, Section};
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
    let mut out = Writer::default();
    out.comment(
        0,
        &format!(
            "Answers of {} to the {} ({} {}), which assesses the {}.",
            // A comment is one line of plain text: a control character in the name would end
            // it, or reach the terminal of whoever reads the file.
            crate::printable::line(&set.state.name),
            questionnaire.title,
            questionnaire.id.value,
            questionnaire.version.value,
            std::iter::once(bundle.instrument.short_title.clone())
                .chain(
                    bundle
                        .others
                        .iter()
                        .map(|o| format!("provisions of the {}", o.short_title))
                )
                .collect::<Vec<_>>()
                .join(" and the ")
        ),
    );
    out.comment(0, "");
    for paragraph in HOW_TO {
        out.comment(0, paragraph);
    }
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
        out.comment(
            ENTRY,
            "Not questions of this questionnaire: check their ids (`saq validate` says more).",
        );
        for (id, value) in strays {
            out.entry(&id.value, None, Some(&value.value))?;
        }
    }

    if !set.inactive.is_empty() {
        out.blank();
        for paragraph in INACTIVE {
            out.comment(0, paragraph);
        }
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

const HOW_TO: &[&str] = &[
    "Write each answer after its question's key, in place of the empty value. Lines starting \
     with `#` are comments: the question, its help, the provision it assesses and the \
     answers it takes. Any answer may instead be {not-applicable: \"why\"} or {unknown: \"why\"}. \
     A question asked only in some cases says so: leave it empty when it does not apply.",
    "",
    "saq validate FILE checks the file; saq status FILE shows what is left to answer; \
     saq fill FILE asks the questions one by one and saves after each answer (it rewrites the \
     file in this layout: comments of your own are kept in a backup copy, not in the file); \
     saq submit FILE marks the answers submitted once every required question is answered.",
];

const DISCLOSURE: &str = "Who may see these answers by name when States are compared: restricted \
     (counted, never named; the default), secretariat (named in the restricted view for the \
     review's participants and the secretariat) or public (the State agrees to publish).";

const INACTIVE: &[&str] = &[
    "Answers kept aside: a changed answer above made their questions inapplicable. They are \
     not assessed; saq fill moves each one back under `answers:` when its question applies again.",
];

/// Builds the text line by line.
/// Lines, blank lines and comments ([`crate::commented::Lines`]), and what each file adds.
#[derive(Default)]
struct Writer {
    lines: crate::commented::Lines,
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
                self.comment(
                    0,
                    "The focal point who clears the answers: remove the # signs below and fill in.",
                );
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
            (None, None) => Some(
                "Optional: the review cycle these answers are for (its phase, the period they \
                 cover) and where they come from, such as a published national report: remove \
                 the # signs below and fill in.",
            ),
            (None, Some(_)) => Some(
                "Optional: the review cycle these answers are for (its phase, the period they \
                 cover): remove the # signs below and fill in.",
            ),
            (Some(_), None) => Some(
                "Optional: where the answers come from, such as a published national report \
                 (with a link): remove the # signs below and fill in.",
            ),
            (Some(_), Some(_)) => None,
        };
        if let Some(missing) = missing {
            self.comment(0, missing);
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
        self.comment(0, DISCLOSURE);
        match &set.disclosure {
            Some(disclosure) => self.key_value(0, "disclosure", &disclosure.value)?,
            None => self.line("# disclosure: restricted"),
        }
        Ok(())
    }

    fn section(&mut self, section: &Section) {
        self.blank();
        let title = format!("== {} ", section.title);
        let rule = "=".repeat(WIDTH.saturating_sub(ENTRY + 2 + title.chars().count()));
        self.line(&format!("{}# {title}{rule}", " ".repeat(ENTRY)));
        if let Some(intro) = &section.intro {
            self.comment(ENTRY, intro);
        }
        if let Some(when) = &section.when {
            self.comment(
                ENTRY,
                &section
                    .skip_reason
                    .clone()
                    .unwrap_or_else(|| format!("This section is asked only when {}.", when.value)),
            );
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
            let force = serde_json::to_value(provision.force.value)
                .ok()
                .and_then(|f| f.as_str().map(str::to_owned))
                .unwrap_or_default();
            // Quote the treaty once per file; later questions on the same provision refer to it.
            if quoted.insert(id.value.as_str()) {
                self.comment(
                    ENTRY,
                    &format!(
                        "Provision {} ({force}): \"{}\"",
                        id.value,
                        provision.text.trim()
                    ),
                );
            } else {
                self.comment(
                    ENTRY,
                    &format!("Provision {} ({force}), quoted above.", id.value),
                );
            }
        }
        if let Some(source) = &question.source {
            self.comment(ENTRY, &format!("Source: {source}"));
        }
        if let Some(when) = &question.when {
            self.comment(
                ENTRY,
                &question
                    .skip_reason
                    .clone()
                    .unwrap_or_else(|| format!("Asked only when {}.", when.value)),
            );
        }
        let required = if question.required { "Required. " } else { "" };
        let hint = answer_hint(bundle, question);
        self.comment(ENTRY, &format!("{required}{hint}"));
        if question.kind.value == QuestionKind::Citations {
            // In a comment: a line break would end it, and the rest would be read as YAML.
            let title = format!(
                "  - title: {}",
                bundle
                    .questionnaire
                    .vocabulary
                    .example_measure()
                    .replace(['\n', '\r'], " ")
            );
            for example in [
                title.as_str(),
                "    article: section 12",
                "    url: https://…",
            ] {
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

/// What a question takes, in one sentence.
fn answer_hint(bundle: &Bundle, question: &Question) -> String {
    let choices = || {
        bundle
            .questionnaire
            .choices_of(question)
            .iter()
            .map(|c| {
                if c.label.eq_ignore_ascii_case(&c.value.value) {
                    c.value.value.clone()
                } else {
                    format!("{} ({})", c.value.value, c.label)
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    match question.kind.value {
        QuestionKind::Compliance | QuestionKind::SingleChoice => {
            format!("Answer one of: {}.", choices())
        }
        QuestionKind::MultiChoice => {
            let first = bundle
                .questionnaire
                .choices_of(question)
                .first()
                .map_or("…", |c| c.value.value.as_str());
            format!("Answer a list of any of: {}; such as [{first}].", choices())
        }
        QuestionKind::Text => {
            "Answer in text; for several lines, write | after the colon and the lines below it, \
             indented."
                .into()
        }
        QuestionKind::Number => "Answer a number.".into(),
        QuestionKind::Date => "Answer a date, YYYY-MM-DD.".into(),
        QuestionKind::Citations => {
            "Answer a list of measures, each with a title and, if useful, the article and a link:"
                .into()
        }
        QuestionKind::Table => {
            let columns: Vec<String> = question
                .columns
                .iter()
                .map(|c| {
                    let mut about = vec![c.label.clone()];
                    if !c.choices.is_empty() {
                        about.push(
                            c.choices
                                .iter()
                                .map(|choice| choice.value.value.as_str())
                                .collect::<Vec<_>>()
                                .join(" or "),
                        );
                    } else {
                        about.push(
                            serde_json::to_value(c.kind)
                                .ok()
                                .and_then(|k| k.as_str().map(str::to_owned))
                                .unwrap_or_default(),
                        );
                    }
                    if c.required {
                        about.push("required".into());
                    }
                    format!("{} ({})", c.id.value, about.join(", "))
                })
                .collect();
            let example: Vec<String> = question
                .columns
                .iter()
                .take(2)
                .map(|c| format!("{}: …", c.id.value))
                .collect();
            format!(
                "Answer a list of rows, one `- {{{}}}` per row, with the columns {}.",
                example.join(", "),
                columns.join("; ")
            )
        }
    }
}

/// Words of `text` in lines of at most `width` characters (longer words get a line of their
/// own); line breaks in `text` are kept. Shared with the terminal interview, so help reads the
/// same in the file and on screen.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.lines() {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        lines.push(line);
    }
    lines
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
