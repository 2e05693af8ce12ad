//! Hostile inputs: what an answer set, a questionnaire or a templates folder can make saq do is
//! bounded — linear work in the answers, bounded expressions, fuel for templates, CSV cells
//! that stay text.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::{code, resealed, root, saq, transcript};

/// Runs `saq` with `args`, killing it after `limit`; the output, or a failure if it ran over.
fn saq_within(limit: Duration, args: &[&str]) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_saq"))
        .args(args)
        .current_dir(root())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .env("NO_COLOR", "1")
        .spawn()
        .expect("the saq binary runs");
    let start = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            return child.wait_with_output().unwrap();
        }
        if start.elapsed() > limit {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!("`saq {}` still ran after {limit:?}", args.join(" "));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The full-implementation example with `measures` more measures cited for one question, the
/// first numbered `from`.
fn with_measures(path: &Path, from: usize, measures: usize) {
    let text = std::fs::read_to_string(
        root().join("questionnaires/firearms-protocol/examples/01-full-implementation.yaml"),
    )
    .unwrap();
    let key = "\n  q_5_1_a_measures:\n";
    assert!(text.contains(key));
    let mut list = String::from(key);
    for i in from..from + measures {
        // One YAML value each: a file may hold 250,000.
        list.push_str(&format!("    - Generated Act {i}, section {i}\n"));
    }
    std::fs::write(path, resealed(&text.replacen(key, &list, 1))).unwrap();
}

#[test]
fn fifty_thousand_measures_report_and_diff_in_linear_time() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = (dir.path().join("old.yaml"), dir.path().join("new.yaml"));
    with_measures(&old, 0, 50_000);
    with_measures(&new, 25_000, 50_000);
    let out = dir.path().join("out");
    let limit = Duration::from_secs(60);
    for args in [
        vec!["report", "-f", "json", old.to_str().unwrap()],
        vec!["report", "-o", out.to_str().unwrap(), old.to_str().unwrap()],
        vec!["diff", old.to_str().unwrap(), new.to_str().unwrap()],
    ] {
        let output = saq_within(limit, &args);
        assert_eq!(code(&output), 0, "{}", transcript(&output));
    }
}

/// A copy of the mini fixture whose measures question has `when: EXPRESSION`.
fn mini_with_condition(expression: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let from = root().join("tests/fixtures/mini");
    let to = dir.path().join("mini");
    std::fs::create_dir_all(to.join("examples")).unwrap();
    for name in [
        "instrument.yaml",
        "questionnaire.yaml",
        "examples/valid.yaml",
    ] {
        std::fs::copy(from.join(name), to.join(name)).unwrap();
    }
    let path = to.join("questionnaire.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let condition = "        role: measures\n        when: q_1_1 in [\"yes\", \"partly\"]\n";
    assert!(text.contains(condition));
    std::fs::write(
        &path,
        text.replacen(
            condition,
            &format!("        role: measures\n        when: {expression}\n"),
            1,
        ),
    )
    .unwrap();
    dir
}

#[test]
fn hostile_expressions_are_located_errors_not_aborts() {
    for (expression, what) in [
        ("-".repeat(20_000) + "1", "characters long"),
        ("not ".repeat(200_000) + "q_1_1", "characters long"),
        ("-".repeat(500) + "1", "levels deep"),
        ("not ".repeat(200) + "q_1_1", "levels deep"),
    ] {
        let dir = mini_with_condition(&expression);
        let folder = dir.path().join("mini");
        let output = saq(&["validate", folder.to_str().unwrap()]);
        let text = transcript(&output);
        assert_eq!(code(&output), 1, "{text}");
        assert!(text.contains("error[expression-too-complex]"), "{text}");
        assert!(text.contains(what), "{text}");
        assert!(text.contains("questionnaire.yaml:43:15"), "{text}");
        assert!(text.contains("help: split it"), "{text}");
    }
}

#[test]
fn csv_cells_stay_text_whatever_the_separator() {
    let answers = tempfile::tempdir().unwrap();
    let example = std::fs::read_to_string(
        root().join("questionnaires/firearms-protocol/examples/01-full-implementation.yaml"),
    )
    .unwrap();
    for (file, name, code) in [
        ("x;=2+2.yaml", "Coralia;=1+1;", "XCO"),
        (
            "y,@SUM(1).yaml",
            "Dunmore, =HYPERLINK(\"https://example.org\");\t-3",
            "XDU",
        ),
    ] {
        let text = example
            .replacen("  code: XAM\n", &format!("  code: {code}\n"), 1)
            .replacen(
                "  name: Republic of Amberland\n",
                &format!("  name: {}\n", serde_json::to_string(name).unwrap()),
                1,
            )
            .replacen(
                "status: submitted\n",
                "disclosure: secretariat\nstatus: submitted\n",
                1,
            );
        std::fs::write(answers.path().join(file), resealed(&text)).unwrap();
    }
    let out = tempfile::tempdir().unwrap();
    let output = saq(&[
        "report",
        "--format",
        "csv",
        "--named",
        "-o",
        out.path().to_str().unwrap(),
        answers.path().to_str().unwrap(),
    ]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let mut checked = 0;
    for entry in std::fs::read_dir(out.path()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "csv") {
            continue;
        }
        let csv = std::fs::read_to_string(&path).unwrap();
        for separator in [';', ',', '\t'] {
            for line in csv.lines() {
                for cell in line.split(separator) {
                    let start = cell.trim_start_matches([' ', '"']);
                    assert!(
                        !start.starts_with(['=', '+', '-', '@', '\t', '\r']),
                        "{}: `{cell}` split on {separator:?} is a formula in\n{line}",
                        path.display()
                    );
                }
            }
        }
        checked += 1;
    }
    let named = std::fs::read_to_string(out.path().join("provisions-named.csv")).unwrap();
    assert!(named.contains("Coralia;'=1+1;"), "{named}");
    assert!(named.contains("Dunmore,' =HYPERLINK"), "{named}");
    assert!(checked >= 2, "the counts and the named view");
}

#[test]
fn a_runaway_template_runs_out_of_fuel() {
    let templates = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(root().join("templates")).unwrap() {
        let path = entry.unwrap().path();
        // The report templates only (`form/` holds the browser form's).
        if path.is_dir() {
            continue;
        }
        std::fs::copy(&path, templates.path().join(path.file_name().unwrap())).unwrap();
    }
    std::fs::write(
        templates.path().join("country.md.j2"),
        "# Report\n{% for a in range(100000) %}{% for b in range(100000) %}\
         {% for c in range(100000) %}{{ c }}{% endfor %}{% endfor %}{% endfor %}\n",
    )
    .unwrap();
    let output = saq_within(
        Duration::from_secs(60),
        &[
            "report",
            "--templates",
            templates.path().to_str().unwrap(),
            "questionnaires/firearms-protocol/examples/01-full-implementation.yaml",
        ],
    );
    let text = transcript(&output);
    assert_eq!(code(&output), 1, "{text}");
    assert!(text.contains("country.md.j2:2:"), "{text}");
    assert!(text.contains("ran out of fuel"), "{text}");
}
