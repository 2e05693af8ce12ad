//! The words a command prints for a person, in the language they read ([`Words`]): the
//! catalogs' messages made fit for a terminal.

use std::sync::Arc;

use saq_i18n::{Arg, Catalogs, FluentArgs};
use saq_model::printable;

use crate::error::CliError;

/// The words a command prints for a person, in the language they read: its sentences from the
/// catalogs (the `cli` area, and the labels it shares with the reports), numbers and dates as
/// that language writes them. `saq status`, `init`, `submit`, `review report` and `fill`'s
/// interview speak through it.
pub(crate) struct Words {
    catalogs: Arc<Catalogs>,
    lang: String,
}

impl Words {
    /// In `chosen` (`--lang`) when given, else in `written_in` (the answers' `language:`), else
    /// in English.
    pub(crate) fn new(chosen: Option<&str>, written_in: Option<&str>) -> Result<Words, CliError> {
        let catalogs = Catalogs::shared().map_err(|err| CliError::Report {
            err: err.into(),
            dir: None,
        })?;
        Ok(Words {
            catalogs,
            lang: saq_i18n::reader_language(chosen, written_in),
        })
    }

    /// The language.
    pub(crate) fn lang(&self) -> &str {
        &self.lang
    }

    /// The message `id`, with `args`.
    pub(crate) fn say(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        if !saq_i18n::is_rtl(&self.lang) {
            return self.catalogs.say(&self.lang, id, args);
        }
        // Right to left, the catalogs isolate each value (FSI … PDI) for pages; a terminal line
        // shows any isolate as an escape (see `printable`). So the values are made printable
        // here, and the catalogs' own isolates are left out.
        let printable: Vec<Option<String>> = args
            .iter()
            .map(|(_, value)| match value {
                Arg::Text(text) => Some(printable::line(text).into_owned()),
                Arg::Number(_) => None,
            })
            .collect();
        let args: Vec<(&str, Arg<'_>)> = args
            .iter()
            .zip(&printable)
            .map(|((key, value), shown)| (*key, shown.as_deref().map_or(*value, Arg::Text)))
            .collect();
        without_isolates(self.catalogs.say(&self.lang, id, &args))
    }

    /// The label `id` of the reports (such as a status) inside a sentence: its first letter in
    /// lower case.
    pub(crate) fn word(&self, id: &str) -> String {
        let label = self.say(id, &[]);
        let mut chars = label.chars();
        match chars.next() {
            Some(first) => first.to_lowercase().chain(chars).collect(),
            None => label,
        }
    }

    /// `n` as the language writes numbers.
    pub(crate) fn number(&self, n: usize) -> String {
        // Counts of questions: far below 2^53, exact as f64.
        saq_i18n::format_number(&self.lang, n as f64)
    }

    /// The date `iso` (YYYY-MM-DD) as the language writes dates; as given when it is no such
    /// date.
    pub(crate) fn date(&self, iso: &str) -> String {
        match self.catalogs.date(&self.lang, iso) {
            Some(date) if saq_i18n::is_rtl(&self.lang) => without_isolates(date),
            Some(date) => date,
            None => iso.to_owned(),
        }
    }
}

/// `text` without the isolates (FSI, PDI) the catalogs put around values.
fn without_isolates(text: String) -> String {
    if text.contains(['\u{2068}', '\u{2069}']) {
        text.replace(['\u{2068}', '\u{2069}'], "")
    } else {
        text
    }
}

impl Words {
    /// The message `id` with `args` whose text values may span lines (a question's text, a
    /// reason typed): put in with their control characters escaped.
    pub(crate) fn say_text(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.format(id, args, true)
    }

    /// The message `id` with `args` whose text values are fit to show as they are: other
    /// messages, or data escaped already.
    pub(crate) fn say_shown(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.format(id, args, false)
    }

    fn format(&self, id: &str, args: &[(&str, Arg<'_>)], escape: bool) -> String {
        let mut fluent = FluentArgs::new();
        for (key, value) in args {
            match *value {
                Arg::Text(text) if escape => fluent.set(*key, printable::text(text).into_owned()),
                Arg::Text(text) => fluent.set(*key, text.to_owned()),
                Arg::Number(n) => fluent.set(*key, n),
            }
        }
        let message = self
            .catalogs
            .message(&self.lang, id, Some(&fluent))
            .unwrap_or_else(|| id.to_owned());
        // The values were escaped (an isolate among them too): the isolates left are Fluent's.
        if saq_i18n::is_rtl(&self.lang) {
            without_isolates(message)
        } else {
            message
        }
    }
}
