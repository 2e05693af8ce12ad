//! Every word a report or page shows comes from a message catalog: no template holds English
//! text of its own. The check strips what is not shown (comments, tags, expressions, style
//! sheets) and what is not words (Markdown and HTML punctuation, entities) and lists any word
//! that is left, with its template and line.

use std::path::{Path, PathBuf};

/// Words a template may hold because they are no language's: the product's name.
const ALLOWED: [&str; 1] = ["saq"];

fn templates() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
    let mut files = Vec::new();
    for dir in [root.clone(), root.join("form")] {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if name.ends_with(".md.j2") || name.ends_with(".html.j2") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// `text` with every span from `open` to `close` blanked (newlines kept, so lines still count).
fn blank(text: &str, open: &str, close: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(open) {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let end = after.find(close).map_or(after.len(), |e| e + close.len());
        out.extend(
            after[..end]
                .chars()
                .map(|c| if c == '\n' { '\n' } else { ' ' }),
        );
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

fn words_left(text: &str) -> Vec<(usize, String)> {
    let mut text = text.to_owned();
    for (open, close) in [
        ("{#", "#}"),
        ("{%", "%}"),
        ("{{", "}}"),
        ("<style", "</style>"),
        ("<script", "</script>"),
        ("<", ">"),
        ("&", ";"),
    ] {
        text = blank(&text, open, close);
    }
    let mut found = Vec::new();
    for (n, line) in text.lines().enumerate() {
        for word in line.split(|c: char| !c.is_alphabetic()) {
            if word.chars().count() >= 2 && !ALLOWED.contains(&word) {
                found.push((n + 1, word.to_owned()));
            }
        }
    }
    found
}

#[test]
fn no_template_holds_words_of_its_own() {
    let mut found = Vec::new();
    for path in templates() {
        let text = std::fs::read_to_string(&path).unwrap();
        for (line, word) in words_left(&text) {
            found.push(format!("{}:{line}: {word}", path.display()));
        }
    }
    assert!(
        found.is_empty(),
        "words outside the message catalogs:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_sees_words_and_ignores_what_is_not_shown() {
    let text = "{# a comment #}\n## {{ t(\"x\") }}\n<p class=\"a\">Hello</p>\n| --- |\n";
    assert_eq!(words_left(text), [(3, "Hello".to_owned())]);
}
