//! Faithful to the treaty: each level of obligation, element, aggregation, verdict-rule reason,
//! scope finding and answer to a question that does not apply, on the small `forces` fixture
//! (one provision of each force), then on the built-in Firearms Protocol questionnaire with
//! edited copies of its examples.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::support::{code, root, saq, transcript};

/// The forces fixture, as an absolute path.
fn forces() -> String {
    root().join("tests/fixtures/forces").display().to_string()
}

/// An answer set of the forces fixture with `answers` (YAML lines, indented by two) in a
/// temporary folder.
fn forces_answers(answers: &str) -> (tempfile::TempDir, PathBuf) {
    let temp = tempfile::tempdir().unwrap();
    let path = temp.path().join("answers.yaml");
    let text = format!(
        "format_version: 1\nquestionnaire: forces-saq\nversion: 1.0.0\nstate: {{name: Testland, code: XTE}}\nstatus: draft\nanswers:\n{answers}"
    );
    std::fs::write(&path, text).unwrap();
    (temp, path)
}

/// `saq report` of `path` in `format` with the questionnaire in `questionnaire` (the built-in
/// one when `None`), which must succeed.
fn report(path: &Path, questionnaire: Option<&str>, format: &str) -> String {
    let path = path.to_str().unwrap();
    let mut args = vec!["report", "--format", format, path];
    if let Some(dir) = questionnaire {
        args.extend(["-q", dir]);
    }
    let output = saq(&args);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    String::from_utf8(output.stdout).unwrap()
}

fn assessment(path: &Path, questionnaire: Option<&str>) -> Value {
    serde_json::from_str(&report(path, questionnaire, "json")).unwrap()
}

/// The assessment of the forces fixture for `answers`.
fn assess(answers: &str) -> Value {
    let (_temp, path) = forces_answers(answers);
    assessment(&path, Some(&forces()))
}

fn provision<'a>(assessment: &'a Value, id: &str) -> &'a Value {
    assessment["provisions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == id)
        .unwrap_or_else(|| panic!("provision {id} is assessed"))
}

fn status(assessment: &Value, id: &str) -> String {
    provision(assessment, id)["verdict"]
        .as_str()
        .unwrap()
        .to_owned()
}

fn ids(list: &Value, key: &str) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|g| g[key].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn a_provision_to_consider_is_met_by_considering_it() {
    let considered = assess("  q_1_2: considered\n");
    assert_eq!(status(&considered, "1.2"), "considered");
    assert!(ids(&considered["gaps"], "provision").is_empty());

    let established = assess("  q_1_2: established\n");
    assert_eq!(status(&established, "1.2"), "adopted");

    let not_considered = assess("  q_1_2: not-considered\n");
    assert_eq!(status(&not_considered, "1.2"), "not-considered");
    assert_eq!(ids(&not_considered["gaps"], "provision"), ["1.2"]);
    assert_eq!(not_considered["gaps"][0]["priority"], 4);
    assert_eq!(not_considered["summary"]["by_verdict"]["not_considered"], 1);
}

#[test]
fn an_optional_measure_not_adopted_is_never_a_gap() {
    let a = assess("  q_1_3: \"no\"\n");
    assert_eq!(status(&a, "1.3"), "not-adopted");
    assert!(ids(&a["gaps"], "provision").is_empty());
    assert_eq!(ids(&a["optional_not_adopted"], "provision"), ["1.3"]);
    assert_eq!(a["summary"]["by_verdict"]["not_implemented"], 0);
    assert_eq!(a["summary"]["by_verdict"]["not_adopted"], 1);
    let markdown = report(&forces_answers("  q_1_3: \"no\"\n").1, Some(&forces()), "md");
    assert!(markdown.contains("## Optional measures not adopted"), "{markdown}");
    assert!(!markdown.contains("### 1. Article 1(3)"), "{markdown}");

    let adopted = assess("  q_1_3: \"yes\"\n");
    assert_eq!(status(&adopted, "1.3"), "adopted");
}

#[test]
fn alternatives_are_met_by_any_one() {
    let a = assess("  q_1_4_licensing: \"yes\"\n  q_1_4_registration: \"no\"\n");
    assert_eq!(status(&a, "1.4"), "implemented");
    assert!(ids(&a["gaps"], "provision").is_empty());
    let none = assess("  q_1_4_licensing: \"no\"\n  q_1_4_registration: \"no\"\n");
    assert_eq!(status(&none, "1.4"), "not-implemented");
}

#[test]
fn a_qualified_element_lowers_a_mandatory_provision_to_partly_at_most_and_never_decides_it() {
    let lowered = assess("  q_1_1: \"yes\"\n  q_1_1_ammunition: \"no\"\n");
    assert_eq!(status(&lowered, "1.1"), "partially-implemented");
    let evidence = &provision(&lowered, "1.1")["answers"][1];
    assert_eq!(evidence["element"], "ammunition");
    assert_eq!(evidence["effect"], "lowers");
    assert_eq!(evidence["lowers_to"], "partially-implemented");

    let not_feasible = assess(
        "  q_1_1: \"yes\"\n  q_1_1_ammunition: {not-applicable: \"no ammunition is sold\"}\n",
    );
    assert_eq!(status(&not_feasible, "1.1"), "implemented");

    let alone = assess("  q_1_1_ammunition: \"no\"\n");
    assert_eq!(status(&alone, "1.1"), "not-assessed");
}

#[test]
fn an_optional_element_informs_but_does_not_change_a_mandatory_status() {
    let a = assess("  q_1_1: \"yes\"\n  q_1_1_accessories: \"no\"\n");
    assert_eq!(status(&a, "1.1"), "implemented");
    let evidence = &provision(&a, "1.1")["answers"][2];
    assert_eq!(evidence["effect"], "informs");
    assert_eq!(evidence["verdict"], "not-implemented");
    assert_eq!(provision(&a, "1.1")["elements"][0]["qualifier"], "where feasible");
}

#[test]
fn a_status_set_by_a_verdict_rule_says_why() {
    let answers = "  q_1_5_years: 5\n  q_1_5: \"yes\"\n";
    let a = assess(answers);
    assert_eq!(status(&a, "1.5"), "partially-implemented");
    let reason = "the records are kept for fewer than ten years, by the answer on their retention";
    assert_eq!(provision(&a, "1.5")["answers"][0]["reason"], reason);
    let markdown = report(&forces_answers(answers).1, Some(&forces()), "md");
    assert!(markdown.contains(reason), "{markdown}");

    let kept = assess("  q_1_5_years: 12\n  q_1_5: \"yes\"\n");
    assert_eq!(status(&kept, "1.5"), "implemented");
    assert!(provision(&kept, "1.5")["answers"][0]["reason"].is_null());
}

#[test]
fn a_narrower_definition_is_a_scope_finding_on_the_provisions_that_use_it() {
    let a = assess("  profile_definition: narrower\n  q_1_1: \"yes\"\n");
    let findings = a["scope_findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0]["question"], "profile_definition");
    assert_eq!(findings[0]["provisions"], serde_json::json!(["2.1", "1.1", "3.1"]));
    assert_eq!(
        provision(&a, "1.1")["scope_findings"][0],
        "The domestic definition is narrower than the treaty's."
    );
    let in_line = assess("  profile_definition: in-line\n");
    assert!(in_line["scope_findings"].as_array().unwrap().is_empty());
}

#[test]
fn no_example_is_missing_where_the_examples_question_was_never_asked() {
    let measures = "  q_3_1_measures:\n    - Marking Order 2020\n";
    let no_industry = assess(&format!(
        "  profile_industry: \"no\"\n  q_3_1: \"yes\"\n{measures}"
    ));
    assert_eq!(provision(&no_industry, "3.1")["flags"], serde_json::json!([]));
    let industry = assess(&format!(
        "  profile_industry: \"yes\"\n  q_3_1: \"yes\"\n{measures}"
    ));
    assert_eq!(
        provision(&industry, "3.1")["flags"],
        serde_json::json!(["no-evidence-of-implementation"])
    );
}

#[test]
fn an_answer_to_a_question_that_does_not_apply_is_reported_never_dropped() {
    // The examples question reads `profile_industry`, which is not answered: it is pending.
    let answers = "  q_3_1: \"yes\"\n  q_3_1_examples: Every firearm is stamped at the factory.\n";
    let (temp, path) = forces_answers(answers);
    let file = path.to_str().unwrap();

    let validate = saq(&["validate", "-q", &forces(), file]);
    assert_eq!(code(&validate), 0, "{}", transcript(&validate));
    let stderr = String::from_utf8_lossy(&validate.stderr);
    assert!(stderr.contains("warning[answer-not-applying]"), "{stderr}");
    assert!(stderr.contains("answers.yaml:8:3"), "{stderr}");
    assert!(stderr.contains("`profile_industry`"), "{stderr}");

    let status = saq(&["status", "--format", "json", "-q", &forces(), file]);
    let status: Value = serde_json::from_slice(&status.stdout).unwrap();
    assert_eq!(status["files"][0]["not_applying_questions"], serde_json::json!(["q_3_1_examples"]));
    assert_eq!(status["files"][0]["total"]["not_applying"], 1);

    let a = assessment(&path, Some(&forces()));
    let kept = &a["answers_not_applying"][0];
    assert_eq!(kept["question"], "q_3_1_examples");
    assert_eq!(kept["answer"], "Every firearm is stamped at the factory.");
    assert_eq!(kept["waiting_on"], serde_json::json!(["profile_industry"]));
    let markdown = report(&path, Some(&forces()), "md");
    assert!(
        markdown.contains("## Answers to questions that do not apply"),
        "{markdown}"
    );
    assert!(markdown.contains("Every firearm is stamped at the factory."));

    // A condition that is false says so too.
    std::fs::write(
        &path,
        std::fs::read_to_string(&path).unwrap() + "  profile_industry: \"no\"\n",
    )
    .unwrap();
    let a = assessment(&path, Some(&forces()));
    assert_eq!(
        a["answers_not_applying"][0]["reason"],
        "Asked only where firearms are manufactured."
    );
    drop(temp);
}

#[test]
fn messy_answers_of_every_force() {
    let answers = r#"
  profile_definition: narrower
  q_1_1: "yes"
  q_1_1_ammunition: "no"
  q_1_1_accessories: "no"
  q_1_2: not-considered
  q_1_3: "no"
  q_1_4_licensing: "no"
  q_1_4_registration: partly
  q_1_5_years: 7
  q_1_5: "yes"
  q_3_1_examples: Stamped at the factory.
"#;
    let (_temp, path) = forces_answers(answers);
    insta::assert_snapshot!(report(&path, Some(&forces()), "md"));
}
