//! `saq`: the command line. The only code in the project that prints to the terminal and decides
//! exit codes; everything else returns values and diagnostics.

mod args;
mod backup;
mod diff;
mod exit;
mod fill;
mod init;
mod load;
mod report;
mod schema;
mod status;
mod submit;
mod templates;
mod terminal;
mod today;
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
        Command::Init(args) => init::run(&args),
        Command::Status(args) => status::run(&args),
        Command::Submit(args) => submit::run(&args),
        Command::Fill(args) => fill::run(&args),
    };
    outcome.into()
}
