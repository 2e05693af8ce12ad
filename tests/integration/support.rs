//! Running the real binary and turning what it did into a snapshot-friendly transcript.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root: the workspace, two folders above the `saq-cli` package that runs these
/// tests.
pub(crate) fn root() -> PathBuf {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    root.canonicalize().unwrap_or(root)
}

/// Runs `saq` with `args` in `dir`, with no standard input.
pub(crate) fn saq_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_saq"))
        .args(args)
        .current_dir(dir)
        .stdin(std::process::Stdio::null())
        .env("NO_COLOR", "1")
        // The library is what each test gives, never the environment's.
        .env_remove("SAQ_QUESTIONNAIRES")
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

/// Today's date as saq writes it.
pub(crate) fn today() -> String {
    jiff::ZonedDateTime::now().date().to_string()
}

/// `text` with today's date, digests and the repository's path (in hints that carry a
/// questionnaire folder) replaced by placeholders, so snapshots stay stable.
pub(crate) fn redact(text: &str) -> String {
    let mut out = text
        .replace(&today(), "<today>")
        .replace(&root().display().to_string(), "<root>");
    while let Some(at) = out.find("sha256:") {
        let end = (at + "sha256:".len() + 64).min(out.len());
        out.replace_range(at..end, "<digest>");
    }
    out
}

/// The small questionnaire of the fixtures, as an absolute path.
pub(crate) fn mini() -> String {
    root().join("tests/fixtures/mini").display().to_string()
}

/// Writes a new answer set for the mini questionnaire as `answers.yaml` in `dir`.
pub(crate) fn init_mini(dir: &Path) -> PathBuf {
    let output = saq_in(
        dir,
        &[
            "init",
            "--state",
            "Testland",
            "--code",
            "XTE",
            "-q",
            &mini(),
        ],
    );
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    dir.join("answers.yaml")
}

/// Writes `value` as the answer to `id` in an answer file written by `saq init`.
pub(crate) fn answer(path: &Path, id: &str, value: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    let key = format!("\n  {id}:\n");
    assert!(
        text.contains(&key),
        "`{id}` is not listed empty in {}",
        path.display()
    );
    std::fs::write(
        path,
        text.replacen(&key, &format!("\n  {id}: {value}\n"), 1),
    )
    .unwrap();
}

/// `text` with its `digest:` line made to match its content again, as `saq submit` would have
/// written it for the built-in questionnaire. Tests that edit a submitted example stand for a
/// State that submitted the edited answers, not for an edit made after submission.
pub(crate) fn resealed(text: &str) -> String {
    resealed_for(
        text,
        &saq_model::Bundle::builtin().value.expect("built-in loads"),
    )
}

/// [`resealed`] for answers to the mini questionnaire of the fixtures.
pub(crate) fn resealed_mini(text: &str) -> String {
    resealed_with(text, Path::new(&mini()))
}

/// [`resealed`] for answers to the questionnaire in the folder `questionnaire`.
pub(crate) fn resealed_with(text: &str, questionnaire: &Path) -> String {
    let bundle = saq_model::Bundle::read_dir(questionnaire)
        .expect("the questionnaire reads")
        .value
        .expect("the questionnaire loads");
    resealed_for(text, &bundle)
}

fn resealed_for(text: &str, bundle: &saq_model::Bundle) -> String {
    let Some(at) = text.find("\ndigest: ") else {
        return text.to_owned();
    };
    let source = saq_model::SourceFile::new("resealed.yaml".to_owned(), text);
    let loaded = bundle.load_answers(&source);
    let set = loaded
        .value
        .unwrap_or_else(|| panic!("the edited answers load: {:?}", loaded.diagnostics));
    let end = text[at + 1..].find('\n').map_or(text.len(), |n| at + 1 + n);
    format!(
        "{}\ndigest: \"{}\"{}",
        &text[..at],
        saq_model::digest::of(&set.file),
        &text[end..]
    )
}
