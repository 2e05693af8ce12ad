//! Several instruments in one questionnaire: `tests/fixtures/ocean/` assesses the fictional Reef
//! Protocol and, through `also_assesses: [ocean]`, the provisions of the fictional Ocean
//! Convention the Protocol applies mutatis mutandis (`instruments/ocean.yaml`, named
//! `ocean:PROVISION`). The Convention's article 2 shares its number with the Protocol's own.

use std::path::{Path, PathBuf};

use crate::support::{code, root, saq, saq_in, transcript};

const OCEAN: &str = "tests/fixtures/ocean";
const ATLANTIS: &str = "tests/fixtures/ocean/examples/atlantis.yaml";

fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A copy of the fixture folder in `dir`, to edit.
fn copy_fixture(dir: &Path) -> PathBuf {
    let copy = dir.join("ocean");
    for sub in ["", "instruments", "examples"] {
        std::fs::create_dir_all(copy.join(sub)).unwrap();
    }
    for file in [
        "instrument.yaml",
        "questionnaire.yaml",
        "instruments/ocean.yaml",
        "examples/atlantis.yaml",
        "examples/lemuria.yaml",
    ] {
        std::fs::copy(root().join(OCEAN).join(file), copy.join(file)).unwrap();
    }
    copy
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{from} not in {}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

/// The 1-based line and column where `needle` starts in `path`.
fn position(path: &Path, needle: &str) -> (usize, usize) {
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .enumerate()
        .find_map(|(i, line)| line.find(needle).map(|c| (i + 1, c + 1)))
        .unwrap_or_else(|| panic!("{needle} not in {}", path.display()))
}

fn validate_json(dir: &Path) -> (i32, serde_json::Value) {
    let output = saq(&["validate", &dir.display().to_string(), "--format", "json"]);
    let json = serde_json::from_slice(&output.stdout).expect("validation JSON");
    (code(&output), json)
}

/// The diagnostics with `code` in a validation's JSON: (file, line, column, help).
fn diagnostics(json: &serde_json::Value, code: &str) -> Vec<(String, u64, u64, String)> {
    json["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["diagnostics"].as_array().unwrap())
        .filter(|d| d["code"] == code)
        .map(|d| {
            (
                d["file"].as_str().unwrap().to_owned(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
                d["help"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

#[test]
fn a_questionnaire_that_also_assesses_another_instrument_validates() {
    let output = saq(&["validate", OCEAN]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let out = stdout(&output);
    assert!(
        out.contains("for Reef Protocol: 2 articles, 3 provisions, 7 questions; also Ocean Convention: 2 articles, 3 provisions"),
        "{out}"
    );
    assert!(
        out.contains("ok: tests/fixtures/ocean/examples/atlantis.yaml"),
        "{out}"
    );
    // The other instrument's file, named alone, is checked with its questionnaire.
    let output = saq(&["validate", "tests/fixtures/ocean/instruments/ocean.yaml"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    assert!(
        stdout(&output).contains("also Ocean Convention"),
        "{}",
        transcript(&output)
    );
}

#[test]
fn a_bad_prefix_and_an_unknown_provision_are_located_errors() {
    let dir = tempfile::tempdir().unwrap();
    let copy = copy_fixture(dir.path());
    let questionnaire = copy.join("questionnaire.yaml");
    edit(&questionnaire, "[\"ocean:12.2\"]", "[\"sea:12.2\"]");
    edit(&questionnaire, "[\"ocean:2.1\"]", "[\"ocean:9.1\"]");
    let (exit, json) = validate_json(&copy);
    assert_eq!(exit, 1, "{json}");
    let file = questionnaire.display().to_string();

    let (line, column) = position(&questionnaire, "\"sea:12.2\"");
    let prefix = diagnostics(&json, "unknown-instrument");
    assert_eq!(prefix.len(), 1, "{json}");
    assert_eq!(
        (&prefix[0].0, prefix[0].1, prefix[0].2),
        (&file, line as u64, column as u64)
    );
    assert!(prefix[0].3.contains("`ocean`"), "{}", prefix[0].3);

    let (line, column) = position(&questionnaire, "\"ocean:9.1\"");
    let unknown = diagnostics(&json, "unknown-provision");
    assert_eq!(unknown.len(), 1, "{json}");
    assert_eq!(
        (&unknown[0].0, unknown[0].1, unknown[0].2),
        (&file, line as u64, column as u64)
    );
    assert!(
        unknown[0].3.contains("did you mean `ocean:2.1`?")
            && unknown[0].3.contains("instruments/ocean.yaml"),
        "{}",
        unknown[0].3
    );
    // The Convention's article 2(1) is mandatory and no longer assessed: coverage covers it.
    let uncovered = diagnostics(&json, "uncovered-provision");
    assert_eq!(uncovered.len(), 1, "{json}");
}

#[test]
fn a_missing_or_broken_instrument_file_is_a_located_error() {
    let dir = tempfile::tempdir().unwrap();
    let copy = copy_fixture(dir.path());
    let other = copy.join("instruments/ocean.yaml");
    let questionnaire = copy.join("questionnaire.yaml");

    // A mistake in the other instrument is reported in its own file.
    edit(&other, "short_title:", "shorttitle:");
    let (exit, json) = validate_json(&copy);
    assert_eq!(exit, 1, "{json}");
    let (line, column) = position(&other, "shorttitle");
    let found = diagnostics(&json, "unknown-field");
    assert_eq!(
        found
            .iter()
            .map(|d| (d.0.clone(), d.1, d.2))
            .collect::<Vec<_>>(),
        [(other.display().to_string(), line as u64, column as u64)],
        "{json}"
    );

    // A missing one, on the entry of `also_assesses:` that names it, and only there.
    std::fs::remove_file(&other).unwrap();
    let (exit, json) = validate_json(&copy);
    assert_eq!(exit, 1, "{json}");
    let (line, _) = position(&questionnaire, "also_assesses: [ocean]");
    let (_, column) = position(&questionnaire, "ocean]");
    let missing = diagnostics(&json, "missing-instrument");
    assert_eq!(missing.len(), 1, "{json}");
    assert_eq!(
        (missing[0].0.as_str(), missing[0].1, missing[0].2),
        (
            questionnaire.display().to_string().as_str(),
            line as u64,
            column as u64
        )
    );
    assert!(missing[0].3.contains("instruments/ocean.yaml"), "{json}");
    assert!(
        diagnostics(&json, "unknown-instrument").is_empty(),
        "{json}"
    );

    // An id that could name another folder is refused before any file is read.
    edit(
        &questionnaire,
        "also_assesses: [ocean]",
        "also_assesses: [../ocean]",
    );
    let (exit, json) = validate_json(&copy);
    assert_eq!(exit, 1, "{json}");
    assert_eq!(diagnostics(&json, "bad-instrument-id").len(), 1, "{json}");
}

#[test]
fn a_country_report_groups_provisions_by_instrument_in_every_format() {
    let output = saq(&["report", ATLANTIS, "--questionnaire", OCEAN]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let md = stdout(&output);
    let own = md
        .find("| Article 2(1) | Mandatory | Implemented |")
        .expect(&md);
    let heading = md
        .find("#### Provisions of the Convention on the Law of the Ocean (fictional, for tests)")
        .expect(&md);
    let other = md
        .find("| Ocean Convention, article 2(1) | Mandatory | Not implemented |")
        .expect(&md);
    assert!(own < heading && heading < other, "{md}");
    assert!(md.contains("| Ocean Convention, article 12(2) | Optional | Not adopted |"));
    // Per article, the Convention's article 2 is its own row.
    assert!(md.contains("| [2. Register of reefs](#article-2--register-of-reefs) | 2 of 2 |"));
    assert!(md.contains("| Ocean Convention, article 2. Protected marine areas | 1 of 1 |"));
    assert!(md.contains("### 1. Ocean Convention, article 2(1): not implemented (mandatory)"));
    assert!(md.contains(
        "| Proceeds of Reef Crime Act 2015 | section 7 | Ocean Convention, article 12(1) |"
    ));

    let output = saq(&[
        "report",
        ATLANTIS,
        "--questionnaire",
        OCEAN,
        "--format",
        "html",
    ]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let html = stdout(&output);
    assert!(
        html.contains("Provisions of the Convention on the Law of the Ocean"),
        "{html}"
    );
    assert!(html.contains("Ocean Convention, article 12(1)"), "{html}");

    let output = saq(&[
        "report",
        ATLANTIS,
        "--questionnaire",
        OCEAN,
        "--format",
        "json",
    ]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let provisions: Vec<(&str, &str, &str)> = json["provisions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["id"].as_str().unwrap(),
                p["instrument"].as_str().unwrap(),
                p["instrument_title"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        provisions,
        [
            ("2.1", "reef-protocol", "Reef Protocol"),
            ("2.2", "reef-protocol", "Reef Protocol"),
            ("ocean:2.1", "ocean", "Ocean Convention"),
            ("ocean:12.1", "ocean", "Ocean Convention"),
            ("ocean:12.2", "ocean", "Ocean Convention"),
        ]
    );
    let instruments: Vec<(&str, bool)> = json["questionnaire"]["instruments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (i["id"].as_str().unwrap(), i["own"].as_bool().unwrap()))
        .collect();
    assert_eq!(instruments, [("reef-protocol", true), ("ocean", false)]);
    let articles: Vec<(&str, u64)> = json["summary"]["by_article"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["instrument"].as_str().unwrap(),
                a["article"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        articles,
        [("reef-protocol", 2), ("ocean", 2), ("ocean", 12)]
    );

    let output = saq(&[
        "report",
        ATLANTIS,
        "--questionnaire",
        OCEAN,
        "--format",
        "csv",
    ]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let csv = stdout(&output);
    assert!(
        csv.contains("\"2.1\",\"2\",\"mandatory\",\"implemented\"")
            && csv.contains("\"ocean:2.1\",\"2\",\"mandatory\",\"not-implemented\""),
        "{csv}"
    );
}

#[test]
fn a_batch_counts_the_same_article_number_of_two_instruments_apart() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let examples = root().join(OCEAN).join("examples");
    let output = saq(&[
        "report",
        "--questionnaire",
        OCEAN,
        "--include-drafts",
        "--format",
        "json",
        "-o",
        &out.display().to_string(),
        &examples.display().to_string(),
    ]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let text = std::fs::read_to_string(out.join("comparative.json")).unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    let articles: Vec<(&str, u64, u64)> = json["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["instrument"].as_str().unwrap(),
                a["article"].as_u64().unwrap(),
                a["counts"]["not_implemented"].as_u64().unwrap(),
            )
        })
        .collect();
    // Atlantis: 2.1 implemented, ocean:2.1 not; Lemuria: the other way round.
    assert_eq!(
        articles,
        [("reef-protocol", 2, 1), ("ocean", 2, 1), ("ocean", 12, 1)]
    );
    let rows: Vec<&str> = json["provisions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        rows,
        ["2.1", "2.2", "ocean:2.1", "ocean:12.1", "ocean:12.2"]
    );

    let md_out = dir.path().join("md");
    let output = saq(&[
        "report",
        "--questionnaire",
        OCEAN,
        "--include-drafts",
        "-o",
        &md_out.display().to_string(),
        &examples.display().to_string(),
    ]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let md = std::fs::read_to_string(md_out.join("comparative.md")).unwrap();
    assert!(
        md.contains("| 2. Register of reefs | 2 | 0 | 1 | 1 |"),
        "{md}"
    );
    assert!(
        md.contains("| Ocean Convention, article 2. Protected marine areas | 1 | 0 | 1 | 0 |"),
        "{md}"
    );
    assert!(
        md.contains("| Ocean Convention, article 12(1) | Mandatory | 2 of 2 |"),
        "{md}"
    );
}

#[test]
fn a_diff_shows_a_change_on_a_provision_of_the_other_instrument() {
    let dir = tempfile::tempdir().unwrap();
    let before = dir.path().join("before.yaml");
    let after = dir.path().join("after.yaml");
    std::fs::copy(root().join(ATLANTIS), &before).unwrap();
    std::fs::copy(root().join(ATLANTIS), &after).unwrap();
    edit(&after, "q_ocean_2_1: \"no\"", "q_ocean_2_1: \"yes\"");
    let questionnaire = root().join(OCEAN).display().to_string();
    let args = [
        "diff",
        "before.yaml",
        "after.yaml",
        "--questionnaire",
        questionnaire.as_str(),
    ];
    let output = saq_in(dir.path(), &args);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let md = stdout(&output);
    assert!(
        md.contains(
            "| Ocean Convention, article 2(1) | Mandatory | Not implemented | Implemented |"
        ),
        "{md}"
    );
    assert!(!md.contains("| Article 2(1) |"), "{md}");

    let mut json_args = args.to_vec();
    json_args.extend(["--format", "json"]);
    let output = saq_in(dir.path(), &json_args);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let changes: Vec<(&str, &str)> = json["verdicts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["provision"].as_str().unwrap(),
                c["instrument"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(changes, [("ocean:2.1", "ocean")], "{json}");
}

#[test]
fn init_and_status_list_the_questions_on_the_other_instrument() {
    let dir = tempfile::tempdir().unwrap();
    let questionnaire = root().join(OCEAN).display().to_string();
    let output = saq_in(
        dir.path(),
        &[
            "init",
            "--questionnaire",
            &questionnaire,
            "--state",
            "Mu",
            "-o",
            "mu.yaml",
        ],
    );
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let text = std::fs::read_to_string(dir.path().join("mu.yaml")).unwrap();
    assert!(text.contains("\n  q_ocean_2_1:\n"), "{text}");
    assert!(
        text.contains("# Provision ocean:2.1 (mandatory): \"Each State Party shall designate protected marine areas.\""),
        "{text}"
    );
    assert!(
        text.contains("provisions of the Ocean Convention"),
        "{text}"
    );

    let output = saq_in(
        dir.path(),
        &["status", "mu.yaml", "--questionnaire", &questionnaire],
    );
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let out = stdout(&output);
    assert!(
        out.contains("Ocean Convention, article 12 · Confiscation") && out.contains("q_ocean_12_1"),
        "{out}"
    );
    assert!(stderr(&output).is_empty(), "{}", transcript(&output));

    // A cluster selects its provisions in every instrument that has it.
    let output = saq_in(
        dir.path(),
        &[
            "init",
            "--questionnaire",
            &questionnaire,
            "--state",
            "Mu",
            "--cluster",
            "II",
            "-o",
            "mu-ii.yaml",
        ],
    );
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let text = std::fs::read_to_string(dir.path().join("mu-ii.yaml")).unwrap();
    assert!(text.contains("\n  q_ocean_12_1:\n"), "{text}");
    for outside in ["q_2_1:", "q_ocean_2_1:"] {
        assert!(!text.contains(outside), "{outside} listed: {text}");
    }
}
