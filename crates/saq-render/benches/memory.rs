//! How much memory a batch takes: `cargo bench -p saq-render --bench memory`.
//!
//! For 200, 2,000 and 20,000 States, the whole batch of HTML reports (read, check, assess,
//! render, write each report as it is made; then the comparative view and the index) runs in a
//! fresh process of this binary, which prints its peak resident memory (Linux's `VmHWM`): a
//! high-water mark belongs to a process, so each size needs its own. The 2,000 synthetic answer
//! sets are made once; larger batches link each file several times under other names (the same
//! answers, reported as other States), so 20,000 States need no more disk than 2,000. Figures
//! are in the README.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use saq_model::Bundle;
use saq_render::batch::{self, Input, Output, Sink, Source};
use saq_render::{Format, Templates};

/// The allocator the `saq` binary uses, so the figures are those of what ships.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const SEED: u64 = 1;
const DISTINCT: usize = 2000;

fn main() {
    if let Some(states) = std::env::var("SAQ_BENCH_MEMORY_STATES")
        .ok()
        .and_then(|s| s.parse::<usize>().ok())
    {
        let input = std::env::var("SAQ_BENCH_MEMORY_INPUT").expect("the input folder");
        return child(states, Path::new(&input));
    }
    let sizes: Vec<usize> = match std::env::var("SAQ_BENCH_STATES")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        Some(states) => vec![states],
        None => vec![200, 2000, 20000],
    };
    let bundle = Bundle::builtin().value.expect("the built-in questionnaire");
    let folder = tempfile::tempdir().expect("a temporary folder");
    let distinct = folder.path().join("distinct");
    std::fs::create_dir_all(&distinct).expect("a folder");
    let made = sizes.iter().copied().max().unwrap_or(0).min(DISTINCT);
    for synthetic in saq_synth::generate(&bundle, SEED, made) {
        std::fs::write(
            distinct.join(format!("{}.yaml", synthetic.name)),
            synthetic.text,
        )
        .expect("write an answer set");
    }
    let mut names: Vec<_> = std::fs::read_dir(&distinct)
        .expect("the folder")
        .map(|e| e.expect("an entry").path())
        .collect();
    names.sort();
    println!("peak memory of a batch of HTML reports, seed {SEED}, one process per size");
    println!("{:>7} {:>12} {:>10}", "States", "peak RSS", "time");
    for states in sizes {
        let input = folder.path().join(format!("states-{states}"));
        std::fs::create_dir_all(&input).expect("a folder");
        for i in 0..states {
            let from = &names[i % names.len()];
            let to = input.join(format!("state-{i:05}.yaml"));
            std::fs::hard_link(from, &to)
                .or_else(|_| std::fs::copy(from, &to).map(|_| ()))
                .expect("link an answer set");
        }
        let output = Command::new(std::env::current_exe().expect("this binary"))
            .env("SAQ_BENCH_MEMORY_STATES", states.to_string())
            .env("SAQ_BENCH_MEMORY_INPUT", &input)
            .output()
            .expect("run the batch");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        print!("{}", String::from_utf8_lossy(&output.stdout));
        std::fs::remove_dir_all(&input).expect("remove the inputs");
    }
}

/// One batch of `states` answer sets in `input`, reports written to a temporary folder; prints
/// the size, the process's peak memory and the time taken.
fn child(states: usize, input: &Path) {
    let start = Instant::now();
    let bundle = Bundle::builtin().value.expect("the built-in questionnaire");
    let templates = Templates::builtin().expect("the built-in templates");
    let output = tempfile::tempdir().expect("an output folder");
    let mut files: Vec<_> = std::fs::read_dir(input)
        .expect("the input folder")
        .map(|e| e.expect("an entry").path())
        .collect();
    files.sort();
    let inputs = Input::named(
        files
            .iter()
            .map(|f| (f.as_path(), Source::File(f.clone())))
            .collect(),
    );
    let write = |report: Output| {
        std::fs::write(output.path().join(&report.name), report.text).expect("write a report");
    };
    let done = batch::run(
        &bundle,
        &templates,
        &inputs,
        Format::Html,
        batch::Options::default(),
        Sink::Write(&write),
        &|| {},
    )
    .expect("the batch renders");
    assert_eq!(done.reported, states, "synthetic answer sets are valid");
    let elapsed = start.elapsed();
    println!(
        "{states:>7} {:>9} MB {:>8.1} s",
        peak_rss_kb().map_or("?".to_owned(), |kb| (kb / 1024).to_string()),
        elapsed.as_secs_f64()
    );
}

/// The process's peak resident memory, in KB (Linux; `None` elsewhere).
fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
