//! The one output path: a closed pipe is success, and what comes from the user's files is shown,
//! never obeyed by the terminal.

use std::path::Path;
use std::process::{Command, Stdio};

use crate::support::{code, init_mini, mini, resealed_mini, saq_in, transcript};

/// Runs `saq` with `args` in `dir`, its standard output a pipe whose reader is already closed,
/// as when `saq … | head -1` has read its line; returns the exit code and standard error.
fn into_a_closed_pipe(dir: &Path, args: &[&str]) -> (i32, String) {
    let (reader, writer) = std::io::pipe().expect("a pipe");
    drop(reader);
    let output = Command::new(env!("CARGO_BIN_EXE_saq"))
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .expect("the saq binary runs");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    (code(&output), stderr)
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let dir = tempfile::tempdir().unwrap();
    init_mini(dir.path());
    for name in ["a.yaml", "b.yaml", "c.yaml"] {
        std::fs::copy(dir.path().join("answers.yaml"), dir.path().join(name)).unwrap();
    }
    let status = ["status", "-q", &mini(), "a.yaml", "b.yaml", "c.yaml"];
    let validate = ["validate", "-q", &mini(), "a.yaml", "b.yaml", "c.yaml"];
    let folder = crate::support::root().join("questionnaires/firearms-protocol");
    let folder = folder.to_str().unwrap();
    let cases: [&[&str]; 5] = [
        &status,
        &validate,
        &["validate", folder],
        &["status", "-q", &mini(), "--format", "json", "a.yaml"],
        &["schema", "answers"],
    ];
    for args in cases {
        let (exit, stderr) = into_a_closed_pipe(dir.path(), args);
        assert_eq!(exit, 0, "{args:?}\n{stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}\n{stderr}");
    }
}

#[test]
fn through_head_the_exit_code_is_saqs_own() {
    if Command::new("sh").arg("-c").arg("true").status().is_err() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    init_mini(dir.path());
    let saq = env!("CARGO_BIN_EXE_saq");
    // POSIX sh has no PIPESTATUS: saq's own exit code is written to a file.
    let script = format!(
        "{{ '{saq}' status -q '{mini}' answers.yaml answers.yaml answers.yaml; echo $? > status-exit; }} | head -1 >/dev/null; \
         {{ '{saq}' validate '{root}/questionnaires/firearms-protocol'; echo $? > validate-exit; }} | head -1 >/dev/null",
        mini = mini(),
        root = crate::support::root().display(),
    );
    let output = Command::new("sh")
        .arg("-c")
        .arg(&script)
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", transcript(&output));
    for file in ["status-exit", "validate-exit"] {
        let exit = std::fs::read_to_string(dir.path().join(file)).unwrap();
        assert_eq!(exit.trim(), "0", "{file}\n{}", transcript(&output));
    }
}

/// An answer set of the mini questionnaire whose State's name clears the screen (ESC [2J),
/// forges a link (OSC 8, ended by BEL) and reverses the text after it (RLO), then opens an
/// isolate (LRI).
fn hostile(dir: &Path) -> String {
    let valid = std::fs::read_to_string(format!("{}/examples/valid.yaml", mini())).unwrap();
    let text = valid.replacen(
        "  name: Republic of Testland\n",
        "  name: \"Amber\\e[2Jland\\e]8;;http://example.org/\\a\\u202eX\\u2066\"\n",
        1,
    );
    assert_ne!(text, valid);
    std::fs::write(dir.join("hostile.yaml"), resealed_mini(&text)).unwrap();
    "hostile.yaml".to_owned()
}

const SHOWN: &str = r"Amber\u{1b}[2Jland\u{1b}]8;;http://example.org/\u{7}\u{202e}X\u{2066}";

fn assert_inert(text: &str) {
    let raw: Vec<char> = text
        .chars()
        .filter(|&c| c != '\n' && saq_model::printable::is_unsafe(c))
        .collect();
    assert!(raw.is_empty(), "raw control characters {raw:?} in\n{text}");
}

#[test]
fn a_state_name_with_terminal_sequences_is_printed_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let file = hostile(dir.path());
    for args in [
        vec!["validate", "-q", &mini(), &file],
        vec!["status", "-q", &mini(), &file],
    ] {
        let output = saq_in(dir.path(), &args);
        let text = transcript(&output);
        assert_eq!(code(&output), 0, "{text}");
        assert_inert(&text);
        assert!(text.contains(SHOWN), "{args:?}\n{text}");
    }
    // JSON escapes them its own way, and keeps the name.
    let output = saq_in(
        dir.path(),
        &["status", "-q", &mini(), "--format", "json", &file],
    );
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_inert(&stdout);
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(
        json["files"][0]["state"]["name"],
        "Amber\u{1b}[2Jland\u{1b}]8;;http://example.org/\u{7}\u{202e}X\u{2066}"
    );
}

#[test]
fn a_diagnostic_quoting_a_hostile_line_shows_it_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let path = init_mini(dir.path());
    crate::support::answer(&path, "q_1_1", "\"\\e[2Jperhaps\\u202e\"");
    let output = saq_in(dir.path(), &["validate", "-q", &mini(), "answers.yaml"]);
    let text = transcript(&output);
    assert_eq!(code(&output), 1, "{text}");
    assert_inert(&text);
    assert!(text.contains(r"\u{1b}[2Jperhaps\u{202e}"), "{text}");
}
