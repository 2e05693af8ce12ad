//! `saq status`: per section, what is answered and what blocks submission.

use std::path::{Path, PathBuf};

use crate::support::{answer, code, init_mini, mini, redact, saq, saq_in, transcript};

#[test]
fn status_of_a_draft_names_what_blocks_submission() {
    let dir = tempfile::tempdir().unwrap();
    let path = init_mini(dir.path());
    answer(&path, "profile_industry", "\"yes\"");
    answer(&path, "q_1_1", "\"no\"");
    let output = saq_in(dir.path(), &["status", "-q", &mini(), "answers.yaml"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    insta::assert_snapshot!("status_draft", redact(&transcript(&output)));

    let output = saq_in(
        dir.path(),
        &["status", "-q", &mini(), "--format", "json", "answers.yaml"],
    );
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    insta::assert_snapshot!(
        "status_draft_json",
        redact(&String::from_utf8_lossy(&output.stdout))
    );
}

#[test]
fn status_of_a_complete_set_says_it_can_be_submitted() {
    let dir = tempfile::tempdir().unwrap();
    let path = init_mini(dir.path());
    answer(&path, "profile_industry", "\"no\"");
    answer(&path, "q_1_1", "{unknown: \"the ministry has the file\"}");
    let output = saq_in(dir.path(), &["status", "-q", &mini(), "answers.yaml"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    insta::assert_snapshot!("status_ready", redact(&transcript(&output)));
}

#[test]
fn status_reports_problems_and_goes_on_with_the_other_files() {
    let dir = tempfile::tempdir().unwrap();
    let path = init_mini(dir.path());
    answer(&path, "q_1_1", "\"perhaps\"");
    std::fs::write(dir.path().join("broken.yaml"), "answers: [\n").unwrap();
    let valid = format!("{}/examples/valid.yaml", mini());
    let output = saq_in(
        dir.path(),
        &[
            "status",
            "-q",
            &mini(),
            "answers.yaml",
            "broken.yaml",
            "missing.yaml",
            &valid,
        ],
    );
    // A file that cannot be read at all is an I/O error, the worst outcome here.
    assert_eq!(code(&output), 2, "{}", transcript(&output));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("blocks submission: the file has 1 problem"),
        "{stdout}"
    );
    assert!(stdout.contains("broken.yaml: cannot be read"), "{stdout}");
    assert!(stdout.contains("submitted on 2026-02-01"), "{stdout}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("cannot read missing.yaml"), "{stderr}");

    let output = saq_in(dir.path(), &["status", "-q", &mini(), "answers.yaml"]);
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    let output = saq_in(
        dir.path(),
        &[
            "status",
            "-q",
            &mini(),
            "--format",
            "json",
            "answers.yaml",
            "broken.yaml",
        ],
    );
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["files"][0]["diagnostics"][0]["code"], "wrong-answer");
    assert_eq!(json["files"][1]["state"], serde_json::Value::Null);
    assert_eq!(json["files"][1]["ready_to_submit"], false);
}

/// A copy of the mini questionnaire in `dir`, with a French translation (`saq translate`) that
/// gives its sections' titles and the reason one may not apply; everything else untranslated.
pub(crate) fn mini_in_french(dir: &Path) -> PathBuf {
    let copy = dir.join("mini");
    std::fs::create_dir_all(copy.join("examples")).unwrap();
    for file in ["instrument.yaml", "questionnaire.yaml"] {
        std::fs::copy(Path::new(&mini()).join(file), copy.join(file)).unwrap();
    }
    let output = saq_in(dir, &["translate", "mini", "--lang", "fr"]);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    let path = copy.join("translations/fr.yaml");
    let mut text = std::fs::read_to_string(&path).unwrap();
    for (key, french) in [
        ("section.profile.title", "Profil de l'État"),
        ("section.article_1.title", "Article 1 · Incrimination"),
        ("section.article_2.title", "Article 2 · Marquage"),
        (
            "section.article_2.skip_reason",
            "Le marquage lors de la fabrication ne s'applique que là où des armes à feu sont fabriquées.",
        ),
    ] {
        let at = text
            .find(&format!("\n  {key}:\n"))
            .unwrap_or_else(|| panic!("{key} in\n{text}"));
        let empty = at + text[at..].find("text: \"\"").unwrap();
        text.replace_range(
            empty..empty + "text: \"\"".len(),
            &format!("text: \"{french}\""),
        );
    }
    std::fs::write(&path, text).unwrap();
    copy
}

#[test]
fn status_speaks_french_with_lang_and_keeps_the_json_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    mini_in_french(dir.path());
    let path = init_mini(dir.path());
    answer(&path, "profile_industry", "\"yes\"");
    answer(&path, "q_1_1", "\"no\"");
    let output = saq_in(
        dir.path(),
        &["status", "--lang", "fr", "-q", "mini", "answers.yaml"],
    );
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    insta::assert_snapshot!("status_draft_fr", transcript(&output));

    // The JSON is the same in every language.
    let json = |lang: Option<&str>| {
        let mut args = vec!["status", "-q", "mini", "--format", "json", "answers.yaml"];
        args.extend(lang.map(|l| ["--lang", l]).into_iter().flatten());
        let output = saq_in(dir.path(), &args);
        assert_eq!(code(&output), 0, "{}", transcript(&output));
        output.stdout
    };
    assert_eq!(json(Some("fr")), json(None));

    // Complete: ready to submit, and a section that does not apply says why in French.
    let path = init_mini_as(dir.path(), "complete.yaml");
    answer(&path, "profile_industry", "\"no\"");
    answer(&path, "q_1_1", "\"yes\"");
    let output = saq_in(
        dir.path(),
        &["status", "--lang", "fr", "-q", "mini", "complete.yaml"],
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains(
            "Article 2 · Marquage       sans objet\u{202f}: Le marquage lors de la fabrication"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "réponses prêtes à être soumises\u{202f}: toutes les questions obligatoires applicables ont reçu une réponse (`saq submit complete.yaml --questionnaire mini`)"
        ),
        "{stdout}"
    );
}

/// `saq init -o NAME` for the mini questionnaire, in `dir`.
fn init_mini_as(dir: &Path, name: &str) -> PathBuf {
    let output = saq_in(
        dir,
        &["init", "--state", "Testland", "-q", &mini(), "-o", name],
    );
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    dir.join(name)
}

#[test]
fn status_speaks_the_language_the_answers_are_written_in() {
    let dir = tempfile::tempdir().unwrap();
    let path = init_mini(dir.path());
    let text = std::fs::read_to_string(&path).unwrap();
    let spanish = text.replacen("\nstate:\n", "\nlanguage: es\nstate:\n", 1);
    assert_ne!(spanish, text);
    std::fs::write(&path, spanish).unwrap();
    answer(&path, "profile_industry", "\"yes\"");
    let mini = mini();
    let status = |args: &[&str]| {
        let mut all = vec!["status", "-q", mini.as_str()];
        all.extend(args);
        let output = saq_in(dir.path(), &all);
        assert_eq!(code(&output), 0, "{}", transcript(&output));
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    let stdout = status(&["answers.yaml"]);
    assert!(
        stdout.starts_with("answers.yaml: respuestas de Testland (borrador)\n  sección "),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "no se pueden presentar: 2 preguntas obligatorias siguen sin respuesta: q_1_1, q_2_1"
        ),
        "{stdout}"
    );
    // `--lang` comes first; several files are shown in English.
    let english = status(&["--lang", "en", "answers.yaml"]);
    assert!(
        english.starts_with("answers.yaml: answers of Testland, draft\n"),
        "{english}"
    );
    let both = status(&["answers.yaml", "answers.yaml"]);
    assert!(
        both.contains("blocks submission: 2 required questions"),
        "{both}"
    );
}

/// Every language of the six says what blocks submission in its own words, with no message
/// missing, and the Arabic lines carry no isolation marks (a terminal would show them escaped).
#[test]
fn status_in_the_six_languages() {
    let draft = "questionnaires/firearms-protocol/examples/03-early-draft.yaml";
    for (lang, heading, blocks) in [
        (
            "en",
            "answers of Coralia, draft",
            "blocks submission: 23 required questions not answered",
        ),
        (
            "fr",
            "réponses de Coralia (brouillon)",
            "soumission impossible\u{202f}: 23 questions obligatoires sont restées sans réponse",
        ),
        (
            "es",
            "respuestas de Coralia (borrador)",
            "no se pueden presentar: 23 preguntas obligatorias siguen sin respuesta",
        ),
        (
            "ar",
            "إجابات Coralia (مسودة)",
            "يتعذَّر التقديم: لم يُجَب عن 23 سؤالًا إلزاميًا",
        ),
        (
            "zh",
            "Coralia的答复（草稿）",
            "无法提交：23个必答问题尚未回答",
        ),
        (
            "ru",
            "ответы государства Coralia (черновик)",
            "представление невозможно: нет ответа на 23 обязательных вопроса",
        ),
    ] {
        let output = saq(&["status", "--lang", lang, draft]);
        assert_eq!(code(&output), 0, "{}", transcript(&output));
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(stdout.contains(heading), "{lang}: {stdout}");
        assert!(stdout.contains(blocks), "{lang}: {stdout}");
        assert!(!stdout.contains("cli-"), "{lang}: {stdout}");
        assert!(
            !stdout.contains(['\u{2068}', '\u{2069}']),
            "{lang}: {stdout}"
        );
        assert!(!stdout.contains(r"\u{206"), "{lang}: {stdout}");
    }
}

/// In Chinese the columns are counted in the terminal's cells, two for each Chinese character:
/// the numbers end where their headings end.
#[test]
fn status_aligns_the_columns_of_wide_characters() {
    let dir = tempfile::tempdir().unwrap();
    let path = init_mini(dir.path());
    answer(&path, "profile_industry", "\"yes\"");
    let output = saq_in(
        dir.path(),
        &["status", "--lang", "zh", "-q", &mini(), "answers.yaml"],
    );
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    insta::assert_snapshot!("status_draft_zh", redact(&transcript(&output)));
}
