//! JSON Schemas of the public file formats, so editors can check and complete the YAML.

use schemars::JsonSchema;

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
}

impl Format {
    /// Every format, in documentation order.
    pub const ALL: [Format; 7] = [
        Format::Instrument,
        Format::Questionnaire,
        Format::Answers,
        Format::Assessment,
        Format::Comparison,
        Format::ComparisonNamed,
        Format::Diff,
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
        }
    }

    /// The schema as pretty-printed JSON, ending with a newline.
    pub fn schema_json(self) -> String {
        let schema = match self {
            Format::Instrument => schema_for::<saq_model::instrument::Instrument>(),
            Format::Questionnaire => schema_for::<saq_model::questionnaire::Questionnaire>(),
            Format::Answers => schema_for::<saq_model::answer_set::AnswerSet>(),
            Format::Assessment => schema_for::<crate::assessment::Assessment>(),
            Format::Comparison => schema_for::<crate::comparison::Comparison>(),
            Format::ComparisonNamed => schema_for::<crate::comparison::NamedComparison>(),
            Format::Diff => schema_for::<crate::diff::AssessmentDiff>(),
        };
        let mut text = serde_json::to_string_pretty(&schema).expect("schemas are plain JSON");
        text.push('\n');
        text
    }
}

fn schema_for<T: JsonSchema>() -> schemars::Schema {
    schemars::SchemaGenerator::default().into_root_schema_for::<T>()
}
