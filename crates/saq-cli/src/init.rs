//! `saq init`: write a new answer set that lists every question.

use std::io::Write;

use saq_collect::{Overwrite, SaveError, save};
use saq_model::answer_file;
use saq_model::answer_set::{AnswerSet, StateParty, is_state_code};
use saq_model::{Located, SourceFile};

use crate::args::InitArgs;
use crate::exit::Outcome;
use crate::load;
use crate::today::today;

pub(crate) fn run(args: &InitArgs) -> Outcome {
    match init(args) {
        Ok(()) => Outcome::Ok,
        Err(outcome) => outcome,
    }
}

fn init(args: &InitArgs) -> Result<(), Outcome> {
    let name = args.state.trim();
    if name.is_empty() {
        eprintln!("error: --state needs the name of the State party");
        eprintln!(
            "  = help: write it as the State writes it, such as --state \"Republic of Amberland\""
        );
        return Err(Outcome::UsageOrIo);
    }
    if let Some(code) = &args.code
        && !is_state_code(code)
    {
        eprintln!("error: `{code}` is not a State code");
        eprintln!(
            "  = help: give an ISO 3166-1 alpha-3 code (--code KEN), an M49 code (--code 404), or --code EU for the European Union"
        );
        return Err(Outcome::UsageOrIo);
    }
    let bundle = load::questionnaire(args.questionnaire.as_deref())?;
    let state = StateParty {
        name: name.to_owned(),
        code: args.code.clone().map(Located::new),
    };
    let set = AnswerSet::draft(&bundle.questionnaire, state, &today());
    let text = answer_file::render(&bundle, &set).map_err(|err| {
        eprintln!("error: {err}");
        Outcome::UsageOrIo
    })?;
    let output = args.output.display().to_string();
    // What init writes must pass `saq validate`; a questionnaire that defeats this is reported
    // rather than written.
    let checked = bundle.load_answers(&SourceFile::new(output.clone(), text.clone()));
    if checked.has_errors() {
        for diagnostic in &checked.diagnostics {
            eprintln!("{diagnostic}");
        }
        eprintln!("error: the new answer set would not be valid for this questionnaire");
        return Err(Outcome::InputProblems);
    }

    if output == "-" {
        return match std::io::stdout().write_all(text.as_bytes()) {
            Err(err) if err.kind() != std::io::ErrorKind::BrokenPipe => {
                eprintln!("error: cannot write the answer set: {err}");
                Err(Outcome::UsageOrIo)
            }
            _ => Ok(()),
        };
    }
    let overwrite = if args.force {
        Overwrite::Allowed
    } else {
        Overwrite::Never
    };
    match save(&args.output, &text, overwrite) {
        Ok(()) => {}
        Err(SaveError::Exists { .. }) => {
            eprintln!("error: {output} already exists; saq init never replaces a file by itself");
            eprintln!(
                "  = help: choose another name with -o FILE, or give --force to replace it (its answers would be lost)"
            );
            return Err(Outcome::UsageOrIo);
        }
        Err(err) => {
            eprintln!("error: {err}");
            return Err(Outcome::UsageOrIo);
        }
    }
    println!(
        "wrote {output}: a draft answer set of {name} to {} {}, listing its {} questions",
        bundle.questionnaire.id.value,
        bundle.questionnaire.version.value,
        bundle.questionnaire.questions().count()
    );
    println!(
        "next: write the answers with any text editor, or run `saq fill {output}` to be asked them one by one;"
    );
    println!(
        "      `saq status {output}` shows what is left, `saq submit {output}` submits the answers"
    );
    Ok(())
}
