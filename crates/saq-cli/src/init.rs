//! `saq init`: write a new answer set that lists every question.

use saq_collect::{Fingerprint, Overwrite, SaveError, save};
use saq_model::answer_file;
use saq_model::answer_set::{AnswerSet, StateParty, is_state_code};
use saq_model::{Located, SourceFile};

use crate::args::InitArgs;
use crate::error::{CliError, Outcome};
use crate::load;
use crate::output::{self, say};
use crate::today::today;

pub(crate) fn run(args: &InitArgs) -> Result<Outcome, CliError> {
    let name = args.state.trim();
    if name.is_empty() {
        return Err(CliError::NoStateName);
    }
    if let Some(code) = &args.code
        && !is_state_code(code)
    {
        return Err(CliError::NotAStateCode(code.clone()));
    }
    // `--force` replaces the file as it is now, and not a version someone saves meanwhile.
    let overwrite = if !args.force {
        Overwrite::Never
    } else {
        match std::fs::read(&args.output) {
            Ok(bytes) => Overwrite::IfUnchanged(Fingerprint::of(&bytes)),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => Overwrite::Never,
            // Unreadable: saving will say why, if it fails too.
            Err(_) => Overwrite::Allowed,
        }
    };
    let bundle = load::questionnaire(&args.questionnaire)?;
    let state = StateParty {
        name: name.to_owned(),
        code: args.code.clone().map(Located::new),
    };
    let set = AnswerSet::draft(&bundle.questionnaire, state, &today());
    let text = answer_file::render(&bundle, &set)?;
    let output = args.output.display().to_string();
    // What init writes must pass `saq validate`; a questionnaire that defeats this is reported
    // rather than written.
    let checked = bundle.load_answers(&SourceFile::new(output.clone(), text.clone()));
    if checked.has_errors() {
        output::diagnostics(&checked.diagnostics);
        return Err(CliError::InvalidNewAnswerSet);
    }
    if output == "-" {
        output::document(&text, false)?;
        return Ok(Outcome::Ok);
    }
    save(&args.output, &text, overwrite).map_err(|err| match err {
        SaveError::Exists { .. } => CliError::Exists(output.clone()),
        err => CliError::Save(err),
    })?;
    say!(
        "wrote {output}: a draft answer set of {name} to {} {}, listing its {} questions",
        bundle.questionnaire.id.value,
        bundle.questionnaire.version.value,
        bundle.questionnaire.questions().count()
    );
    say!(
        "next: write the answers with any text editor, or run `saq fill {output}` to be asked them one by one;"
    );
    say!(
        "      `saq status {output}` shows what is left, `saq submit {output}` submits the answers"
    );
    Ok(Outcome::Ok)
}
