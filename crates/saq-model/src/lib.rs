//! The saq model: the instrument (treaty) and its provisions, the questionnaire that assesses
//! it, and a State's answer set — their file formats, loading with located diagnostics, semantic
//! checks, and the condition expressions that decide which questions apply.
//!
//! It is the first step of the pipeline (model → assess → collect → render → cli): what it owns
//! is what every other crate reads. The three formats (serde, with `deny_unknown_fields`, and
//! their JSON Schemas); reading an input file safely (size cap, UTF-8, not empty); YAML, behind
//! one module that alone uses serde-saphyr, with budgets against alias bombs and deep nesting;
//! [`Diagnostic`]s with a stable code, a location and advice; the semantic checks, which report
//! every problem they find, not only the first; conditions and constraints (minijinja
//! expressions); which questions apply; the layout of an answer file as saq writes it (text, not
//! the writing); the digest of a submitted set; the scale of reported statuses ([`verdict`]); the
//! built-in Firearms Protocol questionnaire; the questionnaire library that finds the
//! questionnaire an answer set names ([`library`]); and text made safe to print ([`printable`]).
//!
//! What it never does: print or prompt (no terminal I/O), write a file (saving answer sets is
//! `saq-collect`'s), assess answers or compare States (`saq-assess`), or render a report or
//! know of report templates (`saq-render`; minijinja serves here only as an expression
//! language). Bad input comes back as diagnostics, not panics; an expression too long or too
//! deep to compile safely is refused before minijinja sees it ([`condition::too_complex`]).

pub mod answer;
pub mod answer_file;
pub mod answer_set;
pub mod applicability;
pub mod builtin;
mod check;
mod commented;
pub mod condition;
pub mod diagnostic;
pub mod digest;
pub mod error;
pub mod instrument;
pub mod library;
pub mod load;
pub mod located;
pub mod printable;
pub mod questionnaire;
pub mod review;
pub mod review_file;
pub mod review_status;
pub mod schema;
pub mod scope;
pub mod source;
pub mod translation;
pub mod validation;
pub mod verdict;
mod yaml;

pub use diagnostic::{Diagnostic, Severity};
pub use load::{Bundle, Checked, LoadedAnswers};
pub use located::Located;
pub use source::SourceFile;

/// The version of every saq input format (instrument, questionnaire, answer set) this release
/// reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// `source` parsed into untyped values (maps, lists, scalars) with the options and budgets saq
/// reads every file with, and nothing else: the parse floor the batch benchmark measures the
/// whole batch against.
pub fn parse_untyped(source: &SourceFile) -> Result<serde_json::Value, Diagnostic> {
    yaml::parse_untyped(source)
}
