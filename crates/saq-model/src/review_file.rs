//! The review file as saq writes it (`saq review init`): the header, then the dialogue and the
//! list of observations grouped by provision in treaty order, each group under a comment that
//! quotes the provision and the status the State reported, so reviewers can work in any text
//! editor.
//!
//! Values are written by [`crate::yaml`] (one entry at a time); this module only arranges them
//! and adds the comments. Text from the answers is never put in a comment unescaped: a line break
//! or control character there would end the comment and turn the rest into YAML.

use std::collections::{BTreeMap, HashSet};

use serde::Serialize;

use crate::error::WriteError;
use crate::load::Bundle;
use crate::printable;
use crate::review::Review;
use crate::yaml;

/// What the file says beside the review's own values.
#[derive(Debug, Clone, Default)]
pub struct Notes {
    /// The reported status of each provision, in words (`partially implemented`), by id.
    pub status: BTreeMap<String, String>,
    /// Things the draft could not hold (such as an unanswered question that is about no
    /// provision or article), each a sentence shown in the header comment.
    pub not_drafted: Vec<String>,
}

/// The header comment: what the file is and how its steps go. Kept here, in one place, so the
/// file explains itself the same way whatever answers it was drafted from.
const HOW_TO: &[&str] = &[
    "The review goes in four steps, all kept in this file: (1) each reviewing State sends written \
     feedback, questions for clarification and requests for more information, per provision \
     (under `dialogue:`, `from:` naming the reviewer by its id); (2) the State under review replies \
     (`reply:`, `replied:` YYYY-MM-DD); (3) the reviewers draw up with it the list of observations \
     (under `observations:`: good-practice, challenge, suggestion, assistance-need), the State \
     recording `agreed: agreed` or `agreed: disputed` on each; (4) they write its `summary:` and set \
     `status: final`.",
    "",
    "Entries with `draft: true` were drafted by saq from the answers: the State's own words quoted, \
     or a neutral sentence saying what the answers say. They are no one's view until a reviewer \
     takes them on: rewrite each as needed and remove `draft: true`, or delete it. A final review \
     holds no draft.",
    "",
    "saq review status FILE shows what is still draft, unanswered or disputed, and checks the \
     file; saq review report FILE writes the feedback, the list of observations and the summary.",
];

const ANSWERS: &str = "The answers reviewed, relative to this file's folder, and their digest \
     when the review started: if they change, saq review status reports `answers-changed`.";

const REVIEWERS: &str = "The two reviewing States (one of the same regional group, one of \
     another), each with the id the entries below name it by; add `experts:` (a list of names) \
     as needed.";

const DIALOGUE: &str = "Written feedback and replies, per provision.";

const OBSERVATIONS: &str = "The list of observations, per provision (or article). \
     `proposed_by:` is a reviewer id, `state` or `secretariat`.";

const SUMMARY: &str = "The summary of the list of observations, once drafted: remove the # \
     below and write it.";

/// The YAML text of `review`, with comments: the header, then each entry of the dialogue and
/// the list of observations under the provision it is about (quoted once per file), with the
/// status `notes` gives it.
pub fn render(bundle: &Bundle, review: &Review, notes: &Notes) -> Result<String, WriteError> {
    let mut out = Writer::default();
    let state = match &review.state.code {
        Some(code) => format!("{} ({})", review.state.name, code.value),
        None => review.state.name.clone(),
    };
    out.comment(
        0,
        &format!(
            "Review of the answers of {} to the {} ({} {}).",
            printable::line(&state),
            bundle.questionnaire.title,
            review.questionnaire.value,
            review.version.value
        ),
    );
    out.comment(0, "");
    for paragraph in HOW_TO {
        out.comment(0, paragraph);
    }
    if !notes.not_drafted.is_empty() {
        out.comment(0, "");
        out.comment(0, "Not drafted (no provision or article to attach it to):");
        for note in &notes.not_drafted {
            out.comment(0, &format!("- {}", printable::line(note)));
        }
    }
    out.key_value(0, "format_version", &review.format_version)?;
    out.key_value(0, "questionnaire", &review.questionnaire)?;
    out.key_value(0, "version", &review.version)?;
    out.key_value(0, "state", &review.state)?;
    out.comment(0, ANSWERS);
    out.key_value(0, "answers", &review.answers)?;
    match &review.cycle {
        Some(cycle) => out.key_value(0, "cycle", cycle)?,
        None => out.line("# cycle:"),
    }
    out.comment(0, REVIEWERS);
    out.key_value(0, "reviewers", &review.reviewers)?;
    out.key_value(0, "status", &review.status)?;

    let mut quoted = HashSet::new();
    out.blank();
    out.comment(0, DIALOGUE);
    out.entries(
        bundle,
        notes,
        "dialogue",
        review
            .dialogue
            .iter()
            .map(|e| (e.provision.value.as_str(), e)),
        &mut quoted,
    )?;
    out.blank();
    out.comment(0, OBSERVATIONS);
    out.entries(
        bundle,
        notes,
        "observations",
        review
            .observations
            .iter()
            .map(|o| (o.provision.value.as_str(), o)),
        &mut quoted,
    )?;
    out.blank();
    match &review.summary {
        Some(summary) => out.key_value(0, "summary", summary)?,
        None => {
            out.comment(0, SUMMARY);
            out.line("# summary:");
        }
    }
    Ok(out.lines.text)
}

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
    /// `key: value` at `indent`, as the YAML writer lays it out under its key.
    fn key_value<T: Serialize>(
        &mut self,
        indent: usize,
        key: &str,
        value: &T,
    ) -> Result<(), WriteError> {
        let text = yaml::to_text(&Keyed(key, value))?;
        self.shifted(indent, &text);
        Ok(())
    }

    /// `text` (whole YAML lines) moved `indent` columns right; empty lines stay empty. Moving a
    /// whole node keeps every indentation indicator in it right: they count from the node's own
    /// indentation, which moves with it.
    fn shifted(&mut self, indent: usize, text: &str) {
        let pad = " ".repeat(indent);
        for line in text.lines() {
            if line.is_empty() {
                self.blank();
            } else {
                self.line(&format!("{pad}{line}"));
            }
        }
    }

    /// One list item: `- ` and the entry's map, its lines below the first aligned with it.
    fn item<T: Serialize>(&mut self, indent: usize, value: &T) -> Result<(), WriteError> {
        let text = yaml::to_text(value)?;
        let pad = " ".repeat(indent);
        let inner = " ".repeat(indent + 2);
        for (i, line) in text.lines().enumerate() {
            if i == 0 {
                self.line(&format!("{pad}- {line}"));
            } else if line.is_empty() {
                self.blank();
            } else {
                self.line(&format!("{inner}{line}"));
            }
        }
        Ok(())
    }

    /// `key:` and its entries, each group of entries about one place under a comment about it;
    /// `[]` for none.
    fn entries<'e, T: Serialize + 'e>(
        &mut self,
        bundle: &Bundle,
        notes: &Notes,
        key: &str,
        entries: impl Iterator<Item = (&'e str, &'e T)>,
        quoted: &mut HashSet<String>,
    ) -> Result<(), WriteError> {
        let mut entries = entries.peekable();
        if entries.peek().is_none() {
            self.line(&format!("{key}: []"));
            return Ok(());
        }
        self.line(&format!("{key}:"));
        let mut last: Option<&str> = None;
        for (place, entry) in entries {
            if last != Some(place) {
                if last.is_some() {
                    self.blank();
                }
                self.about(bundle, notes, place, quoted);
                last = Some(place);
            }
            self.item(2, entry)?;
        }
        Ok(())
    }

    /// The comment above the entries about `place`: a provision's words (quoted in full the
    /// first time) and its reported status, or an article's title.
    fn about(&mut self, bundle: &Bundle, notes: &Notes, place: &str, quoted: &mut HashSet<String>) {
        let status = notes
            .status
            .get(place)
            .map(|s| format!(", reported {s}"))
            .unwrap_or_default();
        if let Some((_, article, provision)) = bundle.provision(place) {
            let force = serde_json::to_value(provision.force.value)
                .ok()
                .and_then(|f| f.as_str().map(str::to_owned))
                .unwrap_or_default();
            let text = if quoted.insert(place.to_owned()) {
                format!(
                    "Provision {place} (article {} · {}; {force}){status}: \"{}\"",
                    article.number.value,
                    article.title,
                    provision.text.trim()
                )
            } else {
                format!("Provision {place} ({force}){status}, quoted above.")
            };
            self.comment(2, &printable::text(&text));
            return;
        }
        let article = bundle
            .instrument
            .articles
            .iter()
            .find(|a| a.number.value.to_string() == place);
        match article {
            Some(article) => self.comment(
                2,
                &printable::text(&format!(
                    "Article {} · {} (the article as a whole)",
                    article.number.value, article.title
                )),
            ),
            None => self.comment(2, &printable::line(&format!("{place}{status}"))),
        }
    }
}

/// A one-entry map, `key: value`, so the value is written as it would be under its key.
struct Keyed<'a, T>(&'a str, &'a T);

impl<T: Serialize> Serialize for Keyed<'_, T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(1))?;
        map.serialize_entry(self.0, self.1)?;
        map.end()
    }
}
