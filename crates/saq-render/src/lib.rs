//! Gap-analysis reports: an assessment, or the diff of two, rendered as Markdown, HTML, JSON or
//! CSV through minijinja templates that live under `templates/`; many States at once, with a
//! comparative view and an index.
//!
//! Markdown is the source of every human-readable report; HTML is that Markdown rendered by
//! pulldown-cmark inside a standalone page. Text that comes from answers is data, never template
//! source: it is escaped for Markdown on output, raw HTML never survives into HTML, and only
//! `http`, `https` and `mailto` links are kept.
//!
//! This crate renders; it does not read the user's files nor decide exit codes.

pub mod batch;
mod charts;
mod csv_rows;
mod error;
mod escape;
mod format;
mod markdown;
mod templates;

pub use error::ReportError;
pub use format::{Format, render, render_comparison, render_diff, render_index, render_named};
pub use markdown::{markdown_options, markdown_to_html};
pub use templates::{REQUIRED as REQUIRED_TEMPLATES, Templates};
