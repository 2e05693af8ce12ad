//! `saq diff`: Borealis's next review cycle against its first answers in every format, pinned;
//! identical sets, different States and a broken file; the JSON checked against its schema.

use crate::support::{code, root, saq, transcript};

const FORMATS: [&str; 3] = ["md", "html", "json"];
const BOREALIS_2025: &str =
    "questionnaires/firearms-protocol/examples/02-partial-implementation.yaml";
const BOREALIS_2027: &str = "tests/inputs/diff/borealis-2027.yaml";
const AMBERLAND: &str = "questionnaires/firearms-protocol/examples/01-full-implementation.yaml";

/// The diff of `old` and `new` in `format`, which must succeed.
fn diff(old: &str, new: &str, format: &str) -> String {
    let output = saq(&["diff", "--format", format, old, new]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    String::from_utf8(output.stdout).expect("diffs are UTF-8")
}

#[test]
fn borealis_next_cycle() {
    for format in FORMATS {
        insta::assert_snapshot!(
            format!("borealis_2027.{format}"),
            diff(BOREALIS_2025, BOREALIS_2027, format)
        );
    }
}

#[test]
fn borealis_next_cycle_in_figures() {
    let json: serde_json::Value =
        serde_json::from_str(&diff(BOREALIS_2025, BOREALIS_2027, "json")).unwrap();
    let moves: Vec<(&str, &str)> = json["verdicts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["provision"].as_str().unwrap(),
                c["direction"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        moves,
        [
            ("7", "improved"),
            ("8.1.b", "improved"),
            ("10.6", "changed"),
            ("12.2.c", "regressed"),
            // Borealis considered a brokering system in 2025 and established one by 2027.
            ("15.1", "improved"),
            ("15.1.a", "changed"),
            ("15.1.b", "changed"),
            ("15.1.c", "changed"),
            ("15.2", "changed"),
        ]
    );
    let requests = |which: &str| -> Vec<(u64, String)> {
        json["assistance"][which]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["article"].as_u64().unwrap(),
                    r["kind"].as_str().unwrap().to_owned(),
                )
            })
            .collect()
    };
    assert_eq!(
        requests("opened"),
        [(12, "international-cooperation".to_owned())]
    );
    assert_eq!(
        requests("closed"),
        [
            (7, "legislative".to_owned()),
            (8, "legislative".to_owned()),
            (8, "capacity-building".to_owned()),
            (15, "legislative".to_owned()),
        ]
    );
    assert!(json["warnings"].as_array().unwrap().is_empty());
}

#[test]
fn identical_answer_sets_have_no_changes() {
    let markdown = diff(BOREALIS_2025, BOREALIS_2025, "md");
    insta::assert_snapshot!(markdown);
    let json: serde_json::Value =
        serde_json::from_str(&diff(BOREALIS_2025, BOREALIS_2025, "json")).unwrap();
    for empty in ["verdicts", "measures", "warnings"] {
        assert_eq!(json[empty], serde_json::json!([]), "{empty}");
    }
    assert_eq!(json["summary"]["unchanged"], 44);
}

#[test]
fn different_states_are_compared_with_a_warning() {
    let output = saq(&["diff", BOREALIS_2025, AMBERLAND]);
    assert_eq!(code(&output), 0, "a warning is not a failure");
    insta::assert_snapshot!(String::from_utf8_lossy(&output.stderr));
    let markdown = String::from_utf8(output.stdout).unwrap();
    assert!(
        markdown.contains(
            "> **Warning:** the two answer sets name different States, Borealis (XBO) and Republic \
             of Amberland (XAM)."
        ),
        "{markdown}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&diff(BOREALIS_2025, AMBERLAND, "json")).unwrap();
    assert_eq!(json["warnings"][0]["kind"], "different-states");
    assert_eq!(json["warnings"][0]["new"]["code"], "XAM");
}

#[test]
fn a_broken_answer_set_gets_no_diff() {
    let output = saq(&["diff", BOREALIS_2025, "tests/inputs/diff/broken.yaml"]);
    assert_eq!(code(&output), 1);
    insta::assert_snapshot!(transcript(&output));
}

#[test]
fn a_missing_answer_set_is_an_io_error() {
    let output = saq(&["diff", BOREALIS_2025, "tests/inputs/diff/no-such-file.yaml"]);
    assert_eq!(code(&output), 2, "{}", transcript(&output));
    assert!(output.stdout.is_empty());
}

#[test]
fn hostile_answers_cannot_inject_html_or_links() {
    let html = diff(BOREALIS_2025, "tests/inputs/reports/hostile.yaml", "html");
    for forbidden in [
        "<script",
        "<iframe",
        "<img",
        "<b>",
        "onerror=",
        "href=\"javascript",
        "href=\"data:",
    ] {
        assert!(
            !html.contains(forbidden),
            "the HTML diff contains {forbidden}"
        );
    }
    assert!(
        html.contains("&lt;b&gt;Hostile&lt;/b&gt;"),
        "the State's name is shown as text"
    );
}

#[test]
fn json_diffs_validate_against_the_committed_schema() {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("questionnaires/schema/diff.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    for (old, new) in [
        (BOREALIS_2025, BOREALIS_2027),
        (BOREALIS_2025, BOREALIS_2025),
        (BOREALIS_2025, AMBERLAND),
        (BOREALIS_2025, "tests/inputs/reports/hostile.yaml"),
    ] {
        let json: serde_json::Value = serde_json::from_str(&diff(old, new, "json")).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&json)
            .map(|e| format!("{}: {e}", e.instance_path))
            .collect();
        assert!(errors.is_empty(), "{old} → {new}: {errors:#?}");
    }
}

#[test]
fn the_diff_goes_to_the_file_named() {
    let out = tempfile::tempdir().unwrap();
    let path = out.path().join("borealis.html");
    let output = saq(&[
        "diff",
        "-f",
        "html",
        "-o",
        path.to_str().unwrap(),
        BOREALIS_2025,
        BOREALIS_2027,
    ]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        diff(BOREALIS_2025, BOREALIS_2027, "html")
    );
}

#[test]
fn the_built_in_templates_folder_works_for_diffs() {
    let builtin = saq(&["diff", BOREALIS_2025, BOREALIS_2027]);
    let from_folder = saq(&[
        "diff",
        "--templates",
        "templates",
        BOREALIS_2025,
        BOREALIS_2027,
    ]);
    assert_eq!(code(&from_folder), 0, "{}", transcript(&from_folder));
    assert_eq!(builtin.stdout, from_folder.stdout);
}

#[test]
fn diff_template_errors_name_the_file_and_line() {
    let output = saq(&[
        "diff",
        "--templates",
        "tests/inputs/templates/undefined-field",
        BOREALIS_2025,
        BOREALIS_2027,
    ]);
    assert_eq!(code(&output), 1);
    insta::assert_snapshot!(transcript(&output));
}
