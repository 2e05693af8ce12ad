//! The two answer sets a diff reads: which comes first, and its warnings as diagnostics in the
//! later file, where a difference would be fixed.

use saq_model::answer_set::{AnswerSet, cycle_order};
use saq_model::{Diagnostic, LoadedAnswers, SourceFile};

use super::DiffWarning;
use crate::assessment::StateSummary;

/// Two answer sets given in the wrong order: the later one's review cycle comes first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Swapped {
    /// The review cycle of the set given as the earlier one.
    pub given_old: String,
    /// The review cycle of the set given as the later one, which comes first.
    pub given_new: String,
}

/// `Some` when both sets give a review cycle and `new`'s comes before `old`'s (cycles compared
/// piece by piece, numbers as numbers, by [`cycle_order`]): they should be swapped.
pub fn swapped(old: &AnswerSet, new: &AnswerSet) -> Option<Swapped> {
    let (old, new) = (old.cycle()?, new.cycle()?);
    cycle_order(new, old).is_lt().then(|| Swapped {
        given_old: old.to_owned(),
        given_new: new.to_owned(),
    })
}

impl DiffWarning {
    /// This warning as a diagnostic in the later answer set (`source`, read as `new`).
    pub fn diagnostic(&self, source: &SourceFile, new: &LoadedAnswers) -> Diagnostic {
        let file = &new.file;
        match self {
            DiffWarning::DifferentStates { old, new } => {
                let message = format!(
                    "the answer sets name different States: {} in the earlier set, {} in this one",
                    state(old),
                    state(new)
                );
                let help = "compare two answer sets of the same State; this diff compares two States' answers";
                // The code is what was compared when both sets give one; the name has no position.
                match &file.state.code {
                    Some(code) => source.diagnostic(code.line, code.column, "different-states", message),
                    None => Diagnostic::file_error(&source.name, "different-states", message)
                        .at_start(),
                }
                .with_help(help)
                .warning()
            }
            DiffWarning::DifferentVersions { old, new } => source
                .diagnostic(
                    file.version.line,
                    file.version.column,
                    "different-versions",
                    format!(
                        "the answer sets answer different versions of the questionnaire: {old} in the earlier set, {new} in this one"
                    ),
                )
                .with_help("a change may come from a changed question rather than a changed answer")
                .warning(),
        }
    }
}

fn state(state: &StateSummary) -> String {
    match &state.code {
        Some(code) => format!("{} ({code})", state.name),
        None => state.name.clone(),
    }
}
