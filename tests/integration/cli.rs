//! The command line as a product: help, exit codes, the built-in questionnaire, I/O errors.

use crate::support::{code, root, saq, saq_in, transcript};

#[test]
fn validate_without_paths_checks_the_built_in_questionnaire_from_any_folder() {
    let elsewhere = tempfile::tempdir().unwrap();
    let output = saq_in(elsewhere.path(), &["validate"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("<built-in>/firearms-protocol"), "{stdout}");
}

#[test]
fn the_committed_questionnaire_folder_and_its_examples_validate() {
    let output = saq(&["validate", "questionnaires/firearms-protocol"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(stdout.matches("examples/").count(), 4, "{stdout}");
}

#[test]
fn valid_fixture_folder() {
    let output = saq(&["validate", "tests/fixtures/mini"]);
    insta::assert_snapshot!(transcript(&output));
}

#[test]
fn answer_sets_are_checked_against_the_built_in_questionnaire_by_default() {
    let output = saq(&[
        "validate",
        "questionnaires/firearms-protocol/examples/03-early-draft.yaml",
    ]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
}

#[test]
fn an_answer_set_for_another_questionnaire_is_rejected() {
    // Its questionnaire is not in the library (only the built-in one is, here).
    let output = saq(&["validate", "tests/fixtures/mini/examples/valid.yaml"]);
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    assert!(String::from_utf8_lossy(&output.stderr).contains("unknown-questionnaire"));
    // Checked against another questionnaire on purpose.
    let output = saq(&[
        "validate",
        "-q",
        "questionnaires/firearms-protocol",
        "tests/fixtures/mini/examples/valid.yaml",
    ]);
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    assert!(String::from_utf8_lossy(&output.stderr).contains("wrong-questionnaire"));
}

#[test]
fn one_bad_file_does_not_hide_the_others() {
    let output = saq(&[
        "validate",
        "-q",
        "tests/fixtures/mini",
        "tests/inputs/answers/duplicate-key.yaml",
        "tests/fixtures/mini/examples/valid.yaml",
        "tests/inputs/answers/unknown-question.yaml",
    ]);
    assert_eq!(code(&output), 1);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("duplicate-key.yaml") && stderr.contains("unknown-question.yaml"),
        "{stderr}"
    );
    assert!(
        String::from_utf8_lossy(&output.stdout)
            .contains("ok: tests/fixtures/mini/examples/valid.yaml")
    );
}

#[test]
fn a_missing_file_is_an_io_error() {
    let output = saq(&["validate", "no/such/answers.yaml"]);
    assert_eq!(code(&output), 2, "{}", transcript(&output));
    insta::assert_snapshot!(transcript(&output));
}

#[test]
fn a_missing_questionnaire_folder_is_an_io_error() {
    let output = saq(&[
        "validate",
        "--questionnaire",
        "no/such/folder",
        "tests/fixtures/mini/examples/valid.yaml",
    ]);
    assert_eq!(code(&output), 2, "{}", transcript(&output));
}

#[test]
fn unknown_arguments_are_usage_errors() {
    let output = saq(&["validate", "--frobnicate"]);
    assert_eq!(code(&output), 2);
    let output = saq(&["no-such-command"]);
    assert_eq!(code(&output), 2);
}

#[test]
fn help_documents_the_exit_codes() {
    let output = saq(&["--help"]);
    assert_eq!(code(&output), 0);
    insta::assert_snapshot!(String::from_utf8_lossy(&output.stdout));
    let output = saq(&["validate", "--help"]);
    assert!(String::from_utf8_lossy(&output.stdout).contains("2  usage or I/O error"));
}

#[test]
fn schema_prints_json() {
    for format in ["instrument", "questionnaire", "answers"] {
        let output = saq(&["schema", format]);
        assert_eq!(code(&output), 0);
        let schema: serde_json::Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
        assert_eq!(
            schema["$schema"],
            "https://json-schema.org/draft/2020-12/schema"
        );
    }
    let _ = root();
}
