//! From answers to findings, the second step of the pipeline (model → assess → collect → render
//! → cli): one State's answers to an [`assessment::Assessment`] (a reported status per
//! provision, in the words of its force, with what it rests on), many assessments to a
//! [`comparison::Comparison`] that counts and never ranks or names States (and, restricted, the
//! [`comparison::NamedComparison`] of those whose disclosure allows it), and two of one State to
//! an [`diff::AssessmentDiff`]; the JSON shape of each, and the JSON Schemas of the input
//! formats and of these outputs ([`schema`]).
//!
//! Pure functions over the model's loaded data (`saq-model`): the same answers always give the
//! same result. This crate reads and writes no file, prints nothing, and knows nothing of
//! templates, Markdown, HTML or CSV: rendering is `saq-render`'s. Its only words are the reasons
//! it gives for a status (such as "not answered") and the diff's warnings and errors.

pub mod assessment;
pub mod comparison;
pub mod diff;
pub mod review_diff;
pub mod review_draft;
pub mod review_report;
pub mod schema;

/// The version of the outputs made from answers: assessment, comparison and diff. Version 2
/// reports each provision's status in the words of its force (considered, adopted…), lists
/// optional measures not adopted apart from gaps, and adds scope findings and the answers
/// given to questions that do not apply.
pub const REPORT_FORMAT_VERSION: u32 = 2;
