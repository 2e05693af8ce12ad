//! The three fuzz targets. Each takes a case's bytes, builds its inputs from them
//! ([`answers_inputs`], …), runs them through the code under test and checks the invariants;
//! a broken invariant is a panic, like a bug of the code itself.
//!
//! A case's first byte decides how its inputs are made: when it is a multiple of 8 the rest of
//! the bytes are a file's text as they are (the coverage-guided fuzzers' raw mode); otherwise
//! the rest are the choices ([`Choices`]) that pick a real file and mutate it.
//!
//! Invariants: loading returns a value or diagnostics, never panics; a value with errors comes
//! with at least one error saying why; every diagnostic points at a line of the file it names
//! and prints; whatever loads without errors assesses and renders in every format; rendered
//! reports carry no markup, link or formula that came from input text (see [`crate::report`]).

use std::sync::OnceLock;

use saq_assess::assessment::{Assessment, assess};
use saq_model::answer_set::{AnswerSet, StateParty};
use saq_model::{Bundle, Checked, Diagnostic, LoadedAnswers, SourceFile};
use saq_render::batch::{self, Input};
use saq_render::{Format, Templates};

use crate::choices::Choices;
use crate::corpus::{self, File};
use crate::mutate::{Profile, mutate};
use crate::report;

/// How a case ended, counted by the bounded runs so they can tell that every path is still
/// reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Outcome {
    /// Refused before parsing: empty, only comments, not UTF-8.
    Unreadable,
    /// Parsed or checked, with errors.
    Rejected,
    /// Loaded without errors (and, for answer sets, assessed).
    Loaded,
    /// Loaded, assessed and rendered in every format.
    Rendered,
}

/// Every format, in the order they are rendered.
pub const FORMATS: [Format; 4] = [Format::Markdown, Format::Html, Format::Json, Format::Csv];

/// The built-in questionnaire, loaded once.
pub fn builtin() -> &'static Bundle {
    static BUNDLE: OnceLock<Bundle> = OnceLock::new();
    BUNDLE.get_or_init(|| {
        Bundle::builtin()
            .value
            .expect("the built-in questionnaire loads")
    })
}

/// The built-in templates, compiled once.
pub fn templates() -> &'static Templates {
    static TEMPLATES: OnceLock<Templates> = OnceLock::new();
    TEMPLATES.get_or_init(|| Templates::builtin().expect("the built-in templates compile"))
}

/// One input file a case made: its name and its bytes.
#[derive(Debug, Clone)]
pub struct Made {
    /// The name diagnostics show.
    pub name: String,
    /// Its content, as the code under test gets it.
    pub bytes: Vec<u8>,
}

impl Made {
    fn text(name: &str, text: String) -> Made {
        Made {
            name: name.to_owned(),
            bytes: text.into_bytes(),
        }
    }

    fn source(&self) -> Result<SourceFile, Diagnostic> {
        SourceFile::from_bytes(self.name.clone(), self.bytes.clone())
    }
}

fn raw(data: &[u8]) -> bool {
    data.first().is_some_and(|b| b % 8 == 0)
}

/// The answer set a case of [`answers`] loads.
pub fn answers_inputs(data: &[u8]) -> Vec<Made> {
    if raw(data) {
        return vec![Made {
            name: "raw.yaml".to_owned(),
            bytes: data[1..].to_vec(),
        }];
    }
    let mut ch = Choices::new(data.get(1..).unwrap_or_default());
    let base = ch.pick(corpus::BUILTIN_ANSWERS);
    let reseal = ch.below(8) != 0;
    let mut text = mutate(base.text, &mut ch, Profile::Answers, 8);
    if reseal {
        text = resealed(text);
    }
    vec![Made::text(base.name, text)]
}

/// `text` with its `digest:` line made to match its content, as `saq submit` would write it,
/// so that a mutated submitted set is not rejected for the edit alone and goes on to the
/// checks after the digest's.
fn resealed(text: String) -> String {
    let Some(at) = text.find("\ndigest:") else {
        return text;
    };
    let Some(set) = builtin()
        .load_answers(&SourceFile::new("reseal.yaml", text.clone()))
        .value
    else {
        return text;
    };
    let end = text[at + 1..].find('\n').map_or(text.len(), |i| at + 1 + i);
    let digest = saq_model::digest::of(&set.file);
    format!("{}\ndigest: \"{digest}\"{}", &text[..at], &text[end..])
}

/// The answer-set loader: `Bundle::load_answers` against the built-in questionnaire. What
/// loads without errors is assessed, and written back as saq writes answer sets: the file it
/// writes loads to the same answers.
pub fn answers(data: &[u8]) -> Outcome {
    let bundle = builtin();
    let made = answers_inputs(data);
    let file = &made[0];
    let source = match file.source() {
        Ok(source) => source,
        Err(diagnostic) => {
            check_diagnostic(&diagnostic, &made);
            return Outcome::Unreadable;
        }
    };
    let checked = bundle.load_answers(&source);
    check_checked(&checked, &made);
    let Some(loaded) = loaded(checked) else {
        return Outcome::Rejected;
    };
    assess(bundle, &loaded);
    round_trip(bundle, &loaded);
    Outcome::Loaded
}

/// Writes `loaded` as saq writes answer sets (`init`, `fill`, `submit`) and reads it back: the
/// file loads without errors, to the same answers.
fn round_trip(bundle: &Bundle, loaded: &LoadedAnswers) {
    let text = saq_model::answer_file::render(bundle, &loaded.file)
        .unwrap_or_else(|err| panic!("an answer set that loaded cannot be written: {err}"));
    let again = bundle.load_answers(&SourceFile::new("written.yaml", text.clone()));
    assert!(
        !again.has_errors(),
        "the answer set saq writes does not load: {:?}\n{text}",
        again.diagnostics
    );
    let again = again.value.expect("no errors, so a value");
    assert!(
        again.answers == loaded.answers,
        "the answer set saq writes reads differently\n{text}"
    );
}

/// The questionnaire folder a case of [`questionnaire`] loads: its instrument, then its
/// questionnaire.
pub fn questionnaire_inputs(data: &[u8]) -> (usize, Vec<Made>) {
    let mut ch = Choices::new(data.get(1..).unwrap_or_default());
    if raw(data) {
        let at = ch.below(corpus::FOLDERS.len());
        let which = ch.below(4);
        let folder = &corpus::FOLDERS[at];
        let text = ch.rest().to_vec();
        let (mut instrument, mut questionnaire) =
            (made(&folder.instrument), made(&folder.questionnaire));
        if which == 0 {
            instrument.bytes = text;
        } else {
            questionnaire.bytes = text;
        }
        return (at, vec![instrument, questionnaire]);
    }
    // The built-in folder is the real target, but thirty times the size of the fixtures: one
    // case in four starts from it.
    let at = match ch.below(8) {
        0 | 1 => 0,
        2..=4 => 1,
        _ => 2,
    };
    let folder = &corpus::FOLDERS[at];
    let mut instrument = made(&folder.instrument);
    let mut questionnaire = made(&folder.questionnaire);
    match ch.below(10) {
        0 => {
            instrument = Made::text(
                folder.instrument.name,
                mutate(folder.instrument.text, &mut ch, Profile::Instrument, 4),
            );
        }
        1 if at == 1 => {
            // A broken questionnaire of the fixture tests, for the small instrument.
            let base = ch.pick(corpus::BROKEN_QUESTIONNAIRES);
            questionnaire = Made::text(
                base.name,
                mutate(base.text, &mut ch, Profile::Questionnaire, 4),
            );
        }
        2 if at == 1 => {
            let base = ch.pick(corpus::BROKEN_INSTRUMENTS);
            instrument = Made::text(base.name, base.text.to_owned());
        }
        _ => {
            questionnaire = Made::text(
                folder.questionnaire.name,
                mutate(
                    folder.questionnaire.text,
                    &mut ch,
                    Profile::Questionnaire,
                    4,
                ),
            );
        }
    }
    (at, vec![instrument, questionnaire])
}

fn made(file: &File) -> Made {
    Made::text(file.name, file.text.to_owned())
}

/// The questionnaire loader: `Bundle::load` of a mutated instrument and questionnaire, with
/// conditions, checks, verdict rules and findings replaced or added. A folder that loads
/// without errors then reads its answer sets (or, for a folder without any, an empty draft),
/// which evaluates every condition and rule, and renders them in every format.
pub fn questionnaire(data: &[u8]) -> Outcome {
    let (at, files) = questionnaire_inputs(data);
    let (instrument, questionnaire) = match (files[0].source(), files[1].source()) {
        (Ok(i), Ok(q)) => (i, q),
        (i, q) => {
            for diagnostic in [i.err(), q.err()].into_iter().flatten() {
                check_diagnostic(&diagnostic, &files);
            }
            return Outcome::Unreadable;
        }
    };
    let checked = Bundle::load(&instrument, &questionnaire);
    check_checked(&checked, &files);
    let Some(bundle) = loaded(checked) else {
        return Outcome::Rejected;
    };
    let mut outcome = Outcome::Loaded;
    let folder = &corpus::FOLDERS[at];
    let mut sets: Vec<LoadedAnswers> = Vec::new();
    // One answer set of the built-in folder is enough to evaluate every rule; the fixtures
    // are small enough for all.
    for file in folder.answers.iter().take(if at == 0 { 1 } else { 4 }) {
        let answers = vec![made(file)];
        let Ok(source) = answers[0].source() else {
            continue;
        };
        let checked = bundle.load_answers(&source);
        check_checked(&checked, &answers);
        sets.extend(loaded(checked));
    }
    if sets.is_empty() {
        // An empty draft, as `saq init` writes it, read back through the loader like any other
        // answer set (its checks evaluate the conditions too).
        let state = StateParty {
            name: "Draft".to_owned(),
            code: None,
        };
        let draft = AnswerSet::draft(&bundle.questionnaire, state, "2025-01-01");
        let text = saq_model::answer_file::render(&bundle, &draft)
            .unwrap_or_else(|err| panic!("an empty draft cannot be written: {err}"));
        let answers = vec![Made::text("draft.yaml", text)];
        let source = answers[0].source().unwrap_or_else(|d| panic!("{d}"));
        let checked = bundle.load_answers(&source);
        check_checked(&checked, &answers);
        sets.extend(loaded(checked));
    }
    for set in &sets {
        let assessment = assess(&bundle, set);
        render_all(&assessment);
        outcome = Outcome::Rendered;
    }
    outcome
}

/// The answer sets a case of [`render`] reports on: a mutated one, then an example.
pub fn render_inputs(data: &[u8]) -> Vec<Made> {
    let mut ch = Choices::new(data.get(1..).unwrap_or_default());
    if raw(data) {
        return vec![Made {
            name: "raw.yaml".to_owned(),
            bytes: ch.rest().to_vec(),
        }];
    }
    let base = ch.pick(corpus::BUILTIN_ANSWERS);
    let other = ch.pick(corpus::BUILTIN_ANSWERS);
    let text = resealed(mutate(base.text, &mut ch, Profile::Report, 3));
    vec![Made::text(base.name, text), made(other)]
}

/// The report pipeline: an answer set with hostile text in its values, loaded against the
/// built-in questionnaire and, when it loads, assessed and rendered in every format; then, in
/// one of the formats, its diff from an example and a batch of it and another example, with
/// the comparative and named views.
pub fn render(data: &[u8]) -> Outcome {
    let bundle = builtin();
    let made = render_inputs(data);
    let source = match made[0].source() {
        Ok(source) => source,
        Err(diagnostic) => {
            check_diagnostic(&diagnostic, &made);
            return Outcome::Unreadable;
        }
    };
    let checked = bundle.load_answers(&source);
    check_checked(&checked, &made);
    let Some(loaded) = loaded(checked) else {
        return Outcome::Rejected;
    };
    let assessment = assess(bundle, &loaded);
    render_all(&assessment);
    let format = FORMATS[usize::from(data.last().copied().unwrap_or(0)) % FORMATS.len()];

    // The diff from Borealis's example answers (one State's earlier set, or another State's)
    // to these, in that format (a diff has no CSV form).
    let diff = saq_assess::diff::diff(borealis(), &assessment)
        .unwrap_or_else(|err| panic!("the diff failed: {err}"));
    if format != Format::Csv {
        let text = saq_render::render_diff(format, &diff, templates())
            .unwrap_or_else(|err| panic!("the diff fails to render: {err}"));
        report::check(format, &text).unwrap_or_else(|why| panic!("diff: {why}\n{text}"));
    }

    // The batch of the mutated set and another, in the same format.
    let inputs = Input::named(
        made.iter()
            .map(|m| (std::path::Path::new(m.name.as_str()), m.source()))
            .collect(),
    );
    let options = batch::Options {
        comparison: saq_assess::comparison::Options {
            include_drafts: data.len().is_multiple_of(2),
        },
        named: !data.len().is_multiple_of(3),
        country_reports_only: false,
    };
    let done = batch::run(
        bundle,
        templates(),
        &inputs,
        format,
        options,
        batch::Sink::Keep,
        &|| {},
    )
    .unwrap_or_else(|err| panic!("the batch failed: {err}"));
    assert!(
        !done.outputs.is_empty(),
        "a batch with a loaded answer set made no output"
    );
    for output in &done.outputs {
        report::check(format, &output.text)
            .unwrap_or_else(|why| panic!("{}: {why}\n{}", output.name, output.text));
    }
    Outcome::Rendered
}

/// The assessment of Borealis's example answers, made once.
fn borealis() -> &'static Assessment {
    static ASSESSMENT: OnceLock<Assessment> = OnceLock::new();
    ASSESSMENT.get_or_init(|| {
        let file = &corpus::BUILTIN_ANSWERS[1];
        let loaded = builtin()
            .load_answers(&SourceFile::new(file.name, file.text))
            .value
            .expect("the example loads");
        assess(builtin(), &loaded)
    })
}

/// Renders `assessment` in every format and checks each report.
fn render_all(assessment: &Assessment) {
    for format in FORMATS {
        let text = saq_render::render(format, assessment, templates()).unwrap_or_else(|err| {
            panic!(
                "an assessment that loaded fails to render as {}: {err}",
                format.extension()
            )
        });
        report::check(format, &text)
            .unwrap_or_else(|why| panic!("{} report: {why}\n{text}", format.extension()));
    }
}

/// The value, when it loaded without errors.
fn loaded<T>(checked: Checked<T>) -> Option<T> {
    if checked.has_errors() {
        None
    } else {
        checked.value
    }
}

/// A loader's result: a value or an error saying why not, every diagnostic located.
fn check_checked<T>(checked: &Checked<T>, made: &[Made]) {
    if checked.has_errors() {
        assert!(
            checked.diagnostics.iter().any(Diagnostic::is_error),
            "rejected without an error saying why: {:?}",
            checked.diagnostics
        );
    }
    for diagnostic in &checked.diagnostics {
        check_diagnostic(diagnostic, made);
    }
}

/// A diagnostic names one of the case's files, points at one of its lines, and prints.
fn check_diagnostic(diagnostic: &Diagnostic, made: &[Made]) {
    let file = made
        .iter()
        .find(|m| m.name == diagnostic.file)
        .unwrap_or_else(|| panic!("names a file the case does not have: {diagnostic:?}"));
    let lines = file.bytes.split(|&b| b == b'\n').count() as u64;
    assert!(
        (1..=lines).contains(&diagnostic.line) && diagnostic.column >= 1,
        "not located in {} ({lines} lines): {diagnostic:?}",
        file.name
    );
    let shown = diagnostic.to_string();
    assert!(
        !shown.contains('\u{1b}') && !shown.contains('\u{202e}'),
        "prints a control character: {shown:?}"
    );
}
