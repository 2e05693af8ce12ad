//! `saq status`: per section, what is answered and what blocks submission.

use crate::support::{answer, code, init_mini, mini, redact, saq_in, transcript};

#[test]
fn status_of_a_draft_names_what_blocks_submission() {
    let dir = tempfile::tempdir().unwrap();
    let path = init_mini(dir.path());
    answer(&path, "profile_industry", "\"yes\"");
    answer(&path, "q_1_1", "\"no\"");
    let output = saq_in(dir.path(), &["status", "-q", &mini(), "answers.yaml"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    insta::assert_snapshot!("status_draft", redact(&transcript(&output)));

    let output = saq_in(
        dir.path(),
        &["status", "-q", &mini(), "--format", "json", "answers.yaml"],
    );
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    insta::assert_snapshot!(
        "status_draft_json",
        redact(&String::from_utf8_lossy(&output.stdout))
    );
}

#[test]
fn status_of_a_complete_set_says_it_can_be_submitted() {
    let dir = tempfile::tempdir().unwrap();
    let path = init_mini(dir.path());
    answer(&path, "profile_industry", "\"no\"");
    answer(&path, "q_1_1", "{unknown: \"the ministry has the file\"}");
    let output = saq_in(dir.path(), &["status", "-q", &mini(), "answers.yaml"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    insta::assert_snapshot!("status_ready", redact(&transcript(&output)));
}

#[test]
fn status_reports_problems_and_goes_on_with_the_other_files() {
    let dir = tempfile::tempdir().unwrap();
    let path = init_mini(dir.path());
    answer(&path, "q_1_1", "\"perhaps\"");
    std::fs::write(dir.path().join("broken.yaml"), "answers: [\n").unwrap();
    let valid = format!("{}/examples/valid.yaml", mini());
    let output = saq_in(
        dir.path(),
        &[
            "status",
            "-q",
            &mini(),
            "answers.yaml",
            "broken.yaml",
            "missing.yaml",
            &valid,
        ],
    );
    // A file that cannot be read at all is an I/O error, the worst outcome here.
    assert_eq!(code(&output), 2, "{}", transcript(&output));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("blocks submission: the file has 1 problem"),
        "{stdout}"
    );
    assert!(stdout.contains("broken.yaml: cannot be read"), "{stdout}");
    assert!(stdout.contains("submitted on 2026-02-01"), "{stdout}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("cannot read missing.yaml"), "{stderr}");

    let output = saq_in(dir.path(), &["status", "-q", &mini(), "answers.yaml"]);
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    let output = saq_in(
        dir.path(),
        &[
            "status",
            "-q",
            &mini(),
            "--format",
            "json",
            "answers.yaml",
            "broken.yaml",
        ],
    );
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["files"][0]["diagnostics"][0]["code"], "wrong-answer");
    assert_eq!(json["files"][1]["state"], serde_json::Value::Null);
    assert_eq!(json["files"][1]["ready_to_submit"], false);
}
