//! Signed submissions: `saq keygen`, `saq submit --sign`, `saq validate --public-key`. The
//! digest alone can be recomputed by whoever edits a file; the signature cannot.

use std::path::Path;
use std::process::{Command, Output};

use crate::support::{answer, code, init_mini, mini, resealed_mini, saq_in, transcript};

const PASSWORD: &str = "correct horse battery staple";

/// Runs `saq` in `dir` with the key password in the environment (there is no terminal here).
fn saq_with_password(dir: &Path, password: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_saq"))
        .args(args)
        .current_dir(dir)
        .stdin(std::process::Stdio::null())
        .env("NO_COLOR", "1")
        .env("SAQ_KEY_PASSWORD", password)
        .output()
        .expect("the saq binary runs")
}

/// A folder with a key pair `borealis.key`/`borealis.pub` and a complete draft `answers.yaml`.
fn keys_and_answers() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let output = saq_with_password(dir.path(), PASSWORD, &["keygen", "borealis"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let path = init_mini(dir.path());
    answer(&path, "profile_industry", "\"yes\"");
    answer(&path, "q_1_1", "\"yes\"");
    answer(&path, "q_2_1", "\"no\"");
    dir
}

fn submit_signed(dir: &Path) {
    let output = saq_with_password(
        dir,
        PASSWORD,
        &[
            "submit",
            "-q",
            &mini(),
            "answers.yaml",
            "--sign",
            "borealis.key",
        ],
    );
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    assert!(dir.join("answers.yaml.minisig").is_file());
}

fn validate(dir: &Path, keys: &[&str]) -> Output {
    let mini = mini();
    let mut args = vec!["validate", "-q", mini.as_str(), "answers.yaml"];
    for key in keys {
        args.extend(["--public-key", key]);
    }
    saq_in(dir, &args)
}

#[test]
fn a_signed_submission_verifies_with_the_public_key() {
    let dir = keys_and_answers();
    submit_signed(dir.path());
    let output = validate(dir.path(), &["borealis.pub"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("signed with key "), "{stdout}");
    assert!(stdout.contains("(borealis.pub)"), "{stdout}");

    // A folder of keys does as well, and the JSON says which key and what was signed.
    let output = saq_in(
        dir.path(),
        &[
            "validate",
            "-q",
            &mini(),
            "answers.yaml",
            "--public-key",
            ".",
            "--format",
            "json",
        ],
    );
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let answers = json["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["kind"] == "answers")
        .unwrap();
    let signature = &answers["signature"];
    assert_eq!(signature["file"], "answers.yaml.minisig", "{json}");
    assert!(
        signature["verified_with"]
            .as_str()
            .unwrap()
            .ends_with("borealis.pub")
    );
    let comment = signature["comment"].as_str().unwrap();
    assert!(comment.contains("Testland (XTE), submitted "), "{comment}");
    assert!(comment.contains("sha256:"), "{comment}");
}

#[test]
fn an_edit_resealed_with_a_new_digest_is_caught_by_the_signature() {
    let dir = keys_and_answers();
    submit_signed(dir.path());
    let path = dir.path().join("answers.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    // What anyone can do: change an answer and compute the digest again.
    let forged = resealed_mini(&text.replace("  q_2_1: \"no\"", "  q_2_1: \"yes\""));
    assert_ne!(forged, text);
    std::fs::write(&path, forged).unwrap();
    let output = validate(dir.path(), &[]);
    assert_eq!(
        code(&output),
        0,
        "the digest holds: {}",
        transcript(&output)
    );
    assert!(
        String::from_utf8_lossy(&output.stdout).contains("not checked"),
        "{}",
        transcript(&output)
    );
    let output = validate(dir.path(), &["borealis.pub"]);
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("error[bad-signature]"), "{stderr}");
    assert!(stderr.contains("answers.yaml:1:1"), "{stderr}");
    assert!(!String::from_utf8_lossy(&output.stdout).contains("ok: answers.yaml"));
}

#[test]
fn with_keys_given_a_submitted_set_must_be_signed_by_one_of_them() {
    let dir = keys_and_answers();
    let output = saq_in(dir.path(), &["submit", "-q", &mini(), "answers.yaml"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    assert_eq!(code(&validate(dir.path(), &[])), 0);
    let output = validate(dir.path(), &["borealis.pub"]);
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    assert!(String::from_utf8_lossy(&output.stderr).contains("error[missing-signature]"));

    // Signed afterwards, as it is; then checked against another State's key.
    let output = saq_with_password(
        dir.path(),
        PASSWORD,
        &[
            "submit",
            "-q",
            &mini(),
            "answers.yaml",
            "--sign",
            "borealis.key",
        ],
    );
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    assert!(String::from_utf8_lossy(&output.stdout).contains("signing it as it is"));
    assert_eq!(code(&validate(dir.path(), &["borealis.pub"])), 0);
    let output = saq_with_password(dir.path(), "x", &["keygen", "coralia"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let output = validate(dir.path(), &["coralia.pub"]);
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    assert!(String::from_utf8_lossy(&output.stderr).contains("error[unknown-signer]"));
}

#[test]
fn a_wrong_password_changes_nothing() {
    let dir = keys_and_answers();
    let path = dir.path().join("answers.yaml");
    let before = std::fs::read_to_string(&path).unwrap();
    let output = saq_with_password(
        dir.path(),
        "wrong",
        &[
            "submit",
            "-q",
            &mini(),
            "answers.yaml",
            "--sign",
            "borealis.key",
        ],
    );
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    assert!(String::from_utf8_lossy(&output.stderr).contains("the password is wrong"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
    assert!(!dir.path().join("answers.yaml.minisig").exists());
}

#[test]
fn keygen_never_replaces_a_key_and_needs_a_password_or_says_so() {
    let dir = keys_and_answers();
    let secret = std::fs::read(dir.path().join("borealis.key")).unwrap();
    let output = saq_with_password(dir.path(), PASSWORD, &["keygen", "borealis"]);
    assert_eq!(code(&output), 2, "{}", transcript(&output));
    assert_eq!(
        std::fs::read(dir.path().join("borealis.key")).unwrap(),
        secret
    );
    // No terminal, no SAQ_KEY_PASSWORD: refused, with the way out.
    let output = saq_in(dir.path(), &["keygen", "other"]);
    assert_eq!(code(&output), 2, "{}", transcript(&output));
    assert!(String::from_utf8_lossy(&output.stderr).contains("SAQ_KEY_PASSWORD"));
    assert!(!dir.path().join("other.key").exists());
    // An unencrypted key needs no password to sign.
    let output = saq_in(dir.path(), &["keygen", "other", "--no-password"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let output = saq_in(
        dir.path(),
        &[
            "submit",
            "-q",
            &mini(),
            "answers.yaml",
            "--sign",
            "other.key",
        ],
    );
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    assert_eq!(code(&validate(dir.path(), &["other.pub"])), 0);
}

#[test]
fn a_file_that_is_no_key_is_an_input_problem() {
    let dir = keys_and_answers();
    let output = validate(dir.path(), &["answers.yaml"]);
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("is not a minisign public key"),
        "{}",
        transcript(&output)
    );
    let output = saq_in(
        dir.path(),
        &[
            "submit",
            "-q",
            &mini(),
            "answers.yaml",
            "--sign",
            "borealis.pub",
        ],
    );
    assert_eq!(code(&output), 1, "{}", transcript(&output));
}
