//! The bounded, seeded runs `cargo test` makes of each target.
//!
//! Case `i` of a run with seed `s` is the same bytes on every machine, so a failure names its
//! case and is replayed exactly. Each case runs on a thread with the stack of a batch's worker
//! threads (2 MiB), a panic is caught and reported with the case's inputs, and a case that runs
//! longer than [`HANG`] fails the run instead of hanging it.
//!
//! Environment variables: `SAQ_FUZZ_CASES` (cases per target, instead of each test's own
//! count), `SAQ_FUZZ_SEED` (another seed), `SAQ_FUZZ_ONLY` (run that one case) and
//! `SAQ_FUZZ_TRACE` (print each case's number before it runs, to find one that overflows the
//! stack, which ends the process before any report).

use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::targets::{Made, Outcome};

/// The seed of the runs `cargo test` makes, unless `SAQ_FUZZ_SEED` says otherwise.
pub const SEED: u64 = 0x5A0F_0220_2025;

/// A case running longer than this is taken for a hang.
pub const HANG: Duration = Duration::from_secs(60);

/// The stack each case runs on: that of a batch's worker threads, rayon's default.
pub const STACK: usize = 2 * 1024 * 1024;

/// A target, as the runner calls it.
#[derive(Debug, Clone, Copy)]
pub struct Target {
    /// Its name, for messages and file names.
    pub name: &'static str,
    /// The target itself.
    pub run: fn(&[u8]) -> Outcome,
    /// The inputs a case makes, saved when the case fails.
    pub inputs: fn(&[u8]) -> Vec<Made>,
}

/// The three targets.
pub mod targets {
    use super::Target;
    use crate::targets as t;

    /// [`t::answers`].
    pub const ANSWERS: Target = Target {
        name: "answers",
        run: t::answers,
        inputs: t::answers_inputs,
    };

    /// [`t::questionnaire`].
    pub const QUESTIONNAIRE: Target = Target {
        name: "questionnaire",
        run: t::questionnaire,
        inputs: |data| t::questionnaire_inputs(data).1,
    };

    /// [`t::render`].
    pub const RENDER: Target = Target {
        name: "render",
        run: t::render,
        inputs: t::render_inputs,
    };
}

/// The bytes of case `index` of a run with `seed`: a mode byte (raw text in one case of eight,
/// see [`crate::targets`]), then up to `len` bytes; in raw mode mostly YAML-like text, some of
/// it not UTF-8.
pub fn case(seed: u64, index: u64, len: usize) -> Vec<u8> {
    let mut rng = fastrand::Rng::with_seed(seed ^ index.wrapping_mul(0x9E37_79B9_7F4A_7C15));
    let mut data = vec![rng.u8(..)];
    let n = rng.usize(..=len);
    if data[0] % 8 != 0 {
        data.extend((0..n).map(|_| rng.u8(..)));
        return data;
    }
    // Raw mode: the text of a file. Random bytes stop at the UTF-8 check; text made of YAML's
    // own characters and words goes further.
    if rng.u8(..4) == 0 {
        data.extend((0..n).map(|_| rng.u8(..)));
    } else {
        const PIECES: &[&str] = &[
            "format_version: 1\n",
            "questionnaire: firearms-protocol-saq\n",
            "version: 2.0.0\n",
            "state:\n  name: X\n",
            "status: draft\n",
            "answers:\n",
            "  q_5_1_a: ",
            "\"yes\"\n",
            "- ",
            ": ",
            "\n",
            "  ",
            "[",
            "]",
            "{",
            "}",
            "&a ",
            "*a",
            "!!str ",
            "'",
            "\"",
            "#",
            "|\n",
            "---\n",
            "x",
            "1",
            "é",
            "\u{0}",
        ];
        while data.len() < n {
            data.extend_from_slice(PIECES[rng.usize(..PIECES.len())].as_bytes());
        }
    }
    data
}

/// What a run did.
#[derive(Debug, Default)]
pub struct Summary {
    /// How many cases ended each way.
    pub outcomes: BTreeMap<Outcome, usize>,
    /// The slowest case: its number and time.
    pub slowest: (u64, Duration),
    /// The whole run's time.
    pub elapsed: Duration,
}

impl Summary {
    /// How many cases ended `outcome`.
    pub fn count(&self, outcome: Outcome) -> usize {
        self.outcomes.get(&outcome).copied().unwrap_or(0)
    }
}

fn env<T: std::str::FromStr>(name: &str) -> Option<T> {
    std::env::var(name).ok().and_then(|v| v.trim().parse().ok())
}

/// Runs `cases` cases of `target` (or as many as `SAQ_FUZZ_CASES` says), of at most `len`
/// bytes each. A failing case panics the caller with its number, its message and the files its
/// inputs were saved to (in `failures`: the case's bytes, which `cargo fuzz run` replays, and
/// each input file).
pub fn run(target: Target, cases: u64, len: usize, failures: &Path) -> Summary {
    let seed = env("SAQ_FUZZ_SEED").unwrap_or(SEED);
    let cases = env("SAQ_FUZZ_CASES").unwrap_or(cases);
    let only: Option<u64> = env("SAQ_FUZZ_ONLY");
    let trace = std::env::var_os("SAQ_FUZZ_TRACE").is_some();
    let indices: Vec<u64> = match only {
        Some(i) => vec![i],
        None => (0..cases).collect(),
    };

    let (tx, rx) = mpsc::channel::<Event>();
    let worker = std::thread::Builder::new()
        .name(format!("fuzz-{}", target.name))
        .stack_size(STACK)
        .spawn(move || {
            for index in indices {
                let data = case(seed, index, len);
                if trace {
                    eprintln!("{} case {index}", target.name);
                }
                if tx.send(Event::Started(index)).is_err() {
                    return;
                }
                let start = Instant::now();
                let result = catch_unwind(AssertUnwindSafe(|| (target.run)(&data)));
                let event = match result {
                    Ok(outcome) => Event::Done(index, outcome, start.elapsed()),
                    Err(panic) => Event::Failed(index, data, message(&*panic)),
                };
                if tx.send(event).is_err() {
                    return;
                }
            }
        })
        .expect("a thread for the cases");

    let started = Instant::now();
    let mut summary = Summary::default();
    let mut current = None;
    loop {
        match rx.recv_timeout(HANG) {
            Ok(Event::Started(index)) => current = Some(index),
            Ok(Event::Done(index, outcome, time)) => {
                *summary.outcomes.entry(outcome).or_default() += 1;
                if time > summary.slowest.1 {
                    summary.slowest = (index, time);
                }
            }
            Ok(Event::Failed(index, data, message)) => {
                let saved = save(target, seed, index, &data, failures);
                panic!(
                    "{} case {index} (seed {seed:#x}) failed: {message}\n\
                     inputs saved: {saved:?}\n\
                     replay: SAQ_FUZZ_ONLY={index} SAQ_FUZZ_SEED={seed} cargo test -p saq-fuzz \
                     -- {name}\n\
                     or: cargo +nightly fuzz run {name} {bytes}",
                    target.name,
                    name = target.name,
                    bytes = saved
                        .first()
                        .map_or(String::new(), |p| p.display().to_string()),
                );
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {
                let index = current.unwrap_or_default();
                let data = case(seed, index, len);
                let saved = save(target, seed, index, &data, failures);
                panic!(
                    "{} case {index} (seed {seed:#x}) runs for more than {HANG:?}: a hang?\n\
                     inputs saved: {saved:?}",
                    target.name
                );
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        }
    }
    worker.join().expect("the worker catches every panic");
    summary.elapsed = started.elapsed();
    summary
}

enum Event {
    Started(u64),
    Done(u64, Outcome, Duration),
    Failed(u64, Vec<u8>, String),
}

fn message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
        .unwrap_or_else(|| "a panic without a message".to_owned())
}

/// Saves a failing case's bytes and inputs under `dir`; returns the paths (bytes first).
fn save(target: Target, seed: u64, index: u64, data: &[u8], dir: &Path) -> Vec<PathBuf> {
    let dir = dir.join(format!("{}-{seed:x}-{index}", target.name));
    let mut saved = Vec::new();
    if std::fs::create_dir_all(&dir).is_err() {
        return saved;
    }
    let bytes = dir.join("case.bin");
    if std::fs::write(&bytes, data).is_ok() {
        saved.push(bytes);
    }
    // Building the inputs again cannot panic where running them did: only the code under
    // test runs after they are made.
    if let Ok(inputs) = catch_unwind(|| (target.inputs)(data)) {
        for (i, made) in inputs.iter().enumerate() {
            let name = Path::new(&made.name)
                .file_name()
                .map_or_else(|| "input".into(), |n| n.to_string_lossy().into_owned());
            let path = dir.join(format!("{i}-{name}"));
            if std::fs::write(&path, &made.bytes).is_ok() {
                saved.push(path);
            }
        }
    }
    saved
}
