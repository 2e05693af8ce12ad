//! Exit codes, as documented in `--help` and the README.

use std::process::ExitCode;

/// How a command ended.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// 0: everything was fine.
    #[default]
    Ok,
    /// 1: the input has problems (diagnostics were printed).
    InputProblems,
    /// 2: usage or I/O error (a file could not be read or written).
    UsageOrIo,
}

impl Outcome {
    /// The worse of two outcomes.
    pub(crate) fn max(self, other: Outcome) -> Outcome {
        if self.code() >= other.code() {
            self
        } else {
            other
        }
    }

    fn code(self) -> u8 {
        match self {
            Outcome::Ok => 0,
            Outcome::InputProblems => 1,
            Outcome::UsageOrIo => 2,
        }
    }
}

impl From<Outcome> for ExitCode {
    fn from(outcome: Outcome) -> ExitCode {
        ExitCode::from(outcome.code())
    }
}
