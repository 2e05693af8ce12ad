//! Why a report could not be rendered.

use std::path::PathBuf;

/// A report failed to render.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// A built-in message catalog does not parse (a bug, caught by the tests).
    #[error(transparent)]
    Catalog(#[from] saq_i18n::CatalogError),
    /// A template file (or the templates folder) is missing.
    #[error("template {} is missing; a complete templates folder holds {}", path.display(), crate::templates::REQUIRED.join(", "))]
    MissingTemplate {
        /// The file that was looked for.
        path: PathBuf,
    },
    /// A template file could not be read.
    #[error("cannot read template {}: {source}", path.display())]
    ReadTemplate {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A template does not compile or fails while rendering.
    #[error("{file}:{line}:{column}: {message}")]
    Template {
        /// The template's file (as named in the templates folder).
        file: String,
        /// 1-based line in that file (0 when unknown).
        line: usize,
        /// 1-based column in that line (0 when unknown).
        column: usize,
        /// What went wrong.
        message: String,
    },
    /// The CSV export could not be written.
    #[error("cannot write the CSV export: {0}")]
    Csv(String),
    /// The assessment, comparison or diff could not be written as JSON.
    #[error("cannot write the report as JSON: {0}")]
    Json(#[from] serde_json::Error),
}

impl ReportError {
    /// Wraps a minijinja error, keeping the template name and line it names; `source` (the
    /// template's text, when known) gives the column.
    pub(crate) fn template(
        err: &minijinja::Error,
        fallback_file: &str,
        source: Option<&str>,
    ) -> ReportError {
        let message = match err.detail() {
            _ if err.kind() == minijinja::ErrorKind::OutOfFuel => format!(
                "the template ran out of fuel: it took more than {} steps, so it was stopped \
                 (a loop over too much, or without end?)",
                crate::templates::FUEL
            ),
            Some(detail) => format!("{}: {detail}", err.kind()),
            None => err.kind().to_string(),
        };
        let line = err.line().unwrap_or(0);
        let column = match (err.range(), source) {
            (Some(range), Some(source)) if range.start <= source.len() => {
                let before = &source[..range.start];
                before[before.rfind('\n').map_or(0, |i| i + 1)..]
                    .chars()
                    .count()
                    + 1
            }
            _ => usize::from(line > 0),
        };
        ReportError::Template {
            file: err.name().unwrap_or(fallback_file).to_owned(),
            line,
            column,
            message,
        }
    }
}
