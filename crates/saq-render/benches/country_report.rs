//! How long one State's country report takes: `cargo bench -p saq-render --bench country_report`.
//!
//! A plain bench binary (no framework): each step runs after a warm-up, many times, and the
//! median and fastest times are printed. Figures are in the README.

mod timing;

/// The allocator the `saq` binary uses, so the figures are those of what ships.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::PathBuf;

use saq_assess::assessment::assess;
use saq_model::{Bundle, SourceFile};
use saq_render::{Format, Templates, render};

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
fn measure<T>(name: &str, step: impl FnMut() -> T) {
    let times = timing::sorted_runs(RUNS / 10, RUNS, step);
    println!(
        "{name:<44} {:>10} {:>10}",
        timing::show(timing::median(&times)),
        timing::show(times[0])
    );
}
