//! The CSV exports, for spreadsheets: the comparative view's counts (one row per provision, no
//! State named), and rows per State × provision — for one State's own report, or for the named
//! view, where every row carries the restricted marking.

use saq_assess::assessment::Viewed;
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
/// Every field is quoted and neutralized ([`cell`]), so an answer can never become a formula.
pub(crate) fn states(
    assessments: &[(String, &Viewed)],
    marking: Option<&str>,
) -> Result<String, ReportError> {
    let mut writer = writer();
    let mut header: Vec<&str> = Vec::new();
    if marking.is_some() {
        header.extend(NAMED_HEADER);
    }
    header.extend(STATE_HEADER);
    write(&mut writer, header.iter().copied())?;
    for (report, assessment) in assessments {
        for provision in &assessment.provisions {
            // Assistance is asked per article of the questionnaire's own instrument: an article
            // of another instrument with the same number is another article.
            let own = assessment
                .questionnaire
                .instruments
                .iter()
                .all(|i| !i.own || *i.id == *provision.instrument);
            let assistance = assessment
                .assistance
                .by_article
                .iter()
                .find(|a| own && a.article == provision.article);
            let needed = match assistance.and_then(|a| a.needed) {
                Some(true) => "yes",
                Some(false) => "no",
                None => "",
            };
            let kinds = assistance.map(|a| a.kinds.join("; ")).unwrap_or_default();
            let flags: Vec<String> = provision.flags.iter().map(serde_plain).collect();
            let mut record: Vec<String> = Vec::with_capacity(header.len());
            if let Some(marking) = marking {
                record.push(marking.to_owned());
                record.push(
                    assessment
                        .review
                        .as_ref()
                        .map_or("", |r| r.cycle.value.as_str())
                        .to_owned(),
                );
                record.push(serde_plain(&assessment.disclosure));
            }
            record.extend([
                assessment.state.name.clone(),
                assessment.state.code.clone().unwrap_or_default(),
                serde_plain(&assessment.status),
                provision.id.to_string(),
                provision.article.to_string(),
                serde_plain(&provision.force),
                serde_plain(&provision.verdict),
                flags.join("; "),
                needed.to_owned(),
                kinds,
                report.clone(),
            ]);
            write(&mut writer, record.iter().map(String::as_str))?;
        }
    }
    finish(writer)
}

/// One row per provision with the comparative view's counts: no State named.
pub(crate) fn counts(comparison: &Comparison) -> Result<String, ReportError> {
    let mut writer = writer();
    write(&mut writer, COUNTS_HEADER)?;
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
        write(&mut writer, record.iter().map(String::as_str))?;
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

/// A writer that quotes every field, so no separator or line break inside one is ever taken as
/// the end of a cell by a reader that honours quotes.
fn writer() -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .quote_style(csv::QuoteStyle::Always)
        .from_writer(Vec::new())
}

/// Writes one record, every field through [`cell`].
fn write<'a>(
    writer: &mut csv::Writer<Vec<u8>>,
    fields: impl IntoIterator<Item = &'a str>,
) -> Result<(), ReportError> {
    writer
        .write_record(fields.into_iter().map(cell))
        .map_err(csv_error)
}

/// Characters that make a spreadsheet read a cell as a formula when they start it.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Characters a spreadsheet may split a line on, whatever separator this file uses: Excel
/// reads CSV with `;` in much of Europe, and a pasted row splits on tabs.
const BOUNDARY: [char; 5] = [',', ';', '\t', '\n', '\r'];

/// Neutralizes spreadsheet formulas: wherever a cell could begin — at the start, and after
/// any `,`, `;`, tab or line break a reader might split on — a formula character (`=`, `+`,
/// `-`, `@`, tab, carriage return), even behind spaces or a quote, gets a `'` before it.
fn cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at_start = true;
    for (i, c) in text.char_indices() {
        if at_start {
            let rest = text[i..].trim_start_matches([' ', '"']);
            if rest.starts_with(FORMULA_START) {
                out.push('\'');
            }
        }
        out.push(c);
        at_start = BOUNDARY.contains(&c);
    }
    out
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
        assert_eq!(cell("Coralia;=1+1;"), "Coralia;'=1+1;");
        assert_eq!(cell("x, -1;\t+2"), "x,' -1;'\t'+2");
        assert_eq!(cell("a;\"=1\""), "a;'\"=1\"");
        assert_eq!(cell("5.1.a; yes, no"), "5.1.a; yes, no");
    }
}
