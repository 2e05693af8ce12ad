//! The output formats, as peers: each turns an assessment, a comparison of many, or the diff
//! of two, into text.

use std::collections::BTreeMap;

use minijinja::Value;
use minijinja::value::Serde;
use saq_core::assessment::Assessment;
use saq_core::comparison::Comparison;
use saq_core::diff::AssessmentDiff;
use serde::Serialize;

use crate::error::ReportError;
use crate::templates::{COMPARATIVE, DIFF, INDEX, MARKDOWN, PAGE, Templates};

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
    /// One row per State × provision, for spreadsheets.
    Csv,
}

impl Format {
    /// The file extension of reports in this format.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Json => "json",
            Format::Csv => "csv",
        }
    }
}

/// Renders one State's `assessment` in `format`.
pub fn render(
    format: Format,
    assessment: &Assessment,
    templates: &Templates,
) -> Result<String, ReportError> {
    match format {
        Format::Markdown => markdown(templates, MARKDOWN, "assessment", assessment, &[]),
        Format::Html => {
            let title = format!(
                "{}: implementation of the {}",
                assessment.state.name, assessment.questionnaire.instrument
            );
            let body = markdown(templates, MARKDOWN, "assessment", assessment, &[])?;
            page(
                templates,
                &assessment.questionnaire.language,
                &title,
                &body,
                "",
            )
        }
        Format::Json => json(assessment),
        Format::Csv => crate::csv_rows::csv(&[(String::new(), assessment.clone())]),
    }
}

/// Renders the comparative view in `format` (CSV is made from the assessments instead, see
/// [`crate::batch`]).
pub fn render_comparison(
    format: Format,
    comparison: &Comparison,
    templates: &Templates,
) -> Result<String, ReportError> {
    match format {
        Format::Markdown => markdown(templates, COMPARATIVE, "comparison", comparison, &[]),
        Format::Html => {
            let title = format!(
                "Comparative view: implementation of the {}",
                comparison.questionnaire.instrument
            );
            let body = markdown(templates, COMPARATIVE, "comparison", comparison, &[])?;
            let charts = format!(
                "{}\n{}",
                crate::charts::verdicts_per_article(comparison),
                crate::charts::heat_map(comparison)
            );
            page(
                templates,
                &comparison.questionnaire.language,
                &title,
                &body,
                &charts,
            )
        }
        Format::Json => json(comparison),
        Format::Csv => Err(ReportError::Csv(
            "the comparative view has no CSV form; export the assessments".into(),
        )),
    }
}

/// Renders the index of a batch (Markdown or HTML), listing the files that got no report.
pub fn render_index<F: Serialize>(
    format: Format,
    comparison: &Comparison,
    failures: &[F],
    templates: &Templates,
) -> Result<String, ReportError> {
    let extra = [
        ("failures", Value::from(Serde(failures))),
        ("extension", Value::from(format.extension())),
    ];
    let body = markdown(templates, INDEX, "comparison", comparison, &extra)?;
    match format {
        Format::Html => {
            let title = format!("Country reports: {}", comparison.questionnaire.instrument);
            page(
                templates,
                &comparison.questionnaire.language,
                &title,
                &body,
                "",
            )
        }
        _ => Ok(body),
    }
}

/// Renders `diff`, the comparison of two answer sets of one State, in `format`.
pub fn render_diff(
    format: Format,
    diff: &AssessmentDiff,
    templates: &Templates,
) -> Result<String, ReportError> {
    match format {
        Format::Markdown => markdown(templates, DIFF, "diff", diff, &[]),
        Format::Html => {
            let title = format!(
                "{}: what changed in the implementation of the {}",
                diff.new.state.name, diff.new.questionnaire.instrument
            );
            let body = markdown(templates, DIFF, "diff", diff, &[])?;
            page(
                templates,
                &diff.new.questionnaire.language,
                &title,
                &body,
                "",
            )
        }
        Format::Json => json(diff),
        Format::Csv => Err(ReportError::Csv(
            "a diff has no CSV form; use md, html or json".into(),
        )),
    }
}

fn markdown<T: Serialize>(
    templates: &Templates,
    template: &str,
    name: &str,
    value: &T,
    extra: &[(&str, Value)],
) -> Result<String, ReportError> {
    let mut context: BTreeMap<&str, Value> = extra.iter().cloned().collect();
    context.insert(name, Value::from(Serde(value)));
    let mut text = templates.render(template, Value::from(context))?;
    if !text.ends_with('\n') {
        text.push('\n');
    }
    Ok(text)
}

/// The standalone HTML page around `markdown`, in language `lang` (for screen readers,
/// hyphenation and spelling tools).
fn page(
    templates: &Templates,
    lang: &str,
    title: &str,
    markdown: &str,
    charts: &str,
) -> Result<String, ReportError> {
    let body = crate::markdown::markdown_to_html(markdown);
    templates.render(
        PAGE,
        minijinja::context! {
            title => title,
            lang => lang,
            body => Value::from_safe_string(body),
            charts => Value::from_safe_string(charts.to_owned()),
        },
    )
}

fn json<T: Serialize>(value: &T) -> Result<String, ReportError> {
    let mut json = serde_json::to_string_pretty(value)?;
    json.push('\n');
    Ok(json)
}
