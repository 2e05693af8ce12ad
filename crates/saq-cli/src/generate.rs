//! `saq completions` and `saq man`: the shell completion scripts and the manual pages, made
//! from the same declaration as `--help` (clap_complete, clap_mangen), so they never drift.

use clap::CommandFactory;

use crate::args::{Cli, CompletionsArgs, ManArgs, Shell};
use crate::error::{CliError, Outcome};
use crate::output::{self, say};

pub(crate) fn completions(args: &CompletionsArgs) -> Result<Outcome, CliError> {
    let shell = match args.shell {
        Shell::Bash => clap_complete::Shell::Bash,
        Shell::Zsh => clap_complete::Shell::Zsh,
        Shell::Fish => clap_complete::Shell::Fish,
        Shell::Powershell => clap_complete::Shell::PowerShell,
    };
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "saq", &mut script);
    output::document(&String::from_utf8_lossy(&script), false)?;
    Ok(Outcome::Ok)
}

pub(crate) fn man(args: &ManArgs) -> Result<Outcome, CliError> {
    let command = Cli::command();
    let Some(dir) = &args.output else {
        let mut page = Vec::new();
        clap_mangen::Man::new(command)
            .render(&mut page)
            .map_err(|source| CliError::Stdout { source })?;
        output::document(&String::from_utf8_lossy(&page), false)?;
        return Ok(Outcome::Ok);
    };
    std::fs::create_dir_all(dir).map_err(|source| CliError::CreateDir {
        path: dir.clone(),
        source,
    })?;
    clap_mangen::generate_to(command, dir).map_err(|source| CliError::Write {
        path: dir.clone(),
        source,
    })?;
    say!("wrote the manual pages to {}", dir.display());
    Ok(Outcome::Ok)
}
