//! Faithful to the treaty: each level of obligation, element, aggregation, verdict-rule reason,
//! scope finding and answer to a question that does not apply, on the small `forces` fixture
//! (one provision of each force), then on the built-in Firearms Protocol questionnaire with
//! edited copies of its examples.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::support::{code, resealed, root, saq, transcript};

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
    let markdown = report(
        &forces_answers("  q_1_3: \"no\"\n").1,
        Some(&forces()),
        "md",
    );
    assert!(
        markdown.contains("## Optional measures not adopted"),
        "{markdown}"
    );
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
    assert_eq!(evidence["verdict"], "not-adopted");
    assert_eq!(
        provision(&a, "1.1")["elements"][0]["qualifier"],
        "where feasible"
    );
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
    assert_eq!(
        findings[0]["provisions"],
        serde_json::json!(["2.1", "1.1", "3.1"])
    );
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
    assert_eq!(
        provision(&no_industry, "3.1")["flags"],
        serde_json::json!([])
    );
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
    assert_eq!(
        status["files"][0]["not_applying_questions"],
        serde_json::json!(["q_3_1_examples"])
    );
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

/// An example answer set of the built-in questionnaire, copied to a temporary folder with each
/// `(from, to)` replacement made (each must match).
fn example_with(name: &str, edits: &[(&str, &str)]) -> (tempfile::TempDir, PathBuf) {
    let mut text = std::fs::read_to_string(
        root()
            .join("questionnaires/firearms-protocol/examples")
            .join(name),
    )
    .unwrap();
    for (from, to) in edits {
        assert!(text.contains(from), "{name} holds {from:?}");
        text = text.replacen(from, to, 1);
    }
    let temp = tempfile::tempdir().unwrap();
    let path = temp.path().join(name);
    std::fs::write(&path, resealed(&text)).unwrap();
    (temp, path)
}

fn example(name: &str) -> Value {
    let (_temp, path) = example_with(name, &[]);
    assessment(&path, None)
}

const AMBERLAND: &str = "01-full-implementation.yaml";
const BOREALIS: &str = "02-partial-implementation.yaml";
const CORALIA: &str = "03-early-draft.yaml";
const DUNMORE: &str = "04-no-industry-deactivation.yaml";

#[test]
fn borealis_considered_a_brokering_system_which_is_what_article_15_1_asks() {
    let a = example(BOREALIS);
    assert_eq!(status(&a, "15.1"), "considered");
    assert!(!ids(&a["gaps"], "provision").contains(&"15.1".to_owned()));
    // Nor does it cluster as a gap across States.
    let out = tempfile::tempdir().unwrap();
    let output = saq(&[
        "report",
        "--format",
        "json",
        "-o",
        out.path().to_str().unwrap(),
        "questionnaires/firearms-protocol/examples",
    ]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let comparison: Value = serde_json::from_str(
        &std::fs::read_to_string(out.path().join("comparative.json")).unwrap(),
    )
    .unwrap();
    // Dunmore, which has not considered one, is the only State 15(1) is a gap for.
    let cluster = comparison["gap_clusters"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["provision"] == "15.1")
        .expect("Dunmore did not consider a brokering system");
    assert_eq!(cluster["states_with_gap"], 1, "{cluster:#}");
    assert_eq!(cluster["not_considered"], 1, "{cluster:#}");
    assert_eq!(status(&example(DUNMORE), "15.1"), "not-considered");
}

#[test]
fn an_optional_provision_answered_no_is_not_adopted_and_no_gap() {
    let a = example(BOREALIS);
    assert_eq!(status(&a, "10.6"), "not-adopted");
    let gaps = ids(&a["gaps"], "provision");
    assert!(!gaps.contains(&"10.6".to_owned()), "{gaps:?}");
    assert!(ids(&a["optional_not_adopted"], "provision").contains(&"10.6".to_owned()));
    for gap in a["gaps"].as_array().unwrap() {
        assert!(
            [
                "mandatory",
                "mandatory-qualified",
                "conditional",
                "consider"
            ]
            .contains(&gap["force"].as_str().unwrap()),
            "{gap:#}"
        );
    }
}

#[test]
fn a_brokering_system_with_licensing_only_has_no_false_gaps() {
    let (_temp, path) = example_with(
        AMBERLAND,
        &[(
            "  q_15_1_system_measures: [registration, licensing, disclosure]\n",
            "  q_15_1_system_measures: [licensing]\n",
        )],
    );
    let a = assessment(&path, None);
    assert_eq!(status(&a, "15.1"), "adopted");
    assert_eq!(status(&a, "15.1.a"), "not-adopted");
    assert_eq!(status(&a, "15.1.b"), "adopted");
    assert_eq!(status(&a, "15.1.c"), "not-adopted");
    let gaps = ids(&a["gaps"], "provision");
    assert!(gaps.iter().all(|g| !g.starts_with("15")), "{gaps:?}");
}

#[test]
fn records_on_parts_and_ammunition_never_make_article_7_not_implemented() {
    let (_temp, path) = example_with(
        BOREALIS,
        &[(
            "  q_7_parts_ammunition: partly\n",
            "  q_7_parts_ammunition: \"no\"\n",
        )],
    );
    let a = assessment(&path, None);
    assert_eq!(status(&a, "7"), "partially-implemented");
    let p = provision(&a, "7");
    assert_eq!(p["elements"][0]["id"], "parts-ammunition");
    assert_eq!(
        p["elements"][0]["qualifier"],
        "where appropriate and feasible"
    );

    let (_temp, path) = example_with(
        BOREALIS,
        &[(
            "  q_7_parts_ammunition: partly\n",
            "  q_7_parts_ammunition: {not-applicable: \"not feasible: ammunition is sold loose\"}\n",
        )],
    );
    let a = assessment(&path, None);
    assert_eq!(status(&a, "7"), "implemented");
}

#[test]
fn definitions_and_scope_answers_become_findings_on_the_provisions_they_narrow() {
    let coralia = example(CORALIA);
    let finding = coralia["scope_findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["question"] == "profile_antique_cutoff_year")
        .expect("an antique cut-off of 1945 is a scope finding");
    let on: Vec<&str> = finding["provisions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();
    assert!(
        on.contains(&"3.a") && on.contains(&"5.1.a") && on.contains(&"8.1.a"),
        "{on:?}"
    );
    let markdown = report(&example_with(CORALIA, &[]).1, None, "md");
    assert!(markdown.contains("## Scope of the measures"), "{markdown}");

    // 1900 is the latest cut-off consistent with article 3(a); 1901 is not.
    for (year, found) in [("1900", false), ("1901", true)] {
        let (_temp, path) = example_with(
            CORALIA,
            &[(
                "profile_antique_cutoff_year: 1945",
                &format!("profile_antique_cutoff_year: {year}"),
            )],
        );
        let a = assessment(&path, None);
        let has = a["scope_findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["question"] == "profile_antique_cutoff_year");
        assert_eq!(has, found, "cut-off {year}");
    }

    // Borealis's narrower definitions of parts and of ammunition bear on article 7.
    let borealis = example(BOREALIS);
    let questions: Vec<String> = ids(&borealis["scope_findings"], "question");
    assert!(
        questions.contains(&"profile_def_parts".to_owned()),
        "{questions:?}"
    );
    assert!(
        questions.contains(&"profile_def_ammunition".to_owned()),
        "{questions:?}"
    );
    assert_eq!(
        provision(&borealis, "7")["scope_findings"]
            .as_array()
            .unwrap()
            .len(),
        2
    );

    // Offences that need a transnational or organized-crime element narrow article 5.
    let (_temp, path) = example_with(
        BOREALIS,
        &[(
            "  profile_offences_scope: \"yes\"\n",
            "  profile_offences_scope: \"no\"\n",
        )],
    );
    let a = assessment(&path, None);
    assert!(
        !provision(&a, "5.1.a")["scope_findings"]
            .as_array()
            .unwrap()
            .is_empty()
    );
}

#[test]
fn examples_described_where_the_industry_question_is_unanswered_are_kept_and_pointed_out() {
    let (_temp, path) = example_with(
        AMBERLAND,
        &[
            ("  profile_manufacturing_industry: \"yes\"\n", ""),
            // A submitted set must answer the profile question: make it a draft.
            ("status: submitted", "status: draft"),
        ],
    );
    let validate = saq(&["validate", path.to_str().unwrap()]);
    assert_eq!(code(&validate), 0, "{}", transcript(&validate));
    let stderr = String::from_utf8_lossy(&validate.stderr);
    assert!(
        stderr.contains("warning[answer-not-applying]: `q_8_1_a_examples` depends on `profile_manufacturing_industry`"),
        "{stderr}"
    );
    let a = assessment(&path, None);
    assert!(ids(&a["answers_not_applying"], "question").contains(&"q_8_1_a_examples".to_owned()));
}

#[test]
fn no_example_is_asked_of_a_state_without_industry_so_none_is_missing() {
    let a = example(DUNMORE);
    let flags = &provision(&a, "8.1.a")["flags"];
    assert!(
        !flags
            .as_array()
            .unwrap()
            .contains(&Value::from("no-evidence-of-implementation")),
        "{flags:#}"
    );
}

#[test]
fn the_questions_say_what_the_treaty_says() {
    let checked = saq_model::Bundle::builtin();
    assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
    let bundle = checked.value.unwrap();
    let question = |id: &str| {
        bundle
            .questionnaire
            .questions()
            .map(|(_, q)| q)
            .find(|q| q.id.value == id)
            .unwrap_or_else(|| panic!("{id}"))
            .clone()
    };
    // 15(2) encourages records "in accordance with article 7"; article 7 requires nothing of
    // brokers.
    assert!(!question("q_15_2").text.contains("requires"));
    // 15(2) concerns States with a brokering system, which article 15 itself asks about.
    assert!(question("q_15_2").when.unwrap().value.contains("q_15_1"));
    assert!(question("q_11_b").text.contains("where appropriate"));
    // 10(3)'s two requirements are asked one at a time.
    assert_eq!(question("q_10_3_transit_info").provisions[0].value, "10.3");
    assert!(!question("q_10_3").text.contains("transit States"));
    assert!(
        !bundle
            .questionnaire
            .questions()
            .any(|(_, q)| q.id.value == "profile_brokering_system"),
        "one question decides whether a brokering system exists"
    );
}

#[test]
fn unanswered_questions_are_listed_in_questionnaire_order_and_not_applicable_rows_say_why() {
    let markdown = report(&example_with(CORALIA, &[]).1, None, "md");
    let unanswered = &markdown[markdown.find("## Unanswered questions").unwrap()..];
    let position = |title: &str| {
        unanswered
            .find(title)
            .unwrap_or_else(|| panic!("{title} in {unanswered}"))
    };
    assert!(position("**Article 5 ·") < position("**Article 10 ·"));
    let borealis = report(&example_with(BOREALIS, &[]).1, None, "md");
    assert!(
        borealis.contains("| Not applicable: "),
        "a not-applicable row gives its reason"
    );
}
