//! `saq review report`: one review in every format and the overview of two, pinned; their JSON
//! checked against the committed schemas; hostile review text inert in every format; a broken
//! review in a batch listed while the others are reported; exit codes.

use std::path::{Path, PathBuf};

use crate::support::{code, root, saq, transcript};

const FORMATS: [&str; 3] = ["md", "html", "json"];
const BOREALIS: &str = "tests/fixtures/reviews/borealis.yaml";
const PARTIAL: &str = "questionnaires/firearms-protocol/examples/02-partial-implementation.yaml";

fn report(file: &str, format: &str) -> String {
    let output = saq(&["review", "report", "--format", format, file]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    String::from_utf8(output.stdout).expect("reports are UTF-8")
}

/// The digest of the example answer set a review names, as `saq submit` writes it.
fn digest_of(answers: &Path) -> String {
    let bundle = saq_model::Bundle::builtin().value.expect("built-in loads");
    let source = saq_model::SourceFile::read(answers).expect("the answers read");
    let loaded = bundle
        .load_answers(&source)
        .value
        .expect("the answers load");
    saq_model::digest::of(&loaded.file)
}

#[test]
fn the_fixtures_review_the_answers_as_they_are() {
    // The fixtures carry the digests of the example answers: if an example changes, so must
    // the reviews of it (as `answers-changed` would say).
    for (review, answers) in [
        (BOREALIS, PARTIAL),
        (
            "tests/fixtures/reviews/dunmore-islands.yaml",
            "questionnaires/firearms-protocol/examples/04-no-industry-deactivation.yaml",
        ),
    ] {
        let text = std::fs::read_to_string(root().join(review)).unwrap();
        let digest = digest_of(&root().join(answers));
        assert!(text.contains(&digest), "{review} should name {digest}");
    }
}

#[test]
fn one_review_in_every_format() {
    for format in FORMATS {
        insta::assert_snapshot!(format!("borealis.{format}"), report(BOREALIS, format));
    }
}

/// The example reviews shipped with the built-in questionnaire, as the secretariat reads them.
#[test]
fn the_example_reviews_in_markdown() {
    for name in ["borealis", "dunmore-islands"] {
        let file = format!("questionnaires/firearms-protocol/examples/reviews/{name}.yaml");
        insta::assert_snapshot!(format!("example_{name}.md"), report(&file, "md"));
    }
}

#[test]
fn the_report_follows_the_blueprint_and_marks_drafts() {
    let md = report(BOREALIS, "md");
    let order = [
        "# Borealis: review of the implementation of the Firearms Protocol",
        "## Written feedback",
        "### From Coralia (reviewer A)",
        "### From Dunmore Islands (reviewer B)",
        "## List of observations",
        "### Cluster I:",
        "### Cluster II:",
        "## Summary",
    ];
    let mut at = 0;
    for heading in order {
        let found = md[at..]
            .find(heading)
            .unwrap_or_else(|| panic!("{heading} after byte {at}:\n{md}"));
        at += found;
    }
    assert!(md.contains("*Caveat: 2 entries of this review were"));
    assert!(md.contains("**Draft question, not yet the words of Coralia**"));
    assert!(md.contains("**Draft, not yet the reviewers' words:** **Article 10(2)**"));
    assert!(md.contains("**Disputed by Borealis.**"));
    assert!(md.contains("*No reply yet.*"));
    assert!(md.contains("*Not drafted yet.*"));
    assert!(md.contains("*Legislative assistance*"));
    assert!(md.contains("(reported status: partially implemented)"));
    assert!(md.contains("neither a ranking of States"));
}

#[test]
fn json_reports_and_overviews_satisfy_their_schemas() {
    let report_schema = validator("review-report");
    let json: serde_json::Value = serde_json::from_str(&report(BOREALIS, "json")).unwrap();
    assert_valid(&report_schema, &json);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let output = saq(&[
        "review",
        "report",
        "--format",
        "json",
        "tests/fixtures/reviews",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let overview: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("overview.json")).unwrap()).unwrap();
    assert_valid(&validator("review-overview"), &overview);
    for name in ["borealis.json", "dunmore-islands.json"] {
        let json: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(out.join(name)).unwrap()).unwrap();
        assert_valid(&report_schema, &json);
    }
}

fn validator(name: &str) -> jsonschema::Validator {
    let path = root().join(format!("questionnaires/schema/{name}.schema.json"));
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    jsonschema::validator_for(&schema).expect("the schema compiles")
}

fn assert_valid(validator: &jsonschema::Validator, json: &serde_json::Value) {
    let errors: Vec<String> = validator.iter_errors(json).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn the_overview_of_two_reviews() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let output = saq(&[
        "review",
        "report",
        "tests/fixtures/reviews",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let mut written: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    assert_eq!(
        written,
        ["borealis.md", "dunmore-islands.md", "overview.md"]
    );
    let overview = std::fs::read_to_string(out.join("overview.md")).unwrap();
    insta::assert_snapshot!("overview.md", overview);
    // States are named in the list of reviews only: each name once, as its report's link.
    for state in ["Borealis", "Dunmore Islands"] {
        assert_eq!(overview.matches(state).count(), 1, "{state}:\n{overview}");
    }
    // The reviewing States are never named.
    assert!(!overview.contains("Coralia"));
    assert!(overview.contains("not a ranking of States"));
    // Article 7: a challenge in both reviews, disputed in one.
    assert!(overview.contains("| Article 7 | 2 | 1 | 0 |"), "{overview}");
    let html = saq(&[
        "review",
        "report",
        "--format",
        "html",
        "tests/fixtures/reviews",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code(&html), 0, "{}", transcript(&html));
    let html = std::fs::read_to_string(out.join("overview.html")).unwrap();
    assert!(
        html.contains(r#"<a href="borealis.html">Borealis</a>"#),
        "{html}"
    );
    assert!(html.contains("<title>Country reviews: overview for the secretariat</title>"));
}

/// A review of the partial-implementation example, in `dir`, naming the answers by absolute
/// path, with `dialogue` and `observations` (YAML lists) and `summary`.
fn review_in(dir: &Path, name: &str, dialogue: &str, observations: &str, summary: &str) -> PathBuf {
    let answers = root().join(PARTIAL);
    let text = format!(
        r#"format_version: 1
questionnaire: firearms-protocol-saq
version: 2.0.0
state:
  name: Borealis
  code: XBO
answers:
  file: {answers:?}
  digest: "{digest}"
reviewers:
  - id: A
    state:
      name: Coralia
  - id: B
    state:
      name: Eastmarch
status: draft
dialogue:
{dialogue}
observations:
{observations}
summary: {summary}
"#,
        answers = answers.display().to_string(),
        digest = digest_of(&answers),
    );
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// Review text meant to break out: raw HTML, template syntax, a `javascript:` link, Markdown
/// structure, a control character and a bidi override.
const HOSTILE: &str = "<script>alert(1)</script> {{ 7*7 }} {% raw %} [x](javascript:alert(1)) \
     <img src=x onerror=alert(1)> # heading | cell | **bold** \u{1b}[31m red \u{202e}reversed";

#[test]
fn hostile_review_text_is_inert_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let hostile = serde_json::to_string(HOSTILE).unwrap();
    let review = review_in(
        dir.path(),
        "hostile.yaml",
        &format!(
            "  - provision: 8.1.b\n    from: A\n    question: {hostile}\n    reply: {hostile}\n"
        ),
        &format!(
            "  - provision: 8.1.b\n    kind: challenge\n    text: {hostile}\n    proposed_by: B\n    agreed: disputed\n"
        ),
        &hostile,
    );
    let file = review.to_str().unwrap();
    let md = report(file, "md");
    // Template syntax in review text is never run: it is shown, escaped.
    assert_eq!(md.matches("\\{\\{ 7\\*7 \\}\\}").count(), 4, "{md}");
    // No raw HTML, link or template syntax can form: the report makes none of its own, and
    // every `<`, `[`, `]`, `{`, `}` of the review text is escaped.
    // (The visible escapes of control and bidi characters, `\u{1b}`, are saq's own.)
    let text = md.replace("\\u{1b}", "").replace("\\u{202e}", "");
    for (at, c) in text.char_indices() {
        if "<[]{}".contains(c) {
            assert_eq!(
                &text[at - 1..at],
                "\\",
                "unescaped {c:?} at byte {at}:\n{md}"
            );
        }
    }
    assert!(!md.contains('\u{1b}') && !md.contains('\u{202e}'));
    assert!(md.contains("\\u{1b}") && md.contains("\\u{202e}"));
    // Four hostile texts (question, reply, observation, summary), each on a line of its own.
    assert_eq!(md.matches("\\<script\\>").count(), 4, "{md}");

    let html = report(file, "html");
    for forbidden in ["<script", "<img", "\u{1b}", "\u{202e}"] {
        assert!(!html.contains(forbidden), "the HTML carries {forbidden:?}");
    }
    // `javascript:` stays text: no tag carries it, nor any link of the review's.
    let tags: Vec<&str> = html
        .split('<')
        .skip(1)
        .filter_map(|rest| rest.split_once('>').map(|(tag, _)| tag))
        .collect();
    for tag in &tags {
        let tag = tag.to_ascii_lowercase();
        assert!(
            !tag.contains("javascript") && !tag.contains("onerror"),
            "{tag}"
        );
    }
    assert!(!html.contains("<a "), "the report links nothing");
    assert!(html.contains("&lt;script&gt;"), "shown as text");
    assert!(!html.contains("<h1>heading"), "no heading of its own");
    assert_eq!(html.matches("{{ 7*7 }}").count(), 4, "shown as text");

    let json: serde_json::Value = serde_json::from_str(&report(file, "json")).unwrap();
    // JSON carries the text exactly, as data.
    assert_eq!(json["summary"], HOSTILE);
    assert_eq!(
        json["feedback"][0]["provisions"][0]["questions"][0]["question"],
        HOSTILE
    );
}

#[test]
fn a_broken_review_in_a_batch_is_listed_and_the_others_reported() {
    let dir = tempfile::tempdir().unwrap();
    let good = review_in(
        dir.path(),
        "good.yaml",
        "  - provision: \"7\"\n    from: A\n    question: How long are records kept?\n",
        "  []",
        "\"\"",
    );
    let broken = review_in(
        dir.path(),
        "broken.yaml",
        "  - provision: 99.9\n    from: A\n    question: Where is article 99?\n",
        "  []",
        "\"\"",
    );
    let out = dir.path().join("out");
    let output = saq(&[
        "review",
        "report",
        good.to_str().unwrap(),
        broken.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    assert!(stderr.contains("unknown-provision"), "{stderr}");
    assert!(
        stderr.contains("1 of 2 review files have problems"),
        "{stderr}"
    );
    assert!(out.join("good.md").is_file());
    assert!(!out.join("broken.md").exists());
    let overview = std::fs::read_to_string(out.join("overview.md")).unwrap();
    assert!(
        overview.contains("## Review files without a report"),
        "{overview}"
    );
    assert!(overview.contains("broken.yaml"), "{overview}");
    assert!(
        overview.contains("`99.9` is no provision or article of the instrument")
            || overview.contains("99.9\\` is no provision"),
        "{overview}"
    );

    // Alone, a broken review gets no report: exit 1.
    let alone = saq(&["review", "report", broken.to_str().unwrap()]);
    assert_eq!(code(&alone), 1, "{}", transcript(&alone));
    assert!(alone.stdout.is_empty());
    // Only broken ones: nothing written, exit 1.
    let nothing = dir.path().join("nothing");
    let none = saq(&[
        "review",
        "report",
        broken.to_str().unwrap(),
        "-o",
        nothing.to_str().unwrap(),
    ]);
    assert_eq!(code(&none), 1, "{}", transcript(&none));
    assert!(!nothing.exists());
}

#[test]
fn usage_errors_exit_2() {
    // Several reviews need a folder.
    let several = saq(&["review", "report", "tests/fixtures/reviews"]);
    assert_eq!(code(&several), 2, "{}", transcript(&several));
    assert!(String::from_utf8_lossy(&several.stderr).contains("--output DIR"));
    // A file that is not there.
    let missing = saq(&["review", "report", "tests/fixtures/reviews/absent.yaml"]);
    assert_eq!(code(&missing), 2, "{}", transcript(&missing));
    // A folder with no review file.
    let dir = tempfile::tempdir().unwrap();
    let empty = saq(&["review", "report", dir.path().to_str().unwrap()]);
    assert_eq!(code(&empty), 2, "{}", transcript(&empty));
    // CSV is no review format.
    let csv = saq(&["review", "report", "--format", "csv", BOREALIS]);
    assert_eq!(code(&csv), 2, "{}", transcript(&csv));
}

#[test]
fn no_output_replaces_an_input() {
    let dir = tempfile::tempdir().unwrap();
    // A review named like the overview, written into its own folder: its report is
    // `overview-2.md`, and the overview does not replace the review or its report.
    let review = review_in(dir.path(), "overview.yaml", "  []", "  []", "\"\"");
    let output = saq(&[
        "review",
        "report",
        review.to_str().unwrap(),
        "-o",
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    assert!(dir.path().join("overview-2.md").is_file());
    assert!(dir.path().join("overview.md").is_file());
    assert!(review.is_file());
}

#[test]
fn schema_prints_the_review_formats() {
    for name in ["review-report", "review-overview"] {
        let output = saq(&["schema", name]);
        assert_eq!(code(&output), 0, "{}", transcript(&output));
        let committed = std::fs::read_to_string(
            root().join(format!("questionnaires/schema/{name}.schema.json")),
        )
        .unwrap();
        assert_eq!(String::from_utf8_lossy(&output.stdout), committed);
    }
}

#[test]
fn a_templates_folder_needs_only_the_templates_the_job_uses() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("review.md.j2"),
        "# Review of {{ review.state.name }}: {{ review.open.drafts }} drafts\n",
    )
    .unwrap();
    let templates = dir.path().to_str().unwrap();
    let output = saq(&["review", "report", "--templates", templates, BOREALIS]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "# Review of Borealis: 2 drafts\n"
    );
    // The overview's template is missing: named, and nothing is written.
    let out = dir.path().join("out");
    let batch = saq(&[
        "review",
        "report",
        "--templates",
        templates,
        "tests/fixtures/reviews",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code(&batch), 2, "{}", transcript(&batch));
    assert!(String::from_utf8_lossy(&batch.stderr).contains("review-overview.md.j2"));
    assert!(!out.exists());
    // A misspelt field stops the run with the template's name and line.
    std::fs::write(
        dir.path().join("review.md.j2"),
        "# {{ review.state.name }}\n{{ review.sumary }}\n",
    )
    .unwrap();
    let broken = saq(&["review", "report", "--templates", templates, BOREALIS]);
    assert_eq!(code(&broken), 1, "{}", transcript(&broken));
    let stderr = String::from_utf8_lossy(&broken.stderr);
    assert!(stderr.contains("review.md.j2"), "{stderr}");
}

/// `--lang fr`: the report's own words from the French catalogs, the questionnaire's from its
/// French translation; the reviewers' and the State's words as written. `--lang en` is the
/// questionnaire's own language: the report as without it.
#[test]
fn a_review_in_french() {
    let output = saq(&["review", "report", "--lang", "fr", BOREALIS]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let md = String::from_utf8(output.stdout).expect("reports are UTF-8");
    assert!(md.starts_with("# Borealis\u{a0}: examen de l'application du Protocole"));
    insta::assert_snapshot!("borealis.fr.md", md);

    let output = saq(&["review", "report", "--lang", "en", BOREALIS]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        report(BOREALIS, "md")
    );

    // A batch: each report and the overview in French, and the line that says so.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let output = saq(&[
        "review",
        "report",
        "--lang",
        "fr",
        "tests/fixtures/reviews",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        format!(
            "2 rapports d'examen de pays écrits, ainsi que la vue d'ensemble à l'intention du secrétariat, dans {}\n",
            out.display()
        )
    );
    let overview = std::fs::read_to_string(out.join("overview.md")).unwrap();
    assert!(
        overview.starts_with("# Examens de pays"),
        "{}",
        &overview[..200.min(overview.len())]
    );

    // A language the questionnaire has no translation into is refused, as by `saq report`.
    let output = saq(&["review", "report", "--lang", "de", BOREALIS]);
    assert_eq!(code(&output), 2, "{}", transcript(&output));
}
