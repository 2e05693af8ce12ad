//! Gaps: provisions not or partly implemented, ordered by the force of the obligation.

use super::model::{Gap, ProvisionAssessment};
use saq_model::instrument::Force;
use saq_model::verdict::Verdict;

/// The order gaps are listed in: mandatory, then qualified obligations, conditional, "shall
/// consider", optional. It ranks obligations, never States.
pub fn priority(force: Force) -> u8 {
    match force {
        Force::Mandatory => 1,
        Force::MandatoryQualified => 2,
        Force::Conditional => 3,
        Force::Consider => 4,
        Force::Optional | Force::Interpretive => 5,
    }
}

/// Every gap — an obligation not or partly implemented, a measure not considered that had to
/// be — by priority, then "not" before "partly", then in treaty order.
pub(super) fn gaps(provisions: &[ProvisionAssessment]) -> Vec<Gap> {
    let mut gaps: Vec<Gap> = provisions
        .iter()
        .filter(|p| p.verdict.is_gap())
        .map(gap)
        .collect();
    // Stable: treaty order is kept within equal keys.
    gaps.sort_by_key(|g| (g.priority, std::cmp::Reverse(g.verdict.raw())));
    gaps
}

/// Optional measures not adopted, or adopted in part, in treaty order: never gaps.
pub(super) fn not_adopted(provisions: &[ProvisionAssessment]) -> Vec<Gap> {
    provisions
        .iter()
        .filter(|p| matches!(p.verdict, Verdict::NotAdopted | Verdict::PartiallyAdopted))
        .filter(|p| p.force == Force::Optional)
        .map(gap)
        .collect()
}

fn gap(p: &ProvisionAssessment) -> Gap {
    Gap {
        priority: priority(p.force),
        provision: p.id.clone(),
        instrument: p.instrument.clone(),
        article: p.article,
        force: p.force,
        verdict: p.verdict,
        text: p.text.clone(),
        elements: p.elements.clone(),
        answers: p.answers.clone(),
        steps: p.steps.clone(),
        recommendation: p.recommendation.clone(),
    }
}
