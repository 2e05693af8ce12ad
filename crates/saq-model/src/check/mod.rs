//! Semantic checks: what YAML and serde cannot see (duplicate ids, dangling references,
//! conditions that read later answers…). Every check reports all the problems it finds.

pub(crate) mod answer_set;
pub(crate) mod instrument;
pub(crate) mod questionnaire;
pub(crate) mod review;

use std::collections::HashMap;

use crate::diagnostic::Diagnostic;
use crate::located::Located;
use crate::source::SourceFile;

/// Collects located diagnostics for one source file.
pub(crate) struct Report<'a> {
    source: &'a SourceFile,
    pub(crate) diagnostics: Vec<Diagnostic>,
}

impl<'a> Report<'a> {
    pub(crate) fn new(source: &'a SourceFile) -> Self {
        Report {
            source,
            diagnostics: Vec::new(),
        }
    }

    /// Records an error at `at` and returns it so help can be added.
    pub(crate) fn error<T>(
        &mut self,
        at: &Located<T>,
        code: &'static str,
        message: impl Into<String>,
    ) -> &mut Diagnostic {
        self.diagnostics
            .push(self.source.diagnostic(at.line, at.column, code, message));
        self.diagnostics.last_mut().expect("just pushed")
    }

    /// Records a warning at `at` and returns it so help can be added.
    pub(crate) fn warning<T>(
        &mut self,
        at: &Located<T>,
        code: &'static str,
        message: impl Into<String>,
    ) -> &mut Diagnostic {
        self.error(at, code, message).severity = crate::diagnostic::Severity::Warning;
        self.diagnostics.last_mut().expect("just pushed")
    }

    /// Reports every id seen twice, pointing at the second occurrence and naming the first line.
    pub(crate) fn unique<'i>(
        &mut self,
        what: &str,
        ids: impl IntoIterator<Item = &'i Located<String>>,
    ) {
        let mut seen: HashMap<&str, u64> = HashMap::new();
        for id in ids {
            if let Some(first) = seen.insert(id.value.as_str(), id.line) {
                seen.insert(id.value.as_str(), first);
                self.error(
                    id,
                    "duplicate-id",
                    format!("{what} `{}` is defined twice", id.value),
                )
                .help = Some(format!(
                    "it is first defined on line {first}; give each {what} its own id"
                ));
            }
        }
    }

    /// Reports a format version other than 1.
    pub(crate) fn format_version(&mut self, version: &Located<u32>) {
        if version.value != crate::FORMAT_VERSION {
            self.error(
                version,
                "format-version",
                format!("format version {} is not supported", version.value),
            )
            .help = Some(format!(
                "this saq reads format version {}; use a saq release that knows version {}",
                crate::FORMAT_VERSION,
                version.value
            ));
        }
    }
}

impl<'a> std::ops::Deref for Report<'a> {
    type Target = SourceFile;
    fn deref(&self) -> &SourceFile {
        self.source
    }
}

/// The closest of `candidates` to `word`, when one is close enough to be a likely typo.
pub(crate) fn closest<'c>(
    word: &str,
    candidates: impl IntoIterator<Item = &'c str>,
) -> Option<&'c str> {
    candidates
        .into_iter()
        .map(|c| (strsim::levenshtein(word, c), c))
        .filter(|(distance, c)| *distance <= (c.len() / 3).max(2))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, c)| c)
}

/// ` (did you mean `x`?)` or nothing.
pub(crate) fn did_you_mean<'c>(
    word: &str,
    candidates: impl IntoIterator<Item = &'c str>,
) -> String {
    closest(word, candidates)
        .map(|c| format!("did you mean `{c}`? "))
        .unwrap_or_default()
}
