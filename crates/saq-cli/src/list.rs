//! `saq list`: the questionnaires of the library, as lines or as the JSON of
//! [`saq_model::library::Listing`].

use saq_model::library::{Listed, Origin};
use saq_model::printable;

use crate::args::{ListArgs, MessageFormat};
use crate::error::{CliError, Outcome};
use crate::load;
use crate::output::{self, say};

pub(crate) fn run(args: &ListArgs) -> Result<Outcome, CliError> {
    let listing = load::library(&args.library).listing();
    match args.format {
        MessageFormat::Json => {
            let json = serde_json::to_string_pretty(&listing).unwrap_or_default();
            output::document(&format!("{json}\n"), true)?;
        }
        MessageFormat::Human => {
            for (i, listed) in listing.questionnaires.iter().enumerate() {
                output::diagnostics(&listed.problems);
                if i > 0 {
                    say!();
                }
                print(listed);
            }
        }
    }
    Ok(if listing.has_errors() {
        Outcome::InputProblems
    } else {
        Outcome::Ok
    })
}

fn print(listed: &Listed) {
    let folder = printable::line(&listed.folder);
    let (Some(id), Some(version)) = (&listed.id, &listed.version) else {
        say!("{folder}: cannot be used (see the problem above)");
        return;
    };
    let what = listed
        .instrument
        .as_deref()
        .map_or(String::new(), |instrument| {
            format!(": {}", printable::line(instrument))
        });
    say!("{} {}{what}", printable::line(id), printable::line(version));
    let found = match listed.origin {
        Origin::BuiltIn => "",
        Origin::CommandLine => " (--questionnaires)",
        Origin::Environment => " (SAQ_QUESTIONNAIRES)",
    };
    say!("  folder:    {folder}{found}");
    if let Some(title) = &listed.title {
        say!("  title:     {}", printable::line(title));
    }
    if !listed.languages.is_empty() {
        say!(
            "  languages: {}",
            printable::line(&listed.languages.join(", "))
        );
    }
    if !listed.clusters.is_empty() {
        let clusters: Vec<String> = listed
            .clusters
            .iter()
            .map(|c| format!("{} {}", c.id, c.title))
            .collect();
        say!("  clusters:  {}", printable::line(&clusters.join("; ")));
    }
    if let Some(first) = &listed.shadowed_by {
        say!(
            "  shadowed:  answer sets naming {} {} are checked against {} instead",
            printable::line(id),
            printable::line(version),
            printable::line(first)
        );
    }
    let errors = listed.problems.iter().filter(|d| d.is_error()).count();
    if errors > 0 {
        say!(
            "  problems:  {errors} error{} (shown above): answer sets of this questionnaire cannot be checked",
            if errors == 1 { "" } else { "s" }
        );
    }
}
