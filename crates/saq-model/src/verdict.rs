//! The reported status of a provision, and of each answer behind it, in the vocabulary of the
//! provision's level of obligation.
//!
//! Questionnaire data (choices, verdict rules) speaks one scale — implemented, partially
//! implemented, considered, not implemented — and the assessment restates it in the words that
//! fit the provision's force: a "shall consider" provision is *considered* or *not considered*,
//! an optional measure *adopted* or *not adopted* (never a gap), a mandatory obligation
//! *implemented*, *partially implemented* or *not implemented*. [`Verdict::for_force`] does the
//! restating; [`Verdict::raw`] goes back to the scale.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::instrument::Force;

/// What the answers say of one provision (or what one answer says of it).
///
/// The first four variants are the scale questionnaires speak, declared from best to worst so
/// that "worst wins" is `max` on it. The others are how that scale reads for "shall consider"
/// and optional provisions; questionnaire data may use them too, as synonyms.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// The State reports measures that implement the provision.
    Implemented,
    /// The State reports measures that implement it in part.
    PartiallyImplemented,
    /// The State reports that it considered the measure, without adopting it. Meets a "shall
    /// consider" provision; for an obligation, it is no implementation.
    Considered,
    /// The State reports no measures implementing it.
    NotImplemented,
    /// An optional measure (or one a State was to consider) that the State adopted.
    Adopted,
    /// An optional measure (or one a State was to consider) adopted in part.
    PartiallyAdopted,
    /// A measure the State was to consider, and reports it did not.
    NotConsidered,
    /// An optional measure the State did not adopt: never a gap.
    NotAdopted,
    /// The provision does not apply to this State (with a reason).
    NotApplicable,
    /// No answer says anything about it yet.
    NotAssessed,
}

impl Verdict {
    /// The verdict on the questionnaire's scale: `adopted` is `implemented`, `not-considered`
    /// and `not-adopted` are `not-implemented`, and so on.
    pub fn raw(self) -> Verdict {
        match self {
            Verdict::Adopted => Verdict::Implemented,
            Verdict::PartiallyAdopted => Verdict::PartiallyImplemented,
            Verdict::NotConsidered | Verdict::NotAdopted => Verdict::NotImplemented,
            other => other,
        }
    }

    /// The verdict in the words of a provision of `force`.
    pub fn for_force(self, force: Force) -> Verdict {
        let raw = self.raw();
        match force {
            Force::Consider => match raw {
                Verdict::Implemented => Verdict::Adopted,
                Verdict::PartiallyImplemented => Verdict::PartiallyAdopted,
                Verdict::NotImplemented => Verdict::NotConsidered,
                other => other,
            },
            Force::Optional => match raw {
                Verdict::Implemented => Verdict::Adopted,
                Verdict::PartiallyImplemented => Verdict::PartiallyAdopted,
                Verdict::Considered | Verdict::NotImplemented => Verdict::NotAdopted,
                other => other,
            },
            Force::Mandatory
            | Force::MandatoryQualified
            | Force::Conditional
            | Force::Interpretive => match raw {
                Verdict::Considered => Verdict::NotImplemented,
                other => other,
            },
        }
    }

    /// True for a verdict that says something of implementation (not `not-applicable` or
    /// `not-assessed`).
    pub fn is_answered(self) -> bool {
        !matches!(self, Verdict::NotApplicable | Verdict::NotAssessed)
    }

    /// True for the statuses listed as gaps: an obligation not or partly implemented, a measure
    /// not considered that had to be. An optional measure not adopted is never a gap.
    pub fn is_gap(self) -> bool {
        matches!(
            self,
            Verdict::PartiallyImplemented | Verdict::NotImplemented | Verdict::NotConsidered
        )
    }

    /// How far the status goes, for telling an improvement from a regression between two
    /// answer sets: none (0), considered (1), in part (2), in full (3). `None` for not applicable
    /// and not assessed, which are neither.
    pub fn rank(self) -> Option<u8> {
        match self {
            Verdict::NotImplemented | Verdict::NotConsidered | Verdict::NotAdopted => Some(0),
            Verdict::Considered => Some(1),
            Verdict::PartiallyImplemented | Verdict::PartiallyAdopted => Some(2),
            Verdict::Implemented | Verdict::Adopted => Some(3),
            Verdict::NotApplicable | Verdict::NotAssessed => None,
        }
    }

    /// The worse of two verdicts on the questionnaire's scale.
    pub fn worst(self, other: Verdict) -> Verdict {
        self.raw().max(other.raw())
    }
}

#[cfg(test)]
mod tests {
    use super::Verdict::*;
    use crate::instrument::Force;

    #[test]
    fn each_force_has_its_own_words() {
        assert_eq!(NotImplemented.for_force(Force::Mandatory), NotImplemented);
        assert_eq!(Considered.for_force(Force::Mandatory), NotImplemented);
        assert_eq!(Considered.for_force(Force::Consider), Considered);
        assert_eq!(NotImplemented.for_force(Force::Consider), NotConsidered);
        assert_eq!(Implemented.for_force(Force::Consider), Adopted);
        assert_eq!(NotImplemented.for_force(Force::Optional), NotAdopted);
        assert_eq!(Considered.for_force(Force::Optional), NotAdopted);
        assert_eq!(
            PartiallyImplemented.for_force(Force::Optional),
            PartiallyAdopted
        );
    }

    #[test]
    fn only_obligations_left_undone_are_gaps() {
        assert!(NotImplemented.is_gap());
        assert!(PartiallyImplemented.is_gap());
        assert!(NotConsidered.is_gap());
        assert!(!NotAdopted.is_gap());
        assert!(!Considered.is_gap());
        assert!(!PartiallyAdopted.is_gap());
    }

    #[test]
    fn synonyms_read_as_the_scale() {
        assert_eq!(NotAdopted.raw(), NotImplemented);
        assert_eq!(Adopted.worst(Considered), Considered);
        assert_eq!(NotConsidered.worst(Implemented), NotImplemented);
    }
}
