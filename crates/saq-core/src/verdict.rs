//! The verdict given for each provision.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// What the answers say of one provision's implementation.
///
/// Declared from best to worst among the answered verdicts, so "worst wins" is `max`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// The State reports measures that implement the provision.
    Implemented,
    /// The State reports measures that implement it in part.
    PartiallyImplemented,
    /// The State reports no measures implementing it.
    NotImplemented,
    /// The provision does not apply to this State (with a reason).
    NotApplicable,
    /// No answer says anything about it yet.
    NotAssessed,
}
