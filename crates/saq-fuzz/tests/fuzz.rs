//! Bounded, seeded runs of the three fuzz targets: the same cases on every machine, about
//! ten seconds of the debug test profile each. `SAQ_FUZZ_CASES=5000 SAQ_FUZZ_SEED=7 cargo test
//! -p saq-fuzz` runs longer (the debug profile checks for overflow, as it should); `fuzz/` runs
//! the same targets guided by coverage (see its README).
//!
//! Each run also checks that its cases still reach every path — refused, rejected, loaded,
//! rendered — so a change that made every mutated file fail at the parser would not go unseen.

use std::path::Path;

use saq_fuzz::run::{Summary, Target, run, targets};
use saq_fuzz::targets::Outcome;

/// Cases per run, sized for about ten seconds each in the debug test profile on two cores
/// (the three runs go in parallel): a case of `answers` loads one answer set (and, when it
/// loads, assesses it and writes it back), one of `questionnaire` a questionnaire folder and an
/// answer set, one of `render` renders four formats, a diff and a batch.
const ANSWER_CASES: u64 = 400;
/// See [`ANSWER_CASES`].
const QUESTIONNAIRE_CASES: u64 = 300;
/// See [`ANSWER_CASES`].
const RENDER_CASES: u64 = 60;

fn failures() -> &'static Path {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
}

/// Prints what the run did, and checks that at least `share` percent of its cases ended
/// each of `outcomes`.
fn reached(target: Target, summary: &Summary, outcomes: &[(Outcome, usize)]) {
    let total: usize = summary.outcomes.values().sum();
    eprintln!(
        "{}: {total} cases {:?} in {:.1?}, slowest case {} ({:.1?})",
        target.name, summary.outcomes, summary.elapsed, summary.slowest.0, summary.slowest.1
    );
    for &(outcome, share) in outcomes {
        assert!(
            summary.count(outcome) * 100 >= total * share && summary.count(outcome) > 0,
            "{}: fewer than {share}% of the cases ended {outcome:?}: the mutations no longer \
             reach that path ({:?})",
            target.name,
            summary.outcomes
        );
    }
}

#[test]
fn answers() {
    let summary = run(targets::ANSWERS, ANSWER_CASES, 512, failures());
    reached(
        targets::ANSWERS,
        &summary,
        &[
            (Outcome::Unreadable, 1),
            (Outcome::Rejected, 30),
            (Outcome::Loaded, 5),
        ],
    );
}

#[test]
fn questionnaire() {
    let summary = run(targets::QUESTIONNAIRE, QUESTIONNAIRE_CASES, 512, failures());
    reached(
        targets::QUESTIONNAIRE,
        &summary,
        &[
            (Outcome::Unreadable, 1),
            (Outcome::Rejected, 30),
            (Outcome::Rendered, 5),
        ],
    );
}

#[test]
fn render() {
    let summary = run(targets::RENDER, RENDER_CASES, 256, failures());
    reached(
        targets::RENDER,
        &summary,
        &[(Outcome::Rejected, 5), (Outcome::Rendered, 33)],
    );
}

/// Found by the `answers` target: text written as a literal block with an indentation
/// indicator read back with two more spaces on every line, and `saq submit` refused such a set
/// when it had to rewrite the whole file.
#[test]
fn indented_multi_line_text_is_written_back_unchanged() {
    use saq_model::answer_set::{AnswerSet, StateParty};
    use saq_model::{Located, SourceFile};

    let bundle = saq_fuzz::targets::builtin();
    let state = StateParty {
        name: "Coralia".into(),
        code: None,
    };
    let mut set = AnswerSet::draft(&bundle.questionnaire, state, "2026-01-01");
    let text = "  Two workshops:\n  - shotguns";
    set.answers.insert(
        Located::new("profile_manufacturing_notes".into()),
        Located::new(serde_json::Value::from(text)),
    );
    let written = saq_model::answer_file::render(bundle, &set).unwrap();
    let loaded = bundle
        .load_answers(&SourceFile::new("written.yaml", written.clone()))
        .value
        .unwrap();
    assert_eq!(
        loaded.file.answer("profile_manufacturing_notes"),
        Some(&serde_json::Value::from(text)),
        "{written}"
    );
}

/// Found by the `questionnaire` target: a questionnaire whose sections do not name their
/// articles passed `saq validate`, but every country report failed in the table by article.
#[test]
fn articles_without_a_section_are_reported() {
    use saq_model::{Bundle, SourceFile};

    let [_, mini, _] = saq_fuzz::corpus::FOLDERS else {
        unreachable!("three folders")
    };
    let questionnaire: String = mini
        .questionnaire
        .text
        .lines()
        .filter(|l| !l.starts_with("    article:"))
        .map(|l| format!("{l}\n"))
        .collect();
    let bundle = Bundle::load(
        &SourceFile::new("instrument.yaml", mini.instrument.text),
        &SourceFile::new("questionnaire.yaml", questionnaire),
    );
    assert!(!bundle.has_errors(), "{:?}", bundle.diagnostics);
    let bundle = bundle.value.unwrap();
    let answers = bundle.load_answers(&SourceFile::new("valid.yaml", mini.answers[0].text));
    assert!(!answers.has_errors(), "{:?}", answers.diagnostics);
    let assessment = saq_assess::assessment::assess(&bundle, &answers.value.unwrap());
    let templates = saq_fuzz::targets::templates();
    saq_render::render(saq_render::Format::Markdown, &assessment, templates).unwrap();
}
