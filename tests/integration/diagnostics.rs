//! The corpus of broken inputs under `tests/inputs/`: each one's diagnostics, pinned.
//!
//! Answer sets are checked against the small questionnaire in `tests/fixtures/mini/`; broken
//! questionnaires and instruments are paired with that folder's other file.

use std::path::Path;

use crate::support::{code, root, saq, saq_in, transcript};

#[test]
fn broken_answer_sets() {
    insta::glob!("..", "inputs/answers/*.yaml", |path| {
        let relative = path
            .strip_prefix(root())
            .unwrap()
            .to_str()
            .unwrap()
            .to_owned();
        let output = saq(&[
            "validate",
            "--questionnaire",
            "tests/fixtures/mini",
            &relative,
        ]);
        assert_eq!(
            code(&output),
            1,
            "{relative} must be rejected:\n{}",
            transcript(&output)
        );
        insta::assert_snapshot!(transcript(&output));
    });
}

#[test]
fn broken_questionnaires() {
    insta::glob!("..", "inputs/questionnaires/*.yaml", |path| {
        insta::assert_snapshot!(rejected(
            path,
            validate_folder(path, "questionnaire.yaml", "instrument.yaml")
        ));
    });
}

#[test]
fn broken_instruments() {
    insta::glob!("..", "inputs/instruments/*.yaml", |path| {
        insta::assert_snapshot!(rejected(
            path,
            validate_folder(path, "instrument.yaml", "questionnaire.yaml")
        ));
    });
}

/// The transcript of a run that must have rejected `path` (exit code 1).
fn rejected(path: &Path, output: std::process::Output) -> String {
    assert_eq!(
        code(&output),
        1,
        "{} must be rejected:\n{}",
        path.display(),
        transcript(&output)
    );
    transcript(&output)
}

/// Puts the broken file `path` as `as_name` beside the mini fixture's `other` file in a folder
/// named after the case, and validates that folder by its relative name.
fn validate_folder(path: &Path, as_name: &str, other: &str) -> std::process::Output {
    let case = path.file_stem().unwrap().to_str().unwrap();
    let temp = tempfile::tempdir().unwrap();
    let folder = temp.path().join(case);
    std::fs::create_dir(&folder).unwrap();
    std::fs::copy(path, folder.join(as_name)).unwrap();
    std::fs::copy(
        root().join("tests/fixtures/mini").join(other),
        folder.join(other),
    )
    .unwrap();
    saq_in(temp.path(), &["validate", case])
}

/// Inputs too big or too odd to commit are made by the test, then checked like the others.
fn generated(name: &str, bytes: &[u8]) -> String {
    let temp = tempfile::tempdir().unwrap();
    std::fs::write(temp.path().join(name), bytes).unwrap();
    std::fs::create_dir(temp.path().join("mini")).unwrap();
    for file in ["instrument.yaml", "questionnaire.yaml"] {
        std::fs::copy(
            root().join("tests/fixtures/mini").join(file),
            temp.path().join("mini").join(file),
        )
        .unwrap();
    }
    let output = saq_in(temp.path(), &["validate", "--questionnaire", "mini", name]);
    assert_eq!(
        code(&output),
        1,
        "{name} must be rejected:\n{}",
        transcript(&output)
    );
    transcript(&output)
}

const HEADER: &str = "format_version: 1\nquestionnaire: mini-saq\nversion: 1.0.0\nstate:\n  name: Testland\nstatus: draft\n";

#[test]
fn nesting_50000_deep() {
    let deep = format!(
        "{HEADER}answers:\n  q_1_1_measures: {}{}\n",
        "[".repeat(50_000),
        "]".repeat(50_000)
    );
    insta::assert_snapshot!(generated("deep.yaml", deep.as_bytes()));
}

#[test]
fn block_nesting_deeper_than_the_limit() {
    // Block mappings nested by indentation, one level per line: the other way to nest deeply.
    let mut deep = String::from(HEADER);
    deep.push_str("answers:\n");
    for level in 1..=200 {
        deep.push_str(&" ".repeat(level));
        deep.push_str("a:\n");
    }
    insta::assert_snapshot!(generated("deep-block.yaml", deep.as_bytes()));
}

#[test]
fn file_of_100_megabytes() {
    let mut big = String::from(HEADER);
    big.push_str("answers:\n  q_1_1_cases: 1\n# ");
    big.push_str(&"x".repeat(100 * 1024 * 1024));
    insta::assert_snapshot!(generated("big.yaml", big.as_bytes()));
}

#[test]
fn non_utf8_bytes() {
    let mut bytes = HEADER.as_bytes().to_vec();
    bytes.extend_from_slice(
        b"answers:\n  q_1_1_measures:\n    - title: Loi sur les armes \xe0 feu\n",
    );
    insta::assert_snapshot!(generated("latin1.yaml", &bytes));
}

#[test]
fn empty_file() {
    insta::assert_snapshot!(generated("empty.yaml", b""));
}

#[test]
fn comments_only_file() {
    insta::assert_snapshot!(generated("comments.yaml", b"# nothing yet\n\n"));
}
