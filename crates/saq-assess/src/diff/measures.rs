//! Measures newly cited and no longer cited, per provision.

use std::collections::HashSet;

use super::model::MeasureChange;
use super::verdicts::paired;
use crate::assessment::{Measure, ProvisionAssessment};

/// Every provision whose cited measures differ, in treaty order.
pub(super) fn changes(
    old: &[ProvisionAssessment],
    new: &[ProvisionAssessment],
) -> Vec<MeasureChange> {
    let mut changes = Vec::new();
    for (before, after) in paired(old, new) {
        let (before_measures, after_measures) = (measures(before), measures(after));
        let cited = missing_from(after_measures, before_measures);
        let no_longer_cited = missing_from(before_measures, after_measures);
        if cited.is_empty() && no_longer_cited.is_empty() {
            continue;
        }
        let Some(provision) = after.or(before) else {
            continue;
        };
        changes.push(MeasureChange {
            provision: provision.id.clone(),
            instrument: provision.instrument.clone(),
            article: provision.article,
            cited,
            no_longer_cited,
        });
    }
    changes
}

fn measures(provision: Option<&ProvisionAssessment>) -> &[Measure] {
    provision.map_or(&[], |p| &p.measures)
}

/// The measures of `these` that `others` does not cite, each once, in the order cited.
fn missing_from(these: &[Measure], others: &[Measure]) -> Vec<Measure> {
    let others: HashSet<(&str, Option<&str>)> = others.iter().map(key).collect();
    let mut seen = HashSet::new();
    these
        .iter()
        .filter(|m| !others.contains(&key(m)) && seen.insert(key(m)))
        .cloned()
        .collect()
}

/// What makes the same measure: same title and article as written. A link that moved is no
/// new citation.
fn key(measure: &Measure) -> (&str, Option<&str>) {
    (measure.title.as_str(), measure.article.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn measure(title: &str, article: Option<&str>, url: Option<&str>) -> Measure {
        Measure {
            title: title.to_owned(),
            article: article.map(str::to_owned),
            url: url.map(str::to_owned),
        }
    }

    #[test]
    fn added_and_dropped_measures_are_found_once() {
        let act = measure("Act", Some("s. 1"), None);
        let regulation = measure("Regulation", None, None);
        let code = measure("Code", Some("art. 2"), None);
        let old = [act.clone(), regulation.clone()];
        let new = [act.clone(), code.clone(), code.clone()];
        assert_eq!(missing_from(&new, &old), vec![code]);
        assert_eq!(missing_from(&old, &new), vec![regulation]);
    }

    #[test]
    fn a_new_link_is_not_a_new_measure_but_a_new_article_is() {
        let old = [measure("Act", Some("s. 1"), Some("https://a.example"))];
        let moved = [measure("Act", Some("s. 1"), Some("https://b.example"))];
        assert!(missing_from(&moved, &old).is_empty());
        let other_section = [measure("Act", Some("s. 2"), None)];
        assert_eq!(missing_from(&other_section, &old).len(), 1);
    }
}
