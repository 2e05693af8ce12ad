//! The diff's data: what `saq diff --format json` prints, documented by
//! `questionnaires/schema/diff.schema.json`.

use schemars::JsonSchema;
use serde::Serialize;

use crate::assessment::{Completeness, Measure, QuestionnaireSummary, StateSummary};
use saq_model::answer_set::{Disclosure, Provenance, Review, Status};
use saq_model::instrument::Force;
use saq_model::verdict::Verdict;

/// What changed for one State between two answer sets to the same questionnaire.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct AssessmentDiff {
    /// Version of this output format.
    pub format_version: u32,
    /// The earlier answer set (`OLD`; `saq diff` swaps the two when both give a review cycle and
    /// NEW's comes first).
    pub old: DiffSide,
    /// The later answer set (`NEW`).
    pub new: DiffSide,
    /// Why the comparison may mislead: the sets name different States, or answer different
    /// versions of the questionnaire. The diff is still made.
    pub warnings: Vec<DiffWarning>,
    /// How many provisions moved in each direction, and how many kept their verdict.
    pub summary: DirectionCounts,
    /// Every provision whose verdict changed, in treaty order.
    pub verdicts: Vec<VerdictChange>,
    /// Every provision whose cited measures changed, in treaty order.
    pub measures: Vec<MeasureChange>,
    /// Technical assistance requests opened and closed.
    pub assistance: AssistanceChanges,
}

/// One of the two answer sets: who, what, when, and how complete.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct DiffSide {
    /// Who answered.
    pub state: StateSummary,
    /// What was answered.
    pub questionnaire: QuestionnaireSummary,
    /// `draft` or `submitted`.
    pub status: Status,
    /// When the answers were started, last changed and submitted (`YYYY-MM-DD`).
    pub created: Option<String>,
    /// See `created`.
    pub updated: Option<String>,
    /// See `created`.
    pub submitted: Option<String>,
    /// The review cycle or phase the answers are for, and the reporting period they cover.
    pub review: Option<Review>,
    /// Where the answers come from.
    pub source: Option<Provenance>,
    /// Who may see the answers by name in comparisons.
    pub disclosure: Disclosure,
    /// How much of what applies is answered.
    pub completeness: Completeness,
}

/// A reason to read the comparison with care.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum DiffWarning {
    /// The two sets name different States (compared by code when both give one, else by name).
    DifferentStates {
        /// The State of the earlier set.
        old: StateSummary,
        /// The State of the later set.
        new: StateSummary,
    },
    /// The two sets answer different versions of the questionnaire.
    DifferentVersions {
        /// The version the earlier set answers.
        old: String,
        /// The version the later set answers.
        new: String,
    },
}

/// Which way a provision's verdict moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Direction {
    /// Up the scale not implemented → partially implemented → implemented.
    Improved,
    /// Down that scale.
    Regressed,
    /// To or from not applicable or not assessed, which are off the scale.
    Changed,
}

/// Counts of provisions by direction of change.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct DirectionCounts {
    /// Provisions whose verdict improved.
    pub improved: usize,
    /// Provisions whose verdict regressed.
    pub regressed: usize,
    /// Provisions whose verdict moved to or from not applicable or not assessed.
    pub changed: usize,
    /// Provisions whose verdict stayed the same.
    pub unchanged: usize,
}

/// A provision whose verdict changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct VerdictChange {
    /// Provision id, such as `8.1.b` (`untoc:12.1` in an instrument other than the own one).
    pub provision: String,
    /// The id of the instrument the provision belongs to.
    pub instrument: String,
    /// Article number.
    pub article: u32,
    /// Article title.
    pub article_title: String,
    /// Level of obligation.
    pub force: Force,
    /// The verdict in the earlier set (`not-assessed` if it did not assess the provision).
    pub old: Verdict,
    /// The verdict in the later set (`not-assessed` if it does not assess the provision).
    pub new: Verdict,
    /// Which way it moved.
    pub direction: Direction,
}

/// The measures cited for one provision that were added or dropped.
///
/// A measure is the same measure when its title and article are written the same; a changed
/// link alone is no change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct MeasureChange {
    /// Provision id.
    pub provision: String,
    /// The id of the instrument the provision belongs to.
    pub instrument: String,
    /// Article number.
    pub article: u32,
    /// Measures the later set cites and the earlier one did not.
    pub cited: Vec<Measure>,
    /// Measures the earlier set cited and the later one does not.
    pub no_longer_cited: Vec<Measure>,
}

/// Technical assistance requests opened and closed, by article and kind.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct AssistanceChanges {
    /// Requests in the later set that the earlier one did not make, by article.
    pub opened: Vec<AssistanceRequest>,
    /// Requests of the earlier set that the later one no longer makes, by article.
    pub closed: Vec<AssistanceRequest>,
}

/// One request for one kind of technical assistance for one article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct AssistanceRequest {
    /// Article number.
    pub article: u32,
    /// Article title.
    pub title: String,
    /// The choice value of the kind, such as `legislative`; `null` when the State asked for
    /// assistance without saying of which kind.
    pub kind: Option<String>,
    /// The kind's label; `null` with `kind`.
    pub label: Option<String>,
    /// The details of the article's request, as described in the set that makes it.
    pub details: Vec<String>,
}
