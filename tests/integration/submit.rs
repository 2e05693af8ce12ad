//! `saq submit`, and `saq validate` on what it writes: a set edited after submission is caught.

use crate::support::{answer, code, init_mini, mini, redact, saq_in, today, transcript};

#[test]
fn an_incomplete_set_is_not_submitted() {
    let dir = tempfile::tempdir().unwrap();
    let path = init_mini(dir.path());
    answer(&path, "profile_industry", "\"yes\"");
    let before = std::fs::read_to_string(&path).unwrap();
    let output = saq_in(dir.path(), &["submit", "-q", &mini(), "answers.yaml"]);
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    insta::assert_snapshot!(redact(&transcript(&output)));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
}

#[test]
fn submission_marks_the_set_and_validate_detects_later_edits() {
    let dir = tempfile::tempdir().unwrap();
    let path = init_mini(dir.path());
    answer(&path, "profile_industry", "\"yes\"");
    answer(&path, "q_1_1", "\"yes\"");
    answer(&path, "q_2_1", "\"no\"   # checked with the ministry");
    let before = std::fs::read_to_string(&path).unwrap();
    let output = saq_in(dir.path(), &["submit", "-q", &mini(), "answers.yaml"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    insta::assert_snapshot!("submit_transcript", redact(&transcript(&output)));

    // Edited in place: three header lines, and nothing else (comments included) changes.
    let after = std::fs::read_to_string(&path).unwrap();
    let without_digest: String = after
        .split_inclusive('\n')
        .filter(|line| !line.starts_with("digest: \"sha256:"))
        .collect();
    assert_eq!(
        without_digest,
        before.replace(
            "status: draft\n",
            &format!("status: submitted\nsubmitted: \"{}\"\n", today())
        )
    );
    assert_eq!(after.lines().count(), before.lines().count() + 2);
    assert!(after.contains("# checked with the ministry"));

    let output = saq_in(dir.path(), &["validate", "-q", &mini(), "answers.yaml"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));

    // Comments and layout are not content: the digest still matches.
    std::fs::write(
        &path,
        after.replace("# checked with the ministry", "# checked twice"),
    )
    .unwrap();
    let output = saq_in(dir.path(), &["validate", "-q", &mini(), "answers.yaml"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));

    // A second submission changes nothing.
    let output = saq_in(dir.path(), &["submit", "-q", &mini(), "answers.yaml"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    assert!(String::from_utf8_lossy(&output.stdout).contains("already submitted"));

    // An answer changed afterwards is.
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace("  q_2_1: \"no\"", "  q_2_1: \"yes\"")).unwrap();
    let output = saq_in(dir.path(), &["validate", "-q", &mini(), "answers.yaml"]);
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    insta::assert_snapshot!("submit_edited_afterwards", redact(&transcript(&output)));

    // Back to draft, the set can be submitted again.
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace("status: submitted", "status: draft")).unwrap();
    let output = saq_in(dir.path(), &["submit", "-q", &mini(), "answers.yaml"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let output = saq_in(dir.path(), &["validate", "-q", &mini(), "answers.yaml"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
}

#[test]
fn deleting_the_digest_line_does_not_hide_an_edit() {
    let dir = tempfile::tempdir().unwrap();
    let path = init_mini(dir.path());
    answer(&path, "profile_industry", "\"yes\"");
    answer(&path, "q_1_1", "\"yes\"");
    answer(&path, "q_2_1", "\"no\"");
    let output = saq_in(dir.path(), &["submit", "-q", &mini(), "answers.yaml"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let text = std::fs::read_to_string(&path).unwrap();
    let edited: String = text
        .replace("  q_2_1: \"no\"", "  q_2_1: \"yes\"")
        .split_inclusive('\n')
        .filter(|line| !line.starts_with("digest:"))
        .collect();
    assert_ne!(edited, text);
    std::fs::write(&path, edited).unwrap();
    let output = saq_in(dir.path(), &["validate", "-q", &mini(), "answers.yaml"]);
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("error[missing-digest]"), "{stderr}");
    assert!(stderr.contains("answers.yaml:"), "located: {stderr}");
}

#[test]
fn a_set_with_problems_is_not_submitted() {
    let dir = tempfile::tempdir().unwrap();
    let path = init_mini(dir.path());
    answer(&path, "profile_industry", "\"perhaps\"");
    let output = saq_in(dir.path(), &["submit", "-q", &mini(), "answers.yaml"]);
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    assert!(
        String::from_utf8_lossy(&output.stderr)
            .contains("cannot be submitted: fix the problems above first")
    );
}

/// The answers say they are written in French: `saq submit` says what it did in French, the
/// date as French writes it, the commands it suggests as typed.
#[test]
fn submit_speaks_the_language_the_answers_are_written_in() {
    let dir = tempfile::tempdir().unwrap();
    let path = init_mini(dir.path());
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replacen("\nstate:\n", "\nlanguage: fr\nstate:\n", 1),
    )
    .unwrap();
    answer(&path, "profile_industry", "\"yes\"");
    answer(&path, "q_1_1", "\"yes\"");
    answer(&path, "q_2_1", "\"no\"");
    let french_today = saq_i18n::Catalogs::builtin()
        .unwrap()
        .date("fr", &today())
        .unwrap();
    let output = saq_in(dir.path(), &["submit", "-q", &mini(), "answers.yaml"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    insta::assert_snapshot!(
        "submit_transcript_fr",
        redact(&transcript(&output).replace(&french_today, "<today>"))
    );

    let output = saq_in(dir.path(), &["submit", "-q", &mini(), "answers.yaml"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.starts_with(&format!(
            "answers.yaml a déjà été soumis (le {french_today})\u{202f}; il n'y a rien à faire\n"
        )),
        "{stdout}"
    );
}
