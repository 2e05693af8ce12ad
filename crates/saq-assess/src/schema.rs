//! JSON Schemas of the public file formats, so editors can check and complete the YAML.

/// The file formats that have a schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `instrument.yaml`.
    Instrument,
    /// `questionnaire.yaml`.
    Questionnaire,
    /// An answer set.
    Answers,
    /// The assessment of one answer set (the JSON report).
    Assessment,
    /// The comparative view over many answer sets (`comparative.json`): counts, no State named.
    Comparison,
    /// The named view (`comparative-named.json`): the provision × State matrix, restricted.
    ComparisonNamed,
    /// What changed between two answer sets of one State (the JSON diff).
    Diff,
    /// A country review as its report reads it (`saq review report --format json`).
    ReviewReport,
    /// The secretariat's overview of many reviews (`overview.json`).
    ReviewOverview,
    /// What changed between two versions of one review (`saq review diff --format json`).
    ReviewDiff,
}

impl Format {
    /// Every format, in documentation order.
    pub const ALL: [Format; 10] = [
        Format::Instrument,
        Format::Questionnaire,
        Format::Answers,
        Format::Assessment,
        Format::Comparison,
        Format::ComparisonNamed,
        Format::Diff,
        Format::ReviewReport,
        Format::ReviewOverview,
        Format::ReviewDiff,
    ];

    /// The name used on the command line and in file names.
    pub fn name(self) -> &'static str {
        match self {
            Format::Instrument => "instrument",
            Format::Questionnaire => "questionnaire",
            Format::Answers => "answers",
            Format::Assessment => "assessment",
            Format::Comparison => "comparison",
            Format::ComparisonNamed => "comparison-named",
            Format::Diff => "diff",
            Format::ReviewReport => "review-report",
            Format::ReviewOverview => "review-overview",
            Format::ReviewDiff => "review-diff",
        }
    }

    /// The schema as pretty-printed JSON, ending with a newline.
    pub fn schema_json(self) -> String {
        use saq_model::schema::schema_json;
        match self {
            Format::Instrument => schema_json::<saq_model::instrument::Instrument>(),
            Format::Questionnaire => schema_json::<saq_model::questionnaire::Questionnaire>(),
            Format::Answers => schema_json::<saq_model::answer_set::AnswerSet>(),
            Format::Assessment => schema_json::<crate::assessment::Assessment>(),
            Format::Comparison => schema_json::<crate::comparison::Comparison>(),
            Format::ComparisonNamed => schema_json::<crate::comparison::NamedComparison>(),
            Format::Diff => schema_json::<crate::diff::AssessmentDiff>(),
            Format::ReviewReport => schema_json::<crate::review_report::ReviewReport>(),
            Format::ReviewOverview => schema_json::<crate::review_report::ReviewOverview>(),
            Format::ReviewDiff => schema_json::<crate::review_diff::ReviewDiff>(),
        }
    }
}
