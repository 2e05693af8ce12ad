//! The JSON that `saq status`, `saq validate` and `saq list` print, their committed schemas, the
//! shell completions and the manual pages.

use crate::support::{code, init_mini, mini, root, saq, saq_in, transcript};

/// The schemas of the command line's own JSON, owned by the libraries that make it.
fn schemas() -> [(&'static str, String); 5] {
    [
        ("status", saq_collect::status::StatusReport::schema_json()),
        (
            "validation",
            saq_model::validation::Validation::schema_json(),
        ),
        ("list", saq_model::library::Listing::schema_json()),
        (
            "review",
            saq_model::schema::schema_json::<saq_model::review::Review>(),
        ),
        (
            "review-status",
            saq_model::review_status::ReviewStatusReport::schema_json(),
        ),
    ]
}

#[test]
fn committed_status_validation_and_list_schemas_are_current() {
    for (name, generated) in schemas() {
        let path = root().join(format!("questionnaires/schema/{name}.schema.json"));
        // SAQ_UPDATE_SCHEMAS=1 cargo test rewrites them after a deliberate format change.
        if std::env::var_os("SAQ_UPDATE_SCHEMAS").is_some() {
            std::fs::write(&path, &generated).unwrap();
            continue;
        }
        assert_eq!(
            std::fs::read_to_string(&path).ok().as_deref(),
            Some(generated.as_str()),
            "{} differs from the model; review the change, then run `SAQ_UPDATE_SCHEMAS=1 cargo test --test integration schema`",
            path.display()
        );
        let output = saq(&["schema", name]);
        assert_eq!(code(&output), 0, "{}", transcript(&output));
        assert_eq!(String::from_utf8(output.stdout).unwrap(), generated);
    }
}

fn validator(name: &str) -> jsonschema::Validator {
    let path = root().join(format!("questionnaires/schema/{name}.schema.json"));
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    jsonschema::validator_for(&schema).expect("the schema compiles")
}

fn assert_valid(validator: &jsonschema::Validator, json: &serde_json::Value) {
    let errors: Vec<String> = validator
        .iter_errors(json)
        .map(|e| format!("{}: {e}", e.instance_path))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}\n{json:#}");
}

#[test]
fn status_json_satisfies_its_schema() {
    let dir = tempfile::tempdir().unwrap();
    let path = init_mini(dir.path());
    crate::support::answer(&path, "q_1_1", "\"perhaps\"");
    std::fs::write(dir.path().join("broken.yaml"), "answers: [\n").unwrap();
    let valid = format!("{}/examples/valid.yaml", mini());
    let output = saq_in(
        dir.path(),
        &[
            "status",
            "-q",
            &mini(),
            "--format",
            "json",
            "answers.yaml",
            "broken.yaml",
            &valid,
        ],
    );
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["files"].as_array().unwrap().len(), 3);
    assert_valid(&validator("status"), &json);
}

#[test]
fn validate_prints_json_on_request() {
    let output = saq(&[
        "validate",
        "--format",
        "json",
        "-q",
        "tests/fixtures/mini",
        "tests/inputs/answers/duplicate-key.yaml",
        "tests/fixtures/mini/examples/valid.yaml",
        "no/such/answers.yaml",
    ]);
    // A file that cannot be read is an I/O error, the worst outcome here.
    assert_eq!(code(&output), 2, "{}", transcript(&output));
    // Everything is in the JSON; nothing is printed beside it.
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_valid(&validator("validation"), &json);
    let files = json["files"].as_array().unwrap();
    assert_eq!(files.len(), 3, "{json:#}");
    assert_eq!(files[0]["file"], "tests/inputs/answers/duplicate-key.yaml");
    assert_eq!(files[0]["kind"], "answers");
    assert_eq!(files[0]["summary"], serde_json::Value::Null);
    assert_eq!(files[0]["diagnostics"][0]["code"], "duplicate-key");
    assert_eq!(files[1]["summary"]["state"], "Republic of Testland");
    assert_eq!(files[1]["diagnostics"], serde_json::json!([]));
    assert!(
        files[2]["not_checked"]["unreadable"].is_string(),
        "{json:#}"
    );

    let output = saq(&["validate", "--format", "json", "tests/fixtures/mini"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_valid(&validator("validation"), &json);
    assert_eq!(json["files"][0]["kind"], "questionnaire");
    assert_eq!(json["files"][0]["summary"]["id"], "mini-saq");
}

#[test]
fn list_json_satisfies_its_schema() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("broken")).unwrap();
    std::fs::write(dir.path().join("broken/questionnaire.yaml"), "id: [\n").unwrap();
    let output = saq(&[
        "list",
        "--format",
        "json",
        "--questionnaires",
        "tests/fixtures",
        "--questionnaires",
        dir.path().to_str().unwrap(),
        "--questionnaires",
        "no-such-folder",
    ]);
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_valid(&validator("list"), &json);
    let listed = json["questionnaires"].as_array().unwrap();
    assert!(listed.iter().any(|q| q["id"] == "mini-saq"), "{json:#}");
    let broken: Vec<&serde_json::Value> = listed.iter().filter(|q| q["id"].is_null()).collect();
    assert_eq!(broken.len(), 2, "{json:#}");
    assert!(
        broken
            .iter()
            .all(|q| !q["problems"].as_array().unwrap().is_empty())
    );
}

#[test]
fn completions_for_every_shell() {
    for (shell, mark) in [
        ("bash", "complete -F"),
        ("zsh", "#compdef saq"),
        ("fish", "complete -c saq"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let output = saq(&["completions", shell]);
        assert_eq!(code(&output), 0, "{}", transcript(&output));
        let script = String::from_utf8(output.stdout).unwrap();
        assert!(script.contains(mark), "{shell}:\n{script}");
        // Every command and the flattened `--questionnaire` are there.
        for word in ["validate", "report", "completions", "questionnaire"] {
            assert!(script.contains(word), "{shell} lacks {word}");
        }
    }
    let output = saq(&["completions", "tcsh"]);
    assert_eq!(code(&output), 2, "{}", transcript(&output));
}

#[test]
fn manual_pages_are_generated() {
    let output = saq(&["man"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let page = String::from_utf8(output.stdout).unwrap();
    assert!(page.contains(".TH saq 1"), "{page}");
    assert!(page.contains("Exit codes"), "{page}");

    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("man1");
    let output = saq(&["man", "-o", folder.to_str().unwrap()]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    for name in ["saq.1", "saq-report.1", "saq-validate.1", "saq-fill.1"] {
        let page = std::fs::read_to_string(folder.join(name)).unwrap();
        assert!(page.contains(".TH"), "{name}");
    }
    let report = std::fs::read_to_string(folder.join("saq-report.1")).unwrap();
    assert!(report.contains("questionnaire"), "{report}");
}
