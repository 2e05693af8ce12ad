//! Saving never leaves a truncated file: processes killed at random points while saving leave
//! the old or the new version, whole and valid.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use saq_model::{Bundle, SourceFile};

use crate::support::{code, saq_in, transcript};

/// The environment variable that turns [`save_forever`] from a no-op into the helper.
const HELPER: &str = "SAQ_TEST_SAVE_FOREVER";

/// What the helper prints once it saves.
const STARTED: &str = "saving in a loop";

/// A small, dependency-free source of randomness: the kill points only need to vary.
struct Random(u64);

impl Random {
    fn new() -> Self {
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_nanos() as u64)
            | 1;
        Random(seed)
    }

    /// A number in `0..bound` (xorshift).
    fn below(&mut self, bound: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % bound.max(1)
    }
}

/// Two complete answer sets of the built-in questionnaire, for two States.
fn two_versions(dir: &Path) -> (String, String) {
    let mut versions = Vec::new();
    for state in ["Amberland", "Coralia"] {
        let output = saq_in(
            dir,
            &["init", "--force", "--state", state, "-o", "answers.yaml"],
        );
        assert_eq!(code(&output), 0, "{}", transcript(&output));
        versions.push(std::fs::read_to_string(dir.join("answers.yaml")).unwrap());
    }
    let second = versions.pop().unwrap();
    (versions.pop().unwrap(), second)
}

/// Checks that `path` holds exactly `a` or `b`, and that it validates.
fn old_or_new(bundle: &Bundle, path: &Path, a: &str, b: &str, round: usize) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(
        text == a || text == b,
        "round {round}: the file is neither version ({} bytes)",
        text.len()
    );
    let checked = bundle.load_answers(&SourceFile::new("answers.yaml", text));
    assert!(
        !checked.has_errors(),
        "round {round}: {:?}",
        checked.diagnostics
    );
}

#[test]
fn the_real_binary_killed_while_writing_leaves_the_old_or_the_new_file() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = Bundle::builtin().value.unwrap();
    let (a, b) = two_versions(dir.path());
    let path = dir.path().join("answers.yaml");

    // How long one `saq init` takes here, so the kills spread over the whole run.
    let started = Instant::now();
    let output = saq_in(
        dir.path(),
        &[
            "init",
            "--force",
            "--state",
            "Amberland",
            "-o",
            "answers.yaml",
        ],
    );
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let run = started.elapsed().as_micros() as u64;

    let mut random = Random::new();
    let mut killed = 0;
    for round in 0..24 {
        let state = if round % 2 == 0 {
            "Coralia"
        } else {
            "Amberland"
        };
        let mut child = Command::new(env!("CARGO_BIN_EXE_saq"))
            .args(["init", "--force", "--state", state, "-o", "answers.yaml"])
            .current_dir(dir.path())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_micros(random.below(run + run / 5)));
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap();
            killed += 1;
        }
        child.wait().unwrap();
        old_or_new(&bundle, &path, &a, &b, round);
    }
    assert!(killed > 0, "no run was killed before it ended");
}

#[test]
fn a_save_killed_at_random_points_leaves_the_old_or_the_new_file() {
    let dir = tempfile::tempdir().unwrap();
    let bundle = Bundle::builtin().value.unwrap();
    let (a, b) = two_versions(dir.path());
    let path = dir.path().join("answers.yaml");
    std::fs::write(dir.path().join("a.yaml"), &a).unwrap();
    std::fs::write(dir.path().join("b.yaml"), &b).unwrap();

    let mut random = Random::new();
    for round in 0..12 {
        // This test binary, running only `save_forever`, which saves the two versions in turn
        // until it is killed.
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "atomic::save_forever",
                "--exact",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(HELPER, &path)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Wait until it saves; a reader thread keeps a broken helper from hanging the test.
        let stdout = child.stdout.take().unwrap();
        let (started, wait) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            // libtest prints the test's name on the same line, before the helper's output.
            let found = BufReader::new(stdout)
                .lines()
                .any(|l| l.is_ok_and(|l| l.ends_with(STARTED)));
            let _ = started.send(found);
        });
        if wait.recv_timeout(Duration::from_secs(60)) != Ok(true) {
            child.kill().unwrap();
            panic!("the helper process did not start saving");
        }
        std::thread::sleep(Duration::from_micros(2_000 + random.below(40_000)));
        child.kill().unwrap();
        child.wait().unwrap();
        old_or_new(&bundle, &path, &a, &b, round);
    }
    // Kills can leave temporary files beside it, never another file under its name.
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            ["answers.yaml", "a.yaml", "b.yaml"].contains(&name.as_str())
                || (name.starts_with(".answers.yaml.") && name.ends_with(".tmp")),
            "{name}"
        );
    }
}

/// The helper process of the test above; does nothing in a normal test run.
#[test]
#[ignore = "a helper process, started by a_save_killed_at_random_points_leaves_the_old_or_the_new_file"]
fn save_forever() {
    let Some(path) = std::env::var_os(HELPER) else {
        return;
    };
    let path = std::path::PathBuf::from(path);
    let folder = path.parent().unwrap();
    let a = std::fs::read_to_string(folder.join("a.yaml")).unwrap();
    let b = std::fs::read_to_string(folder.join("b.yaml")).unwrap();
    println!("{STARTED}");
    loop {
        saq_collect::save(&path, &a, saq_collect::Overwrite::Allowed).unwrap();
        saq_collect::save(&path, &b, saq_collect::Overwrite::Allowed).unwrap();
    }
}
