//! Translations as data: `saq translate` starts and updates a language's file without losing a
//! translation, and `saq validate` reports what is missing or stale — warnings, and errors for
//! the languages `--lang` requires.

use std::path::Path;

use crate::support::{code, root, saq_in, transcript};

/// A copy of the mini questionnaire folder in `dir`.
fn mini_copy(dir: &Path) -> std::path::PathBuf {
    let target = dir.join("mini");
    std::fs::create_dir(&target).unwrap();
    for name in ["instrument.yaml", "questionnaire.yaml"] {
        std::fs::copy(
            root().join("tests/fixtures/mini").join(name),
            target.join(name),
        )
        .unwrap();
    }
    target
}

#[test]
fn translate_starts_a_file_that_validate_then_holds_to_its_language() {
    let dir = tempfile::tempdir().unwrap();
    let folder = mini_copy(dir.path());
    let output = saq_in(dir.path(), &["translate", "mini", "--lang", "fr"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let file = folder.join("translations/fr.yaml");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.contains("# EN: Has your country established the offences?"),
        "{text}"
    );
    // Untranslated: a warning, and the questionnaire is fine.
    let output = saq_in(dir.path(), &["validate", "mini"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let said = transcript(&output);
    assert!(said.contains("warning[translation-missing]"), "{said}");
    assert!(said.contains("mini/translations/fr.yaml:"), "{said}");
    // Required: an error.
    let output = saq_in(dir.path(), &["validate", "mini", "--lang", "fr"]);
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    assert!(transcript(&output).contains("error[translation-missing]"));
    // A language it has no file for.
    let output = saq_in(dir.path(), &["validate", "mini", "--lang", "de"]);
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    assert!(
        transcript(&output).contains("has no translation into `de`"),
        "{}",
        transcript(&output)
    );
    // Every text translated: clean, even when required.
    let done = text
        .lines()
        .map(|l| {
            if l.starts_with("    text: ") {
                "    text: \"traduit\"".to_owned()
            } else {
                l.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(&file, format!("{done}\n")).unwrap();
    let output = saq_in(dir.path(), &["validate", "mini", "--lang", "fr"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    assert!(
        !transcript(&output).contains("translation"),
        "{}",
        transcript(&output)
    );
    // The English of a question changes: that translation is stale, located at its `from:`.
    let questionnaire = folder.join("questionnaire.yaml");
    let english = std::fs::read_to_string(&questionnaire).unwrap();
    std::fs::write(
        &questionnaire,
        english.replace(
            "Has your country established the offences?",
            "Has your country established all the offences?",
        ),
    )
    .unwrap();
    let output = saq_in(dir.path(), &["validate", "mini", "--lang", "fr"]);
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    let said = transcript(&output);
    assert!(said.contains("error[translation-stale]"), "{said}");
    assert!(
        said.contains(
            "`question.q_1_1.text` was translated from an English text that has changed since"
        ),
        "{said}"
    );
    // Running translate again keeps every translation, the stale one included, and marks it.
    let output = saq_in(dir.path(), &["translate", "mini", "--lang", "fr"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    assert!(
        transcript(&output).contains("1 stale"),
        "{}",
        transcript(&output)
    );
    let again = std::fs::read_to_string(&file).unwrap();
    assert_eq!(
        again.matches("text: \"traduit\"").count(),
        done.matches("text: \"traduit\"").count()
    );
    assert!(again.contains("# STALE: the English changed"), "{again}");
}

#[test]
fn translate_refuses_a_bad_language_or_a_file_it_cannot_read() {
    let dir = tempfile::tempdir().unwrap();
    let folder = mini_copy(dir.path());
    let output = saq_in(dir.path(), &["translate", "mini", "--lang", "../x"]);
    assert_eq!(code(&output), 2, "{}", transcript(&output));
    std::fs::create_dir(folder.join("translations")).unwrap();
    let file = folder.join("translations/fr.yaml");
    std::fs::write(&file, "format_version: 1\nlanguage: fr\ntexts: [\n").unwrap();
    let output = saq_in(dir.path(), &["translate", "mini", "--lang", "fr"]);
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "format_version: 1\nlanguage: fr\ntexts: [\n"
    );
}

#[test]
fn a_report_in_another_language_takes_the_questionnaires_words_from_its_translation() {
    let example =
        root().join("questionnaires/firearms-protocol/examples/02-partial-implementation.yaml");
    let example = example.display().to_string();
    let english = saq_in(&root(), &["report", &example]);
    assert_eq!(code(&english), 0, "{}", transcript(&english));
    for (lang, words) in [
        (
            "fr",
            ["Article 5 · Incrimination", "Marquage des armes à feu"],
        ),
        (
            "es",
            [
                "Artículo 5 · Penalización",
                "Marcación de las armas de fuego",
            ],
        ),
    ] {
        let output = saq_in(&root(), &["report", &example, "--lang", lang]);
        assert_eq!(code(&output), 0, "{}", transcript(&output));
        let report = String::from_utf8_lossy(&output.stdout);
        for word in words {
            assert!(report.contains(word), "{lang}: no {word:?} in\n{report}");
        }
        // The State's own words are shown as written.
        assert!(report.contains("Penal Code of Borealis"), "{report}");
        let html = saq_in(
            &root(),
            &["report", &example, "--lang", lang, "--format", "html"],
        );
        assert!(
            String::from_utf8_lossy(&html.stdout).contains(&format!("<html lang=\"{lang}\"")),
            "{lang}"
        );
    }
    let output = saq_in(&root(), &["report", &example, "--lang", "de"]);
    assert_eq!(code(&output), 2, "{}", transcript(&output));
    let said = transcript(&output);
    assert!(said.contains("has no translation into `de`"), "{said}");
    assert!(said.contains("ar, es, fr, ru, zh"), "{said}");
}

/// One country report per language, pinned: a change in a catalog or a translation shows in
/// review. The answers are Borealis's, in English, as written; the words around them are the
/// language's.
#[test]
fn one_country_report_per_language() {
    let example =
        root().join("questionnaires/firearms-protocol/examples/02-partial-implementation.yaml");
    let example = example.display().to_string();
    for lang in ["fr", "es", "ar", "zh", "ru"] {
        let output = saq_in(&root(), &["report", &example, "--lang", lang]);
        assert_eq!(code(&output), 0, "{}", transcript(&output));
        insta::assert_snapshot!(
            format!("report_{lang}"),
            String::from_utf8_lossy(&output.stdout)
        );
    }
    // Arabic reads right to left, with the values of the other direction isolated.
    let html = saq_in(
        &root(),
        &["report", &example, "--lang", "ar", "--format", "html"],
    );
    let html = String::from_utf8_lossy(&html.stdout);
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"), "{html}");
    assert!(html.contains("\u{2068}Borealis\u{2069}"), "{html}");
}

#[test]
fn init_in_another_language_asks_in_it_and_records_it() {
    let dir = tempfile::tempdir().unwrap();
    let output = saq_in(
        dir.path(),
        &[
            "init", "--state", "Testland", "--lang", "fr", "-o", "fr.yaml",
        ],
    );
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let text = std::fs::read_to_string(dir.path().join("fr.yaml")).unwrap();
    assert!(text.contains("\nlanguage: fr\n"), "{text}");
    assert!(text.contains("Votre pays a-t-il"), "{text}");
    let output = saq_in(dir.path(), &["validate", "fr.yaml"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    // A report in any language marks the language the answers are written in.
    let output = saq_in(dir.path(), &["report", "fr.yaml"]);
    assert!(
        String::from_utf8_lossy(&output.stdout)
            .contains("**Language of the answers:** French: the answers are shown as written"),
        "{}",
        transcript(&output)
    );
    let output = saq_in(dir.path(), &["report", "fr.yaml", "--lang", "es"]);
    assert!(
        String::from_utf8_lossy(&output.stdout).contains("**Idioma de las respuestas:** francés"),
        "{}",
        transcript(&output)
    );
    // A language tag that is none is a located error.
    std::fs::write(
        dir.path().join("bad.yaml"),
        text.replace("\nlanguage: fr\n", "\nlanguage: \"fr_FR!\"\n"),
    )
    .unwrap();
    let output = saq_in(dir.path(), &["validate", "bad.yaml"]);
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    assert!(
        transcript(&output).contains("error[bad-language]"),
        "{}",
        transcript(&output)
    );
    // No translation into the language: refused, nothing written.
    let output = saq_in(
        dir.path(),
        &[
            "init", "--state", "Testland", "--lang", "de", "-o", "de.yaml",
        ],
    );
    assert_eq!(code(&output), 2, "{}", transcript(&output));
    assert!(!dir.path().join("de.yaml").exists());
}

#[test]
fn a_diff_in_another_language() {
    let old =
        root().join("questionnaires/firearms-protocol/examples/02-partial-implementation.yaml");
    let new = root().join("tests/inputs/diff/borealis-2027.yaml");
    let (old, new) = (old.display().to_string(), new.display().to_string());
    let output = saq_in(&root(), &["diff", &old, &new, "--lang", "es"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("Protocolo sobre armas de fuego"), "{text}");
    assert!(
        !text.contains("what changed in the implementation"),
        "{text}"
    );
}
