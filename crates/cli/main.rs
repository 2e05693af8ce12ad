//! `saq`: the command line. The only code in the project that prints to the terminal and decides
//! exit codes; everything else returns values and diagnostics.

mod args;
mod diff;
mod exit;
mod questionnaire;
mod report;
mod schema;
mod templates;
mod validate;

use std::process::ExitCode;

use clap::Parser;

use crate::args::{Cli, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Validate(args) => validate::run(&args),
        Command::Report(args) => report::run(&args),
        Command::Schema(args) => schema::run(&args),
        Command::Diff(args) => diff::run(&args),
    };
    outcome.into()
}
