//! `saq init`: a new answer set listing every question, never replacing a file by accident.

use crate::support::{code, init_mini, mini, redact, root, saq, saq_in, transcript};

#[test]
fn init_writes_every_question_with_its_help() {
    let dir = tempfile::tempdir().unwrap();
    let output = saq_in(
        dir.path(),
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
    insta::assert_snapshot!("init_transcript", redact(&transcript(&output)));
    let written = std::fs::read_to_string(dir.path().join("answers.yaml")).unwrap();
    insta::assert_snapshot!("init_file", redact(&written));
}

#[test]
fn what_init_writes_validates_for_the_fixture_and_the_built_in_questionnaire() {
    let dir = tempfile::tempdir().unwrap();
    let path = init_mini(dir.path());
    let output = saq(&["validate", "-q", &mini(), path.to_str().unwrap()]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));

    let output = saq_in(
        dir.path(),
        &["init", "--state", "Coralia", "-o", "full.yaml"],
    );
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let output = saq_in(dir.path(), &["validate", "full.yaml"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let text = std::fs::read_to_string(dir.path().join("full.yaml")).unwrap();
    assert!(text.contains("\nstatus: draft\n"));
    assert!(text.contains(&format!("\ncreated: \"{}\"\n", crate::support::today())));
}

#[test]
fn an_existing_file_is_replaced_only_with_force() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("answers.yaml");
    std::fs::write(&path, "a morning's answers\n").unwrap();
    let output = saq_in(dir.path(), &["init", "--state", "Testland", "-q", &mini()]);
    assert_eq!(code(&output), 2, "{}", transcript(&output));
    insta::assert_snapshot!(transcript(&output));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "a morning's answers\n"
    );

    let output = saq_in(
        dir.path(),
        &["init", "--state", "Testland", "--force", "-q", &mini()],
    );
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("profile_industry:")
    );
}

#[test]
fn a_dash_writes_to_standard_output() {
    let output = saq(&["init", "--state", "Testland", "-q", &mini(), "-o", "-"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    assert!(String::from_utf8_lossy(&output.stdout).starts_with("# Answers of Testland"));
    assert!(!root().join("-").exists());
}

#[test]
fn bad_arguments_are_usage_errors() {
    let output = saq(&["init", "--state", "Testland", "--code", "xte", "-o", "-"]);
    assert_eq!(code(&output), 2, "{}", transcript(&output));
    assert!(String::from_utf8_lossy(&output.stderr).contains("is not a State code"));
    let output = saq(&["init", "--state", " ", "-o", "-"]);
    assert_eq!(code(&output), 2, "{}", transcript(&output));
    let output = saq(&["init", "-o", "-"]);
    assert_eq!(code(&output), 2, "{}", transcript(&output));
}

#[test]
fn a_state_name_with_control_characters_makes_a_valid_file() {
    let temp = tempfile::tempdir().unwrap();
    let name = "Evil\u{1b}[2J\u{202e}land";
    let output = saq_in(temp.path(), &["init", "--state", name, "-o", "a.yaml"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let text = std::fs::read_to_string(temp.path().join("a.yaml")).unwrap();
    let first = text.lines().next().unwrap();
    assert!(first.contains(r"Evil\u{1b}[2J\u{202e}land"), "{first}");
    assert!(
        !first.contains('\u{1b}'),
        "the comment holds no raw control character"
    );
    let validate = saq_in(temp.path(), &["validate", "a.yaml"]);
    assert_eq!(code(&validate), 0, "{}", transcript(&validate));
}

/// In another language, what was written and what to do next are said in it too; the commands
/// suggested stay as typed.
#[test]
fn init_in_another_language_says_so_in_it() {
    let dir = tempfile::tempdir().unwrap();
    crate::status::mini_in_french(dir.path());
    let output = saq_in(
        dir.path(),
        &["init", "--state", "Testland", "--lang", "fr", "-q", "mini"],
    );
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    insta::assert_snapshot!("init_transcript_fr", transcript(&output));
}

/// `--lang fr`: saq's own comments are in French — around the questions as the questionnaire's
/// translation has them (the mini questionnaire's French file is only started, so they are still
/// in English) — the keys and the values typed are unchanged, and the file validates.
#[test]
fn init_in_french_writes_its_comments_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("mini");
    std::fs::create_dir(&folder).unwrap();
    for name in ["instrument.yaml", "questionnaire.yaml"] {
        std::fs::copy(
            root().join("tests/fixtures/mini").join(name),
            folder.join(name),
        )
        .unwrap();
    }
    let output = saq_in(dir.path(), &["translate", "mini", "--lang", "fr"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let output = saq_in(
        dir.path(),
        &[
            "init", "--state", "Testland", "--code", "XTE", "-q", "mini", "--lang", "fr",
        ],
    );
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let written = std::fs::read_to_string(dir.path().join("answers.yaml")).unwrap();
    insta::assert_snapshot!("init_file_fr", redact(&written));
    let output = saq_in(dir.path(), &["validate", "-q", "mini", "answers.yaml"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
}
