//! The output formats, as peers: each turns an assessment into text.

use minijinja::Value;
use minijinja::value::Serde;
use saq_core::assessment::Assessment;

use crate::error::ReportError;
use crate::templates::{MARKDOWN, PAGE, Templates};

/// A report format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Markdown, the source of the human-readable reports.
    Markdown,
    /// A standalone HTML page: the Markdown rendered by pulldown-cmark.
    Html,
    /// The assessment itself, as documented by `assessment.schema.json`.
    Json,
}

impl Format {
    /// The file extension of reports in this format.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Json => "json",
        }
    }
}

/// Renders `assessment` in `format` with `templates`.
pub fn render(
    format: Format,
    assessment: &Assessment,
    templates: &Templates,
) -> Result<String, ReportError> {
    match format {
        Format::Markdown => markdown(assessment, templates),
        Format::Html => {
            let body = crate::markdown::markdown_to_html(&markdown(assessment, templates)?);
            let title = format!(
                "{}: implementation of the {}",
                assessment.state.name, assessment.questionnaire.instrument
            );
            let context = minijinja::context! {
                title => title,
                lang => "en",
                body => Value::from_safe_string(body),
            };
            templates.render(PAGE, context)
        }
        Format::Json => {
            let mut json = serde_json::to_string_pretty(assessment)?;
            json.push('\n');
            Ok(json)
        }
    }
}

fn markdown(assessment: &Assessment, templates: &Templates) -> Result<String, ReportError> {
    let mut text = templates.render(
        MARKDOWN,
        minijinja::context! { assessment => Value::from(Serde(assessment)) },
    )?;
    if !text.ends_with('\n') {
        text.push('\n');
    }
    Ok(text)
}
