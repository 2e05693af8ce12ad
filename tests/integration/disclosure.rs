//! Confidentiality and provenance: the comparative view names no State in any format; the named
//! view names only States whose disclosure allows it, and says it is restricted; drafts are left
//! out of the counts unless asked for; the review cycle and source show in the index, the
//! country report and the diff, which orders two sets by cycle; the new header fields survive
//! `fill` and `submit` and are covered by the digest.
//!
//! Answer sets are copies of the four examples with header lines added, plus a fifth State.

use std::path::{Path, PathBuf};

use crate::support::{code, init_mini, mini, resealed, root, saq, saq_in, transcript};

const EXAMPLES: &str = "questionnaires/firearms-protocol/examples";

/// Words that would name a `restricted` State of [`states`] (Amberland says so explicitly,
/// Dunmore Islands says nothing): names, codes, report names, focal points.
const RESTRICTED: [&str; 9] = [
    "Amberland",
    "XAM",
    "01-full-implementation",
    "Mira Castellan",
    "Dunmore",
    "XDE",
    "04-no-industry-deactivation",
    "Aled Pryce",
    "Attorney General",
];

/// `text` (an example answer set) with `header` inserted before its `status:` line, resealed.
fn with_header(text: &str, header: &str) -> String {
    assert!(
        text.contains("\nstatus: "),
        "an answer set has a status line"
    );
    resealed(&text.replacen("\nstatus: ", &format!("\n{header}status: "), 1))
}

fn example(name: &str) -> String {
    std::fs::read_to_string(root().join(EXAMPLES).join(name)).unwrap()
}

/// A folder of five answer sets:
/// - Republic of Amberland (submitted), `disclosure: restricted`;
/// - Borealis (submitted), `disclosure: public`, review cycle 2025 and a source;
/// - Coralia (draft), `disclosure: secretariat`;
/// - Dunmore Islands (submitted), no disclosure: restricted by default;
/// - Estovia (submitted, a copy of Borealis's answers), `disclosure: secretariat`.
fn states() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: String| std::fs::write(dir.path().join(name), text).unwrap();
    write(
        "01-full-implementation.yaml",
        with_header(
            &example("01-full-implementation.yaml"),
            "disclosure: restricted\n",
        ),
    );
    write(
        "02-partial-implementation.yaml",
        with_header(
            &example("02-partial-implementation.yaml"),
            "review:\n  cycle: \"2025\"\n  phase: cluster II\n  period: 2023–2024\nsource:\n  \
             description: National report of Borealis, 2024\n  url: https://example.org/borealis-2024\n\
             disclosure: public\n",
        ),
    );
    write(
        "03-early-draft.yaml",
        with_header(&example("03-early-draft.yaml"), "disclosure: secretariat\n"),
    );
    write(
        "04-no-industry-deactivation.yaml",
        example("04-no-industry-deactivation.yaml"),
    );
    write(
        "05-estovia.yaml",
        with_header(
            &example("02-partial-implementation.yaml").replace(
                "  name: Borealis\n  code: XBO\n",
                "  name: Estovia\n  code: XES\n",
            ),
            "disclosure: secretariat\n",
        ),
    );
    dir
}

/// Runs `saq report -o OUT` over `answers` with `extra` arguments; returns OUT.
fn batch(answers: &Path, format: &str, extra: &[&str]) -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    let mut args = vec![
        "report",
        "--format",
        format,
        "-o",
        out.path().to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    args.push(answers.to_str().unwrap());
    let output = saq(&args);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    out
}

fn read(dir: &Path, name: &str) -> String {
    std::fs::read_to_string(dir.join(name)).unwrap_or_else(|err| panic!("{name}: {err}"))
}

/// The comparative files a batch wrote (the default view and, if made, the named view): every
/// output but the country reports and the index.
fn comparative_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_str().unwrap();
            name.starts_with("comparative") || name.starts_with("provisions")
        })
        .collect();
    files.sort();
    files
}

fn named_file(path: &Path) -> bool {
    path.file_name()
        .unwrap()
        .to_str()
        .unwrap()
        .contains("-named")
}

#[test]
fn a_restricted_state_is_never_named_in_a_comparison_in_any_format() {
    let answers = states();
    for format in ["md", "html", "json", "csv"] {
        for extra in [
            &[][..],
            &["--named"][..],
            &["--named", "--include-drafts"][..],
        ] {
            let out = batch(answers.path(), format, extra);
            let files = comparative_files(out.path());
            let expected = if extra.is_empty() { 1 } else { 2 };
            assert_eq!(files.len(), expected, "{format} {extra:?}: {files:?}");
            for file in &files {
                let text = std::fs::read_to_string(file).unwrap();
                for word in RESTRICTED {
                    assert!(
                        !text.contains(word),
                        "{} ({format} {extra:?}) names a restricted State: {word}",
                        file.display()
                    );
                }
            }
        }
    }
}

#[test]
fn a_secretariat_or_public_state_is_named_only_in_the_named_view() {
    let answers = states();
    for format in ["md", "html", "json", "csv"] {
        let out = batch(answers.path(), format, &["--named"]);
        for file in comparative_files(out.path()) {
            let text = std::fs::read_to_string(&file).unwrap();
            for name in ["Estovia", "Borealis"] {
                assert_eq!(
                    text.contains(name),
                    named_file(&file),
                    "{name} in {}",
                    file.display()
                );
            }
            // Coralia is a draft: not counted, so not named, without --include-drafts.
            assert!(!text.contains("Coralia"), "{}", file.display());
        }
    }
}

#[test]
fn the_default_view_has_no_state_names_no_verdicts_per_state_and_counts_per_provision() {
    let answers = states();
    let json = read(
        batch(answers.path(), "json", &[]).path(),
        "comparative.json",
    );
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(value.get("states").is_none(), "{json}");
    assert!(!json.contains("\"verdicts\""), "{json}");
    assert!(!json.contains("\"report\""), "{json}");
    assert_eq!(value["basis"]["counted"], 4);
    assert_eq!(value["basis"]["drafts_left_out"], 1);
    assert_eq!(value["basis"]["disclosure"]["restricted"], 2);
    let row = &value["provisions"][0];
    assert_eq!(row["id"], "5.1.a");
    assert_eq!(row["assessed"], 4);

    let csv = read(batch(answers.path(), "csv", &[]).path(), "provisions.csv");
    let mut lines = csv.lines();
    let header = lines.next().unwrap();
    assert!(header.starts_with(
        r#""provision","article","force","answer_sets_counted","drafts_counted","assessed","#
    ));
    assert!(
        !header
            .split(',')
            .any(|column| ["\"state\"", "\"code\"", "\"report\""].contains(&column)),
        "{header}"
    );
    assert_eq!(lines.count(), 44, "one row per provision: {csv}");

    let html = read(
        batch(answers.path(), "html", &[]).path(),
        "comparative.html",
    );
    assert_eq!(
        html.matches("<svg").count(),
        1,
        "no heat map in the default view"
    );
}

#[test]
fn every_page_and_file_of_the_named_view_is_marked_restricted() {
    let answers = states();
    let marking = "Restricted: for the review's participants and the secretariat";
    let md = read(
        batch(answers.path(), "md", &["--named"]).path(),
        "comparative-named.md",
    );
    assert!(md.starts_with(&format!("**{marking}.**")), "{md}");
    assert!(md.trim_end().ends_with(&format!("**{marking}.**")), "{md}");
    assert!(
        md.contains("2 States are not named: their answers are restricted."),
        "{md}"
    );
    let html = read(
        batch(answers.path(), "html", &["--named"]).path(),
        "comparative-named.html",
    );
    assert!(html.contains("<title>Restricted"), "the page title says it");
    assert!(
        html.contains(&format!("<strong>{marking}.</strong>")),
        "marked on screen"
    );
    assert!(html.contains("@top-center"), "and on every printed page");
    assert_eq!(html.matches("<svg").count(), 1, "the heat map");
    let json: serde_json::Value = serde_json::from_str(&read(
        batch(answers.path(), "json", &["--named"]).path(),
        "comparative-named.json",
    ))
    .unwrap();
    assert_eq!(json["distribution"], marking);
    assert_eq!(json["not_named"], 2);
    let names: Vec<&str> = json["states"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Borealis", "Estovia"], "alphabetical");
    let csv = read(
        batch(answers.path(), "csv", &["--named"]).path(),
        "provisions-named.csv",
    );
    let mut lines = csv.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with(r#""distribution","cycle","disclosure","state","#)
    );
    assert!(
        lines.all(|line| line.starts_with(&format!("\"{marking}\","))),
        "every row carries the marking: {csv}"
    );
}

#[test]
fn the_named_view_with_drafts() {
    let answers = states();
    let out = batch(answers.path(), "md", &["--named", "--include-drafts"]);
    insta::assert_snapshot!(
        "comparative-named.md",
        read(out.path(), "comparative-named.md")
    );
}

#[test]
fn drafts_are_counted_only_on_request_and_then_every_table_says_so() {
    let answers = states();
    let default = batch(answers.path(), "md", &["--named"]);
    let with_drafts = batch(answers.path(), "md", &["--named", "--include-drafts"]);

    let json = |extra: &[&str]| -> serde_json::Value {
        serde_json::from_str(&read(
            batch(answers.path(), "json", extra).path(),
            "comparative.json",
        ))
        .unwrap()
    };
    let (without, with) = (json(&[]), json(&["--include-drafts"]));
    assert_eq!(without["basis"]["counted"], 4);
    assert_eq!(with["basis"]["counted"], 5);
    assert_eq!(with["basis"]["drafts_counted"], 1);
    assert_eq!(without["provisions"][0]["assessed"], 4);
    assert_eq!(with["provisions"][0]["assessed"], 5);

    let comparative = read(default.path(), "comparative.md");
    assert!(
        comparative.contains("**Left out:** 1 draft answer set."),
        "{comparative}"
    );
    assert!(!comparative.contains("Includes 1 draft"), "{comparative}");
    let comparative = read(with_drafts.path(), "comparative.md");
    let tables = comparative.matches("\n| ").count();
    let notes = comparative.matches("*Includes 1 draft answer set").count();
    assert!(notes >= 4, "a note before every table: {comparative}");
    assert!(tables > 0 && !comparative.contains("**Left out:**"));

    let named = read(with_drafts.path(), "comparative-named.md");
    assert!(named.contains("| Coralia (draft) |"), "{named}");
    assert!(!read(default.path(), "comparative-named.md").contains("Coralia"));

    // The index lists every answer set and says which one the comparative view leaves out.
    let index = read(default.path(), "index.md");
    for name in [
        "Borealis",
        "Coralia",
        "Dunmore Islands",
        "Estovia",
        "Republic of Amberland",
    ] {
        assert!(index.contains(&format!("[{name}]")), "{name}: {index}");
    }
    assert!(index.contains("| left out: draft |"), "{index}");
    assert!(index.contains("counted; not named (restricted)"), "{index}");
    assert!(
        index.contains("The comparative view leaves out 1 draft answer set"),
        "{index}"
    );
}

#[test]
fn provenance_shows_in_the_index_and_the_country_report() {
    let answers = states();
    let out = batch(answers.path(), "md", &[]);
    let index = read(out.path(), "index.md");
    assert!(
        index.contains(
            "| 2025, cluster II (period 2023–2024) | [National report of Borealis, 2024](https://example.org/borealis-2024) |"
        ),
        "{index}"
    );
    let report = read(out.path(), "02-partial-implementation.md");
    assert!(
        report.contains("- **Review:** cycle 2025, cluster II, period 2023–2024\n"),
        "{report}"
    );
    assert!(
        report.contains(
            "- **Source:** [National report of Borealis, 2024](https://example.org/borealis-2024)\n"
        ),
        "{report}"
    );
    let json = read(
        batch(answers.path(), "json", &[]).path(),
        "02-partial-implementation.json",
    );
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["review"]["cycle"], "2025");
    assert_eq!(json["source"]["url"], "https://example.org/borealis-2024");
    assert_eq!(json["disclosure"], "public");
    let comparative = read(out.path(), "comparative.md");
    assert!(
        comparative.contains(
            "- **Review cycles:** 2025, cluster II, period 2023–2024 (1 answer set); not stated (3 answer sets)."
        ),
        "{comparative}"
    );
}

#[test]
fn a_source_link_that_is_not_a_web_or_mail_link_is_warned_about_and_never_linked() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hostile-source.yaml");
    std::fs::write(
        &path,
        with_header(
            &example("02-partial-implementation.yaml"),
            "source:\n  description: \"<script>x</script> [click](javascript:alert(1))\"\n  \
             url: \"javascript:alert(1)\"\ndisclosure: public\n",
        ),
    )
    .unwrap();
    let output = saq(&["validate", path.to_str().unwrap()]);
    assert_eq!(code(&output), 0, "a warning only: {}", transcript(&output));
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("warning[unsafe-link]"),
        "{}",
        transcript(&output)
    );
    let out = batch(dir.path(), "html", &["--named"]);
    for name in [
        "index.html",
        "comparative-named.html",
        "hostile-source.html",
    ] {
        let html = read(out.path(), name);
        assert!(!html.contains("href=\"javascript"), "{name}");
        assert!(!html.contains("<script"), "{name}");
        assert!(html.contains("&lt;script&gt;"), "{name}: the text is shown");
    }
}

const BOREALIS_2025: &str = "02-partial-implementation.yaml";
const BOREALIS_2027: &str = "tests/inputs/diff/borealis-2027.yaml";

/// Borealis's answers of 2025 and 2027, each with its review cycle, in a temporary folder.
fn two_cycles() -> (tempfile::TempDir, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("borealis-2025.yaml");
    let new = dir.path().join("borealis-2027.yaml");
    std::fs::write(
        &old,
        with_header(
            &example(BOREALIS_2025),
            "review:\n  cycle: \"2025\"\n  period: 2023–2024\nsource:\n  description: National report, 2024\n",
        ),
    )
    .unwrap();
    std::fs::write(
        &new,
        with_header(
            &std::fs::read_to_string(root().join(BOREALIS_2027)).unwrap(),
            "review:\n  cycle: 2027\n  phase: cluster II\n",
        ),
    )
    .unwrap();
    let name = |p: &Path| p.to_str().unwrap().to_owned();
    (dir, name(&old), name(&new))
}

#[test]
fn the_diff_shows_each_side_s_cycle_and_orders_the_sets_by_cycle() {
    let (_dir, old, new) = two_cycles();
    let in_order = saq(&["diff", "--format", "json", &old, &new]);
    assert_eq!(code(&in_order), 0, "{}", transcript(&in_order));
    assert!(in_order.stderr.is_empty(), "{}", transcript(&in_order));
    let swapped = saq(&["diff", "--format", "json", &new, &old]);
    assert_eq!(
        code(&swapped),
        0,
        "a note is no failure: {}",
        transcript(&swapped)
    );
    let note = String::from_utf8_lossy(&swapped.stderr);
    assert!(
        note.starts_with("note: ")
            && note.contains("review cycle 2025, before the cycle of")
            && note.contains("the earlier cycle first"),
        "{note}"
    );
    assert_eq!(
        in_order.stdout, swapped.stdout,
        "the same diff, whichever order the sets are given in"
    );
    let json: serde_json::Value = serde_json::from_slice(&swapped.stdout).unwrap();
    assert_eq!(json["old"]["review"]["cycle"], "2025");
    assert_eq!(json["new"]["review"]["cycle"], "2027");
    assert_eq!(
        json["old"]["source"]["description"],
        "National report, 2024"
    );
    assert_eq!(json["new"]["disclosure"], "restricted");

    let markdown = saq(&["diff", &new, &old]);
    let markdown = String::from_utf8_lossy(&markdown.stdout);
    assert!(
        markdown.contains("| Review cycle | 2025 | 2027, cluster II |"),
        "{markdown}"
    );
    assert!(
        markdown.contains("| Reporting period | 2023–2024 |  |"),
        "{markdown}"
    );
    assert!(
        markdown.contains("| Source | National report, 2024 |  |"),
        "{markdown}"
    );
    let html = saq(&["diff", "--format", "html", &new, &old]);
    assert!(String::from_utf8_lossy(&html.stdout).contains("<td>2027, cluster II</td>"));
}

#[test]
fn without_a_cycle_on_both_sides_the_diff_keeps_the_order_given() {
    let (_dir, _old, new) = two_cycles();
    let old = root().join(EXAMPLES).join(BOREALIS_2025);
    let output = saq(&["diff", "--format", "json", &new, old.to_str().unwrap()]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    assert!(output.stderr.is_empty(), "{}", transcript(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["old"]["review"]["cycle"], "2027");
    assert!(json["new"]["review"].is_null());
}

/// The header lines of the mini answer set the fill and submit tests use.
const PROVENANCE: &str = "review:\n  cycle: \"2027\"\n  phase: cluster I\n  period: 2025–2026\n\
                          source:\n  description: Written by the Ministry of Justice\n  \
                          url: https://example.org/testland\ndisclosure: secretariat\n";

/// A mini answer set with [`PROVENANCE`] in place of `saq init`'s commented templates.
fn mini_with_provenance(dir: &Path) -> PathBuf {
    let path = init_mini(dir);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("\n# review:\n"),
        "init shows how to write it: {text}"
    );
    assert!(text.contains("\ndisclosure: restricted\n"), "{text}");
    let text = text.replace("\ndisclosure: restricted\n", &format!("\n{PROVENANCE}"));
    std::fs::write(&path, text).unwrap();
    path
}

/// The file still says what [`PROVENANCE`] says (a rewrite may put comments between the
/// fields).
fn keeps_provenance(path: &Path) {
    let text = std::fs::read_to_string(path).unwrap();
    for part in PROVENANCE.split_inclusive("\ndisclosure") {
        let part = part.trim_end_matches("\ndisclosure");
        assert!(text.contains(part), "{part}\n---\n{text}");
    }
    assert!(text.contains("\ndisclosure: secretariat\n"), "{text}");
}

fn validate(dir: &Path) -> std::process::Output {
    saq_in(dir, &["validate", "-q", &mini(), "answers.yaml"])
}

#[test]
fn provenance_survives_submit_and_is_covered_by_the_digest() {
    let dir = tempfile::tempdir().unwrap();
    let path = mini_with_provenance(dir.path());
    crate::support::answer(&path, "profile_industry", "\"no\"");
    crate::support::answer(&path, "q_1_1", "\"no\"");
    let output = saq_in(dir.path(), &["submit", "-q", &mini(), "answers.yaml"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    keeps_provenance(&path);
    assert_eq!(code(&validate(dir.path())), 0);

    // Each field is content: changing it after submission is caught.
    let submitted = std::fs::read_to_string(&path).unwrap();
    for (from, to) in [
        ("disclosure: secretariat", "disclosure: public"),
        ("cycle: \"2027\"", "cycle: \"2028\""),
        ("description: Written by", "description: Drafted by"),
        (
            "url: https://example.org/testland",
            "url: https://example.org/other",
        ),
        ("period: 2025–2026", "period: 2026"),
    ] {
        std::fs::write(&path, submitted.replace(from, to)).unwrap();
        let output = validate(dir.path());
        assert_eq!(code(&output), 1, "{from} → {to}: {}", transcript(&output));
        assert!(
            String::from_utf8_lossy(&output.stderr).contains("edited-after-submission"),
            "{}",
            transcript(&output)
        );
    }
}

#[test]
fn provenance_survives_a_submit_that_rewrites_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = mini_with_provenance(dir.path());
    crate::support::answer(&path, "profile_industry", "\"no\"");
    crate::support::answer(&path, "q_1_1", "\"no\"");
    // A quoted key cannot be edited in place: the whole file is written again.
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replace("\nstatus: draft\n", "\n\"status\": draft\n");
    std::fs::write(&path, text).unwrap();
    let output = saq_in(dir.path(), &["submit", "-q", &mini(), "answers.yaml"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("\nstatus: submitted\n"), "rewritten: {text}");
    keeps_provenance(&path);
    assert_eq!(code(&validate(dir.path())), 0);
}

#[cfg(unix)]
#[test]
fn provenance_survives_fill() {
    use rexpect::process::WaitStatus;

    let dir = tempfile::tempdir().unwrap();
    let path = mini_with_provenance(dir.path());
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_saq"));
    command
        .args(["fill", "-q", &mini(), "answers.yaml"])
        .current_dir(dir.path())
        .env("NO_COLOR", "1")
        .env_remove("VISUAL")
        .env_remove("EDITOR");
    let mut session = rexpect::session::spawn_command(command, Some(20_000))
        .expect("saq fill starts in a pseudo-terminal");
    session
        .exp_string("Is there a firearms manufacturing industry?")
        .unwrap();
    session.exp_string("Number (Enter skips): ").unwrap();
    session.send_line("2").unwrap();
    session
        .exp_string("Has your country established the offences?")
        .unwrap();
    session.send_line("/quit").unwrap();
    session.exp_eof().unwrap();
    assert!(matches!(
        session.process().wait().unwrap(),
        WaitStatus::Exited(_, 0)
    ));
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("  profile_industry: \"no\"\n"), "{text}");
    keeps_provenance(&path);
    assert_eq!(code(&validate(dir.path())), 0);
}

#[test]
fn the_named_view_and_drafts_need_a_batch_and_an_empty_cycle_is_refused() {
    let borealis = format!("{EXAMPLES}/02-partial-implementation.yaml");
    for flag in ["--named", "--include-drafts"] {
        let output = saq(&["report", flag, &borealis]);
        assert_eq!(code(&output), 2, "{flag}: {}", transcript(&output));
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty-cycle.yaml");
    std::fs::write(
        &path,
        with_header(
            &example("02-partial-implementation.yaml"),
            "review:\n  cycle: \"\"\nsource:\n  description: \" \"\n",
        ),
    )
    .unwrap();
    let output = saq(&["validate", path.to_str().unwrap()]);
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.matches("error[empty-field]").count(), 2, "{stderr}");
}
