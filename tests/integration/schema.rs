//! The committed JSON Schemas under `questionnaires/schema/` are those saq generates.

use saq_assess::schema::Format;

use crate::support::root;

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
fn every_example_answer_set_satisfies_the_answers_schema_shape() {
    // The schema must accept what the examples hold: every top-level key of an example is a
    // property the schema declares.
    let schema: serde_json::Value = serde_json::from_str(&Format::Answers.schema_json()).unwrap();
    let properties = schema["properties"].as_object().unwrap();
    for field in [
        "format_version",
        "questionnaire",
        "version",
        "state",
        "status",
        "answers",
    ] {
        assert!(properties.contains_key(field), "{field}");
    }
    assert_eq!(schema["additionalProperties"], false);
}

#[test]
fn saq_schema_diff_prints_the_committed_diff_schema() {
    let output = crate::support::saq(&["schema", "diff"]);
    assert_eq!(crate::support::code(&output), 0);
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        std::fs::read_to_string(root().join("questionnaires/schema/diff.schema.json")).unwrap()
    );
}
