//! How long one State's country report takes: `cargo bench -p saq-report --bench country_report`.
//!
//! A plain bench binary (no framework): each step runs after a warm-up, many times, and the
//! median and fastest times are printed. Figures are in the README.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use saq_core::assessment::assess;
use saq_core::{Bundle, SourceFile};
use saq_report::{Format, Templates, render};

const RUNS: usize = 200;

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let bundle = Bundle::builtin()
        .value
        .expect("the built-in questionnaire loads");
    let templates = Templates::builtin().expect("the built-in templates compile");
    let source = SourceFile::read(
        &root.join("questionnaires/firearms-protocol/examples/02-partial-implementation.yaml"),
    )
    .expect("the example reads");
    let loaded = bundle
        .load_answers(&source)
        .value
        .expect("the example loads");
    let assessment = assess(&bundle, &loaded);

    println!(
        "one State's report (Borealis, {} answers), {RUNS} runs each",
        loaded.answers.len()
    );
    println!("{:<44} {:>10} {:>10}", "step", "median", "fastest");
    measure("load built-in questionnaire", Bundle::builtin);
    measure("compile templates", Templates::builtin);
    measure("load and check the answer set", || {
        bundle.load_answers(&source)
    });
    measure("assess", || assess(&bundle, &loaded));
    for format in [Format::Markdown, Format::Html, Format::Json] {
        measure(&format!("render {}", format.extension()), || {
            render(format, &assessment, &templates)
        });
    }
    measure("answers → HTML report (load, assess, render)", || {
        let loaded = bundle.load_answers(&source).value.expect("loads");
        render(Format::Html, &assess(&bundle, &loaded), &templates)
    });
}

fn measure<T>(name: &str, mut step: impl FnMut() -> T) {
    for _ in 0..RUNS / 10 {
        black_box(step());
    }
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            black_box(step());
            start.elapsed()
        })
        .collect();
    times.sort_unstable();
    println!(
        "{name:<44} {:>10} {:>10}",
        show(times[RUNS / 2]),
        show(times[0])
    );
}

fn show(duration: Duration) -> String {
    format!("{:.3} ms", duration.as_secs_f64() * 1000.0)
}
