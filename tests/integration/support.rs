//! Running the real binary and turning what it did into a snapshot-friendly transcript.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root (the `saq` package's manifest folder).
pub(crate) fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `saq` with `args` in `dir`, with no standard input.
pub(crate) fn saq_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_saq"))
        .args(args)
        .current_dir(dir)
        .stdin(std::process::Stdio::null())
        .env("NO_COLOR", "1")
        .output()
        .expect("the saq binary runs")
}

/// Runs `saq` with `args` in the repository root.
pub(crate) fn saq(args: &[&str]) -> Output {
    saq_in(&root(), args)
}

/// Exit code, stdout and stderr, in one text.
pub(crate) fn transcript(output: &Output) -> String {
    format!(
        "exit: {}\n--- stdout\n{}--- stderr\n{}",
        output
            .status
            .code()
            .map_or("signal".to_owned(), |c| c.to_string()),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// The exit code, failing the test if the process was killed.
pub(crate) fn code(output: &Output) -> i32 {
    output.status.code().expect("saq exited normally")
}
