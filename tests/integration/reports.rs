//! Country reports: every example State and a hostile answer set, in every format, pinned; the
//! JSON checked against its schema; template errors located.

use std::path::Path;

use crate::support::{code, resealed_with, root, saq, transcript};

const FORMATS: [&str; 3] = ["md", "html", "json"];

fn report(path: &Path, format: &str) -> String {
    let relative = path
        .strip_prefix(root())
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    let output = saq(&["report", "--format", format, &relative]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    String::from_utf8(output.stdout).expect("reports are UTF-8")
}

fn examples() -> Vec<std::path::PathBuf> {
    let mut paths: Vec<_> =
        std::fs::read_dir(root().join("questionnaires/firearms-protocol/examples"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
            .collect();
    paths.sort();
    paths
}

#[test]
fn example_states() {
    let paths = examples();
    assert_eq!(paths.len(), 4);
    for path in paths {
        let stem = path.file_stem().unwrap().to_str().unwrap().to_owned();
        for format in FORMATS {
            insta::assert_snapshot!(format!("example_{stem}.{format}"), report(&path, format));
        }
    }
}

#[test]
fn hostile_answers() {
    let path = root().join("tests/inputs/reports/hostile.yaml");
    for format in FORMATS {
        let text = report(&path, format);
        insta::with_settings!({ snapshot_suffix => format }, {
            insta::assert_snapshot!(text);
        });
    }
}

#[test]
fn hostile_answers_cannot_inject_html_or_links() {
    let html = report(&root().join("tests/inputs/reports/hostile.yaml"), "html");
    for forbidden in ["<script", "<iframe", "<img", "<b>", "<hr"] {
        assert!(
            !html.contains(forbidden),
            "the HTML report contains {forbidden}"
        );
    }
    // Attributes count only inside a real tag: an answer that mentions `onerror=` is shown as
    // text, its `<` escaped, so it opens no tag.
    let tags: Vec<&str> = html
        .split('<')
        .skip(1)
        .filter_map(|rest| rest.split_once('>').map(|(tag, _)| tag))
        .collect();
    for forbidden in ["onerror=", "href=\"javascript", "href=\"data:"] {
        assert!(
            tags.iter()
                .all(|tag| !tag.to_ascii_lowercase().contains(forbidden)),
            "a tag of the HTML report carries {forbidden}"
        );
    }
    assert!(
        html.contains("&lt;script&gt;"),
        "the script tag should be shown as text"
    );
    assert!(
        html.contains(r#"href="mailto:registry@example.org""#),
        "mailto links are kept"
    );
    assert!(html.contains("👨\u{200d}👩\u{200d}👧"), "emoji survive");
    assert!(html.contains("القانون"), "right-to-left text survives");
    let markdown = report(&root().join("tests/inputs/reports/hostile.yaml"), "md");
    // Every table row keeps its column count: no answer adds a `|` of its own.
    for line in markdown
        .lines()
        .filter(|l| l.starts_with("| <") || l.starts_with("| \\<"))
    {
        assert_eq!(line.matches(" | ").count(), 2, "{line}");
    }
    assert!(
        markdown.contains(&"Long answer ".repeat(10)),
        "the 10,000-character answer is kept whole"
    );
}

#[test]
fn json_reports_validate_against_the_committed_schema() {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("questionnaires/schema/assessment.schema.json"))
            .unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    let mut paths = examples();
    paths.push(root().join("tests/inputs/reports/hostile.yaml"));
    for path in paths {
        let json: serde_json::Value = serde_json::from_str(&report(&path, "json")).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&json)
            .map(|e| format!("{}: {e}", e.instance_path))
            .collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
    }
}

#[test]
fn several_reports_go_to_a_folder() {
    let out = tempfile::tempdir().unwrap();
    let out_dir = out.path().to_str().unwrap();
    let output = saq(&[
        "report",
        "-o",
        out_dir,
        "questionnaires/firearms-protocol/examples/01-full-implementation.yaml",
        "questionnaires/firearms-protocol/examples/04-no-industry-deactivation.yaml",
    ]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    assert!(out.path().join("01-full-implementation.md").is_file());
    assert!(out.path().join("04-no-industry-deactivation.md").is_file());
    let output = saq(&[
        "report",
        "questionnaires/firearms-protocol/examples/01-full-implementation.yaml",
        "questionnaires/firearms-protocol/examples/04-no-industry-deactivation.yaml",
    ]);
    assert_eq!(
        code(&output),
        2,
        "several reports without --output is a usage error"
    );
}

#[test]
fn a_bad_answer_set_gets_no_report_but_the_others_do() {
    let out = tempfile::tempdir().unwrap();
    let output = saq(&[
        "report",
        "-o",
        out.path().to_str().unwrap(),
        "tests/fixtures/mini/examples/valid.yaml",
        "questionnaires/firearms-protocol/examples/03-early-draft.yaml",
    ]);
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    assert!(out.path().join("03-early-draft.md").is_file());
    assert!(!out.path().join("valid.md").exists());
}

#[test]
fn template_errors_name_the_file_and_line() {
    let example = "questionnaires/firearms-protocol/examples/01-full-implementation.yaml";
    for case in ["broken-syntax", "undefined-field", "missing-page"] {
        let templates = format!("tests/inputs/templates/{case}");
        let output = saq(&[
            "report",
            "--templates",
            &templates,
            "--format",
            "html",
            example,
        ]);
        insta::with_settings!({ snapshot_suffix => case }, {
            insta::assert_snapshot!(transcript(&output));
        });
    }
}

#[test]
fn the_built_in_templates_folder_works_as_a_templates_folder() {
    let example = "questionnaires/firearms-protocol/examples/02-partial-implementation.yaml";
    let builtin = saq(&["report", example]);
    let from_folder = saq(&["report", "--templates", "templates", example]);
    assert_eq!(code(&from_folder), 0, "{}", transcript(&from_folder));
    assert_eq!(builtin.stdout, from_folder.stdout);
}

/// Runs a batch over the four example States into a temporary folder and returns it.
fn example_batch(format: &str) -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    let output = saq(&[
        "report",
        "--format",
        format,
        "-o",
        out.path().to_str().unwrap(),
        "questionnaires/firearms-protocol/examples",
    ]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    out
}

fn read(dir: &tempfile::TempDir, name: &str) -> String {
    std::fs::read_to_string(dir.path().join(name)).unwrap_or_else(|err| panic!("{name}: {err}"))
}

#[test]
fn comparative_view_over_the_example_states() {
    let md = example_batch("md");
    insta::assert_snapshot!("comparative.md", read(&md, "comparative.md"));
    insta::assert_snapshot!("index.md", read(&md, "index.md"));
    let html = example_batch("html");
    insta::assert_snapshot!("comparative.html", read(&html, "comparative.html"));
    insta::assert_snapshot!("index.html", read(&html, "index.html"));
    let csv = example_batch("csv");
    insta::assert_snapshot!("provisions.csv", read(&csv, "provisions.csv"));
    let json = example_batch("json");
    assert!(json.path().join("comparative.json").is_file());
    assert!(json.path().join("02-partial-implementation.json").is_file());
}

#[test]
fn the_comparative_html_needs_no_script_and_no_network() {
    let html = read(&example_batch("html"), "comparative.html");
    assert!(html.contains("<svg"), "charts are inline SVG");
    assert_eq!(
        html.matches("<svg").count(),
        1,
        "verdicts per article; the heat map names States, so only the named view has it"
    );
    for forbidden in ["<script", "src=\"http", "href=\"http", "@import", "url("] {
        assert!(!html.contains(forbidden), "{forbidden}");
    }
}

#[test]
fn states_are_listed_alphabetically_never_ranked() {
    let index = read(&example_batch("md"), "index.md");
    let order: Vec<usize> = [
        "Borealis",
        "Coralia",
        "Dunmore Islands",
        "Republic of Amberland",
    ]
    .iter()
    .map(|name| {
        index
            .find(&format!("[{name}]"))
            .unwrap_or_else(|| panic!("{name} is listed"))
    })
    .collect();
    assert!(
        order.windows(2).all(|w| w[0] < w[1]),
        "alphabetical order: {order:?}"
    );
}

#[test]
fn a_bad_file_in_a_batch_is_listed_and_the_others_reported() {
    let out = tempfile::tempdir().unwrap();
    let output = saq(&[
        "report",
        "--format",
        "html",
        "-o",
        out.path().to_str().unwrap(),
        "questionnaires/firearms-protocol/examples",
        "tests/inputs/answers/duplicate-key.yaml",
    ]);
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    let index = read(&out, "index.html");
    assert!(
        index.contains("duplicate-key.yaml"),
        "the bad file is listed in the index"
    );
    assert!(index.contains("appears twice"), "with its diagnostic");
    assert!(out.path().join("02-partial-implementation.html").is_file());
    assert!(String::from_utf8_lossy(&output.stderr).contains("duplicate-key.yaml:11:3"));
}

#[test]
fn csv_values_cannot_become_formulas() {
    let out = tempfile::tempdir().unwrap();
    let temp_answers = tempfile::tempdir().unwrap();
    let hostile = std::fs::read_to_string(root().join("tests/inputs/reports/hostile.yaml"))
        .unwrap()
        .replace(
            "name: \"<b>Hostile</b> | State `x` *y*\"",
            "name: \"=HYPERLINK(\\\"https://example.org\\\")\"",
        )
        // Named only in the named view, which counts drafts only on request.
        .replace(
            "status: draft\n",
            "disclosure: secretariat\nstatus: draft\n",
        );
    let path = temp_answers.path().join("formula.yaml");
    std::fs::write(&path, hostile).unwrap();
    let output = saq(&[
        "report",
        "--format",
        "csv",
        "--named",
        "--include-drafts",
        "-o",
        out.path().to_str().unwrap(),
        path.to_str().unwrap(),
    ]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let csv = read(&out, "provisions-named.csv");
    assert!(csv.lines().count() > 1, "{csv}");
    assert!(
        csv.lines()
            .skip(1)
            .all(|line| line.contains(",\"'=HYPERLINK")),
        "{csv}"
    );
}

#[test]
fn verdict_rules_are_data() {
    // The mini questionnaire with one more question whose verdict is an expression over the
    // answer: 5 years is "partially implemented", which outweighs the "Yes" to `q_2_1` (worst
    // wins).
    let temp = mini_questionnaire_with(|questionnaire| {
        questionnaire.replace(
            "      - id: q_2_1_since\n",
            "      - id: q_2_1_years
        text: For how many years are marking records kept?
        kind: number
        provisions: [\"2.1\"]
        verdict_rules:
          - {when: value >= 10, verdict: implemented}
          - {when: value >= 1, verdict: partially-implemented}
          - {when: \"true\", verdict: not-implemented}
      - id: q_2_1_since\n",
        )
    });
    let mini = root().join("tests/fixtures/mini");
    let answers = std::fs::read_to_string(mini.join("examples/valid.yaml"))
        .unwrap()
        .replace("  q_2_1: \"yes\"\n", "  q_2_1: \"yes\"\n  q_2_1_years: 5\n");
    std::fs::write(
        temp.path().join("answers.yaml"),
        resealed_with(&answers, temp.path()),
    )
    .unwrap();

    let dir = temp.path().to_str().unwrap();
    let output = saq(&[
        "report",
        "-q",
        dir,
        "--format",
        "json",
        &format!("{dir}/answers.yaml"),
    ]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let provision = json["provisions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "2.1")
        .unwrap();
    assert_eq!(
        provision["verdict"], "partially-implemented",
        "{provision:#}"
    );
    let verdicts: Vec<&str> = provision["answers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["verdict"].as_str().unwrap())
        .collect();
    assert_eq!(verdicts, ["implemented", "partially-implemented"]);
}

/// A folder of `copies` × the four example answer sets, for batch tests.
fn many_examples(copies: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for path in examples() {
        let text = std::fs::read_to_string(&path).unwrap();
        let stem = path.file_stem().unwrap().to_str().unwrap();
        for copy in 0..copies {
            std::fs::write(dir.path().join(format!("{stem}-{copy:02}.yaml")), &text).unwrap();
        }
    }
    dir
}

#[test]
fn a_long_batch_without_a_terminal_prints_only_its_summary() {
    let answers = many_examples(6);
    let out = tempfile::tempdir().unwrap();
    let output = saq(&[
        "report",
        "-f",
        "md",
        "-o",
        out.path().to_str().unwrap(),
        answers.path().to_str().unwrap(),
    ]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    assert!(
        output.stderr.is_empty(),
        "no progress bar without a terminal: {}",
        transcript(&output)
    );
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    assert!(stdout.starts_with("wrote 24 reports"), "{stdout}");
}

#[cfg(unix)]
#[test]
fn a_long_batch_on_a_terminal_shows_a_progress_bar() {
    let answers = many_examples(6);
    let out = tempfile::tempdir().unwrap();
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_saq"));
    command.args([
        "report",
        "-f",
        "html",
        "-o",
        out.path().to_str().unwrap(),
        answers.path().to_str().unwrap(),
    ]);
    let mut session = rexpect::session::spawn_command(command, Some(30_000))
        .expect("saq starts in a pseudo-terminal");
    session
        .exp_string("answer sets")
        .expect("the progress bar names what it counts");
    session
        .exp_string("wrote 24 reports")
        .expect("the summary follows");
    session.exp_eof().unwrap();
}

#[test]
fn the_html_page_declares_the_questionnaire_s_language() {
    let temp = mini_questionnaire_with(|questionnaire| {
        questionnaire.replace("languages: [en]", "languages: [fr]")
    });
    let dir = temp.path().to_str().unwrap();
    let output = saq(&[
        "report",
        "-q",
        dir,
        "--format",
        "html",
        "tests/fixtures/mini/examples/valid.yaml",
    ]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    assert!(String::from_utf8_lossy(&output.stdout).contains(r#"<html lang="fr">"#));
}

/// A copy of the mini questionnaire folder in a temporary folder, its questionnaire edited.
fn mini_questionnaire_with(edit: impl FnOnce(String) -> String) -> tempfile::TempDir {
    let mini = root().join("tests/fixtures/mini");
    let temp = tempfile::tempdir().unwrap();
    std::fs::copy(
        mini.join("instrument.yaml"),
        temp.path().join("instrument.yaml"),
    )
    .unwrap();
    let questionnaire = std::fs::read_to_string(mini.join("questionnaire.yaml")).unwrap();
    std::fs::write(temp.path().join("questionnaire.yaml"), edit(questionnaire)).unwrap();
    temp
}

#[test]
fn control_and_bidi_characters_of_a_state_name_are_shown_not_sent() {
    let temp = tempfile::tempdir().unwrap();
    let path = temp.path().join("evil.yaml");
    std::fs::write(
        &path,
        "format_version: 1\nquestionnaire: firearms-protocol-saq\nversion: 2.0.0\nstate: {name: \"Evil\\u202Eland\\a\"}\nstatus: draft\nanswers:\n  q_13_2: \"yes\"\n",
    )
    .unwrap();
    let report = |path: &Path, format: &str| {
        let output = saq(&["report", "--format", format, path.to_str().unwrap()]);
        assert_eq!(code(&output), 0, "{}", transcript(&output));
        String::from_utf8(output.stdout).unwrap()
    };
    for format in ["md", "html"] {
        let text = report(&path, format);
        assert!(
            !text.contains('\u{202e}') && !text.contains('\u{7}'),
            "{format}"
        );
        assert!(text.contains(r"Evil\u{202e}land\u{7}"), "{format}: {text}");
    }
    let html = report(&path, "html");
    assert!(
        html.contains("overflow-wrap: anywhere"),
        "a long word wraps"
    );
}
