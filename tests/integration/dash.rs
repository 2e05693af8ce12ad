//! `-` as a file name: `saq init -o -` writes the new answer set to standard output instead of a
//! file. (No command reads an answer set from standard input: `-` elsewhere is a file name.)

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use crate::support::{code, saq_in, transcript};

#[test]
fn init_to_standard_output_prints_what_it_would_write_and_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    // A file named `-` is left alone: `-` means standard output.
    std::fs::write(dir.path().join("-"), "mine\n").unwrap();
    let args = ["init", "--state", "Testland", "--code", "XTE"];
    let printed = saq_in(dir.path(), &[&args[..], &["-o", "-"]].concat());
    assert_eq!(code(&printed), 0, "{}", transcript(&printed));
    assert!(printed.stderr.is_empty(), "{}", transcript(&printed));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("-")).unwrap(),
        "mine\n"
    );

    // Exactly the text `init` writes to a file: no message mixed into the document.
    let written = saq_in(dir.path(), &[&args[..], &["-o", "answers.yaml"]].concat());
    assert_eq!(code(&written), 0, "{}", transcript(&written));
    let file = std::fs::read_to_string(dir.path().join("answers.yaml")).unwrap();
    assert_eq!(String::from_utf8(printed.stdout).unwrap(), file);

    // And it is a valid answer set.
    let output = saq_in(dir.path(), &["validate", "answers.yaml"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
}

#[test]
fn init_to_a_closed_pipe_is_no_error() {
    // `saq init -o - | head -1`: the reader stops after one line of a 200 kB document.
    let mut child = Command::new(env!("CARGO_BIN_EXE_saq"))
        .args(["init", "--state", "Testland", "-o", "-"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.starts_with("# Answers of Testland"), "{first}");
    // The reader is gone: the rest of the document has nowhere to go.
    let output = child.wait_with_output().unwrap();
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    assert!(output.stderr.is_empty(), "{}", transcript(&output));
}
