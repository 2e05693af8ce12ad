//! `saq schema`: print a format's JSON Schema.

use saq_assess::schema::Format;
use saq_collect::status::StatusReport;
use saq_model::library::Listing;
use saq_model::review_status::ReviewStatusReport;
use saq_model::validation::Validation;

use crate::args::{SchemaArgs, SchemaFormat};
use crate::error::{CliError, Outcome};
use crate::output;

pub(crate) fn run(args: &SchemaArgs) -> Result<Outcome, CliError> {
    let schema = match args.format {
        SchemaFormat::Instrument => Format::Instrument.schema_json(),
        SchemaFormat::Questionnaire => Format::Questionnaire.schema_json(),
        SchemaFormat::Answers => Format::Answers.schema_json(),
        SchemaFormat::Assessment => Format::Assessment.schema_json(),
        SchemaFormat::Comparison => Format::Comparison.schema_json(),
        SchemaFormat::ComparisonNamed => Format::ComparisonNamed.schema_json(),
        SchemaFormat::Diff => Format::Diff.schema_json(),
        SchemaFormat::Status => StatusReport::schema_json(),
        SchemaFormat::Validation => Validation::schema_json(),
        SchemaFormat::List => Listing::schema_json(),
        SchemaFormat::Review => saq_model::schema::schema_json::<saq_model::review::Review>(),
        SchemaFormat::ReviewStatus => ReviewStatusReport::schema_json(),
        SchemaFormat::ReviewReport => Format::ReviewReport.schema_json(),
        SchemaFormat::ReviewOverview => Format::ReviewOverview.schema_json(),
        SchemaFormat::ReviewDiff => Format::ReviewDiff.schema_json(),
    };
    output::document(&schema, true)?;
    Ok(Outcome::Ok)
}
