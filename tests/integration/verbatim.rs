//! The instrument quotes the treaty verbatim: every provision of articles 3 to 15 in
//! `questionnaires/firearms-protocol/instrument.yaml` has exactly the wording of the matching
//! paragraph of the reference text (`tests/data/firearms-protocol.en.md`, a copy of the authentic
//! English text), and every paragraph and sub-paragraph of those articles is a provision.

use std::collections::BTreeMap;

use saq_model::Bundle;
use saq_model::instrument::Instrument;

/// The reference copy of the treaty, kept in the repository so the test reads nothing outside it.
const REFERENCE: &str = include_str!("../data/firearms-protocol.en.md");

/// The articles whose paragraphs are provisions; the others have none.
const ASSESSED: std::ops::RangeInclusive<u32> = 3..=15;

/// Paragraphs of the reference that are deliberately not provisions: article 3's opening words
/// ("For the purposes of this Protocol:").
const NOT_PROVISIONS: &[&str] = &["3"];

/// One paragraph, sub-paragraph or item of the reference text.
#[derive(Debug)]
struct Paragraph {
    article: u32,
    /// Provision id it corresponds to: `5.1`, `5.1.a`, `3.d.ii`, or `7` for unnumbered text.
    id: String,
    /// Its wording without the numbering, whitespace runs collapsed to one space.
    text: String,
}

/// The reference text, parsed.
#[derive(Debug, Default)]
struct Reference {
    /// Article titles (the `###` heading under each `## Article N`).
    titles: BTreeMap<u32, String>,
    /// Paragraphs in treaty order.
    paragraphs: Vec<Paragraph>,
}

/// Collapses every run of whitespace to one space and trims the ends.
fn normalize(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Splits `line` into a label and the text after it, when the line starts with `open`, then one
/// or more characters accepted by `accept`, then `close` (`1. `, `a) `, `(ii) `).
fn label<'a>(
    line: &'a str,
    open: &str,
    close: &str,
    accept: fn(char) -> bool,
) -> Option<(&'a str, &'a str)> {
    let rest = line.strip_prefix(open)?;
    let end = rest.find(|c: char| !accept(c))?;
    let (label, after) = rest.split_at(end);
    if label.is_empty() {
        return None;
    }
    Some((label, after.strip_prefix(close)?))
}

fn parse_reference(source: &str) -> Reference {
    let mut reference = Reference::default();
    let mut article: Option<u32> = None;
    let mut paragraph: Option<String> = None;
    let mut sub_paragraph: Option<String> = None;
    for line in source.lines() {
        if let Some(number) = line.strip_prefix("## Article ") {
            let number = number
                .trim()
                .parse()
                .expect("article heading with a number");
            article = Some(number);
            paragraph = None;
            sub_paragraph = None;
            continue;
        }
        if let Some(title) = line.strip_prefix("### ") {
            if let Some(article) = article {
                reference.titles.insert(article, title.trim().to_owned());
            }
            continue;
        }
        if line.starts_with('#') {
            // A part or the preamble: no longer inside an article.
            article = None;
            continue;
        }
        let Some(article) = article else { continue };
        if line.trim().is_empty() {
            continue;
        }
        let (id, text) = if let Some((n, text)) = label(line, "", ". ", |c| c.is_ascii_digit()) {
            let id = format!("{article}.{n}");
            paragraph = Some(id.clone());
            sub_paragraph = None;
            (id, text)
        } else if let Some((letter, text)) = label(line, "", ") ", |c| c.is_ascii_lowercase())
            .filter(|(letter, _)| letter.len() == 1)
        {
            let parent = paragraph.clone().unwrap_or_else(|| article.to_string());
            let id = format!("{parent}.{letter}");
            sub_paragraph = Some(id.clone());
            (id, text)
        } else if let Some((roman, text)) = label(line, "(", ") ", |c| "ivx".contains(c)) {
            let parent = sub_paragraph.clone().unwrap_or_else(|| {
                panic!("item ({roman}) of article {article} outside a sub-paragraph")
            });
            (format!("{parent}.{roman}"), text)
        } else {
            // Unnumbered text: the article's chapeau or its only paragraph.
            (article.to_string(), line)
        };
        reference.paragraphs.push(Paragraph {
            article,
            id,
            text: normalize(text),
        });
    }
    reference
}

/// The instrument as saq loads it, from the questionnaire folder.
fn instrument() -> Instrument {
    let dir = crate::support::root().join("questionnaires/firearms-protocol");
    let checked =
        Bundle::read_dir(&dir).unwrap_or_else(|err| panic!("cannot read {}: {err}", dir.display()));
    let diagnostics: Vec<String> = checked.diagnostics.iter().map(|d| d.to_string()).collect();
    match checked.value {
        Some(bundle) => bundle.instrument,
        None => panic!(
            "{} could not be loaded:\n{}",
            dir.display(),
            diagnostics.join("\n")
        ),
    }
}

#[test]
fn the_reference_text_is_parsed_as_expected() {
    let reference = parse_reference(REFERENCE);
    assert_eq!(
        reference.titles.keys().copied().collect::<Vec<_>>(),
        (1..=21).collect::<Vec<_>>()
    );
    let ids: Vec<&str> = reference
        .paragraphs
        .iter()
        .filter(|p| p.article == 3 || p.article == 5)
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "3", "3.a", "3.b", "3.c", "3.d", "3.d.i", "3.d.ii", "3.d.iii", "3.e", "3.f", "5.1",
            "5.1.a", "5.1.b", "5.1.c", "5.2", "5.2.a", "5.2.b"
        ]
    );
    let item = reference
        .paragraphs
        .iter()
        .find(|p| p.id == "3.d.iii")
        .unwrap();
    assert!(item.text.contains("Protocol; Licensing"), "{}", item.text);
}

#[test]
fn provision_texts_are_verbatim_and_complete() {
    let reference = parse_reference(REFERENCE);
    let instrument = instrument();
    let mut problems = Vec::new();

    let expected: Vec<&Paragraph> = reference
        .paragraphs
        .iter()
        .filter(|p| ASSESSED.contains(&p.article) && !NOT_PROVISIONS.contains(&p.id.as_str()))
        .collect();
    let by_id: BTreeMap<&str, &Paragraph> = expected.iter().map(|p| (p.id.as_str(), *p)).collect();

    for (article, provision) in instrument.provisions() {
        let id = provision.id.value.as_str();
        if !ASSESSED.contains(&article.number.value) {
            problems.push(format!(
                "provision `{id}`: article {} should have no provisions (only articles 3 to 15 do)",
                article.number.value
            ));
            continue;
        }
        let Some(paragraph) = by_id.get(id) else {
            problems.push(format!(
                "provision `{id}` (article {}) matches no paragraph of the reference text",
                article.number.value
            ));
            continue;
        };
        if provision.text != paragraph.text {
            let how = if normalize(&provision.text) == paragraph.text {
                "differs from the treaty only in whitespace"
            } else {
                "is not the treaty's wording"
            };
            problems.push(format!(
                "provision `{id}` {how}\n  instrument: {:?}\n  reference:  {:?}",
                provision.text, paragraph.text
            ));
        }
    }

    let present: Vec<&str> = instrument
        .provisions()
        .map(|(_, p)| p.id.value.as_str())
        .collect();
    for paragraph in &expected {
        if !present.contains(&paragraph.id.as_str()) {
            problems.push(format!(
                "provision `{}` is missing: the reference has article {}'s paragraph\n  reference:  {:?}",
                paragraph.id, paragraph.article, paragraph.text
            ));
        }
    }

    // Same provisions, same order as the treaty.
    let treaty_order: Vec<&str> = expected.iter().map(|p| p.id.as_str()).collect();
    let listed: Vec<&str> = present
        .iter()
        .copied()
        .filter(|id| treaty_order.contains(id))
        .collect();
    let in_treaty: Vec<&str> = treaty_order
        .iter()
        .copied()
        .filter(|id| present.contains(id))
        .collect();
    if listed != in_treaty {
        problems.push(format!(
            "provisions are not in treaty order\n  instrument: {listed:?}\n  treaty:     {in_treaty:?}"
        ));
    }

    assert!(
        problems.is_empty(),
        "{} problem(s) in instrument.yaml:\n\n{}",
        problems.len(),
        problems.join("\n\n")
    );
}

#[test]
fn article_titles_are_verbatim() {
    let reference = parse_reference(REFERENCE);
    let instrument = instrument();
    let numbers: Vec<u32> = instrument.articles.iter().map(|a| a.number.value).collect();
    assert_eq!(
        numbers,
        reference.titles.keys().copied().collect::<Vec<_>>(),
        "the instrument should list every article of the treaty, in order"
    );
    let mut problems = Vec::new();
    for article in &instrument.articles {
        let expected = &reference.titles[&article.number.value];
        if &article.title != expected {
            problems.push(format!(
                "article {} title\n  instrument: {:?}\n  reference:  {:?}",
                article.number.value, article.title, expected
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}
