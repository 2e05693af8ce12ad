//! `saq schema`: print a format's JSON Schema.

use std::io::Write;

use saq_assess::schema::Format;

use crate::args::{SchemaArgs, SchemaFormat};
use crate::exit::Outcome;

pub(crate) fn run(args: &SchemaArgs) -> Outcome {
    let format = match args.format {
        SchemaFormat::Instrument => Format::Instrument,
        SchemaFormat::Questionnaire => Format::Questionnaire,
        SchemaFormat::Answers => Format::Answers,
        SchemaFormat::Assessment => Format::Assessment,
        SchemaFormat::Comparison => Format::Comparison,
        SchemaFormat::ComparisonNamed => Format::ComparisonNamed,
        SchemaFormat::Diff => Format::Diff,
    };
    match std::io::stdout().write_all(format.schema_json().as_bytes()) {
        Ok(()) => Outcome::Ok,
        // A closed pipe (`saq schema answers | head`) is not an error.
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => Outcome::Ok,
        Err(err) => {
            eprintln!("error: cannot write the schema: {err}");
            Outcome::UsageOrIo
        }
    }
}
