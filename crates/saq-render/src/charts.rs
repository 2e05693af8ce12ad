//! Inline SVG charts for the comparative HTML report: no JavaScript, no network, printable.
//! The drawing is here; every word and colour comes from `labels.j2` ([`ChartWords`]).

use std::fmt::Write;

use saq_assess::assessment::VerdictCounts;
use saq_assess::comparison::{Comparison, NamedComparison};
use saq_model::answer_set::Status;
use saq_model::verdict::Verdict;

use crate::templates::ChartWords;

/// The colour and legend label of `verdict`'s group.
fn group(words: &ChartWords, verdict: Verdict) -> (&str, &str) {
    words
        .groups
        .iter()
        .find(|g| g.statuses.contains(&verdict))
        .map_or(("#ffffff", ""), |g| (g.colour.as_str(), g.label.as_str()))
}

/// `pattern` with each `{name}` replaced by its value, in one pass (a value holding braces
/// stays as it is); an unknown `{…}` is kept.
fn fill(pattern: &str, values: &[(&str, &str)]) -> String {
    let mut text = String::with_capacity(pattern.len() + 32);
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        text.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let known = after.find('}').and_then(|close| {
            let value = values.iter().find(|(name, _)| *name == &after[..close])?;
            Some((value.1, close))
        });
        match known {
            Some((value, close)) => {
                text.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                text.push('{');
                rest = after;
            }
        }
    }
    text.push_str(rest);
    text
}

fn count(counts: &VerdictCounts, members: &[Verdict]) -> usize {
    members
        .iter()
        .map(|verdict| match verdict {
            Verdict::Implemented => counts.implemented,
            Verdict::PartiallyImplemented => counts.partially_implemented,
            Verdict::NotImplemented => counts.not_implemented,
            Verdict::Considered => counts.considered,
            Verdict::NotConsidered => counts.not_considered,
            Verdict::Adopted => counts.adopted,
            Verdict::PartiallyAdopted => counts.partially_adopted,
            Verdict::NotAdopted => counts.not_adopted,
            Verdict::NotApplicable => counts.not_applicable,
            Verdict::NotAssessed => counts.not_assessed,
        })
        .sum()
}

/// Escapes text for XML content and attributes.
fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Four entries a row, 190 px apart: two rows, 40 px in all.
fn legend(svg: &mut String, words: &ChartWords, x: usize, y: usize) {
    for (i, group) in words.groups.iter().enumerate() {
        let (fill, text) = (&group.colour, xml(&group.label));
        let lx = x + (i % 4) * 190;
        let y = y + (i / 4) * 18;
        let _ = write!(
            svg,
            r##"<rect x="{lx}" y="{y}" width="12" height="12" fill="{fill}" stroke="#666"/><text x="{}" y="{}" font-size="12">{text}</text>"##,
            lx + 16,
            y + 11
        );
    }
}

/// Horizontal stacked bars: for each article, the share of (State × provision) verdicts.
pub(crate) fn verdicts_per_article(comparison: &Comparison, words: &ChartWords) -> String {
    const LABEL: usize = 330;
    const BAR: usize = 420;
    const ROW: usize = 22;
    let height = 58 + comparison.articles.len() * ROW + 8;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {w} {height}" width="{w}" height="{height}" font-family="sans-serif"><title>{}</title>"#,
        xml(&words.per_article_title),
        w = LABEL + BAR + 20
    );
    legend(&mut svg, words, 0, 8);
    for (row, article) in comparison.articles.iter().enumerate() {
        let y = 54 + row * ROW;
        let total = article.counts.total().max(1);
        let _ = write!(
            svg,
            r#"<text x="{}" y="{}" font-size="12" text-anchor="end">{}</text>"#,
            LABEL - 8,
            y + 13,
            xml(&format!(
                "{}. {}",
                article.article,
                shorten(&article.title, 36)
            ))
        );
        let mut x = LABEL as f64;
        for group in &words.groups {
            let n = count(&article.counts, &group.statuses);
            if n == 0 {
                continue;
            }
            let width = BAR as f64 * n as f64 / total as f64;
            let _ = write!(
                svg,
                r##"<rect x="{x:.1}" y="{y}" width="{width:.1}" height="16" fill="{}" stroke="#666" stroke-width="0.5"><title>{}</title></rect>"##,
                xml(&group.colour),
                xml(&fill(
                    &words.per_article_bar,
                    &[
                        ("article", &article.article.to_string()),
                        ("count", &n.to_string()),
                        ("status", &group.label.to_lowercase()),
                    ]
                ))
            );
            x += width;
        }
    }
    svg.push_str("</svg>");
    svg
}

/// The named matrix as a heat map: one row per State named (alphabetical; a draft marked), one
/// column per provision. It names States, so only the named view carries it.
pub(crate) fn heat_map(comparison: &NamedComparison, words: &ChartWords) -> String {
    const LABEL: usize = 200;
    const CELL: usize = 14;
    const HEADER: usize = 88;
    let columns = comparison.provisions.len();
    let width = LABEL + columns * CELL + 20;
    let height = HEADER + comparison.states.len() * CELL + 40;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {w} {height}" width="{w}" height="{height}" font-family="sans-serif"><title>{}</title>"#,
        xml(&words.heat_map_title),
        w = width.max(760)
    );
    legend(&mut svg, words, 0, 8);
    for (column, provision) in comparison.provisions.iter().enumerate() {
        let x = LABEL + column * CELL + CELL / 2;
        let _ = write!(
            svg,
            r#"<text transform="translate({x},{}) rotate(-60)" font-size="10">{}</text>"#,
            HEADER - 4,
            xml(&provision.id)
        );
    }
    for (row, state) in comparison.states.iter().enumerate() {
        let y = HEADER + row * CELL;
        let name = if state.status == Status::Draft {
            fill(&words.heat_map_draft, &[("state", &state.name)])
        } else {
            state.name.clone()
        };
        let _ = write!(
            svg,
            r#"<text x="{}" y="{}" font-size="11" text-anchor="end">{}</text>"#,
            LABEL - 6,
            y + 11,
            xml(&shorten(&name, 30))
        );
        for (column, provision) in comparison.provisions.iter().enumerate() {
            let verdict = provision
                .verdicts
                .get(row)
                .copied()
                .unwrap_or(Verdict::NotAssessed);
            let (colour, label) = group(words, verdict);
            let _ = write!(
                svg,
                r##"<rect x="{}" y="{y}" width="{CELL}" height="{CELL}" fill="{}" stroke="#999" stroke-width="0.5"><title>{}</title></rect>"##,
                LABEL + column * CELL,
                xml(colour),
                xml(&fill(
                    &words.heat_map_cell,
                    &[
                        ("state", &name),
                        ("provision", &provision.id),
                        ("status", &label.to_lowercase()),
                    ]
                ))
            );
        }
    }
    svg.push_str("</svg>");
    svg
}

fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let mut short: String = text.chars().take(max - 1).collect();
        short.push('…');
        short
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_for_xml() {
        assert_eq!(
            xml(r#"<b>"A&B"</b>"#),
            "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;"
        );
    }

    #[test]
    fn placeholders_are_filled() {
        assert_eq!(
            fill(
                "{state}: article {provision}",
                &[("state", "{provision}"), ("provision", "5.1")]
            ),
            "{provision}: article 5.1"
        );
        assert_eq!(fill("{x} {", &[]), "{x} {");
    }

    #[test]
    fn long_labels_are_shortened() {
        assert_eq!(shorten("General requirements for export", 10), "General r…");
        assert_eq!(shorten("Short", 10), "Short");
    }
}
