//! The report of a country review (written feedback, list of observations, summary) and the
//! secretariat's overview across reviews, in Markdown, HTML or JSON.
//!
//! Review text is data like answer text: it reaches `review.md.j2` as values, escaped for
//! Markdown on output, and the HTML is that Markdown through the one sanitizing step.

use saq_assess::review_diff::ReviewDiff;
use saq_assess::review_report::{ReviewOverview, ReviewReport};

use crate::error::ReportError;
use crate::format::{Format, Page, json, markdown, page};
use crate::templates::{REVIEW, REVIEW_DIFF, REVIEW_OVERVIEW, Templates};

/// Renders the report of one review in `format` (Markdown, HTML or JSON).
pub fn render_review(
    format: Format,
    report: &ReviewReport,
    templates: &Templates,
) -> Result<String, ReportError> {
    // The review speaks the language of the questionnaire it was read with (`--lang`).
    let lang = (
        "lang",
        minijinja::Value::from(report.questionnaire.language.as_str()),
    );
    match format {
        Format::Markdown => markdown(templates, REVIEW, "review", report, &[lang]),
        Format::Html => {
            let title = templates.page_title(
                &report.questionnaire.language,
                "review",
                &report.state.name,
                &report.questionnaire.instrument,
            )?;
            let body = markdown(templates, REVIEW, "review", report, &[lang])?;
            page(
                templates,
                &report.questionnaire.language,
                &title,
                &body,
                "",
                Page::Country,
            )
        }
        Format::Json => json(report),
        Format::Csv => Err(ReportError::Csv(
            "a review report has no CSV form; use md, html or json".into(),
        )),
    }
}

/// Renders the overview of many reviews in `format` (Markdown, HTML or JSON); `extension` is
/// that of the reports it links to.
pub fn render_review_overview(
    format: Format,
    overview: &ReviewOverview,
    templates: &Templates,
) -> Result<String, ReportError> {
    // The language of the first questionnaire: the overview's words are the templates'.
    let lang = overview
        .questionnaires
        .first()
        .map_or("en", |q| q.questionnaire.language.as_str());
    let extra = [
        ("extension", minijinja::Value::from(format.extension())),
        ("lang", minijinja::Value::from(lang)),
    ];
    match format {
        Format::Markdown => markdown(templates, REVIEW_OVERVIEW, "overview", overview, &extra),
        Format::Html => {
            let title = templates.page_title(lang, "review-overview", "", "")?;
            let body = markdown(templates, REVIEW_OVERVIEW, "overview", overview, &extra)?;
            page(templates, lang, &title, &body, "", Page::Batch)
        }
        Format::Json => json(overview),
        Format::Csv => Err(ReportError::Csv(
            "a review overview has no CSV form; use md, html or json".into(),
        )),
    }
}

/// Renders what changed between two versions of one review in `format` (Markdown, HTML or
/// JSON); `language` is the questionnaire's, for the HTML page.
pub fn render_review_diff(
    format: Format,
    diff: &ReviewDiff,
    language: &str,
    templates: &Templates,
) -> Result<String, ReportError> {
    let lang = ("lang", minijinja::Value::from(language));
    match format {
        Format::Markdown => markdown(templates, REVIEW_DIFF, "diff", diff, &[lang]),
        Format::Html => {
            let title = templates.page_title(language, "review-diff", &diff.state, "")?;
            let body = markdown(templates, REVIEW_DIFF, "diff", diff, &[lang])?;
            page(templates, language, &title, &body, "", Page::Country)
        }
        Format::Json => json(diff),
        Format::Csv => Err(ReportError::Csv(
            "a review diff has no CSV form; use md, html or json".into(),
        )),
    }
}
