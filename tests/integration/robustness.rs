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
    let mut checked = 0;
    // Every 97th prefix: cut mid-key, mid-value, mid-comment, mid-list.
    for end in (0..bytes.len()).step_by(97) {
        check(&bundle, &bytes[..end]);
        checked += 1;
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
        check(&bundle, &mangled);
        checked += 1;
    }
    assert!(checked > 400);
}

fn check(bundle: &Bundle, bytes: &[u8]) {
    // Errors must be located; what matters most is that this returns at all.
    match SourceFile::from_bytes("mangled.yaml".into(), bytes.to_vec()) {
        Err(diagnostic) => assert!(diagnostic.line >= 1, "{diagnostic}"),
        Ok(source) => {
            let result = bundle.load_answers(&source);
            for diagnostic in &result.diagnostics {
                assert!(
                    diagnostic.line >= 1 && diagnostic.column >= 1,
                    "unlocated: {diagnostic}"
                );
            }
            if result.has_errors() {
                assert!(
                    !result.diagnostics.is_empty(),
                    "errors without a diagnostic"
                );
            } else if let Some(loaded) = result.value {
                // A file that still reads must assess and render without trouble too.
                let assessment = saq_assess::assessment::assess(bundle, &loaded);
                let templates = saq_render::Templates::builtin().unwrap();
                saq_render::render(saq_render::Format::Html, &assessment, &templates).unwrap();
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
