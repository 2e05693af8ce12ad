//! The saq model: the instrument (treaty) and its provisions, the questionnaire that assesses
//! it, and a State's answer set — their file formats, loading with located diagnostics, semantic
//! checks, and the condition expressions that decide which questions apply.
//!
//! This crate does no terminal I/O and knows nothing of templates or reports; it never panics
//! on user input and reports every problem it finds, not only the first.

pub mod answer;
pub mod answer_file;
pub mod answer_set;
pub mod applicability;
pub mod assessment;
pub mod builtin;
mod check;
pub mod comparison;
pub mod condition;
pub mod diagnostic;
pub mod diff;
pub mod digest;
pub mod error;
pub mod instrument;
pub mod load;
pub mod located;
pub mod questionnaire;
pub mod schema;
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

/// The version of the outputs made from answers: assessment, comparison and diff. Version 2
/// reports each provision's status in the words of its force (considered, adopted…), lists
/// optional measures not adopted apart from gaps, and adds scope findings and the answers
/// given to questions that do not apply.
pub const REPORT_FORMAT_VERSION: u32 = 2;
