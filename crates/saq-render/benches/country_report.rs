//! How long one State's country report takes: `cargo bench -p saq-render --bench country_report`.
//!
//! A plain bench binary (no framework): each step runs after a warm-up, many times, and the
//! median and fastest times are printed. First, the **cold** report: this binary runs itself
//! again, once per sample, to make one report in a fresh process from nothing (the built-in
//! questionnaire, the templates and catalogs it needs, the answers) to the HTML page, and the
//! median of those is printed. Figures are in the README.

mod timing;

/// The allocator the `saq` binary uses, so the figures are those of what ships.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use saq_assess::assessment::assess;
use saq_model::{Bundle, SourceFile};
use saq_render::{Format, Templates, render};

const RUNS: usize = 200;
/// Fresh processes for the cold report.
const COLD_RUNS: usize = 30;
/// Set in the child process that makes one cold report.
const COLD: &str = "SAQ_BENCH_COLD";
/// The example every step reports.
const EXAMPLE: &str = "questionnaires/firearms-protocol/examples/02-partial-implementation.yaml";

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    if std::env::var_os(COLD).is_some() {
        // In the child: one report from nothing, its time in nanoseconds on standard output.
        let started = Instant::now();
        let html = cold_report(&root.join(EXAMPLE));
        let took = started.elapsed();
        assert!(html.contains("</html>"));
        println!("{}", took.as_nanos());
        return;
    }
    let mut cold: Vec<Duration> = (0..COLD_RUNS)
        .map(|_| {
            let out = Command::new(std::env::current_exe().expect("this bench"))
                .env(COLD, "1")
                .output()
                .expect("the bench runs itself");
            let nanos: u64 = String::from_utf8_lossy(&out.stdout)
                .trim()
                .parse()
                .expect("the child prints its time");
            Duration::from_nanos(nanos)
        })
        .collect();
    cold.sort();
    let bundle = Bundle::builtin()
        .value
        .expect("the built-in questionnaire loads");
    let templates = Templates::builtin().expect("the built-in templates compile");
    let source = SourceFile::read(&root.join(EXAMPLE)).expect("the example reads");
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
    println!(
        "{:<44} {:>10} {:>10}",
        format!("cold: first report of a process ({COLD_RUNS} runs)"),
        timing::show(timing::median(&cold)),
        timing::show(cold[0])
    );
    measure("load built-in questionnaire", Bundle::builtin);
    measure("make the templates ready", Templates::builtin);
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
fn measure<T>(name: &str, step: impl FnMut() -> T) {
    let times = timing::sorted_runs(RUNS / 10, RUNS, step);
    println!(
        "{name:<44} {:>10} {:>10}",
        timing::show(timing::median(&times)),
        timing::show(times[0])
    );
}

/// One State's HTML report in a process that has made nothing yet: what `saq report -f html
/// FILE` does between starting and writing, without the process's own start and exit.
fn cold_report(file: &Path) -> String {
    let bundle = Bundle::builtin()
        .value
        .expect("the built-in questionnaire loads");
    let templates = Templates::builtin().expect("the built-in templates compile");
    let source = SourceFile::read(file).expect("the example reads");
    let loaded = bundle
        .load_answers(&source)
        .value
        .expect("the example loads");
    render(Format::Html, &assess(&bundle, &loaded), &templates).expect("renders")
}
