//! The CSV export: one row per State × provision, for spreadsheets.

use saq_core::assessment::Assessment;

use crate::error::ReportError;

const HEADER: [&str; 11] = [
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

/// Writes one row per State × provision. Values a spreadsheet would run as a formula are
/// prefixed with `'`, so an answer can never become a formula.
pub(crate) fn csv(assessments: &[(String, Assessment)]) -> Result<String, ReportError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(HEADER).map_err(csv_error)?;
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
            let record = [
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
            ];
            writer.write_record(&record).map_err(csv_error)?;
        }
    }
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
