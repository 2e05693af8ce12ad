//! The CSV exports, for spreadsheets: the comparative view's counts (one row per provision, no
//! State named), and rows per State × provision — for one State's own report, or for the named
//! view, where every row carries the restricted marking.

use saq_assess::assessment::Assessment;
use saq_assess::comparison::Comparison;

use crate::error::ReportError;

const STATE_HEADER: [&str; 11] = [
    "state",
    "code",
    "status",
    "provision",
    "article",
    "force",
    "verdict",
    "flags",
    "assistance_needed",
    "assistance_kinds",
    "report",
];

/// Columns the named view's rows carry before [`STATE_HEADER`]'s: its marking, and what tells
/// two answer sets of one State apart.
const NAMED_HEADER: [&str; 3] = ["distribution", "cycle", "disclosure"];

const COUNTS_HEADER: [&str; 17] = [
    "provision",
    "article",
    "force",
    "answer_sets_counted",
    "drafts_counted",
    "assessed",
    "implemented",
    "partially_implemented",
    "not_implemented",
    "considered",
    "not_considered",
    "adopted",
    "partially_adopted",
    "not_adopted",
    "not_applicable",
    "not_assessed",
    "states_with_gap",
];

/// One row per State × provision of `assessments` (already in the order to list them). With
/// `marking` (the named view), each row starts with it, the review cycle and the disclosure.
/// Values a spreadsheet would run as a formula are prefixed with `'`, so an answer can never
/// become a formula.
pub(crate) fn states(
    assessments: &[(String, &Assessment)],
    marking: Option<&str>,
) -> Result<String, ReportError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut header: Vec<&str> = Vec::new();
    if marking.is_some() {
        header.extend(NAMED_HEADER);
    }
    header.extend(STATE_HEADER);
    writer.write_record(&header).map_err(csv_error)?;
    for (report, assessment) in assessments {
        for provision in &assessment.provisions {
            let assistance = assessment
                .assistance
                .by_article
                .iter()
                .find(|a| a.article == provision.article);
            let needed = match assistance.and_then(|a| a.needed) {
                Some(true) => "yes",
                Some(false) => "no",
                None => "",
            };
            let kinds = assistance.map(|a| a.kinds.join("; ")).unwrap_or_default();
            let flags: Vec<String> = provision.flags.iter().map(serde_plain).collect();
            let mut record: Vec<String> = Vec::with_capacity(header.len());
            if let Some(marking) = marking {
                record.push(cell(marking));
                record.push(cell(
                    assessment
                        .review
                        .as_ref()
                        .map_or("", |r| r.cycle.value.as_str()),
                ));
                record.push(serde_plain(&assessment.disclosure));
            }
            record.extend([
                cell(&assessment.state.name),
                cell(assessment.state.code.as_deref().unwrap_or("")),
                serde_plain(&assessment.status),
                provision.id.clone(),
                provision.article.to_string(),
                serde_plain(&provision.force),
                serde_plain(&provision.verdict),
                flags.join("; "),
                needed.to_owned(),
                cell(&kinds),
                cell(report),
            ]);
            writer.write_record(&record).map_err(csv_error)?;
        }
    }
    finish(writer)
}

/// One row per provision with the comparative view's counts: no State named.
pub(crate) fn counts(comparison: &Comparison) -> Result<String, ReportError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(COUNTS_HEADER).map_err(csv_error)?;
    let basis = &comparison.basis;
    for row in &comparison.provisions {
        let c = &row.counts;
        let record = [
            row.id.clone(),
            row.article.to_string(),
            serde_plain(&row.force),
            basis.counted.to_string(),
            basis.drafts_counted.to_string(),
            row.assessed.to_string(),
            c.implemented.to_string(),
            c.partially_implemented.to_string(),
            c.not_implemented.to_string(),
            c.considered.to_string(),
            c.not_considered.to_string(),
            c.adopted.to_string(),
            c.partially_adopted.to_string(),
            c.not_adopted.to_string(),
            c.not_applicable.to_string(),
            c.not_assessed.to_string(),
            (c.not_implemented + c.partially_implemented + c.not_considered).to_string(),
        ];
        writer.write_record(record).map_err(csv_error)?;
    }
    finish(writer)
}

fn finish(writer: csv::Writer<Vec<u8>>) -> Result<String, ReportError> {
    let bytes = writer
        .into_inner()
        .map_err(|err| csv_error(err.into_error().into()))?;
    String::from_utf8(bytes).map_err(|err| ReportError::Csv(err.to_string()))
}

fn csv_error(err: csv::Error) -> ReportError {
    ReportError::Csv(err.to_string())
}

/// Neutralizes spreadsheet formulas (`=`, `+`, `-`, `@`, tab, carriage return at the start).
fn cell(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_owned(),
    }
}

/// A unit enum's serde name, such as `mandatory-qualified`.
fn serde_plain<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralized() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("Borealis"), "Borealis");
    }
}
