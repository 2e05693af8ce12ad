//! Review clusters as a scope: an answer set that names a cluster (`saq init --cluster I`) is
//! asked, counted, submitted and reported on that cluster's provisions only.

use std::path::{Path, PathBuf};

use crate::support::{answer, code, root, saq, saq_in, transcript};

/// A new draft of Atlantis for cluster I in `dir`.
fn init_cluster(dir: &Path, cluster: &str) -> PathBuf {
    let output = saq_in(
        dir,
        &[
            "init",
            "--state",
            "Atlantis",
            "--cluster",
            cluster,
            "-o",
            "a.yaml",
        ],
    );
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    dir.join("a.yaml")
}

/// Cluster I (article 5) answered in full, as far as submission requires.
fn answered_cluster_i(dir: &Path) -> PathBuf {
    let path = init_cluster(dir, "I");
    for (id, value) in [
        ("profile_deactivated_is_firearm", "\"no\""),
        ("profile_manufacturing_industry", "\"yes\""),
        // Definitions and scope bear on every cluster, so they are asked in each.
        ("profile_def_firearm", "in-line"),
        ("profile_antique_definition", "year"),
        ("profile_antique_cutoff_year", "1890"),
        ("profile_def_parts", "in-line"),
        ("profile_def_ammunition", "in-line"),
        ("profile_offences_scope", "\"yes\""),
        ("q_5_1_a", "\"yes\""),
        ("q_5_1_b", "\"yes\""),
        ("q_5_1_c", "partly"),
        ("q_5_2_a", "\"yes\""),
        ("q_5_2_b", "\"no\""),
    ] {
        answer(&path, id, value);
    }
    path
}

#[test]
fn init_lists_only_the_questions_of_the_cluster() {
    let dir = tempfile::tempdir().unwrap();
    let path = init_cluster(dir.path(), "I");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("\ncluster: I\n"), "{text}");
    assert!(text.contains("\n  q_5_1_a:\n"), "{text}");
    assert!(text.contains("\n  profile_manufacturing_industry:\n"));
    assert!(
        text.contains("\n  profile_def_firearm:\n"),
        "definitions in every cluster"
    );
    for outside in ["q_6_1:", "q_8_1_a:", "q_12_1:"] {
        assert!(!text.contains(outside), "{outside} listed");
    }
    // An unknown cluster is refused with the clusters there are.
    let output = saq_in(
        dir.path(),
        &["init", "--state", "X", "--cluster", "IX", "-o", "b.yaml"],
    );
    assert_eq!(code(&output), 2, "{}", transcript(&output));
    assert!(String::from_utf8_lossy(&output.stderr).contains("I (Criminalization"));
    assert!(!dir.path().join("b.yaml").exists());
}

#[test]
fn status_and_submit_count_the_cluster_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = answered_cluster_i(dir.path());
    let output = saq_in(dir.path(), &["status", "--format", "json", "a.yaml"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let file = &json["files"][0];
    assert_eq!(file["ready_to_submit"], true, "{file}");
    let sections: Vec<&str> = file["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["title"].as_str().unwrap())
        .collect();
    assert!(
        sections.iter().any(|s| s.starts_with("Article 5")),
        "{sections:?}"
    );
    assert!(
        !sections.iter().any(|s| s.starts_with("Article 8")),
        "{sections:?}"
    );

    let output = saq_in(dir.path(), &["submit", "a.yaml"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let output = saq_in(dir.path(), &["validate", "a.yaml"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    // The cluster is covered by the digest: changing it is an edit.
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace("\ncluster: I\n", "\ncluster: II\n")).unwrap();
    let output = saq_in(dir.path(), &["validate", "a.yaml"]);
    assert_eq!(code(&output), 1, "{}", transcript(&output));
}

#[test]
fn the_report_covers_the_cluster_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    answered_cluster_i(dir.path());
    let output = saq_in(dir.path(), &["report", "--format", "json", "a.yaml"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["questionnaire"]["cluster"]["id"], "I");
    assert_eq!(json["questionnaire"]["cluster_mapping"]["verified"], false);
    let provisions: Vec<&str> = json["provisions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert!(!provisions.is_empty());
    assert!(
        provisions.iter().all(|p| p.starts_with("5.")),
        "{provisions:?}"
    );
    // Nothing of the other clusters is "not assessed".
    assert_eq!(json["summary"]["by_verdict"]["not_assessed"], 0, "{json}");

    let output = saq_in(dir.path(), &["report", "a.yaml"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let markdown = String::from_utf8_lossy(&output.stdout);
    assert!(markdown.contains("**Review cluster:** I. Criminalization and jurisdiction"));
    assert!(markdown.contains("not verified"), "{markdown}");
    assert!(!markdown.contains("Article 8"), "{markdown}");
}

#[test]
fn an_answer_outside_the_cluster_is_kept_and_not_used() {
    let dir = tempfile::tempdir().unwrap();
    let path = answered_cluster_i(dir.path());
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, format!("{text}  q_8_1_a: \"yes\"\n")).unwrap();
    let output = saq_in(dir.path(), &["validate", "a.yaml"]);
    assert_eq!(code(&output), 0, "a warning: {}", transcript(&output));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("warning[outside-cluster]"),
        "{}",
        transcript(&output)
    );
}

#[test]
fn a_batch_compares_the_sets_of_one_cluster_with_each_other_only() {
    let dir = tempfile::tempdir().unwrap();
    answered_cluster_i(dir.path());
    std::fs::copy(
        root().join("questionnaires/firearms-protocol/examples/01-full-implementation.yaml"),
        dir.path().join("b.yaml"),
    )
    .unwrap();
    let out = dir.path().join("out");
    let output = saq(&[
        "report",
        "--format",
        "json",
        "--include-drafts",
        "-o",
        out.to_str().unwrap(),
        dir.path().to_str().unwrap(),
    ]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let cluster = out.join("firearms-protocol-saq-2.0.0-cluster-I");
    let whole = out.join("firearms-protocol-saq-2.0.0");
    let comparative: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(cluster.join("comparative.json")).unwrap())
            .unwrap();
    assert!(
        comparative["provisions"]
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["id"].as_str().unwrap().starts_with("5.")),
        "{comparative}"
    );
    assert!(whole.join("comparative.json").is_file());
    assert!(cluster.join("a.json").is_file());
    assert!(whole.join("b.json").is_file());
}
