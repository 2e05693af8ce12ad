//! `saq submit` on a file whose header is not laid out one key per line (JSON, or a flow-style
//! mapping): it cannot set `status`, `submitted` and `digest` line by line, so it rewrites the
//! whole file in saq's layout. The rewrite must read back as the same answers and header,
//! submitted with a digest that `saq validate` accepts, and comments of one's own that it drops
//! must be kept in a backup copy first.

use std::path::Path;

use saq_model::answer_set::Status;
use saq_model::{Bundle, LoadedAnswers, SourceFile};

use crate::support::{code, mini, root, saq_in, today, transcript};

/// A complete answer set for the mini questionnaire, in JSON (which is YAML too): no key of the
/// header is on a line of its own as `key: value`.
const JSON: &str = r#"{
  "format_version": 1,
  "questionnaire": "mini-saq",
  "version": "1.0.0",
  "state": {"name": "Republic of Testland", "code": "XTE"},
  "focal_point": {"name": "A. Person", "email": "focal@example.org"},
  "review": {"cycle": "2025", "phase": "cluster II"},
  "source": {"description": "National report, 2024", "url": "https://example.org/report"},
  "disclosure": "secretariat",
  "status": "draft",
  "created": "2026-01-10",
  "answers": {
    "profile_industry": "yes",
    "q_1_1": "partly",
    "q_1_1_measures": [
      {"title": "Penal Code", "article": "section 12", "url": "https://example.org/penal-code"},
      "Firearms Act 2003"
    ],
    "q_1_1_cases": 12,
    "q_1_2": {"not-applicable": "the legislature has not yet been asked"},
    "q_2_1": "yes",
    "q_2_1_since": "2024-02-29",
    "q_2_1_kinds": ["legislative"],
    "q_2_1_stats": [{"year": 2024, "marked": 1200, "level": "national"}]
  }
}
"#;

/// A complete answer set as one flow-style mapping, with comments of its own and an inactive
/// answer (`q_1_1_cases` stopped applying when `q_1_1` became "no").
const FLOW: &str = r#"# Testland's answers, cleared by the ministry on 3 March
{format_version: 1, questionnaire: mini-saq, version: 1.0.0,
 state: {name: Republic of Testland, code: XTE},
 disclosure: public, status: draft, created: 2026-01-10,
 answers: {
   profile_industry: "yes",
   q_1_1: "no",   # to be revisited next cycle
   q_1_2: {unknown: "not asked yet"},
   q_2_1: "yes",
   q_2_1_kinds: [legislative]
 },
 inactive: {q_1_1_cases: 12}}
"#;

#[test]
fn a_json_answer_set_is_rewritten_submitted_with_every_answer() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("answers.yaml");
    std::fs::write(&path, JSON).unwrap();
    let after = submit(dir.path(), JSON);
    // Nothing of one's own was lost: no backup copy, no note about one.
    assert!(
        !dir.path().join("answers.yaml.bak").exists(),
        "a backup although no comment was dropped"
    );
    assert_eq!(files_in(dir.path()), ["answers.yaml"]);
    assert!(after.contains("\nstatus: submitted\n"), "{after}");
}

#[test]
fn a_flow_style_answer_set_is_rewritten_after_a_backup_of_its_comments() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("answers.yaml");
    std::fs::write(&path, FLOW).unwrap();
    let output = saq_in(dir.path(), &["submit", "-q", &mini(), "answers.yaml"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let after = checked_submission(dir.path(), FLOW);
    // The two comments of one's own are not in the new layout, so the old file is kept whole,
    // and the user is told where.
    assert!(!after.contains("cleared by the ministry"));
    assert!(!after.contains("to be revisited next cycle"));
    let backup = dir.path().join("answers.yaml.bak");
    assert_eq!(std::fs::read_to_string(&backup).unwrap(), FLOW);
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        said.contains("2 comment lines of your own") && said.contains("answers.yaml.bak"),
        "{}",
        transcript(&output)
    );
}

/// Runs `saq submit` on `answers.yaml` in `dir` (whose text is `before`), then checks the result.
fn submit(dir: &Path, before: &str) -> String {
    let output = saq_in(dir, &["submit", "-q", &mini(), "answers.yaml"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    checked_submission(dir, before)
}

/// Checks that `answers.yaml` in `dir` is `before` submitted today: rewritten in saq's layout,
/// the same header and answers (inactive ones included), a digest `saq validate` accepts.
/// Returns the new text.
fn checked_submission(dir: &Path, before: &str) -> String {
    let after = std::fs::read_to_string(dir.join("answers.yaml")).unwrap();
    assert!(
        after.starts_with("# Answers of Republic of Testland"),
        "not rewritten in saq's layout:\n{after}"
    );
    let old = load(before);
    let new = load(&after);
    assert_eq!(new.file.status.value, Status::Submitted);
    assert_eq!(
        new.file.submitted.as_ref().map(|d| d.value.clone()),
        Some(today())
    );
    let digest = new.file.digest.as_ref().expect("a digest").value.clone();
    assert_eq!(digest, saq_model::digest::of(&old.file));
    assert_eq!(new.answers, old.answers, "the answers changed");
    // The whole file as JSON, without what submission sets and the empty answers saq's layout
    // lists for every question (an empty value is no answer).
    let json = |loaded: &LoadedAnswers| {
        let mut value = serde_json::to_value(&loaded.file).unwrap();
        let fields = value.as_object_mut().unwrap();
        for field in ["status", "submitted", "digest"] {
            fields.remove(field);
        }
        for map in ["answers", "inactive"] {
            if let Some(answers) = fields.get_mut(map).and_then(|m| m.as_object_mut()) {
                answers.retain(|_, answer| !answer.is_null());
            }
        }
        value
    };
    assert_eq!(json(&new), json(&old), "the header or the answers changed");

    let output = saq_in(dir, &["validate", "-q", &mini(), "answers.yaml"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    assert!(
        !String::from_utf8_lossy(&output.stderr).contains("warning"),
        "{}",
        transcript(&output)
    );
    after
}

/// `text` loaded against the mini questionnaire, which must find no problem in it.
fn load(text: &str) -> LoadedAnswers {
    let bundle = Bundle::read_dir(&root().join("tests/fixtures/mini"))
        .unwrap()
        .value
        .expect("the mini questionnaire loads");
    let checked = bundle.load_answers(&SourceFile::new("answers.yaml", text));
    assert!(
        checked.diagnostics.is_empty(),
        "{text}\n{:#?}",
        checked.diagnostics
    );
    checked.value.expect("no problems, so a value")
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}
