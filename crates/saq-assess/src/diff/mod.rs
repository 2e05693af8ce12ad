//! What changed for one State between two assessments of its answers (two review cycles, or two
//! drafts): verdicts improved or regressed, measures cited or dropped, technical assistance
//! requests opened or closed, and completeness before and after.
//!
//! Pure functions over two assessments of the same questionnaire. The rules, documented in the
//! README:
//!
//! - **Direction**: implemented > partially implemented > not implemented is the scale; a move
//!   up it is `improved`, down it `regressed`, and a move to or from not applicable or not
//!   assessed is `changed`, neither better nor worse.
//! - **Measures**: the same measure is the same title and article as written; a changed link
//!   alone is no change.
//! - **Assistance**: a request is an article and a kind of assistance asked for; an article
//!   answered "needed" with no kind is one request of no stated kind.
//!
//! Two sets that name different States, or answer different versions of the questionnaire, are
//! still compared, with a warning; two sets of different questionnaires are refused.

mod assistance;
mod inputs;
mod measures;
mod model;
mod verdicts;

pub use inputs::{Swapped, swapped};
pub use model::*;
pub use verdicts::direction;

use crate::assessment::{Assessment, StateSummary};

/// Two assessments that cannot be compared.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DiffError {
    /// The answer sets answer different questionnaires, so their provisions and questions do not
    /// correspond.
    #[error(
        "the answer sets answer different questionnaires, `{old}` and `{new}`; only answers to the same questionnaire can be compared"
    )]
    DifferentQuestionnaires {
        /// The questionnaire of the earlier set.
        old: String,
        /// The questionnaire of the later set.
        new: String,
    },
}

/// Compares the assessment of an earlier answer set (`old`) with that of a later one (`new`).
pub fn diff(old: &Assessment, new: &Assessment) -> Result<AssessmentDiff, DiffError> {
    if old.questionnaire.id != new.questionnaire.id {
        return Err(DiffError::DifferentQuestionnaires {
            old: old.questionnaire.id.clone(),
            new: new.questionnaire.id.clone(),
        });
    }
    let mut warnings = Vec::new();
    if !same_state(&old.state, &new.state) {
        warnings.push(DiffWarning::DifferentStates {
            old: old.state.clone(),
            new: new.state.clone(),
        });
    }
    if old.questionnaire.version != new.questionnaire.version {
        warnings.push(DiffWarning::DifferentVersions {
            old: old.questionnaire.version.clone(),
            new: new.questionnaire.version.clone(),
        });
    }
    let (verdicts, summary) = verdicts::changes(&old.provisions, &new.provisions);
    Ok(AssessmentDiff {
        format_version: crate::REPORT_FORMAT_VERSION,
        old: side(old),
        new: side(new),
        warnings,
        summary,
        verdicts,
        measures: measures::changes(&old.provisions, &new.provisions),
        assistance: assistance::changes(&old.assistance, &new.assistance),
    })
}

/// By code when both sets give one, since a name may be spelt two ways; else by name.
fn same_state(old: &StateSummary, new: &StateSummary) -> bool {
    match (&old.code, &new.code) {
        (Some(old), Some(new)) => old == new,
        _ => old.name == new.name,
    }
}

fn side(assessment: &Assessment) -> DiffSide {
    DiffSide {
        state: assessment.state.clone(),
        questionnaire: assessment.questionnaire.clone(),
        status: assessment.status,
        created: assessment.created.clone(),
        updated: assessment.updated.clone(),
        submitted: assessment.submitted.clone(),
        review: assessment.review.clone(),
        source: assessment.source.clone(),
        disclosure: assessment.disclosure,
        completeness: assessment.completeness.clone(),
    }
}

#[cfg(test)]
mod tests;
