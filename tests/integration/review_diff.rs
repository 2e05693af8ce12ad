//! `saq review diff`: what changed between two versions of one review — drafts accepted or
//! rewritten, entries added and withdrawn, replies, agreements, the summary.

use std::path::Path;

use crate::support::{code, root, saq_in, transcript};

/// A review of the early-draft example drafted in `dir` as `r1.yaml`, and its text.
fn drafted(dir: &Path) -> String {
    std::fs::copy(
        root().join("questionnaires/firearms-protocol/examples/03-early-draft.yaml"),
        dir.join("answers.yaml"),
    )
    .unwrap();
    let output = saq_in(
        dir,
        &[
            "review",
            "init",
            "answers.yaml",
            "--reviewers",
            "Coralia (XCO), Amberland (XAM)",
            "-o",
            "r1.yaml",
        ],
    );
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    std::fs::read_to_string(dir.join("r1.yaml")).unwrap()
}

#[test]
fn what_the_reviewers_did_between_two_versions() {
    let dir = tempfile::tempdir().unwrap();
    let r1 = drafted(dir.path());
    // The first draft question taken on as drafted, and replied to; the first draft
    // observation rewritten; the last observation withdrawn; a suggestion and a summary added.
    let question = r1.find("\ndialogue:").unwrap();
    let at = question + r1[question..].find("    draft: true\n").unwrap();
    let mut r2 = format!(
        "{}    reply: \"The rules of the three provinces keep records for ten years.\"\n{}",
        &r1[..at],
        &r1[at + "    draft: true\n".len()..]
    );
    let observations = r2.find("\nobservations:").unwrap();
    let text = observations + r2[observations..].find("    text: ").unwrap();
    let end = text + r2[text..].find("\n    proposed_by").unwrap();
    r2.replace_range(
        text..end,
        "    text: Records are kept by each province, under rules that differ.",
    );
    let draft = text + r2[text..].find("    draft: true\n").unwrap();
    r2.replace_range(draft..draft + "    draft: true\n".len(), "");
    let last = r2.rfind("\n  - provision:").unwrap();
    let summary = r2.find("\n# The summary").unwrap();
    r2.replace_range(
        last..summary,
        "\n  - provision: \"5\"\n    kind: suggestion\n    text: Consolidate the provincial registers.\n    proposed_by: A\n",
    );
    r2.push_str("summary: Borealis reports its measures in part; records are provincial.\n");
    std::fs::write(dir.path().join("r2.yaml"), &r2).unwrap();

    let output = saq_in(
        dir.path(),
        &["review", "diff", "--format", "json", "r1.yaml", "r2.yaml"],
    );
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let changes: Vec<(String, String)> = json["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["part"].as_str().unwrap().to_owned(),
                c["change"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let has = |part: &str, change: &str| changes.iter().any(|(p, c)| p == part && c == change);
    assert!(has("question", "accepted"), "{changes:?}");
    assert!(has("question", "replied"), "{changes:?}");
    assert!(has("observation", "accepted-rewritten"), "{changes:?}");
    assert!(has("observation", "withdrawn"), "{changes:?}");
    assert!(has("observation", "added"), "{changes:?}");
    assert!(has("summary", "added"), "{changes:?}");
    assert_eq!(json["answers_changed"], false);

    // In Markdown, each in words.
    let output = saq_in(dir.path(), &["review", "diff", "r1.yaml", "r2.yaml"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let markdown = String::from_utf8_lossy(&output.stdout);
    for words in [
        "Draft accepted as drafted",
        "Reply of the State",
        "Draft accepted, rewritten",
        "Withdrawn",
        "Consolidate the provincial registers",
        "## Summary",
    ] {
        assert!(markdown.contains(words), "{words}: {markdown}");
    }
}

#[test]
fn reviews_of_two_states_are_no_two_versions_of_one() {
    let dir = tempfile::tempdir().unwrap();
    drafted(dir.path());
    let other = root().join("questionnaires/firearms-protocol/examples/reviews/borealis.yaml");
    let other = other.to_str().unwrap();
    let output = saq_in(dir.path(), &["review", "diff", "r1.yaml", other]);
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("not two versions of one review"),
        "{}",
        transcript(&output)
    );
}
