//! No input makes saq panic: every prefix of a real answer set, and copies with bytes replaced
//! by YAML's structural characters, are loaded and checked; each must come back as a value or
//! as located diagnostics.

use saq_model::{Bundle, SourceFile};

use crate::support::root;

/// Characters that change YAML's structure the most when dropped in anywhere.
const STRUCTURAL: &[u8] = b":-[]{}&*!|>'\"#%@`\n\t ,?";

#[test]
fn truncated_and_mangled_answer_sets_never_panic() {
    let bundle = Bundle::builtin()
        .value
        .expect("the built-in questionnaire loads");
    let text = std::fs::read_to_string(
        root().join("questionnaires/firearms-protocol/examples/02-partial-implementation.yaml"),
    )
    .unwrap();
    let bytes = text.as_bytes();
    assert_eq!(
        check(&bundle, bytes),
        Outcome::Loaded,
        "the example itself loads"
    );
    let mut outcomes = Vec::new();
    // Every 97th prefix: cut mid-key, mid-value, mid-comment, mid-list.
    for end in (0..bytes.len()).step_by(97) {
        outcomes.push(check(&bundle, &bytes[..end]));
    }
    // A deterministic walk of single-byte replacements.
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    for _ in 0..400 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let at = (state as usize) % bytes.len();
        let with = STRUCTURAL[(state >> 32) as usize % STRUCTURAL.len()];
        let mut mangled = bytes.to_vec();
        mangled[at] = with;
        outcomes.push(check(&bundle, &mangled));
    }
    // The walk reaches every path: files refused before parsing (the empty prefix), files the
    // parser or the checks reject, and files that still load, assess and render.
    for outcome in [Outcome::Unreadable, Outcome::Rejected, Outcome::Loaded] {
        assert!(
            outcomes.contains(&outcome),
            "no input ended {outcome:?}: the walk no longer tests that path"
        );
    }
}

/// How a mangled input ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    /// Refused before parsing (empty, comments only).
    Unreadable,
    /// Parsed or checked, with errors.
    Rejected,
    /// Loaded without errors, then assessed and rendered.
    Loaded,
}

fn check(bundle: &Bundle, bytes: &[u8]) -> Outcome {
    let lines = bytes.split(|&b| b == b'\n').count() as u64;
    // Every diagnostic points into the file, at a line that is there.
    let located = |diagnostic: &saq_model::Diagnostic| {
        assert!(
            (1..=lines).contains(&diagnostic.line) && diagnostic.column >= 1,
            "not located in the file ({lines} lines): {diagnostic}"
        );
    };
    match SourceFile::from_bytes("mangled.yaml".into(), bytes.to_vec()) {
        Err(diagnostic) => {
            located(&diagnostic);
            Outcome::Unreadable
        }
        Ok(source) => {
            let result = bundle.load_answers(&source);
            result.diagnostics.iter().for_each(located);
            if result.has_errors() {
                assert!(
                    result
                        .diagnostics
                        .iter()
                        .any(saq_model::Diagnostic::is_error),
                    "rejected without an error saying why: {:?}",
                    result.diagnostics
                );
                Outcome::Rejected
            } else {
                // A file that still reads must assess and render without trouble too.
                let loaded = result.value.expect("no errors, so a value");
                let assessment = saq_assess::assessment::assess(bundle, &loaded);
                let templates = saq_render::Templates::builtin().unwrap();
                saq_render::render(saq_render::Format::Html, &assessment, &templates).unwrap();
                Outcome::Loaded
            }
        }
    }
}

#[test]
fn mangled_questionnaires_never_panic() {
    let (instrument, questionnaire) = saq_model::builtin::sources();
    let bytes = questionnaire.text.as_bytes();
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    for round in 0..60 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let mut mangled = bytes.to_vec();
        if round % 3 == 0 {
            // Cut it short somewhere.
            mangled.truncate((state as usize) % bytes.len());
        } else {
            let at = (state as usize) % bytes.len();
            mangled[at] = STRUCTURAL[(state >> 32) as usize % STRUCTURAL.len()];
        }
        let Ok(source) = SourceFile::from_bytes("questionnaire.yaml".into(), mangled) else {
            continue;
        };
        let checked = Bundle::load(&instrument, &source);
        for diagnostic in &checked.diagnostics {
            assert!(
                diagnostic.line >= 1 && diagnostic.column >= 1,
                "unlocated: {diagnostic}"
            );
        }
    }
}
