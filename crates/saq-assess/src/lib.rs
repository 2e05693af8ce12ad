//! From answers to findings: one State's answers to an [`assessment::Assessment`] (a reported
//! status per provision, in the words of its force, with what it rests on), many assessments to
//! a [`comparison::Comparison`] that never ranks States, and two of one State to an
//! [`diff::AssessmentDiff`]; and the JSON Schemas of every file format ([`schema`]).
//!
//! Pure functions over the model's loaded data (`saq-model`). This crate reads no file, prints
//! nothing and knows nothing of templates: rendering is `saq-render`'s.

pub mod assessment;
pub mod comparison;
pub mod diff;
pub mod schema;

/// The version of the outputs made from answers: assessment, comparison and diff. Version 2
/// reports each provision's status in the words of its force (considered, adopted…), lists
/// optional measures not adopted apart from gaps, and adds scope findings and the answers
/// given to questions that do not apply.
pub const REPORT_FORMAT_VERSION: u32 = 2;
