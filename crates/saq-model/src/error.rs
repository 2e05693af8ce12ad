//! Errors that stop an operation, as opposed to the [`Diagnostic`]s that describe bad input.

use std::path::PathBuf;

use crate::diagnostic::Diagnostic;

/// Reading a file failed.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The operating system could not open or read the file (usage or I/O problem).
    #[error("cannot read {}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The file was read but cannot be used: too large, not UTF-8, empty.
    #[error("{0}")]
    Invalid(Box<Diagnostic>),
}

/// Writing a model as YAML failed. Values read from a file always write back; this stays an
/// error rather than a panic so that no input can crash saq.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The YAML writer refused a value.
    #[error("cannot write the value as YAML: {0}")]
    Yaml(String),
    /// The text written does not read back as what was meant to be written, so it is not saved.
    #[error("the rewritten file of {0} does not read back as the same answers; it was not saved")]
    NotConfirmed(String),
}
