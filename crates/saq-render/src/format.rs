//! The output formats, as peers: each turns an assessment, a comparison of many, or the diff
//! of two, into text.

use std::collections::BTreeMap;

use minijinja::Value;
use minijinja::value::Serde;
use saq_assess::assessment::{Assessment, Names, Viewed};
use saq_assess::comparison::{Comparison, Entry, NamedComparison};
use saq_assess::diff::AssessmentDiff;
use serde::Serialize;

use crate::error::ReportError;
use crate::templates::{COMPARATIVE, DIFF, INDEX, MARKDOWN, NAMED, PAGE, Templates};

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
    /// Rows for spreadsheets: one per provision of one State (a country report, or each State
    /// of the named view), or one per provision with the counts (the comparative view).
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
    // The language of the questionnaire's words (`--lang`): the report speaks it too.
    let lang = (
        "lang",
        Value::from(assessment.questionnaire.language.as_str()),
    );
    match format {
        Format::Markdown => markdown(templates, MARKDOWN, "assessment", assessment, &[lang]),
        Format::Html => {
            let title = templates.page_title(
                &assessment.questionnaire.language,
                "country",
                &assessment.state.name,
                &assessment.questionnaire.instrument,
            )?;
            let body = markdown(templates, MARKDOWN, "assessment", assessment, &[lang])?;
            page(
                templates,
                &assessment.questionnaire.language,
                &title,
                &body,
                "",
                Page::Country,
            )
        }
        Format::Json => json(assessment),
        Format::Csv => {
            // One State's rows: the same rows as the named view's, from what the views read.
            let viewed = assessment.clone().for_views(&Names::default());
            crate::csv_rows::states(&[(String::new(), &viewed)], None)
        }
    }
}

/// Renders the comparative view in `format`: counts only, no State named, in any format (its
/// CSV has one row per provision).
pub fn render_comparison(
    format: Format,
    comparison: &Comparison,
    templates: &Templates,
) -> Result<String, ReportError> {
    let lang = (
        "lang",
        Value::from(comparison.questionnaire.language.as_str()),
    );
    match format {
        Format::Markdown => markdown(templates, COMPARATIVE, "comparison", comparison, &[lang]),
        Format::Html => {
            let title = templates.page_title(
                &comparison.questionnaire.language,
                "comparative",
                "",
                &comparison.questionnaire.instrument,
            )?;
            let body = markdown(templates, COMPARATIVE, "comparison", comparison, &[lang])?;
            let words = templates.chart_words(&comparison.questionnaire.language)?;
            let charts = crate::charts::verdicts_per_article(comparison, &words);
            page(
                templates,
                &comparison.questionnaire.language,
                &title,
                &body,
                &charts,
                Page::Batch,
            )
        }
        Format::Json => json(comparison),
        Format::Csv => crate::csv_rows::counts(comparison),
    }
}

/// Renders the named view — the provision × State matrix of the States whose disclosure allows
/// it, restricted to the review's participants and the secretariat — in `format`, whole, as one
/// file. `assessments` are those of the States it names, in its order, for the CSV's rows per
/// State × provision. A batch renders its Markdown and HTML in pages ([`render_named_pages`]).
pub fn render_named(
    format: Format,
    named: &NamedComparison,
    assessments: &[(String, &Viewed)],
    templates: &Templates,
) -> Result<String, ReportError> {
    match format {
        Format::Json => json(named),
        Format::Csv => crate::csv_rows::states(assessments, Some(&named.distribution)),
        Format::Markdown | Format::Html => named_page(
            format,
            named,
            &crate::named_pages::Paging::whole(named),
            templates,
        ),
    }
}

/// Renders the named view in Markdown or HTML as its pages (one up to
/// [`crate::named_pages::PAGE_STATES`] States): each page's file name, without extension, and
/// text, the first page first.
pub fn render_named_pages(
    format: Format,
    named: &NamedComparison,
    templates: &Templates,
) -> Result<Vec<(String, String)>, ReportError> {
    crate::named_pages::pages(named, format.extension())
        .into_iter()
        .map(|(name, page, paging)| Ok((name, named_page(format, &page, &paging, templates)?)))
        .collect()
}

/// One page of the named view in Markdown or HTML.
fn named_page(
    format: Format,
    named: &NamedComparison,
    paging: &crate::named_pages::Paging,
    templates: &Templates,
) -> Result<String, ReportError> {
    let language = named.questionnaire.language.as_str();
    let extra = [
        ("groups", Value::from(Serde(column_groups(named)))),
        ("lang", Value::from(language)),
        ("paging", Value::from(Serde(paging))),
    ];
    let body = markdown(templates, NAMED, "named", named, &extra)?;
    if format == Format::Markdown {
        return Ok(body);
    }
    let title = templates.page_title(language, "named", "", &named.questionnaire.instrument)?;
    let charts = if named.states.is_empty() {
        String::new()
    } else {
        crate::charts::heat_map(named, &templates.chart_words(language)?)
    };
    page(
        templates,
        language,
        &title,
        &body,
        &charts,
        Page::Restricted,
    )
}

/// The most provision columns one table of the named matrix has, so that it fits a laptop's
/// page without scrolling sideways.
const MATRIX_COLUMNS: usize = 10;

/// One table of the named matrix: whole articles while they fit, an article too wide for one
/// table in parts.
#[derive(Debug, Serialize)]
struct ColumnGroup {
    /// The first and last article in the table.
    first: u32,
    last: u32,
    /// Indices into the view's `provisions`.
    columns: Vec<usize>,
}

fn column_groups(named: &NamedComparison) -> Vec<ColumnGroup> {
    let mut articles: Vec<(u32, Vec<usize>)> = Vec::new();
    for (i, row) in named.provisions.iter().enumerate() {
        match articles.last_mut() {
            Some((article, columns)) if *article == row.article => columns.push(i),
            _ => articles.push((row.article, vec![i])),
        }
    }
    let mut groups: Vec<ColumnGroup> = Vec::new();
    for (article, columns) in articles {
        for part in columns.chunks(MATRIX_COLUMNS) {
            match groups.last_mut() {
                Some(group)
                    if group.columns.len() + part.len() <= MATRIX_COLUMNS
                        && part.len() == columns.len() =>
                {
                    group.last = article;
                    group.columns.extend_from_slice(part);
                }
                _ => groups.push(ColumnGroup {
                    first: article,
                    last: article,
                    columns: part.to_vec(),
                }),
            }
        }
    }
    groups
}

/// Renders the index of a batch (Markdown or HTML): every answer set with its report, what the
/// comparative view leaves out and why, and the files that got no report. `named` says whether
/// the named view was made.
pub fn render_index<F: Serialize>(
    format: Format,
    comparison: &Comparison,
    entries: &[Entry],
    failures: &[F],
    named: bool,
    templates: &Templates,
) -> Result<String, ReportError> {
    let extra = [
        ("entries", Value::from(Serde(entries))),
        ("failures", Value::from(Serde(failures))),
        ("extension", Value::from(format.extension())),
        ("named", Value::from(named)),
        (
            "lang",
            Value::from(comparison.questionnaire.language.as_str()),
        ),
    ];
    let body = markdown(templates, INDEX, "comparison", comparison, &extra)?;
    match format {
        Format::Html => {
            let title = templates.page_title(
                &comparison.questionnaire.language,
                "index",
                "",
                &comparison.questionnaire.instrument,
            )?;
            page(
                templates,
                &comparison.questionnaire.language,
                &title,
                &body,
                "",
                Page::Batch,
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
    let lang = (
        "lang",
        Value::from(diff.new.questionnaire.language.as_str()),
    );
    match format {
        Format::Markdown => markdown(templates, DIFF, "diff", diff, &[lang]),
        Format::Html => {
            let title = templates.page_title(
                &diff.new.questionnaire.language,
                "diff",
                &diff.new.state.name,
                &diff.new.questionnaire.instrument,
            )?;
            let body = markdown(templates, DIFF, "diff", diff, &[lang])?;
            page(
                templates,
                &diff.new.questionnaire.language,
                &title,
                &body,
                "",
                Page::Country,
            )
        }
        Format::Json => json(diff),
        Format::Csv => Err(ReportError::Csv(
            "a diff has no CSV form; use md, html or json".into(),
        )),
    }
}

pub(crate) fn markdown<T: Serialize>(
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

/// What kind of page the HTML template makes: a country report or diff (one State), a page of a
/// batch (comparative view, index: wide tables scroll in their own box), or a page of the named
/// view, which the template marks restricted at its top and on every printed page.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Page {
    Country,
    Batch,
    Restricted,
}

/// The standalone HTML page around `markdown`, in language `lang` (for screen readers,
/// hyphenation and spelling tools).
pub(crate) fn page(
    templates: &Templates,
    lang: &str,
    title: &str,
    markdown: &str,
    charts: &str,
    kind: Page,
) -> Result<String, ReportError> {
    let body = crate::markdown::markdown_to_html(markdown);
    let (batch, restricted) = match kind {
        Page::Country => (false, false),
        Page::Batch => (true, false),
        Page::Restricted => (true, true),
    };
    templates.render(
        PAGE,
        minijinja::context! {
            // The title holds a State's name: its control and bidi characters are shown, not
            // sent, as in the body (the Markdown step escapes those).
            title => saq_model::printable::line(title).into_owned(),
            lang => lang,
            body => Value::from_safe_string(body),
            charts => Value::from_safe_string(charts.to_owned()),
            batch => batch,
            restricted => restricted,
        },
    )
}

pub(crate) fn json<T: Serialize>(value: &T) -> Result<String, ReportError> {
    let mut json = serde_json::to_string_pretty(value)?;
    json.push('\n');
    Ok(json)
}
