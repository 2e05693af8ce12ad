//! Verdict changes per provision and the direction of each.

use std::collections::HashMap;

use super::model::{Direction, DirectionCounts, VerdictChange};
use crate::assessment::ProvisionAssessment;
use saq_model::verdict::Verdict;

/// The direction of a move from `old` to `new`, or `None` when the verdict did not change.
///
/// The statuses form a scale (none, considered, in part, in full: [`Verdict::rank`]); a move to
/// or from not applicable or not assessed is `changed`, neither better nor worse, and so is a
/// move within one rank (a provision whose force changed between questionnaire versions).
pub fn direction(old: Verdict, new: Verdict) -> Option<Direction> {
    if old == new {
        return None;
    }
    match (old.rank(), new.rank()) {
        (Some(old), Some(new)) if new == old => Some(Direction::Changed),
        (Some(old), Some(new)) if new > old => Some(Direction::Improved),
        (Some(_), Some(_)) => Some(Direction::Regressed),
        _ => Some(Direction::Changed),
    }
}

/// The provisions of both assessments, paired by id: the later one's in its (treaty) order,
/// then any only the earlier one assesses. A side that lacks a provision is `None`.
pub(super) fn paired<'a>(
    old: &'a [ProvisionAssessment],
    new: &'a [ProvisionAssessment],
) -> Vec<(
    Option<&'a ProvisionAssessment>,
    Option<&'a ProvisionAssessment>,
)> {
    // By hash: the first of an id, as a linear find would give.
    let index = |list: &'a [ProvisionAssessment]| {
        let mut map: HashMap<&'a str, &'a ProvisionAssessment> = HashMap::new();
        for p in list {
            map.entry(p.id.as_str()).or_insert(p);
        }
        map
    };
    let (old_by_id, new_by_id) = (index(old), index(new));
    new.iter()
        .map(|n| (old_by_id.get(n.id.as_str()).copied(), Some(n)))
        .chain(
            old.iter()
                .filter(|o| !new_by_id.contains_key(o.id.as_str()))
                .map(|o| (Some(o), None)),
        )
        .collect()
}

/// Every verdict change, in treaty order, with the counts per direction.
pub(super) fn changes(
    old: &[ProvisionAssessment],
    new: &[ProvisionAssessment],
) -> (Vec<VerdictChange>, DirectionCounts) {
    let mut counts = DirectionCounts::default();
    let mut changes = Vec::new();
    for (before, after) in paired(old, new) {
        // A provision one side does not assess at all (another questionnaire version) is "not
        // assessed" there: nothing was said about it.
        let verdict =
            |p: Option<&ProvisionAssessment>| p.map_or(Verdict::NotAssessed, |p| p.verdict);
        let (old_verdict, new_verdict) = (verdict(before), verdict(after));
        let Some(direction) = direction(old_verdict, new_verdict) else {
            counts.unchanged += 1;
            continue;
        };
        match direction {
            Direction::Improved => counts.improved += 1,
            Direction::Regressed => counts.regressed += 1,
            Direction::Changed => counts.changed += 1,
        }
        let Some(provision) = after.or(before) else {
            continue;
        };
        changes.push(VerdictChange {
            provision: provision.id.clone(),
            instrument: provision.instrument.clone(),
            article: provision.article,
            article_title: provision.article_title.clone(),
            force: provision.force,
            old: old_verdict,
            new: new_verdict,
            direction,
        });
    }
    (changes, counts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Direction::{Changed, Improved, Regressed};
    use Verdict::{Implemented, NotApplicable, NotAssessed, NotImplemented, PartiallyImplemented};

    #[test]
    fn the_same_verdict_is_no_change() {
        for v in [
            Implemented,
            PartiallyImplemented,
            NotImplemented,
            NotApplicable,
            NotAssessed,
        ] {
            assert_eq!(direction(v, v), None, "{v:?}");
        }
    }

    #[test]
    fn moves_up_the_scale_improve() {
        assert_eq!(
            direction(NotImplemented, PartiallyImplemented),
            Some(Improved)
        );
        assert_eq!(direction(NotImplemented, Implemented), Some(Improved));
        assert_eq!(direction(PartiallyImplemented, Implemented), Some(Improved));
    }

    #[test]
    fn moves_down_the_scale_regress() {
        assert_eq!(
            direction(Implemented, PartiallyImplemented),
            Some(Regressed)
        );
        assert_eq!(direction(Implemented, NotImplemented), Some(Regressed));
        assert_eq!(
            direction(PartiallyImplemented, NotImplemented),
            Some(Regressed)
        );
    }

    #[test]
    fn moves_off_the_scale_are_changes() {
        for on in [Implemented, PartiallyImplemented, NotImplemented] {
            for off in [NotApplicable, NotAssessed] {
                assert_eq!(direction(on, off), Some(Changed), "{on:?} → {off:?}");
                assert_eq!(direction(off, on), Some(Changed), "{off:?} → {on:?}");
            }
        }
        assert_eq!(direction(NotApplicable, NotAssessed), Some(Changed));
        assert_eq!(direction(NotAssessed, NotApplicable), Some(Changed));
    }
}
