//! Checks of an instrument file on its own.

use std::collections::HashSet;

use super::{Report, did_you_mean};
use crate::instrument::{Force, Instrument, Provision};

/// Checks ids, references between the instrument's own lists, and forces.
pub(crate) fn check(instrument: &Instrument, report: &mut Report<'_>) {
    report.format_version(&instrument.format_version);
    report.unique("part", instrument.parts.iter().map(|p| &p.id));
    report.unique("cluster", instrument.clusters.iter().map(|c| &c.id));
    report.unique("theme", instrument.themes.iter().map(|t| &t.id));
    report.unique(
        "related instrument",
        instrument.related_instruments.iter().map(|r| &r.id),
    );
    report.unique("provision", instrument.provisions().map(|(_, p)| &p.id));

    let parts: Vec<&str> = instrument
        .parts
        .iter()
        .map(|p| p.id.value.as_str())
        .collect();
    let clusters: Vec<&str> = instrument
        .clusters
        .iter()
        .map(|c| c.id.value.as_str())
        .collect();
    let themes: Vec<&str> = instrument
        .themes
        .iter()
        .map(|t| t.id.value.as_str())
        .collect();
    let related: Vec<&str> = instrument
        .related_instruments
        .iter()
        .map(|r| r.id.value.as_str())
        .collect();

    let mut numbers = HashSet::new();
    for article in &instrument.articles {
        if !numbers.insert(article.number.value) {
            report
                .error(
                    &article.number,
                    "duplicate-id",
                    format!("article {} is defined twice", article.number.value),
                )
                .help = Some("keep one entry per article; merge their provisions".into());
        }
        // Parts are optional; an instrument that defines them has every article in one.
        match &article.part {
            Some(part) if !parts.is_empty() && !parts.contains(&part.value.as_str()) => {
                let hint = did_you_mean(part, parts.iter().copied());
                report
                    .error(
                        part,
                        "unknown-part",
                        format!(
                            "article {} names part `{}`, which is not defined",
                            article.number.value, part.value
                        ),
                    )
                    .help = Some(format!("{hint}parts are defined under `parts:`"));
            }
            None if !parts.is_empty() => {
                report
                    .warning(
                        &article.number,
                        "missing-part",
                        format!(
                            "article {} is in no part, though the instrument defines parts",
                            article.number.value
                        ),
                    )
                    .help = Some(format!(
                    "add `part:` with one of {}",
                    parts
                        .iter()
                        .map(|p| format!("`{p}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
            _ => {}
        }
        for cluster in article
            .cluster
            .iter()
            .chain(article.provisions.iter().filter_map(|p| p.cluster.as_ref()))
        {
            if !clusters.contains(&cluster.value.as_str()) {
                let hint = did_you_mean(cluster, clusters.iter().copied());
                report
                    .error(
                        cluster,
                        "unknown-cluster",
                        format!("cluster `{}` is not defined", cluster.value),
                    )
                    .help = Some(format!("{hint}clusters are defined under `clusters:`"));
            }
        }
        for provision in &article.provisions {
            let id = &provision.id;
            if !is_provision_id(id) {
                report.error(id, "bad-id", format!("`{}` is not a provision id", id.value)).help =
                    Some("write article, paragraph and sub-paragraph separated by dots, such as `5.1.a` or `9.b`".into());
            } else if id.split('.').next() != Some(article.number.value.to_string().as_str()) {
                report
                    .error(
                        id,
                        "bad-id",
                        format!(
                            "provision `{}` is listed under article {}",
                            id.value, article.number.value
                        ),
                    )
                    .help = Some("a provision id starts with the number of its article".into());
            }
            if provision.text.trim().is_empty() {
                report
                    .error(
                        id,
                        "empty-text",
                        format!("provision `{}` has no text", id.value),
                    )
                    .help = Some("copy the treaty's wording into `text:`".into());
            }
            if article.cluster.is_none()
                && provision.cluster.is_none()
                && !clusters.is_empty()
                && provision.force.is_obligation()
            {
                report
                    .warning(
                        id,
                        "no-cluster",
                        format!("provision `{}` belongs to no review cluster", id.value),
                    )
                    .help = Some("set `cluster:` on the article or the provision".into());
            }
            match (
                provision.force.value,
                &provision.qualifier,
                &provision.condition,
            ) {
                (Force::MandatoryQualified, None, _) => {
                    report.error(&provision.force, "missing-qualifier", format!("provision `{}` is mandatory-qualified but names no qualifier", id.value))
                        .help = Some("add `qualifier:` with the treaty's qualifying phrase, such as \"within available means\"".into());
                }
                (Force::Conditional, _, None) => {
                    report
                        .error(
                            &provision.force,
                            "missing-condition",
                            format!(
                                "provision `{}` is conditional but states no condition",
                                id.value
                            ),
                        )
                        .help = Some(
                        "add `condition:` saying to which States the provision applies".into(),
                    );
                }
                _ => {}
            }
            check_elements(provision, report);
            for theme in &provision.themes {
                if !themes.contains(&theme.value.as_str()) {
                    let hint = did_you_mean(theme, themes.iter().copied());
                    report
                        .error(
                            theme,
                            "unknown-theme",
                            format!("theme `{}` is not defined", theme.value),
                        )
                        .help = Some(format!("{hint}themes are defined under `themes:`"));
                }
            }
            for reference in &provision.cross_references {
                if !related.contains(&reference.instrument.value.as_str()) {
                    let hint = did_you_mean(&reference.instrument, related.iter().copied());
                    report
                        .error(
                            &reference.instrument,
                            "unknown-instrument",
                            format!(
                                "related instrument `{}` is not defined",
                                reference.instrument.value
                            ),
                        )
                        .help = Some(format!(
                        "{hint}related instruments are defined under `related_instruments:`"
                    ));
                }
            }
        }
    }
}

/// Elements: unique ids, words that are the provision's own, a qualifier where the force needs
/// one, and a force that differs from the provision's (else the element says nothing).
fn check_elements(provision: &Provision, report: &mut Report<'_>) {
    report.unique(
        &format!("element of provision `{}`", provision.id.value),
        provision.elements.iter().map(|e| &e.id),
    );
    let words = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let text = words(&provision.text);
    for element in &provision.elements {
        if !text.contains(&words(&element.text)) {
            report
                .error(
                    &element.id,
                    "element-not-in-text",
                    format!(
                        "the text of element `{}` is not found in provision `{}`",
                        element.id.value, provision.id.value
                    ),
                )
                .help = Some(
                "copy the words the element covers from the provision's text, verbatim".into(),
            );
        }
        if element.force.value == Force::MandatoryQualified && element.qualifier.is_none() {
            report.error(&element.force, "missing-qualifier", format!("element `{}` is mandatory-qualified but names no qualifier", element.id.value))
                .help = Some("add `qualifier:` with the treaty's qualifying phrase, such as \"where appropriate and feasible\"".into());
        }
        if element.force.value == provision.force.value && element.qualifier == provision.qualifier
        {
            report
                .warning(
                    &element.force,
                    "element-same-force",
                    format!(
                        "element `{}` has the same force as provision `{}`",
                        element.id.value, provision.id.value
                    ),
                )
                .help = Some(
                "an element records a part whose force differs; remove it, or correct its force"
                    .into(),
            );
        }
    }
}

/// `5`, `5.1`, `5.1.a`, `3.d.ii`: digits, then dot-separated digits or lowercase letters.
fn is_provision_id(id: &str) -> bool {
    let mut segments = id.split('.');
    let first_ok = segments
        .next()
        .is_some_and(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()));
    first_ok
        && segments.all(|s| {
            !s.is_empty()
                && (s.bytes().all(|b| b.is_ascii_digit())
                    || s.bytes().all(|b| b.is_ascii_lowercase()))
        })
}

#[cfg(test)]
mod tests {
    #[test]
    fn provision_ids() {
        for ok in ["5", "5.1", "5.1.a", "3.d.ii", "10.2.b"] {
            assert!(super::is_provision_id(ok), "{ok}");
        }
        for bad in ["", "a", "5.", "5..1", "5.1.A", "5-1"] {
            assert!(!super::is_provision_id(bad), "{bad}");
        }
    }
}
