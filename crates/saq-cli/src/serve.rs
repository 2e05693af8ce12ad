//! `saq serve`: the browser form of one answer set (the server is `saq-serve`'s).

use saq_model::answer_set::Status;

use crate::args::{ServeArgs, TemplatesArg};
use crate::error::{CliError, Outcome, Purpose};
use crate::load::{Questionnaires, Usable};
use crate::output::{say, shell_word};
use crate::report::templates_for;
use crate::today::today;

pub(crate) fn run(args: &ServeArgs) -> Result<Outcome, CliError> {
    let questionnaires = Questionnaires::new(&args.questionnaire)?;
    // Held while the server runs: a `saq fill` (or a second server) of the same file is refused
    // at its start rather than racing this one. (An editor ignores it: each save checks too.)
    let _lock = saq_collect::lock::lock(&args.file).map_err(CliError::Locked)?;
    // The file must be usable now; later problems (an edit behind the server's back) are shown
    // in the browser.
    let Some(Usable { loaded, found, .. }) = questionnaires.usable(&args.file)? else {
        return Err(CliError::Unusable {
            file: args.file.display().to_string(),
            purpose: Purpose::Serve,
        });
    };
    let written_in = loaded.file.language.as_ref().map(|l| l.value.as_str());
    let bundle = crate::report::bundle_for_answers(found.bundle, args.lang.as_deref(), written_in)?
        .into_owned();
    let (templates, _) = templates_for(Some(&bundle), &TemplatesArg { templates: None })?;
    let server = saq_serve::Server::bind(
        saq_serve::Form {
            path: args.file.clone(),
            bundle,
            carry: found.carry.clone(),
            templates,
            today,
        },
        args.port,
    )
    .map_err(CliError::Serve)?;
    let shown = shell_word(&args.file.display().to_string());
    say!(
        "Serving the answers of {} ({shown}) at",
        printable(&loaded.file.state.name)
    );
    say!();
    say!("    {}", server.url());
    say!();
    say!(
        "Open that address in a web browser on this computer; it works only with its secret part."
    );
    if loaded.file.status.value == Status::Submitted {
        say!("These answers are submitted: the pages show them, read only.");
    }
    say!("Every page saved is saved in {shown}. Press Ctrl-C to stop.");
    if args.open {
        open(server.url());
    }
    server.run().map_err(CliError::Serve)?;
    say!("Stopped; every answer saved is in {shown}.");
    Ok(Outcome::Ok)
}

fn printable(text: &str) -> String {
    saq_model::printable::line(text).into_owned()
}

/// Opens `url` in the default browser; a failure only leaves the address to open by hand.
fn open(url: &str) {
    // The platform's own opener: nothing to depend on, and it picks the user's browser.
    let (program, args): (&str, Vec<&str>) = if cfg!(target_os = "windows") {
        ("rundll32", vec!["url.dll,FileProtocolHandler", url])
    } else if cfg!(target_os = "macos") {
        ("open", vec![url])
    } else {
        ("xdg-open", vec![url])
    };
    let opened = std::process::Command::new(program)
        .args(&args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    if opened.is_err() {
        crate::output::tell!("note: could not open a browser; open the address above by hand");
    }
}
