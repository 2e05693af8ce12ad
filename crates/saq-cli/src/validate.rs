//! `saq validate`: check questionnaire folders and answer sets.

use std::path::{Path, PathBuf};

use saq_model::load::{INSTRUMENT_FILE, QUESTIONNAIRE_FILE};
use saq_model::{Bundle, Checked, SourceFile, error::ReadError};

use crate::args::ValidateArgs;
use crate::exit::Outcome;

pub(crate) fn run(args: &ValidateArgs) -> Outcome {
    let mut run = Run::default();
    if args.paths.is_empty() {
        match &args.questionnaire {
            Some(dir) => run.folder(dir, true, true),
            None => run.builtin(true),
        };
        return run.finish();
    }
    // The questionnaire answer sets are checked against, loaded only if an answer set needs it.
    let mut questionnaire: Option<Option<Bundle>> = None;
    for path in &args.paths {
        if path.is_dir() {
            run.folder(path, true, true);
        } else if is_questionnaire_file(path) {
            run.folder(path.parent().unwrap_or(Path::new(".")), true, true);
        } else {
            let bundle = questionnaire.get_or_insert_with(|| match &args.questionnaire {
                // Loaded only to check answer sets: reported only if it has problems.
                Some(dir) => run.folder(dir, false, false),
                None => run.builtin(false),
            });
            run.answer_set(path, bundle.as_ref());
        }
    }
    run.finish()
}

/// Counts and outcome of one `saq validate` run.
#[derive(Default)]
struct Run {
    outcome: Outcome,
    files: usize,
    with_errors: usize,
}

impl Run {
    fn builtin(&mut self, announce: bool) -> Option<Bundle> {
        self.settle(
            Bundle::builtin(),
            saq_model::builtin::BUILTIN_DIR,
            announce,
            describe_bundle,
        )
    }

    /// Checks a questionnaire folder and, when `with_examples`, the answer sets under its
    /// `examples/`. Returns the questionnaire when it is sound.
    fn folder(&mut self, dir: &Path, with_examples: bool, announce: bool) -> Option<Bundle> {
        let checked = match Bundle::read_dir(dir) {
            Ok(checked) => checked,
            Err(err) => {
                eprintln!("error: {err}");
                eprintln!(
                    "  = help: a questionnaire folder holds {INSTRUMENT_FILE} and {QUESTIONNAIRE_FILE}"
                );
                self.outcome = self.outcome.max(Outcome::UsageOrIo);
                return None;
            }
        };
        let name = dir.display().to_string();
        let bundle = self.settle(checked, &name, announce, describe_bundle);
        if with_examples {
            let examples = dir.join("examples");
            if let Ok(entries) = std::fs::read_dir(&examples) {
                let mut files: Vec<PathBuf> = entries
                    .filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
                    .collect();
                files.sort();
                for file in files {
                    self.answer_set(&file, bundle.as_ref());
                }
            }
        }
        bundle
    }

    fn answer_set(&mut self, path: &Path, bundle: Option<&Bundle>) {
        let source = match SourceFile::read(path) {
            Ok(source) => source,
            Err(ReadError::Io { path, source }) => {
                eprintln!("error: cannot read {}: {source}", path.display());
                self.outcome = self.outcome.max(Outcome::UsageOrIo);
                return;
            }
            Err(ReadError::Invalid(diagnostic)) => {
                let checked = Checked::<()> {
                    value: None,
                    diagnostics: vec![*diagnostic],
                };
                self.settle(checked, "", true, |_| String::new());
                return;
            }
        };
        let Some(bundle) = bundle else {
            eprintln!(
                "error: {} was not checked: its questionnaire has problems (see above)",
                path.display()
            );
            self.outcome = self.outcome.max(Outcome::InputProblems);
            return;
        };
        let name = source.name.clone();
        self.settle(bundle.load_answers(&source), &name, true, |loaded| {
            let file = &loaded.file;
            format!(
                "answers of {} ({}), {} answers",
                file.state.name,
                match file.status.value {
                    saq_model::answer_set::Status::Draft => "draft",
                    saq_model::answer_set::Status::Submitted => "submitted",
                },
                loaded.answers.len()
            )
        });
    }

    /// Prints the diagnostics and, for a sound file the user asked about (`announce`), a
    /// one-line summary; returns the value when it has no errors.
    fn settle<T>(
        &mut self,
        checked: Checked<T>,
        name: &str,
        announce: bool,
        describe: impl Fn(&T) -> String,
    ) -> Option<T> {
        for diagnostic in &checked.diagnostics {
            eprintln!("{diagnostic}");
        }
        if checked.has_errors() {
            self.files += 1;
            self.with_errors += 1;
            self.outcome = self.outcome.max(Outcome::InputProblems);
            return None;
        }
        let value = checked.value?;
        if announce {
            self.files += 1;
            println!("ok: {name}: {}", describe(&value));
        }
        Some(value)
    }

    fn finish(self) -> Outcome {
        if self.with_errors > 0 {
            eprintln!(
                "{} of {} file{} checked {} problems",
                self.with_errors,
                self.files,
                if self.files == 1 { "" } else { "s" },
                if self.with_errors == 1 { "has" } else { "have" }
            );
        }
        self.outcome
    }
}

fn describe_bundle(bundle: &Bundle) -> String {
    format!(
        "questionnaire {} {} for {}: {} articles, {} provisions, {} questions",
        bundle.questionnaire.id.value,
        bundle.questionnaire.version.value,
        bundle.instrument.short_title,
        bundle.instrument.articles.len(),
        bundle.instrument.provisions().count(),
        bundle.questionnaire.questions().count()
    )
}

fn is_questionnaire_file(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|n| n == INSTRUMENT_FILE || n == QUESTIONNAIRE_FILE)
}
