//! The output formats, as peers: each turns an assessment, or the diff of two, into text.

use minijinja::Value;
use minijinja::value::Serde;
use saq_core::assessment::Assessment;
use saq_core::diff::AssessmentDiff;
use serde::Serialize;

use crate::error::ReportError;
use crate::templates::{DIFF, MARKDOWN, PAGE, Templates};

/// A report format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Markdown, the source of the human-readable reports.
    Markdown,
    /// A standalone HTML page: the Markdown rendered by pulldown-cmark.
    Html,
    /// The assessment (or diff) itself, as documented by `assessment.schema.json` (or
    /// `diff.schema.json`).
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
    let document = Document {
        template: MARKDOWN,
        context: minijinja::context! { assessment => Value::from(Serde(assessment)) },
        title: format!(
            "{}: implementation of the {}",
            assessment.state.name, assessment.questionnaire.instrument
        ),
    };
    document.render(format, assessment, templates)
}

/// Renders `diff`, the comparison of two answer sets, in `format` with `templates`.
pub fn render_diff(
    format: Format,
    diff: &AssessmentDiff,
    templates: &Templates,
) -> Result<String, ReportError> {
    let document = Document {
        template: DIFF,
        context: minijinja::context! { diff => Value::from(Serde(diff)) },
        title: format!(
            "{}: what changed in the implementation of the {}",
            diff.new.state.name, diff.new.questionnaire.instrument
        ),
    };
    document.render(format, diff, templates)
}

/// What a Markdown template needs to render one kind of report.
struct Document {
    /// The Markdown template.
    template: &'static str,
    /// Its context.
    context: Value,
    /// The HTML page's title.
    title: String,
}

impl Document {
    /// `data` is what the JSON format prints: the value the context was made from.
    fn render(
        self,
        format: Format,
        data: &impl Serialize,
        templates: &Templates,
    ) -> Result<String, ReportError> {
        match format {
            Format::Markdown => self.markdown(templates),
            Format::Html => {
                let body = crate::markdown::markdown_to_html(&self.markdown(templates)?);
                let context = minijinja::context! {
                    title => self.title,
                    lang => "en",
                    body => Value::from_safe_string(body),
                };
                templates.render(PAGE, context)
            }
            Format::Json => {
                let mut json = serde_json::to_string_pretty(data)?;
                json.push('\n');
                Ok(json)
            }
        }
    }

    fn markdown(&self, templates: &Templates) -> Result<String, ReportError> {
        let mut text = templates.render(self.template, self.context.clone())?;
        if !text.ends_with('\n') {
            text.push('\n');
        }
        Ok(text)
    }
}
