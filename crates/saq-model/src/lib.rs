//! The saq model: the instrument (treaty) and its provisions, the questionnaire that assesses
//! it, and a State's answer set — their file formats, loading with located diagnostics, semantic
//! checks, and the condition expressions that decide which questions apply.
//!
//! It is the first step of the pipeline (model → assess → collect → render → cli): what it owns
//! is what every other crate reads. It does no terminal I/O, knows nothing of assessments,
//! templates or reports; it never panics on user input and reports every problem it finds, not
//! only the first.

pub mod answer;
pub mod answer_file;
pub mod answer_set;
pub mod applicability;
pub mod builtin;
mod check;
pub mod condition;
pub mod diagnostic;
pub mod digest;
pub mod error;
pub mod instrument;
pub mod load;
pub mod located;
pub mod questionnaire;
pub mod source;
pub mod verdict;
mod yaml;

pub use diagnostic::{Diagnostic, Severity};
pub use load::{Bundle, Checked, LoadedAnswers};
pub use located::Located;
pub use source::SourceFile;

/// The version of every saq input format (instrument, questionnaire, answer set) this release
/// reads and writes.
pub const FORMAT_VERSION: u32 = 1;
