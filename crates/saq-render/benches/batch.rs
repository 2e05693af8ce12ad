//! The secretariat's batch: every country report, the comparative view and the index, for 200
//! and 2,000 synthetic States. `cargo bench -p saq-render --bench batch`
//!
//! Each size is timed end to end as `saq report --format html -o DIR` runs it (read the files,
//! check, assess and render them on every core, compare, write), then the same on one thread,
//! to show the work spreads over the cores. Beside it, the parse floor: the same files read and
//! parsed into untyped values with the same YAML options, and nothing else, on one thread. The
//! batch's one-thread time over the floor's is what saq's own work costs on top of parsing.
//! Figures are in the README.

mod timing;

/// The allocator the `saq` binary uses, so the figures are those of what ships.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::hint::black_box;
use std::path::Path;

use saq_model::{Bundle, SourceFile};
use saq_render::batch::{self, Input};
use saq_render::{Format, Templates};

const SEED: u64 = 1;

fn main() {
    let bundle = Bundle::builtin()
        .value
        .expect("the built-in questionnaire loads");
    let templates = Templates::builtin().expect("the built-in templates compile");
    let cores = rayon::current_num_threads();
    println!("batch of HTML reports, seed {SEED}, {cores} threads (median of the runs)");
    println!(
        "{:>7} {:>14} {:>14} {:>12} {:>10} {:>14} {:>14}",
        "States",
        "all threads",
        "one thread",
        "per State",
        "speed-up",
        "parse floor",
        "one thread ÷"
    );
    // SAQ_BENCH_STATES=200 measures one size only (for profiling).
    let sizes: Vec<(usize, usize)> = match std::env::var("SAQ_BENCH_STATES")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        Some(states) => vec![(states, 5)],
        None => vec![(200, 7), (2000, 3)],
    };
    for (states, runs) in sizes {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let input_dir = folder.path().join("answers");
        let output_dir = folder.path().join("reports");
        std::fs::create_dir_all(&input_dir).expect("input folder");
        std::fs::create_dir_all(&output_dir).expect("output folder");
        for synthetic in saq_synth::generate(&bundle, SEED, states) {
            std::fs::write(
                input_dir.join(format!("{}.yaml", synthetic.name)),
                synthetic.text,
            )
            .expect("write input");
        }
        let batch = || whole_batch(&bundle, &templates, &input_dir, &output_dir);
        let parallel = timing::median(&timing::sorted_runs(1, runs, batch));
        let single_pool = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .expect("a one-thread pool");
        let single = timing::median(&timing::sorted_runs(1, runs, || single_pool.install(batch)));
        let floor = timing::median(&timing::sorted_runs(1, runs, || parse_floor(&input_dir)));
        println!(
            "{states:>7} {:>14} {:>14} {:>12} {:>9.2}× {:>14} {:>13.2}×",
            timing::show(parallel),
            timing::show(single),
            timing::show(parallel / states as u32),
            single.as_secs_f64() / parallel.as_secs_f64(),
            timing::show(floor),
            single.as_secs_f64() / floor.as_secs_f64()
        );
    }
}

/// The parse floor, on this thread: every file of `input` read and parsed into untyped values
/// with the options saq reads answer sets with, then dropped.
fn parse_floor(input: &Path) -> usize {
    let mut nodes = 0;
    for entry in std::fs::read_dir(input).expect("read input") {
        let source = SourceFile::read(&entry.expect("entry").path()).expect("read a file");
        let value = saq_model::parse_untyped(&source).expect("synthetic answer sets parse");
        nodes += usize::from(value.is_object());
    }
    black_box(nodes)
}

/// What `saq report --format html -o OUTPUT INPUT` does, minus argument parsing.
fn whole_batch(bundle: &Bundle, templates: &Templates, input: &Path, output: &Path) -> usize {
    let mut files: Vec<_> = std::fs::read_dir(input)
        .expect("read input")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    let inputs: Vec<Input> = files
        .iter()
        .map(|file| Input {
            file: file.display().to_string(),
            report: file
                .file_stem()
                .expect("stem")
                .to_string_lossy()
                .into_owned(),
            source: batch::Source::File(file.clone()),
        })
        .collect();
    let write = |report: batch::Output| {
        std::fs::write(output.join(&report.name), &report.text).expect("write output");
    };
    let result = batch::run(
        bundle,
        templates,
        &inputs,
        Format::Html,
        batch::Options::default(),
        batch::Sink::Write(&write),
        &|| {},
    )
    .expect("the batch renders");
    assert!(
        result.failures.is_empty(),
        "synthetic answer sets are valid"
    );
    black_box(result.reported)
}
