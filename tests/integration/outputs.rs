//! Report and diff files are written like answer sets: atomically, never through a link planted
//! at their name, under names unique whatever their case, never over an input; temporary files
//! of a killed save are reported by `saq validate`.

use std::path::Path;

use crate::support::{code, root, saq, transcript};

const AMBERLAND: &str = "questionnaires/firearms-protocol/examples/01-full-implementation.yaml";
const BOREALIS: &str = "questionnaires/firearms-protocol/examples/02-partial-implementation.yaml";

fn copy(from: &str, to: &Path) {
    std::fs::create_dir_all(to.parent().unwrap()).unwrap();
    std::fs::copy(root().join(from), to).unwrap();
}

fn arg(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[cfg(unix)]
#[test]
fn a_link_planted_at_a_report_name_is_replaced_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in").join("Coralia.yaml");
    copy(AMBERLAND, &input);
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let precious = dir.path().join("precious.txt");
    std::fs::write(&precious, "precious\n").unwrap();
    std::os::unix::fs::symlink(&precious, out.join("Coralia.md")).unwrap();
    std::os::unix::fs::symlink(&precious, out.join("index.md")).unwrap();
    let output = saq(&["report", "-o", arg(&out), arg(&input)]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    assert_eq!(std::fs::read_to_string(&precious).unwrap(), "precious\n");
    for name in ["Coralia.md", "index.md"] {
        let meta = std::fs::symlink_metadata(out.join(name)).unwrap();
        assert!(!meta.file_type().is_symlink(), "{name}");
    }
    assert!(
        std::fs::read_to_string(out.join("Coralia.md"))
            .unwrap()
            .contains("Amberland")
    );
}

#[test]
fn report_names_differing_only_in_case_do_not_clash() {
    let dir = tempfile::tempdir().unwrap();
    let upper = dir.path().join("a").join("Coralia.yaml");
    let lower = dir.path().join("b").join("coralia.yaml");
    copy(AMBERLAND, &upper);
    copy(BOREALIS, &lower);
    let out = dir.path().join("out");
    let output = saq(&["report", "-o", arg(&out), arg(&upper), arg(&lower)]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_lowercase())
        .collect();
    names.sort();
    let before = names.len();
    names.dedup();
    assert_eq!(names.len(), before, "{names:?}");
    assert!(names.contains(&"coralia-2.md".to_owned()), "{names:?}");
}

/// A file name holding a newline (or any control or bidi character) gets a report under a name
/// without it, and the index links to that report.
#[cfg(unix)]
#[test]
fn a_newline_in_a_file_name_does_not_break_its_index_link() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    copy(AMBERLAND, &input.join("Amber\nland\u{202e}.yaml"));
    copy(BOREALIS, &input.join("borealis.yaml"));
    for format in ["md", "html"] {
        let out = dir.path().join(format!("out-{format}"));
        let output = saq(&["report", "--format", format, "-o", arg(&out), arg(&input)]);
        assert_eq!(code(&output), 0, "{}", transcript(&output));
        let report = format!("Amber_land_.{format}");
        assert!(out.join(&report).is_file(), "{report}");
        let index = std::fs::read_to_string(out.join(format!("index.{format}"))).unwrap();
        let link = if format == "md" {
            format!("]({report})")
        } else {
            format!("href=\"{report}\"")
        };
        assert!(index.contains(&link), "{link} in {index}");
    }
}

#[test]
fn a_diff_is_never_written_over_its_input() {
    let dir = tempfile::tempdir().unwrap();
    let new = dir.path().join("new.yaml");
    copy(BOREALIS, &new);
    let before = std::fs::read(&new).unwrap();
    // Named another way, the same file.
    let same = dir.path().join(".").join("new.yaml");
    let output = saq(&["diff", "-o", arg(&same), BOREALIS, arg(&new)]);
    assert_eq!(code(&output), 2, "{}", transcript(&output));
    let said = transcript(&output);
    assert!(said.contains("is an input of this command"), "{said}");
    assert_eq!(std::fs::read(&new).unwrap(), before);
}

#[test]
fn a_report_is_never_written_over_its_input() {
    let dir = tempfile::tempdir().unwrap();
    // An answer set named like the JSON report it gets.
    let input = dir.path().join("x.json");
    copy(AMBERLAND, &input);
    let before = std::fs::read(&input).unwrap();
    let output = saq(&["report", "-f", "json", "-o", arg(dir.path()), arg(&input)]);
    assert_eq!(code(&output), 2, "{}", transcript(&output));
    let said = transcript(&output);
    assert!(said.contains("is an input of this command"), "{said}");
    assert_eq!(std::fs::read(&input).unwrap(), before);
    // Nothing at all was written.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn validate_reports_the_temporary_files_of_a_killed_save() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("answers.yaml");
    copy(BOREALIS, &file);
    let stray = dir.path().join(".answers.yaml.Ab12Cd.tmp");
    std::fs::write(&stray, "half").unwrap();
    let output = saq(&["validate", arg(&file)]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let said = transcript(&output);
    assert!(
        said.contains(&format!("warning: {} is left from a save", stray.display())),
        "{said}"
    );
    // The next save of the file removes it.
    let output = saq(&["init", "--force", "--state", "Borealis", "-o", arg(&file)]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    assert!(!stray.exists());
}
