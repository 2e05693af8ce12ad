//! `saq-synth`: writes deterministic synthetic answer sets to a folder.
//!
//! `cargo run --release -p saq-synth -- --states 200 --seed 1 -o /tmp/states`

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use saq_model::Bundle;

/// Write N synthetic answer sets (fictional States) for the built-in questionnaire, or another.
#[derive(Debug, Parser)]
#[command(name = "saq-synth", version)]
struct Args {
    /// How many States.
    #[arg(long, default_value_t = 200)]
    states: usize,
    /// The seed: the same seed and count give the same files.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// The folder to write them to.
    #[arg(long = "output", short = 'o', value_name = "DIR")]
    output: PathBuf,
    /// A questionnaire folder instead of the built-in one.
    #[arg(long, short = 'q', value_name = "DIR")]
    questionnaire: Option<PathBuf>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let checked = match &args.questionnaire {
        None => Bundle::builtin(),
        Some(dir) => match Bundle::read_dir(dir) {
            Ok(checked) => checked,
            Err(err) => {
                eprintln!("error: {err}");
                return ExitCode::from(2);
            }
        },
    };
    let Some(bundle) = checked
        .value
        .filter(|_| checked.diagnostics.iter().all(|d| !d.is_error()))
    else {
        for diagnostic in &checked.diagnostics {
            eprintln!("{diagnostic}");
        }
        return ExitCode::from(1);
    };
    if let Err(err) = std::fs::create_dir_all(&args.output) {
        eprintln!("error: cannot create {}: {err}", args.output.display());
        return ExitCode::from(2);
    }
    for synthetic in saq_synth::generate(&bundle, args.seed, args.states) {
        let path = args.output.join(format!("{}.yaml", synthetic.name));
        if let Err(err) = std::fs::write(&path, synthetic.text) {
            eprintln!("error: cannot write {}: {err}", path.display());
            return ExitCode::from(2);
        }
    }
    println!(
        "wrote {} answer sets to {}",
        args.states,
        args.output.display()
    );
    ExitCode::SUCCESS
}
