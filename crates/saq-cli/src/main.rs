//! `saq`: the command line. It parses arguments, dispatches to the libraries and prints what
//! they return; the work itself (checking, assessing, collecting, rendering) is theirs. It is
//! the only code in the project that prints to the terminal (through [`output`]) and decides
//! exit codes (here, in [`main`]).

mod output;

/// See the workspace's `Cargo.toml` for why.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod args;
mod diff;
mod editor;
mod error;
mod fill;
mod generate;
mod init;
mod keys;
mod list;
mod load;
mod report;
mod review;
mod review_report;
mod schema;
mod serve;
mod status;
mod submit;
mod terminal;
mod today;
mod translate;
mod validate;
mod words;

use std::process::ExitCode;

use clap::Parser;

use crate::args::{Cli, Command, ReviewCommand};
use crate::error::Outcome;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Validate(args) => validate::run(&args),
        Command::Report(args) => report::run(&args),
        Command::List(args) => list::run(&args),
        Command::Schema(args) => schema::run(&args),
        Command::Diff(args) => diff::run(&args),
        Command::Init(args) => init::run(&args),
        Command::Status(args) => status::run(&args),
        Command::Submit(args) => submit::run(&args),
        Command::Keygen(args) => keys::keygen(&args),
        Command::Review(ReviewCommand::Init(args)) => review::init(&args),
        Command::Review(ReviewCommand::Status(args)) => review::status(&args),
        Command::Review(ReviewCommand::Report(args)) => review_report::run(&args),
        Command::Review(ReviewCommand::Diff(args)) => review_report::diff(&args),
        Command::Fill(args) => fill::run(&args),
        Command::Serve(args) => serve::run(&args),
        Command::Translate(args) => translate::run(&args),
        Command::Completions(args) => generate::completions(&args),
        Command::Man(args) => generate::man(&args),
    };
    let outcome = match result.and_then(|outcome| output::failed().map_or(Ok(outcome), Err)) {
        Ok(outcome) => outcome,
        Err(err) => {
            output::error(&err);
            err.outcome()
        }
    };
    // The exit codes `--help` and the README document.
    ExitCode::from(match outcome {
        Outcome::Ok => 0,
        Outcome::InputProblems => 1,
        Outcome::UsageOrIo => 2,
    })
}
