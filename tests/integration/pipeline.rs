//! `saq report` runs one pipeline for one answer set and for a batch: a file that gets no report
//! is never said to have one.

use crate::support::{code, saq, transcript};

const BAD: &str = "tests/fixtures/mini/examples/valid.yaml";
const GOOD: &str = "questionnaires/firearms-protocol/examples/03-early-draft.yaml";

#[test]
fn a_batch_where_no_answer_set_gets_a_report_writes_nothing() {
    for format in ["md", "csv", "json"] {
        let out = tempfile::tempdir().unwrap();
        let dir = out.path().join("reports");
        let output = saq(&["report", "-f", format, "-o", dir.to_str().unwrap(), BAD]);
        let text = transcript(&output);
        assert_eq!(code(&output), 1, "{text}");
        assert_eq!(String::from_utf8_lossy(&output.stdout), "", "{text}");
        assert!(!text.contains("wrote"), "{text}");
        assert!(
            text.contains(
                "error: none of the 1 answer sets got a report (see above); nothing was written"
            ),
            "{text}"
        );
        assert!(
            !dir.exists(),
            "{format}: {:?}",
            std::fs::read_dir(&dir).map(|d| d.count())
        );
    }
}

#[test]
fn one_answer_set_goes_through_the_same_pipeline_as_a_batch() {
    // To standard output: the country report, as the batch writes it into its folder.
    let out = tempfile::tempdir().unwrap();
    for format in ["md", "html", "json", "csv"] {
        let alone = saq(&["report", "-f", format, GOOD]);
        assert_eq!(code(&alone), 0, "{}", transcript(&alone));
        let batch = saq(&[
            "report",
            "-f",
            format,
            "-o",
            out.path().to_str().unwrap(),
            GOOD,
        ]);
        assert_eq!(code(&batch), 0, "{}", transcript(&batch));
        if format != "csv" {
            let written =
                std::fs::read(out.path().join(format!("03-early-draft.{format}"))).unwrap();
            assert_eq!(alone.stdout, written, "{format}");
        } else {
            // A batch's CSV is the counts per provision; one State's, its own rows.
            let rows = String::from_utf8(alone.stdout).unwrap();
            assert!(rows.lines().count() > 10, "{rows}");
        }
    }
    // A bad file alone gets no report and says so once.
    let output = saq(&["report", BAD]);
    let text = transcript(&output);
    assert_eq!(code(&output), 1, "{text}");
    assert_eq!(String::from_utf8_lossy(&output.stdout), "");
    assert_eq!(text.matches("error: no report for").count(), 1, "{text}");
}

#[test]
fn a_json_batch_names_only_what_it_wrote() {
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("out");
    let output = crate::support::saq(&[
        "report",
        "--format",
        "json",
        "-o",
        dir.to_str().unwrap(),
        "questionnaires/firearms-protocol/examples",
    ]);
    assert_eq!(crate::support::code(&output), 0);
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.starts_with("wrote 4 reports and the comparative view to "),
        "{stdout}"
    );
    assert!(!dir.join("index.json").exists() && !dir.join("index.md").exists());
}
