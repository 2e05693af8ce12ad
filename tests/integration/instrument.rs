//! Any instrument: the engine assumes nothing of the Firearms Protocol. These tests run the
//! fictional Reef Protocol of `tests/fixtures/reef` (no parts, no clusters, no themes, an
//! assistance vocabulary and an example measure of its own) through the commands.

use std::path::{Path, PathBuf};

use crate::support::{code, root, saq, saq_in, transcript};

fn reef() -> PathBuf {
    root().join("tests/fixtures/reef")
}

fn example(name: &str) -> String {
    reef().join("examples").join(name).display().to_string()
}

/// `saq report` of one answer set of the reef questionnaire as JSON.
fn assessment(name: &str) -> serde_json::Value {
    let reef = reef().display().to_string();
    let output = saq(&["report", "-q", &reef, "--format", "json", &example(name)]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    serde_json::from_slice(&output.stdout).unwrap()
}

/// A copy of the reef questionnaire folder with its questionnaire edited.
fn reef_with(edit: impl FnOnce(String) -> String) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        reef().join("instrument.yaml"),
        dir.path().join("instrument.yaml"),
    )
    .unwrap();
    let text = std::fs::read_to_string(reef().join("questionnaire.yaml")).unwrap();
    let edited = edit(text.clone());
    assert_ne!(edited, text, "the edit applies");
    std::fs::write(dir.path().join("questionnaire.yaml"), edited).unwrap();
    dir
}

fn validate(dir: &Path) -> std::process::Output {
    saq(&["validate", dir.to_str().unwrap()])
}

#[test]
fn the_questionnaire_says_which_answers_mean_assistance_is_needed() {
    // `needed` and `urgently-needed` mean needed; `not-needed` does not.
    for (file, needed) in [
        ("atlantis.yaml", true),
        ("mu.yaml", true),
        ("lemuria.yaml", false),
    ] {
        let json = assessment(file);
        let article = &json["assistance"]["by_article"][0];
        assert_eq!(article["article"], 2, "{file}: {json}");
        assert_eq!(article["needed"], needed, "{file}: {article}");
    }
    // And the CSV of a State says so too.
    let reef = reef().display().to_string();
    let output = saq(&[
        "report",
        "-q",
        &reef,
        "--format",
        "csv",
        &example("mu.yaml"),
    ]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let csv = String::from_utf8_lossy(&output.stdout);
    assert!(!csv.contains("not needed"), "{csv}");
}

#[test]
fn assistance_choices_that_mean_nothing_are_refused() {
    let dir = reef_with(|q| q.replace("  assistance_needed: [needed, urgently-needed]\n", ""));
    let output = validate(dir.path());
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("error[assistance-vocabulary]"), "{stderr}");
    assert!(stderr.contains("questionnaire.yaml:"), "located: {stderr}");
    assert!(
        stderr.contains("assistance_needed: [\"needed\"]"),
        "{stderr}"
    );
}

#[test]
fn gaps_cluster_by_the_force_of_the_obligation_first() {
    // 2.2 ("shall consider") is not considered by all three States; 2.1 (mandatory) is not
    // implemented by one, 3.2 (conditional) partly by one. The mandatory gap comes first, then
    // the conditional one, then the most often reported.
    let out = tempfile::tempdir().unwrap();
    let reef = reef().display().to_string();
    let output = saq(&[
        "report",
        "-q",
        &reef,
        "--format",
        "json",
        "-o",
        out.path().to_str().unwrap(),
        &format!("{reef}/examples"),
    ]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let json: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(out.path().join("comparative.json")).unwrap(),
    )
    .unwrap();
    let order: Vec<(&str, u64)> = json["gap_clusters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            (
                g["provision"].as_str().unwrap(),
                g["states_with_gap"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(order, [("2.1", 1), ("3.2", 1), ("2.2", 3)], "{json}");
}

#[test]
fn an_instrument_without_parts_or_clusters_reports_only_what_it_has() {
    let reef = reef().display().to_string();
    for format in ["md", "html"] {
        let output = saq(&[
            "report",
            "-q",
            &reef,
            "--format",
            format,
            &example("lemuria.yaml"),
        ]);
        assert_eq!(code(&output), 0, "{}", transcript(&output));
        let report = String::from_utf8_lossy(&output.stdout);
        assert!(report.contains("Reef Protocol"), "{report}");
        for absent in ["cluster", "Cluster", "Firearms", "firearm", "Part "] {
            assert!(!report.contains(absent), "{format}: `{absent}` in {report}");
        }
    }
}

#[test]
fn an_obligation_assessed_only_by_questions_that_give_no_status_is_refused() {
    // The mandatory 2.1 assessed by a text question only.
    let dir = reef_with(|q| {
        q.replace(
            "        text: Does your country keep a register of its reefs?\n        kind: compliance\n",
            "        text: Does your country keep a register of its reefs?\n        kind: text\n",
        )
        .replace("when: q_2_1 in [\"yes\", \"partly\"]", "when: q_2_1 != \"\"")
    });
    let output = validate(dir.path());
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("error[no-status-for-provision]"),
        "{stderr}"
    );
    assert!(stderr.contains("`2.1`"), "{stderr}");
    assert!(stderr.contains("`q_2_1`"), "{stderr}");

    // The conditional 3.2 assessed by an answer that can only lower a status.
    let dir = reef_with(|q| {
        q.replace(
            "        provisions: [\"3.2\"]\n",
            "        provisions: [\"3.2\"]\n        lowers_to: partially-implemented\n",
        )
    });
    let output = validate(dir.path());
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("error[no-status-for-provision]"),
        "{stderr}"
    );
    assert!(stderr.contains("`3.2`"), "{stderr}");
}

#[test]
fn the_example_measure_comes_from_the_questionnaire() {
    let dir = tempfile::tempdir().unwrap();
    let reef = reef().display().to_string();
    let output = saq_in(
        dir.path(),
        &["init", "-q", &reef, "--state", "Atlantis", "-o", "a.yaml"],
    );
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let text = std::fs::read_to_string(dir.path().join("a.yaml")).unwrap();
    assert!(text.contains("title: Reef Conservation Act 2011"), "{text}");
    assert!(!text.contains("Firearms"), "{text}");
}

#[test]
fn templates_travel_with_their_questionnaire() {
    let dir = reef_with(|q| {
        q.replace(
            "title: Reef Protocol questionnaire",
            "title: Reef questionnaire",
        )
    });
    std::fs::create_dir(dir.path().join("templates")).unwrap();
    std::fs::write(
        dir.path().join("templates/country.md.j2"),
        "# Reef report of {{ assessment.state.name }}\n",
    )
    .unwrap();
    let answers = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(example("lemuria.yaml"))
        .unwrap()
        .replace("status: submitted", "status: draft");
    std::fs::write(answers.path().join("lemuria.yaml"), text).unwrap();
    let file = answers.path().join("lemuria.yaml");
    let file = file.to_str().unwrap();
    let folder = dir.path().to_str().unwrap();
    // Found through the library, or given: the questionnaire's own country template.
    for args in [
        vec!["report", "--questionnaires", folder, file],
        vec!["report", "-q", folder, file],
    ] {
        let output = saq(&args);
        assert_eq!(code(&output), 0, "{}", transcript(&output));
        assert_eq!(
            String::from_utf8_lossy(&output.stdout),
            "# Reef report of Lemuria\n"
        );
    }
    // The others stay built in; `--templates` overrides both.
    let output = saq(&["report", "-q", folder, "--format", "html", file]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    assert!(String::from_utf8_lossy(&output.stdout).contains("<h1"));
    let output = saq(&[
        "report",
        "-q",
        folder,
        "--templates",
        root().join("templates").to_str().unwrap(),
        file,
    ]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    assert!(
        String::from_utf8_lossy(&output.stdout)
            .contains("# Lemuria: implementation of the Reef Protocol")
    );
}

#[test]
fn table_columns_use_the_shared_choice_sets() {
    // A table whose `need` column takes the questionnaire's shared `need` set.
    let table = "      - id: q_2_surveys
        text: Reef surveys made
        kind: table
        columns:
          - {id: year, label: Year, kind: number}
          - {id: need, label: Assistance, kind: choice, choice_set: need}
";
    let dir = reef_with(|q| {
        q.replace(
            "  - id: article_3\n",
            &format!("{table}  - id: article_3\n"),
        )
    });
    let output = validate(dir.path());
    assert_eq!(code(&output), 0, "{}", transcript(&output));

    let answers = tempfile::tempdir().unwrap();
    let base = std::fs::read_to_string(example("lemuria.yaml"))
        .unwrap()
        .replace("status: submitted", "status: draft");
    let write = |row: &str| {
        let path = answers.path().join("a.yaml");
        std::fs::write(&path, format!("{base}  q_2_surveys:\n    - {row}\n")).unwrap();
        saq(&[
            "validate",
            "-q",
            dir.path().to_str().unwrap(),
            path.to_str().unwrap(),
        ])
    };
    let output = write("{year: 2024, need: urgently-needed}");
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let output = write("{year: 2024, need: later}");
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("urgently-needed"),
        "{}",
        transcript(&output)
    );

    // An unknown set is a located error.
    let dir = reef_with(|q| {
        q.replace(
            "  - id: article_3\n",
            &format!(
                "{}  - id: article_3\n",
                table.replace("choice_set: need", "choice_set: needs")
            ),
        )
    });
    let output = validate(dir.path());
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("error[unknown-choice-set]"), "{stderr}");
    assert!(stderr.contains("did you mean"), "{stderr}");
}

#[test]
fn conditions_do_date_arithmetic() {
    // A report due within one year of a date answered earlier.
    let questions = "      - id: q_2_1_since
        text: Since when is the register kept?
        kind: date
      - id: q_2_1_report
        text: When was the first report on the register made?
        kind: date
        constraints:
          - check: value <= add_years(q_2_1_since, 1)
            message: the first report is due within one year of the register
";
    let dir = reef_with(|q| {
        q.replace(
            "      - id: q_2_1_measures\n",
            &format!("{questions}      - id: q_2_1_measures\n"),
        )
    });
    let output = validate(dir.path());
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let answers = tempfile::tempdir().unwrap();
    let base = std::fs::read_to_string(example("lemuria.yaml"))
        .unwrap()
        .replace("status: submitted", "status: draft");
    let check = |report: &str| {
        let path = answers.path().join("a.yaml");
        std::fs::write(
            &path,
            format!("{base}  q_2_1_since: 2024-02-29\n  q_2_1_report: {report}\n"),
        )
        .unwrap();
        saq(&[
            "validate",
            "-q",
            dir.path().to_str().unwrap(),
            path.to_str().unwrap(),
        ])
    };
    assert_eq!(code(&check("2025-02-28")), 0);
    let late = check("2025-03-01");
    assert_eq!(code(&late), 1, "{}", transcript(&late));
    assert!(String::from_utf8_lossy(&late.stderr).contains("due within one year"));
}

#[test]
fn the_reef_protocol_runs_through_the_commands_found_in_the_library() {
    // Only the library folder is given: every command finds reef-saq 1.0.0 in it.
    let library = root().join("tests/fixtures").display().to_string();
    let dir = tempfile::tempdir().unwrap();
    for name in ["atlantis.yaml", "mu.yaml"] {
        std::fs::copy(reef().join("examples").join(name), dir.path().join(name)).unwrap();
    }
    let run = |args: &[&str]| {
        let mut all = args.to_vec();
        all.extend(["--questionnaires", library.as_str()]);
        saq_in(dir.path(), &all)
    };
    for args in [
        vec!["validate", "atlantis.yaml", "mu.yaml"],
        vec!["status", "atlantis.yaml"],
        vec!["report", "--format", "json", "atlantis.yaml"],
        vec!["diff", "atlantis.yaml", "mu.yaml"],
    ] {
        let output = run(&args);
        assert_eq!(code(&output), 0, "{args:?}: {}", transcript(&output));
    }
    // A draft of it is submitted, then the batch reports both.
    let output = run(&[
        "init", "-q", "reef-saq", "--state", "Lemuria", "-o", "l.yaml",
    ]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let text = std::fs::read_to_string(dir.path().join("l.yaml")).unwrap();
    let answered = text
        .replace("\n  dredging:\n", "\n  dredging: \"no\"\n")
        .replace("\n  q_2_1:\n", "\n  q_2_1: \"yes\"\n")
        .replace("\n  q_2_2:\n", "\n  q_2_2: considered\n");
    std::fs::write(dir.path().join("l.yaml"), answered).unwrap();
    let output = run(&["submit", "l.yaml"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let output = run(&["report", "-o", "out", "."]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    assert!(dir.path().join("out/comparative.md").is_file());
}
