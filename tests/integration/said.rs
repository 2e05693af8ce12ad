//! Reports carry what the State said: for every example and fixture answer set, every non-empty
//! answer to a question that applies appears, word for word, in its Markdown and HTML reports.
//! The test walks the answers themselves, not a hand-picked list.

use std::path::{Path, PathBuf};

use saq_model::answer::Answer;
use saq_model::applicability::Applicability;
use saq_model::{Bundle, SourceFile};

use crate::support::{code, root, saq, transcript};

/// Every answer set the project ships or tests reports with, and its questionnaire folder
/// (`None`: the built-in one).
fn answer_sets() -> Vec<(PathBuf, Option<PathBuf>)> {
    let mut sets: Vec<(PathBuf, Option<PathBuf>)> =
        std::fs::read_dir(root().join("questionnaires/firearms-protocol/examples"))
            .unwrap()
            .map(|e| (e.unwrap().path(), None))
            .filter(|(p, _)| p.extension().is_some_and(|e| e == "yaml"))
            .collect();
    sets.sort();
    sets.push((root().join("tests/inputs/reports/hostile.yaml"), None));
    sets.push((root().join("tests/inputs/diff/borealis-2027.yaml"), None));
    sets.push((
        root().join("tests/fixtures/mini/examples/valid.yaml"),
        Some(root().join("tests/fixtures/mini")),
    ));
    sets
}

/// The texts a reader must find for each applicable answer: the words written, the labels of
/// the choices picked, each measure's title and article, each table cell, every reason.
fn texts(bundle: &Bundle, path: &Path) -> Vec<(String, String)> {
    let source = SourceFile::read(path).unwrap();
    let loaded = bundle.load_answers(&source);
    assert!(
        !loaded.has_errors(),
        "{}: {:#?}",
        path.display(),
        loaded.diagnostics
    );
    let answers = loaded.value.unwrap().answers;
    let applicability = Applicability::evaluate(&bundle.questionnaire, &answers);
    let mut out = Vec::new();
    for (_, question) in bundle.questionnaire.questions() {
        let id = question.id.value.as_str();
        if !applicability.of(id).is_yes() {
            continue;
        }
        let Some(answer) = answers.get(id) else {
            continue;
        };
        let label = |value: &str| {
            bundle
                .questionnaire
                .choices_of(question)
                .iter()
                .find(|c| c.value.value == value)
                .map_or(value.to_owned(), |c| c.label.clone())
        };
        let mut push = |text: String| {
            if !text.trim().is_empty() {
                out.push((id.to_owned(), text));
            }
        };
        match answer {
            Answer::Choice(value) => push(label(value)),
            Answer::Choices(values) => values.iter().for_each(|v| push(label(v))),
            Answer::Text(text) | Answer::Date(text) => push(text.clone()),
            Answer::Number(n) => push(number(*n)),
            Answer::Citations(list) => {
                for citation in list {
                    push(citation.title.clone());
                    if let Some(article) = &citation.article {
                        push(article.clone());
                    }
                }
            }
            Answer::Table(rows) => {
                for row in rows {
                    for column in &question.columns {
                        let cell = match row.get(column.id.value.as_str()) {
                            Some(serde_json::Value::String(s)) => column
                                .choices
                                .iter()
                                .find(|c| c.value.value == *s)
                                .map_or(s.clone(), |c| c.label.clone()),
                            Some(serde_json::Value::Number(n)) => number(n.as_f64().unwrap()),
                            Some(serde_json::Value::Null) | None => continue,
                            Some(other) => other.to_string(),
                        };
                        push(cell);
                    }
                }
            }
            Answer::NotApplicable(reason) | Answer::Unknown(reason) => push(reason.clone()),
        }
    }
    out
}

fn number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        n.to_string()
    }
}

fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Markdown as a reader sees it: escapes resolved.
fn markdown_text(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut chars = markdown.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(next) = chars.next() {
                out.push(next);
            }
        } else {
            out.push(c);
        }
    }
    squeeze(&out)
}

/// HTML as a reader sees it: tags dropped, entities resolved.
fn html_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    squeeze(
        &out.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&"),
    )
}

fn report(path: &Path, questionnaire: Option<&Path>, format: &str) -> String {
    let mut args = vec![
        "report".to_owned(),
        "--format".to_owned(),
        format.to_owned(),
        path.display().to_string(),
    ];
    if let Some(dir) = questionnaire {
        args.extend(["-q".to_owned(), dir.display().to_string()]);
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let output = saq(&args);
    assert_eq!(code(&output), 0, "{}", transcript(&output));
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn every_answer_of_every_answer_set_is_in_its_reports() {
    for (path, questionnaire) in answer_sets() {
        let bundle = match &questionnaire {
            None => Bundle::builtin(),
            Some(dir) => Bundle::load(
                &SourceFile::read(&dir.join("instrument.yaml")).unwrap(),
                &SourceFile::read(&dir.join("questionnaire.yaml")).unwrap(),
            ),
        };
        assert!(!bundle.has_errors(), "{:#?}", bundle.diagnostics);
        let bundle = bundle.value.unwrap();
        let wanted = texts(&bundle, &path);
        assert!(
            wanted.len() > 5,
            "{}: too few answers to test",
            path.display()
        );
        let markdown = markdown_text(&report(&path, questionnaire.as_deref(), "md"));
        let html = html_text(&report(&path, questionnaire.as_deref(), "html"));
        let mut missing = Vec::new();
        for (question, text) in &wanted {
            let text = squeeze(text);
            if !markdown.contains(&text) {
                missing.push(format!("md: {question}: {text}"));
            }
            if !html.contains(&text) {
                missing.push(format!("html: {question}: {text}"));
            }
        }
        assert!(
            missing.is_empty(),
            "{}: {} answers are not in the reports:\n{}",
            path.display(),
            missing.len(),
            missing.join("\n")
        );
    }
}

#[test]
fn a_partial_answer_set_is_no_clean_bill() {
    // One substantive answer, as in a set transcribed from a short national report.
    let temp = tempfile::tempdir().unwrap();
    let path = temp.path().join("partial.yaml");
    std::fs::write(
        &path,
        "format_version: 1\nquestionnaire: firearms-protocol-saq\nversion: 2.0.0\nstate: {name: Testland}\nstatus: draft\nanswers:\n  q_13_2: \"yes\"\n  q_13_2_authority: The Office of the Attorney-General is the national point of contact.\n",
    )
    .unwrap();
    let markdown = report(&path, None, "md");
    assert!(markdown.contains("Attorney-General"), "{markdown}");
    let summary = &markdown[markdown.find("## Summary").unwrap()..];
    let first_line = summary.lines().skip(1).find(|l| !l.is_empty()).unwrap();
    assert!(
        first_line.starts_with("**Coverage:** a reported status for 1 of the "),
        "coverage comes first: {first_line}"
    );
    assert!(!markdown.contains("reports no obligation as not or partially implemented"));
    assert!(
        markdown.contains("No gap among the provisions assessed (1 of the 44 that apply)."),
        "{markdown}"
    );
    // Not-assessed provisions are one line per section, not a row each.
    assert!(!markdown.contains("| Not assessed |  0"), "{markdown}");
    assert!(markdown.contains("*Not assessed yet:* Article 5(1)(a), Article 5(1)(b)"));
    insta::assert_snapshot!(markdown);
}
