//! The committed JSON Schemas under `questionnaires/schema/` are those saq generates, and they
//! accept what saq reads and writes: the example answer sets, the comparative views.

use std::path::PathBuf;

use saq_assess::schema::Format;
use saq_model::{Bundle, SourceFile};

use crate::support::{code, resealed, root, saq, transcript};

#[test]
fn committed_schemas_are_current() {
    let mut stale = Vec::new();
    for format in Format::ALL {
        let path = root()
            .join("questionnaires/schema")
            .join(format!("{}.schema.json", format.name()));
        let generated = format.schema_json();
        // SAQ_UPDATE_SCHEMAS=1 cargo test rewrites them after a deliberate format change.
        if std::env::var_os("SAQ_UPDATE_SCHEMAS").is_some() {
            std::fs::write(&path, &generated).unwrap();
            continue;
        }
        if std::fs::read_to_string(&path).ok().as_deref() != Some(generated.as_str()) {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "these schemas differ from the model: {stale:?}\nreview the format change, then run `SAQ_UPDATE_SCHEMAS=1 cargo test --test integration schema`"
    );
}

#[test]
fn every_example_answer_set_satisfies_the_answers_schema() {
    // Editors check answer sets against this schema: it must accept every file saq accepts.
    let validator = validator("answers.schema.json");
    let sets = example_answer_sets();
    assert!(
        sets.len() >= 5,
        "the four built-in examples and the mini fixture's: {sets:?}"
    );
    for (path, json) in &sets {
        let errors = schema_errors(&validator, json);
        assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
    }
    // And it is no empty schema: what saq rejects, it rejects too.
    let (_, valid) = &sets[0];
    for (field, value) in [
        ("status", serde_json::json!("finished")),
        ("format_version", serde_json::json!("one")),
        ("answerz", serde_json::json!({})),
    ] {
        let mut broken = valid.clone();
        broken[field] = value;
        assert!(
            !schema_errors(&validator, &broken).is_empty(),
            "the schema accepts `{field}` set to {}",
            broken[field]
        );
    }
}

/// Each example answer set (the built-in questionnaire's and the mini fixture's) as saq reads
/// it, as JSON: every field and answer the file holds (unknown fields are errors, so none is left
/// out), empty answers as `null`.
fn example_answer_sets() -> Vec<(PathBuf, serde_json::Value)> {
    let builtin = Bundle::builtin()
        .value
        .expect("the built-in questionnaire loads");
    let mini = Bundle::read_dir(&root().join("tests/fixtures/mini"))
        .unwrap()
        .value
        .expect("the mini questionnaire loads");
    let mut sets = Vec::new();
    for (bundle, dir) in [
        (&builtin, "questionnaires/firearms-protocol/examples"),
        (&mini, "tests/fixtures/mini/examples"),
    ] {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.extension().is_some_and(|e| e == "yaml"))
            .collect();
        paths.sort();
        for path in paths {
            let checked = bundle.load_answers(&SourceFile::read(&path).unwrap());
            assert!(
                !checked.has_errors(),
                "{}: {:#?}",
                path.display(),
                checked.diagnostics
            );
            let json = serde_json::to_value(&checked.value.unwrap().file).unwrap();
            sets.push((path, json));
        }
    }
    sets
}

#[test]
fn comparative_views_satisfy_their_schemas() {
    // The examples as a batch, each made `disclosure: secretariat` so the named view names them.
    let input = tempfile::tempdir().unwrap();
    let examples = root().join("questionnaires/firearms-protocol/examples");
    let mut submitted = 0;
    for entry in std::fs::read_dir(&examples).unwrap() {
        let path = entry.unwrap().path();
        // `examples/reviews/` holds review files, not answer sets.
        if !path.is_file() {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("\nstatus: "), "{}", path.display());
        submitted += usize::from(text.contains("\nstatus: submitted"));
        std::fs::write(
            input.path().join(path.file_name().unwrap()),
            resealed(&text.replacen("\nstatus: ", "\ndisclosure: secretariat\nstatus: ", 1)),
        )
        .unwrap();
    }
    let out = tempfile::tempdir().unwrap();
    let output = saq(&[
        "report",
        "--format",
        "json",
        "--named",
        "-o",
        out.path().to_str().unwrap(),
        input.path().to_str().unwrap(),
    ]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let read = |name: &str| -> serde_json::Value {
        serde_json::from_str(&std::fs::read_to_string(out.path().join(name)).unwrap()).unwrap()
    };

    let comparative = read("comparative.json");
    let errors = schema_errors(&validator("comparison.schema.json"), &comparative);
    assert!(errors.is_empty(), "comparative.json: {errors:#?}");
    assert_eq!(comparative["basis"]["counted"], submitted);

    let named = read("comparative-named.json");
    let errors = schema_errors(&validator("comparison-named.schema.json"), &named);
    assert!(errors.is_empty(), "comparative-named.json: {errors:#?}");
    // The matrix is there to be checked: every State counted is named.
    assert_eq!(named["states"].as_array().unwrap().len(), submitted);
    assert!(!named["provisions"].as_array().unwrap().is_empty());
}

fn validator(schema: &str) -> jsonschema::Validator {
    let path = root().join("questionnaires/schema").join(schema);
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    jsonschema::validator_for(&schema).expect("the schema compiles")
}

fn schema_errors(validator: &jsonschema::Validator, json: &serde_json::Value) -> Vec<String> {
    validator
        .iter_errors(json)
        .map(|e| format!("{}: {e}", e.instance_path))
        .collect()
}

#[test]
fn saq_schema_diff_prints_the_committed_diff_schema() {
    let output = saq(&["schema", "diff"]);
    assert_eq!(code(&output), 0);
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        std::fs::read_to_string(root().join("questionnaires/schema/diff.schema.json")).unwrap()
    );
}
