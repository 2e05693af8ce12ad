//! `saq review init` and `saq review status`: a review drafted from an example answer set,
//! pinned; the example reviews' status; answers changed after the review started; broken review
//! files, each problem located; a hostile answer set drafted from as data; bad arguments.

use std::path::{Path, PathBuf};

use saq_model::{Bundle, SourceFile};

use crate::support::{code, redact, root, saq, saq_in, transcript};

const EXAMPLES: &str = "questionnaires/firearms-protocol/examples";
const REVIEWERS: &str = "Coralia (XCO), Amberland (XAM)";

/// A temporary folder holding a copy of the example answer set `name`.
fn copy_of(name: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::copy(root().join(EXAMPLES).join(name), &path).unwrap();
    (dir, path)
}

/// Runs `saq review init` in `dir` on `answers`, writing `output`.
fn init(dir: &Path, answers: &str, output: &str) -> std::process::Output {
    saq_in(
        dir,
        &[
            "review",
            "init",
            "--reviewers",
            REVIEWERS,
            "-o",
            output,
            answers,
        ],
    )
}

#[test]
fn init_drafts_a_review_that_reads_back_without_errors() {
    let (dir, _) = copy_of("02-partial-implementation.yaml");
    std::fs::create_dir(dir.path().join("reviews")).unwrap();
    let output = init(
        dir.path(),
        "02-partial-implementation.yaml",
        "reviews/borealis.yaml",
    );
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    insta::assert_snapshot!("init_transcript", redact(&transcript(&output)));
    let written = std::fs::read_to_string(dir.path().join("reviews/borealis.yaml")).unwrap();
    // The answers are named from the review's folder, so the loader finds them.
    assert!(
        written.contains("\n  file: ../02-partial-implementation.yaml\n"),
        "{written}"
    );
    insta::assert_snapshot!("init_file", redact(&written));

    let status = saq_in(dir.path(), &["review", "status", "reviews/borealis.yaml"]);
    assert_eq!(code(&status), 0, "{}", transcript(&status));

    // In the same folder, the answers are named as they are.
    let output = init(dir.path(), "02-partial-implementation.yaml", "review.yaml");
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let written = std::fs::read_to_string(dir.path().join("review.yaml")).unwrap();
    assert!(
        written.contains("\n  file: 02-partial-implementation.yaml\n"),
        "{written}"
    );
}

#[test]
fn init_to_standard_output_writes_the_same_review() {
    let output = saq(&[
        "review",
        "init",
        "--reviewers",
        REVIEWERS,
        "-o",
        "-",
        &format!("{EXAMPLES}/04-no-industry-deactivation.yaml"),
    ]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.starts_with("# Review of the answers of Dunmore Islands (XDE)"),
        "{text}"
    );
    assert!(text.contains("draft: true"), "{text}");
}

#[test]
fn status_of_the_example_reviews() {
    let output = saq(&[
        "review",
        "status",
        &format!("{EXAMPLES}/reviews/borealis.yaml"),
        &format!("{EXAMPLES}/reviews/dunmore-islands.yaml"),
    ]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    insta::assert_snapshot!("status_examples", transcript(&output));

    let output = saq(&[
        "review",
        "status",
        "--format",
        "json",
        &format!("{EXAMPLES}/reviews/borealis.yaml"),
        &format!("{EXAMPLES}/reviews/dunmore-islands.yaml"),
    ]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("questionnaires/schema/review-status.schema.json"))
            .unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&json)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let files = json["files"].as_array().unwrap();
    assert_eq!(files[0]["review"]["status"], "final");
    assert_eq!(files[0]["disputed"].as_array().unwrap().len(), 1);
    assert_eq!(files[0]["summary"], true);
    assert!(files[0]["draft"].as_array().unwrap().is_empty());
    assert_eq!(files[1]["review"]["status"], "draft");
    assert!(!files[1]["draft"].as_array().unwrap().is_empty());
    assert!(!files[1]["unanswered"].as_array().unwrap().is_empty());
    assert_eq!(files[1]["summary"], false);
}

#[test]
fn every_example_review_satisfies_the_review_schema() {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("questionnaires/schema/review.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let bundle = Bundle::builtin().value.unwrap();
    for name in ["borealis.yaml", "dunmore-islands.yaml"] {
        let path = root().join(EXAMPLES).join("reviews").join(name);
        let checked = bundle.load_review(&SourceFile::read(&path).unwrap(), None);
        assert!(!checked.has_errors(), "{name}: {:#?}", checked.diagnostics);
        let json = serde_json::to_value(checked.value.unwrap()).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&json)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
    }
}

#[test]
fn answers_changed_after_the_review_started_are_reported() {
    let (dir, answers) = copy_of("02-partial-implementation.yaml");
    let output = init(dir.path(), "02-partial-implementation.yaml", "review.yaml");
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let text = std::fs::read_to_string(&answers).unwrap();
    let edited = text.replacen("  q_8_2: \"no\"", "  q_8_2: partly", 1);
    assert_ne!(text, edited);
    std::fs::write(&answers, edited).unwrap();
    let output = saq_in(dir.path(), &["review", "status", "review.yaml"]);
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    let shown = redact(&transcript(&output));
    assert!(shown.contains("error[answers-changed]"), "{shown}");
    insta::assert_snapshot!("answers_changed", shown);
}

#[test]
fn broken_review_files_are_located() {
    let (dir, _) = copy_of("02-partial-implementation.yaml");
    let output = init(dir.path(), "02-partial-implementation.yaml", "review.yaml");
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let good = std::fs::read_to_string(dir.path().join("review.yaml")).unwrap();
    let dialogue = "dialogue:\n  - provision: 5.1.a\n    from: A\n    question: Why?\n    asked: \"2026-02-30\"\n  - provision: \"99.9\"\n    from: C\n    question: Where?\n";
    let cases: [(&str, String); 3] = [
        (
            "references-and-dates",
            good.replacen("dialogue: []\n", dialogue, 1),
        ),
        (
            "bad-yaml",
            good.replacen("status: draft\n", "status: \"draft\n", 1),
        ),
        (
            "missing-answers",
            good.replacen("file: 02-partial-implementation.yaml", "file: gone.yaml", 1),
        ),
    ];
    for (name, text) in cases {
        assert_ne!(text, good, "{name}");
        let path = dir.path().join(format!("{name}.yaml"));
        std::fs::write(&path, text).unwrap();
        let output = saq_in(dir.path(), &["review", "status", &format!("{name}.yaml")]);
        assert_eq!(code(&output), 1, "{name}: {}", transcript(&output));
        insta::assert_snapshot!(format!("broken_{name}"), redact(&transcript(&output)));
    }
}

#[test]
fn a_hostile_answer_set_is_drafted_from_as_data() {
    let dir = tempfile::tempdir().unwrap();
    let hostile =
        std::fs::read_to_string(root().join("tests/inputs/reports/hostile.yaml")).unwrap();
    // An `unknown` answer whose reason holds controls, markup and template syntax.
    let reason = "\u{1b}[2J\u{1b}]8;;https://example.org\u{7} {{ 7 * 7 }} {% if x %}y{% endif %} <script>x</script>\r\nline two\u{2028}— \u{202e}reversed";
    let answers = format!(
        "{hostile}  q_6_1: {{unknown: \"\\e[2J\\e]8;;https://example.org\\a {{{{ 7 * 7 }}}} {{% if x %}}y{{% endif %}} <script>x</script>\\r\\nline two\\u2028— \\u202ereversed\"}}\n"
    );
    let path = dir.path().join("hostile.yaml");
    std::fs::write(&path, &answers).unwrap();
    let output = init(dir.path(), "hostile.yaml", "review.yaml");
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    // Nothing the answers hold reaches the terminal raw.
    assert!(!String::from_utf8_lossy(&output.stdout).contains('\u{1b}'));

    let bundle = Bundle::builtin().value.unwrap();
    let loaded = bundle
        .load_answers(&SourceFile::read(&path).unwrap())
        .value
        .unwrap();
    let text = std::fs::read_to_string(dir.path().join("review.yaml")).unwrap();
    let checked = bundle.load_review(
        &SourceFile::new("review.yaml", text.clone()),
        Some(&loaded.file),
    );
    assert!(!checked.has_errors(), "{:#?}\n{text}", checked.diagnostics);
    let review = checked.value.unwrap();
    // The State's words come back exactly as they were written.
    let asked = review
        .dialogue
        .iter()
        .find(|e| e.provision.value == "6.1")
        .expect("a draft question on the unknown answer");
    assert!(
        asked.question.value.contains(reason),
        "{:?}",
        asked.question.value
    );
    let steps = loaded
        .file
        .answer("q_5_1_b_steps")
        .unwrap()
        .as_str()
        .unwrap();
    let challenge = review
        .observations
        .iter()
        .find(|o| o.provision.value == "5.1.b")
        .expect("a draft challenge on 5.1.b");
    assert!(
        challenge.text.value.contains(steps.trim()),
        "{:?}",
        challenge.text.value
    );
    assert!(
        review.observations.iter().any(|o| o
            .text
            .value
            .contains("{{ assessment.state.name }} {% raw %} {# not a comment #}")),
        "{text}"
    );
    assert_eq!(review.state.name, loaded.file.state.name);

    let output = saq_in(dir.path(), &["review", "status", "review.yaml"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    assert!(!String::from_utf8_lossy(&output.stdout).contains('\u{1b}'));

    // And through `review report`, in every format, the text stays inert.
    for format in ["md", "html", "json"] {
        let output = saq_in(
            dir.path(),
            &["review", "report", "--format", format, "review.yaml"],
        );
        assert_eq!(code(&output), 0, "{format}: {}", transcript(&output));
        let report = String::from_utf8_lossy(&output.stdout);
        // JSON carries the text as data, as written; the other formats must not carry markup.
        assert!(
            format == "json" || !report.contains("<script>"),
            "{format}: raw markup"
        );
        assert!(!report.contains('\u{1b}'), "{format}: a raw escape");
        assert!(
            !report.contains("\u{202e}"),
            "{format}: a raw bidi override"
        );
        assert!(!report.contains("\n49"), "{format}: template syntax ran");
        match format {
            "json" => {
                let json: serde_json::Value = serde_json::from_str(&report).unwrap();
                assert!(json.to_string().contains("{{ 7 * 7 }}"), "the text is data");
            }
            "html" => assert!(report.contains("&lt;script&gt;"), "the text is shown"),
            // Markdown shows it escaped, so it reads as written and makes no markup.
            _ => assert!(report.contains(r"\{\{ 7 \* 7 \}\}"), "the text is shown"),
        }
    }
}

#[test]
fn reviewers_must_be_two() {
    for reviewers in ["Coralia (XCO)", "Coralia, Amberland, Borealis", " , "] {
        let output = saq(&[
            "review",
            "init",
            "--reviewers",
            reviewers,
            "-o",
            "-",
            &format!("{EXAMPLES}/02-partial-implementation.yaml"),
        ]);
        assert_eq!(code(&output), 2, "{reviewers}: {}", transcript(&output));
        assert!(output.stdout.is_empty());
    }
    let output = saq(&[
        "review",
        "init",
        "--reviewers",
        "Coralia (XCO)",
        "-o",
        "-",
        &format!("{EXAMPLES}/02-partial-implementation.yaml"),
    ]);
    insta::assert_snapshot!("one_reviewer", transcript(&output));
    // Semicolons separate names that hold commas; a code must be a State code.
    let output = saq(&[
        "review",
        "init",
        "--reviewers",
        "Korea, Republic of (KOR); Coralia (xco)",
        "-o",
        "-",
        &format!("{EXAMPLES}/02-partial-implementation.yaml"),
    ]);
    assert_eq!(code(&output), 2, "{}", transcript(&output));
    let output = saq(&[
        "review",
        "init",
        "--reviewers",
        "Korea, Republic of (KOR); Coralia",
        "-o",
        "-",
        &format!("{EXAMPLES}/02-partial-implementation.yaml"),
    ]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.contains("    name: Korea, Republic of\n    code: KOR\n"),
        "{text}"
    );
}

#[test]
fn an_existing_review_is_replaced_only_with_force() {
    let (dir, _) = copy_of("02-partial-implementation.yaml");
    let review = dir.path().join("review.yaml");
    std::fs::write(&review, "the reviewers' work\n").unwrap();
    let output = init(dir.path(), "02-partial-implementation.yaml", "review.yaml");
    assert_eq!(code(&output), 2, "{}", transcript(&output));
    insta::assert_snapshot!("exists", transcript(&output));
    assert_eq!(
        std::fs::read_to_string(&review).unwrap(),
        "the reviewers' work\n"
    );
    let output = saq_in(
        dir.path(),
        &[
            "review",
            "init",
            "--force",
            "--reviewers",
            REVIEWERS,
            "-o",
            "review.yaml",
            "02-partial-implementation.yaml",
        ],
    );
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    assert!(
        std::fs::read_to_string(&review)
            .unwrap()
            .starts_with("# Review of")
    );
    // Never over its own input.
    let output = init(
        dir.path(),
        "02-partial-implementation.yaml",
        "02-partial-implementation.yaml",
    );
    assert_eq!(code(&output), 2, "{}", transcript(&output));
}

#[test]
fn answers_with_errors_get_no_review() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("broken.yaml"), "answers: [\n").unwrap();
    let output = init(dir.path(), "broken.yaml", "review.yaml");
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    assert!(!dir.path().join("review.yaml").exists());
}
