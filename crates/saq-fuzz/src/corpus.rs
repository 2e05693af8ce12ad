//! The real files the mutations start from, embedded at build time.
//!
//! Cases begin as real questionnaire folders and answer sets, so a few mutations take them past
//! the parser into the semantic checks, the conditions, the assessment and the templates; the
//! broken inputs the integration tests pin are donors of odd fragments (alias bombs, several
//! documents, wrong types).

/// One embedded file.
#[derive(Debug, Clone, Copy)]
pub struct File {
    /// Its path in the repository, the name diagnostics show.
    pub name: &'static str,
    /// Its text.
    pub text: &'static str,
}

macro_rules! file {
    ($path:literal) => {
        File {
            name: $path,
            text: include_str!(concat!("../../../", $path)),
        }
    };
}

/// A questionnaire folder: an instrument, the questionnaire that assesses it, and answer sets
/// that load against it.
#[derive(Debug, Clone, Copy)]
pub struct Folder {
    /// The instrument.
    pub instrument: File,
    /// The questionnaire.
    pub questionnaire: File,
    /// Answer sets written for this questionnaire.
    pub answers: &'static [File],
}

/// The built-in Firearms Protocol questionnaire's example answer sets, its next-cycle answer
/// set and the hostile answer set of the report tests: every one loads.
pub const BUILTIN_ANSWERS: &[File] = &[
    file!("questionnaires/firearms-protocol/examples/01-full-implementation.yaml"),
    file!("questionnaires/firearms-protocol/examples/02-partial-implementation.yaml"),
    file!("questionnaires/firearms-protocol/examples/03-early-draft.yaml"),
    file!("questionnaires/firearms-protocol/examples/04-no-industry-deactivation.yaml"),
    file!("tests/inputs/diff/borealis-2027.yaml"),
    file!("tests/inputs/reports/hostile.yaml"),
];

/// The built-in questionnaire folder, the small one of the fixture tests, and the one with a
/// provision of each force.
pub const FOLDERS: &[Folder] = &[
    Folder {
        instrument: file!("questionnaires/firearms-protocol/instrument.yaml"),
        questionnaire: file!("questionnaires/firearms-protocol/questionnaire.yaml"),
        answers: BUILTIN_ANSWERS,
    },
    Folder {
        instrument: file!("tests/fixtures/mini/instrument.yaml"),
        questionnaire: file!("tests/fixtures/mini/questionnaire.yaml"),
        answers: &[file!("tests/fixtures/mini/examples/valid.yaml")],
    },
    Folder {
        instrument: file!("tests/fixtures/forces/instrument.yaml"),
        questionnaire: file!("tests/fixtures/forces/questionnaire.yaml"),
        answers: &[],
    },
];

/// Broken answer sets (for the small questionnaire), each with one kind of problem.
pub const BROKEN_ANSWERS: &[File] = &[
    file!("tests/inputs/answers/alias-bomb.yaml"),
    file!("tests/inputs/answers/bad-digest.yaml"),
    file!("tests/inputs/answers/constraint-fails.yaml"),
    file!("tests/inputs/answers/duplicate-key.yaml"),
    file!("tests/inputs/answers/five-problems.yaml"),
    file!("tests/inputs/answers/inactive-problems.yaml"),
    file!("tests/inputs/answers/multiple-documents.yaml"),
    file!("tests/inputs/answers/root-list.yaml"),
    file!("tests/inputs/answers/special-without-reason.yaml"),
    file!("tests/inputs/answers/submitted-missing-answers.yaml"),
    file!("tests/inputs/answers/syntax-error.yaml"),
    file!("tests/inputs/answers/table-and-header.yaml"),
    file!("tests/inputs/answers/unknown-field.yaml"),
    file!("tests/inputs/answers/unknown-question.yaml"),
    file!("tests/inputs/answers/wrong-questionnaire.yaml"),
    file!("tests/inputs/answers/wrong-type.yaml"),
    file!("tests/inputs/answers/wrong-version.yaml"),
];

/// Broken questionnaires and instruments (for the small instrument), each with one kind of
/// problem.
pub const BROKEN_QUESTIONNAIRES: &[File] = &[
    file!("tests/inputs/questionnaires/condition-cycle.yaml"),
    file!("tests/inputs/questionnaires/condition-later-question.yaml"),
    file!("tests/inputs/questionnaires/condition-syntax-error.yaml"),
    file!("tests/inputs/questionnaires/condition-unknown-question.yaml"),
    file!("tests/inputs/questionnaires/duplicate-ids.yaml"),
    file!("tests/inputs/questionnaires/uncovered-provision.yaml"),
    file!("tests/inputs/questionnaires/undefined-choices.yaml"),
    file!("tests/inputs/questionnaires/unknown-provision.yaml"),
    file!("tests/inputs/questionnaires/wrong-kind.yaml"),
];

/// Broken instruments, each with one kind of problem.
pub const BROKEN_INSTRUMENTS: &[File] = &[
    file!("tests/inputs/instruments/broken-references.yaml"),
    file!("tests/inputs/instruments/unknown-force.yaml"),
];

/// Every embedded file but the alias bomb, as donors of fragments to splice into another. The
/// bomb is refused, but only once its aliases have expanded to the budget's 250,000 values: a
/// second or more in a debug build, for a case the integration tests already cover.
pub fn donors() -> impl Iterator<Item = &'static File> {
    FOLDERS
        .iter()
        .flat_map(|f| {
            [&f.instrument, &f.questionnaire]
                .into_iter()
                .chain(f.answers)
        })
        .chain(
            BROKEN_ANSWERS
                .iter()
                .filter(|f| !f.name.ends_with("alias-bomb.yaml")),
        )
        .chain(BROKEN_QUESTIONNAIRES)
        .chain(BROKEN_INSTRUMENTS)
}
