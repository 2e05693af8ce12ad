//! Rendering, the last step of the pipeline (model → assess → collect → render → cli): one
//! State's assessment, the comparative views of many, and the diff of two, as Markdown, HTML,
//! JSON or CSV; and the batch that takes many answer sets from text to reports on every core.
//!
//! What it owns: the report templates (built in from `templates/`, or a folder given at run
//! time that needs only the templates the job uses), compiled with strict undefined handling and
//! a Markdown auto-escape; the Markdown escaping of answer text; **the** Markdown → HTML step;
//! the inline SVG charts; the CSV rows (a cell that starts like a formula is prefixed with `'`);
//! and the batch ([`batch`]): each answer set loaded, checked and assessed (through `saq-model`
//! and `saq-assess`) and rendered in parallel, a bad file never stopping the others, then the
//! comparative view, the index and on request the named view, each output with its file name.
//!
//! Markdown is the source of every human-readable report; HTML is that Markdown rendered by
//! pulldown-cmark inside the standalone page of `page.html.j2`. JSON is the assessment,
//! comparison or diff itself; CSV is written by code. Answer text is data, never template
//! source: it reaches the templates as values, escaped for Markdown on output, so it makes no
//! link or any other structure (a template links an answer's URL only through the `safe_url`
//! filter: `http`, `https`, `mailto`). The HTML step then turns any raw HTML into text and keeps
//! only links and images to `http`, `https`, `mailto`, in-page (`#…`) and relative targets.
//!
//! What it never does: decide an assessment (that is `saq-assess`), read an answer set from disk
//! or write a file (the caller hands it text and writes the outputs it returns; the one folder it
//! reads is a templates folder), print, or decide an exit code.

pub mod batch;
mod charts;
mod csv_rows;
mod error;
mod escape;
mod format;
pub mod i18n;
mod markdown;
pub mod named_pages;
mod review;
mod templates;

pub use error::ReportError;
pub use format::{
    Format, render, render_comparison, render_diff, render_index, render_named, render_named_pages,
};
pub use markdown::{markdown_options, markdown_to_html};
pub use review::{render_review, render_review_diff, render_review_overview};
pub use templates::{REQUIRED as REQUIRED_TEMPLATES, Templates};
