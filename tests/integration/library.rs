//! The questionnaire library: every command finds the questionnaire an answer set names in the
//! built-in questionnaire, the folders of `--questionnaires DIR` and those of
//! `SAQ_QUESTIONNAIRES`; `--questionnaire DIR` only overrides. `tests/fixtures` is the library
//! folder (it holds `mini`, mini-saq 1.0.0, and `forces`, forces-saq 1.0.0).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::support::{answer, code, redact, root, saq, saq_in, today, transcript};

const VALID: &str = "tests/fixtures/mini/examples/valid.yaml";
const AMBERLAND: &str = "questionnaires/firearms-protocol/examples/01-full-implementation.yaml";
const BOREALIS: &str = "questionnaires/firearms-protocol/examples/02-partial-implementation.yaml";

/// Runs `saq` in `dir` with `SAQ_QUESTIONNAIRES` set to `library`.
fn saq_with_variable(dir: &Path, library: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_saq"))
        .args(args)
        .current_dir(dir)
        .stdin(std::process::Stdio::null())
        .env("NO_COLOR", "1")
        .env("SAQ_QUESTIONNAIRES", library)
        .output()
        .expect("the saq binary runs")
}

fn fixtures() -> String {
    root().join("tests/fixtures").display().to_string()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A copy of the mini fixture's valid answer set, made a draft again and with `q_1_1_cases`
/// unanswered, in a fresh folder: something to fill, submit and compare.
fn draft_in(dir: &Path) -> PathBuf {
    let text = std::fs::read_to_string(root().join(VALID)).unwrap();
    let mut draft = String::new();
    for line in text.lines() {
        if line.starts_with("submitted:") || line.starts_with("digest:") {
            continue;
        }
        let line = if line.starts_with("  q_1_1_cases:") {
            "  q_1_1_cases:"
        } else {
            line
        };
        draft.push_str(&line.replace("status: submitted", "status: draft"));
        draft.push('\n');
    }
    let path = dir.join("draft.yaml");
    std::fs::write(&path, draft).unwrap();
    path
}

#[test]
fn every_command_finds_the_mini_questionnaire_through_questionnaires() {
    let lib = ["--questionnaires", "tests/fixtures"];
    let run = |args: &[&str]| {
        let mut all = args.to_vec();
        all.extend(lib);
        saq(&all)
    };
    let output = run(&["validate", VALID]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    assert!(stdout(&output).contains("ok: tests/fixtures/mini/examples/valid.yaml"));

    let output = run(&["status", VALID]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    assert!(
        stdout(&output).contains("Article 1 · Criminalization"),
        "{}",
        stdout(&output)
    );

    let output = run(&["report", VALID]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    assert!(stdout(&output).contains("Republic of Testland"));

    let output = run(&["diff", VALID, VALID]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    assert!(
        stdout(&output).contains("Mini Protocol"),
        "{}",
        stdout(&output)
    );

    // Already submitted: nothing to do, and said so.
    let output = run(&["submit", VALID]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    assert!(stdout(&output).contains("already submitted"));

    // Without a terminal, fill stops at once and its advice carries the library folder.
    let output = run(&["fill", VALID]);
    assert_eq!(code(&output), 2, "{}", transcript(&output));
    assert!(
        stderr(&output).contains(&format!(
            "`saq status {VALID} --questionnaires tests/fixtures`"
        )),
        "{}",
        stderr(&output)
    );
}

#[test]
fn every_command_finds_the_mini_questionnaire_through_the_variable() {
    let dir = tempfile::tempdir().unwrap();
    let draft = draft_in(dir.path());
    let draft = draft.to_str().unwrap();
    let valid = root().join(VALID);
    let valid = valid.to_str().unwrap();
    let library = fixtures();
    let run = |args: &[&str]| saq_with_variable(dir.path(), &library, args);

    let output = run(&["validate", valid, draft]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let output = run(&["status", draft]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    // A folder of the variable needs no option in the commands suggested.
    assert!(
        stdout(&output).contains(&format!("(`saq submit {draft}`)")),
        "{}",
        stdout(&output)
    );
    let output = run(&["report", "-o", "out", valid, draft]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    assert!(dir.path().join("out/comparative.md").is_file());
    let output = run(&["diff", valid, draft]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let output = run(&["fill", draft]);
    assert_eq!(code(&output), 2, "{}", transcript(&output));
    let output = run(&["submit", draft]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    assert!(
        stdout(&output).contains("submitted"),
        "{}",
        transcript(&output)
    );
    assert!(
        stdout(&output).contains(&format!("`saq validate {draft}` reports any change")),
        "{}",
        stdout(&output)
    );
    let output = run(&["validate", draft]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));

    // Folders are separated as in PATH; empty elements and missing folders are harmless.
    let joined = std::env::join_paths([
        dir.path().join("nowhere"),
        PathBuf::new(),
        root().join("tests/fixtures/forces"),
        root().join("tests/fixtures/mini"),
    ])
    .unwrap();
    let output = saq_with_variable(dir.path(), joined.to_str().unwrap(), &["validate", valid]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
}

#[test]
fn a_builtin_example_needs_nothing_even_beside_a_broken_library_folder() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("lib/broken");
    std::fs::create_dir_all(&broken).unwrap();
    std::fs::write(broken.join("questionnaire.yaml"), "id: \"unterminated\n").unwrap();
    let library = dir.path().join("lib").display().to_string();
    for args in [
        vec!["validate", AMBERLAND],
        vec!["status", AMBERLAND],
        vec!["report", AMBERLAND],
        vec!["diff", BOREALIS, "tests/inputs/diff/borealis-2027.yaml"],
    ] {
        let output = saq_with_variable(&root(), &library, &args);
        assert_eq!(code(&output), 0, "{args:?}: {}", transcript(&output));
        assert!(
            stderr(&output).is_empty(),
            "{args:?}: {}",
            transcript(&output)
        );
    }
    // The broken folder is reported where it matters: in `saq list`, and when nothing matches.
    let output = saq_with_variable(&root(), &library, &["list"]);
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    assert!(
        stderr(&output).contains("broken/questionnaire.yaml"),
        "{}",
        stderr(&output)
    );
    let output = saq_with_variable(&root(), &library, &["validate", VALID]);
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    assert!(
        stderr(&output).contains("1 folder cannot be used") && stderr(&output).contains("saq list"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn no_questionnaire_in_the_library_is_a_located_error_that_lists_what_there_is() {
    let output = saq(&[
        "validate",
        "--questionnaires",
        "tests/fixtures/forces",
        VALID,
    ]);
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    insta::assert_snapshot!("library_no_match", transcript(&output));

    // The same id in another version: located at `version:`, naming the versions there are.
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(root().join(VALID)).unwrap();
    std::fs::write(
        dir.path().join("next.yaml"),
        text.replace("version: 1.0.0", "version: 1.1.0"),
    )
    .unwrap();
    // (Only the mini folder: the snapshot lists the library, and the fixtures may grow.)
    let lib = root().join("tests/fixtures/mini").display().to_string();
    let output = saq_in(
        dir.path(),
        &["status", "--questionnaires", &lib, "next.yaml"],
    );
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    insta::assert_snapshot!(
        "library_other_version",
        transcript(&output).replace(&lib, "<mini>")
    );
}

#[test]
fn status_prints_no_table_for_answers_whose_questionnaire_it_does_not_have() {
    let output = saq(&["status", VALID]);
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    assert!(
        !stdout(&output).contains("all sections"),
        "{}",
        stdout(&output)
    );
    assert!(
        stdout(&output).contains("not checked: its questionnaire is not in the library"),
        "{}",
        stdout(&output)
    );
    assert!(stderr(&output).contains("error[unknown-questionnaire]"));
    assert!(!stderr(&output).contains("wrong-questionnaire"));

    let output = saq(&["status", "--format", "json", VALID]);
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["files"][0]["sections"], serde_json::json!([]));
    assert_eq!(
        json["files"][0]["diagnostics"][0]["code"],
        "unknown-questionnaire"
    );
}

#[test]
fn the_hints_of_init_carry_the_library_folder_and_work() {
    let dir = tempfile::tempdir().unwrap();
    let library = fixtures();
    let output = saq_in(
        dir.path(),
        &[
            "init",
            "--state",
            "Testland",
            "--questionnaires",
            &library,
            "-q",
            "mini-saq",
        ],
    );
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let printed = stdout(&output);
    assert!(printed.contains("to mini-saq 1.0.0"), "{printed}");
    // Each command suggested, run as printed.
    let mut commands = Vec::new();
    for part in printed.split('`').skip(1).step_by(2) {
        commands.push(shell_words::split(part).unwrap());
    }
    assert_eq!(commands.len(), 3, "{printed}");
    for words in &commands {
        assert!(words.contains(&"--questionnaires".to_owned()), "{words:?}");
    }
    let status = &commands[1];
    assert_eq!(status[..2], ["saq", "status"]);
    let args: Vec<&str> = status[1..].iter().map(String::as_str).collect();
    let output = saq_in(dir.path(), &args);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    assert!(
        stdout(&output).contains("blocks submission"),
        "{}",
        stdout(&output)
    );
    // Its own hint works too: submit refuses, and its advice names the library folder.
    let submit = &commands[2];
    let args: Vec<&str> = submit[1..].iter().map(String::as_str).collect();
    let output = saq_in(dir.path(), &args);
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    assert!(
        stderr(&output).contains(&format!(
            "`saq fill answers.yaml --questionnaires {library} --from profile_industry`"
        )),
        "{}",
        stderr(&output)
    );

    // Once the answers are written, the submit that status suggests submits them.
    let path = dir.path().join("answers.yaml");
    answer(&path, "profile_industry", "\"no\"");
    answer(&path, "q_1_1", "\"yes\"");
    let output = saq_in(
        dir.path(),
        &["status", "answers.yaml", "--questionnaires", &library],
    );
    let printed = stdout(&output);
    let suggested = printed
        .split('`')
        .nth(1)
        .unwrap_or_else(|| panic!("no command in {printed}"));
    let words = shell_words::split(suggested).unwrap();
    assert_eq!(words[..2], ["saq", "submit"], "{printed}");
    let args: Vec<&str> = words[1..].iter().map(String::as_str).collect();
    let output = saq_in(dir.path(), &args);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains(&format!("submitted: \"{}\"", today()))
    );
}

#[test]
fn init_takes_a_folder_or_an_id_of_the_library() {
    let dir = tempfile::tempdir().unwrap();
    let library = fixtures();
    // A folder found through the variable needs nothing later.
    let output = saq_with_variable(
        dir.path(),
        &library,
        &[
            "init",
            "--state",
            "A",
            "-q",
            "forces-saq@1.0.0",
            "-o",
            "a.yaml",
        ],
    );
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    assert!(
        stdout(&output).contains("`saq fill a.yaml` to be asked"),
        "{}",
        stdout(&output)
    );
    // A folder given as a path is carried as --questionnaire, and still works.
    let forces = root().join("tests/fixtures/forces");
    let output = saq_in(
        dir.path(),
        &[
            "init",
            "--state",
            "B",
            "-q",
            forces.to_str().unwrap(),
            "-o",
            "b.yaml",
        ],
    );
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    assert!(
        stdout(&output).contains(&format!(
            "`saq status b.yaml --questionnaire {}`",
            forces.display()
        )),
        "{}",
        stdout(&output)
    );
    let text = std::fs::read_to_string(dir.path().join("b.yaml")).unwrap();
    assert!(text.contains("questionnaire: forces-saq\n"), "{text}");
    // An id the library does not hold: a usage error that lists what it holds.
    let output = saq_in(
        dir.path(),
        &["init", "--state", "C", "-q", "mini-saq@9.0.0"],
    );
    assert_eq!(code(&output), 2, "{}", transcript(&output));
    assert!(stderr(&output).contains("no questionnaire `mini-saq@9.0.0`"));
    assert!(
        stderr(&output).contains("firearms-protocol-saq"),
        "{}",
        stderr(&output)
    );
    assert!(!dir.path().join("answers.yaml").exists());
}

#[test]
fn validate_checks_each_answer_set_against_its_own_questionnaire() {
    let output = saq(&[
        "validate",
        "--questionnaires",
        "tests/fixtures",
        AMBERLAND,
        VALID,
        "--format",
        "json",
    ]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let states: Vec<&str> = json["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["summary"]["state"].as_str().unwrap())
        .collect();
    assert_eq!(states, ["Republic of Amberland", "Republic of Testland"]);

    // --questionnaire overrides: every set against that folder, as before.
    let output = saq(&[
        "validate",
        "-q",
        "tests/fixtures/mini",
        "--questionnaires",
        "tests/fixtures",
        AMBERLAND,
    ]);
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    assert!(stderr(&output).contains("error[wrong-questionnaire]"));
    assert!(
        stderr(&output).contains("leave out --questionnaire"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_batch_of_several_questionnaires_gets_one_folder_of_views_per_questionnaire() {
    let dir = tempfile::tempdir().unwrap();
    let answers = dir.path().join("answers");
    std::fs::create_dir_all(&answers).unwrap();
    for example in [AMBERLAND, BOREALIS, VALID] {
        let from = root().join(example);
        std::fs::copy(&from, answers.join(from.file_name().unwrap())).unwrap();
    }
    let output = saq_in(
        dir.path(),
        &[
            "report",
            "-o",
            "out",
            "answers",
            "--questionnaires",
            &fixtures(),
        ],
    );
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    insta::assert_snapshot!("library_batch_by_questionnaire", transcript(&output));
    let out = dir.path().join("out");
    let firearms = out.join("firearms-protocol-saq-2.0.0");
    for name in [
        "01-full-implementation.md",
        "02-partial-implementation.md",
        "index.md",
        "comparative.md",
    ] {
        assert!(firearms.join(name).is_file(), "{name}");
    }
    let mini = out.join("mini-saq-1.0.0");
    for name in ["valid.md", "index.md", "comparative.md"] {
        assert!(mini.join(name).is_file(), "{name}");
    }
    // No view mixes them: each counts its own answer sets only.
    let comparative = std::fs::read_to_string(mini.join("comparative.md")).unwrap();
    assert!(comparative.contains("Mini Protocol"), "{comparative}");
    assert!(!comparative.contains("Firearms"), "{comparative}");
    let index = std::fs::read_to_string(firearms.join("index.md")).unwrap();
    assert!(!index.contains("Testland"), "{index}");
    assert!(!out.join("index.md").exists());

    // One questionnaire: the folder as ever, and a set whose questionnaire is missing is listed
    // in its index.
    let output = saq_in(
        dir.path(),
        &[
            "report",
            "-o",
            "one",
            "answers/01-full-implementation.yaml",
            "answers/valid.yaml",
        ],
    );
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    let index = std::fs::read_to_string(dir.path().join("one/index.md")).unwrap();
    assert!(index.contains("answers/valid.yaml"), "{index}");
    assert!(
        index.contains("not in the questionnaire library"),
        "{index}"
    );
}

#[test]
fn diff_compares_answer_sets_of_one_questionnaire_only() {
    let output = saq(&[
        "diff",
        "--questionnaires",
        "tests/fixtures",
        VALID,
        AMBERLAND,
    ]);
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    insta::assert_snapshot!("library_diff_of_two_questionnaires", transcript(&output));

    // Two versions of one questionnaire are compared, each against its own, with a warning.
    let dir = tempfile::tempdir().unwrap();
    let next = dir.path().join("mini-next");
    std::fs::create_dir_all(&next).unwrap();
    for file in ["instrument.yaml", "questionnaire.yaml"] {
        let text = std::fs::read_to_string(root().join("tests/fixtures/mini").join(file)).unwrap();
        std::fs::write(
            next.join(file),
            text.replace("version: 1.0.0", "version: 1.1.0"),
        )
        .unwrap();
    }
    let text = std::fs::read_to_string(root().join(VALID)).unwrap();
    let text = text.replace("version: 1.0.0", "version: 1.1.0");
    std::fs::write(
        dir.path().join("later.yaml"),
        crate::support::resealed_with(&text, &next),
    )
    .unwrap();
    let output = saq_in(
        dir.path(),
        &[
            "diff",
            "--questionnaires",
            &fixtures(),
            "--questionnaires",
            "mini-next",
            root().join(VALID).to_str().unwrap(),
            "later.yaml",
            "--format",
            "json",
        ],
    );
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["old"]["questionnaire"]["version"], "1.0.0");
    assert_eq!(json["new"]["questionnaire"]["version"], "1.1.0");
}

#[test]
fn list_shows_the_library_and_its_problems() {
    let dir = tempfile::tempdir().unwrap();
    let lib = dir.path().join("lib");
    for name in ["instrument.yaml", "questionnaire.yaml"] {
        std::fs::create_dir_all(lib.join("mini")).unwrap();
        std::fs::copy(
            root().join("tests/fixtures/mini").join(name),
            lib.join("mini").join(name),
        )
        .unwrap();
    }
    std::fs::create_dir_all(lib.join("half")).unwrap();
    std::fs::write(
        lib.join("half/questionnaire.yaml"),
        "format_version: 1\nid: half-saq\nversion: 0.1.0\n",
    )
    .unwrap();
    let output = saq_in(dir.path(), &["list", "--questionnaires", "lib"]);
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    insta::assert_snapshot!("library_list", redact(&transcript(&output)));

    let output = saq_in(
        dir.path(),
        &["list", "--questionnaires", "lib/mini", "--format", "json"],
    );
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let listed = json["questionnaires"].as_array().unwrap();
    assert_eq!(listed.len(), 2);
    assert_eq!(listed[0]["folder"], "<built-in>/firearms-protocol");
    assert_eq!(listed[0]["origin"], "built-in");
    assert_eq!(listed[1]["id"], "mini-saq");
    assert_eq!(listed[1]["version"], "1.0.0");
    assert_eq!(listed[1]["instrument"], "Mini Protocol");
    assert_eq!(listed[1]["languages"], serde_json::json!(["en"]));
    assert_eq!(listed[1]["clusters"][0]["id"], "I");
    assert_eq!(listed[1]["folder"], "lib/mini");
    assert_eq!(listed[1]["origin"], "command-line");
    assert_eq!(listed[1]["problems"], serde_json::json!([]));
}

#[test]
fn a_questionnaire_with_problems_stops_only_the_answer_sets_that_need_it() {
    let dir = tempfile::tempdir().unwrap();
    let lib = dir.path().join("lib/mini");
    std::fs::create_dir_all(&lib).unwrap();
    let questionnaire =
        std::fs::read_to_string(root().join("tests/fixtures/mini/questionnaire.yaml")).unwrap();
    std::fs::write(lib.join("questionnaire.yaml"), questionnaire).unwrap();
    // No instrument.yaml: the header is found, the questionnaire cannot be loaded.
    let valid = root().join(VALID);
    let amberland = root().join(AMBERLAND);
    let output = saq_in(
        dir.path(),
        &[
            "status",
            "--questionnaires",
            "lib",
            valid.to_str().unwrap(),
            amberland.to_str().unwrap(),
        ],
    );
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    assert!(
        stderr(&output).contains("lib/mini/instrument.yaml"),
        "{}",
        stderr(&output)
    );
    assert!(stderr(&output).contains("error[questionnaire-has-problems]"));
    assert!(stdout(&output).contains("not checked: its questionnaire has problems"));
    assert!(stdout(&output).contains("answers of Republic of Amberland"));
}

#[cfg(unix)]
#[test]
fn fill_finds_the_questionnaire_in_the_library_and_its_next_step_carries_the_folder() {
    use rexpect::process::WaitStatus;
    use rexpect::session::spawn_command;

    let dir = tempfile::tempdir().unwrap();
    draft_in(dir.path());
    let library = fixtures();
    let mut command = Command::new(env!("CARGO_BIN_EXE_saq"));
    command
        .args(["fill", "draft.yaml", "--questionnaires", &library])
        .current_dir(dir.path())
        .env("NO_COLOR", "1")
        .env_remove("SAQ_QUESTIONNAIRES")
        .env_remove("VISUAL")
        .env_remove("EDITOR");
    let mut session =
        spawn_command(command, Some(20_000)).expect("saq fill starts in a pseudo-terminal");
    session
        .exp_string("How many cases were prosecuted last year?")
        .unwrap();
    session.send_line("12").unwrap();
    session
        .exp_string("Has your country considered further offences?")
        .unwrap();
    session.send_line("/quit").unwrap();
    session.exp_string("Saved draft.yaml").unwrap();
    session
        .exp_string(&format!(
            "Next: `saq submit draft.yaml --questionnaires {library}` submits the answers."
        ))
        .unwrap();
    session.exp_eof().unwrap();
    match session.process().wait().unwrap() {
        WaitStatus::Exited(_, 0) => {}
        other => panic!("saq fill ended with {other:?}"),
    }
    let text = std::fs::read_to_string(dir.path().join("draft.yaml")).unwrap();
    assert!(text.contains("  q_1_1_cases: 12\n"), "{text}");
}
