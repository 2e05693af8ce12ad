//! What every rendered report must be, whatever the input text: Markdown with no raw HTML and
//! no link but to safe targets; HTML with only the tags saq writes, no event handler, no unsafe
//! link and none of the hostile markup the mutations put in answers; JSON that parses; CSV whose
//! rows all have the same width and whose cells cannot start a formula.

use pulldown_cmark::{Event, Parser, Tag};
use saq_render::{Format, markdown_options};

/// Checks `text`, a report in `format`; says what is wrong with it.
pub fn check(format: Format, text: &str) -> Result<(), String> {
    match format {
        Format::Markdown => markdown(text),
        Format::Html => html(text),
        Format::Json => serde_json::from_str::<serde_json::Value>(text)
            .map(drop)
            .map_err(|err| format!("the JSON does not parse: {err}")),
        Format::Csv => csv(text),
    }
}

/// Link targets a report may have: web and mail addresses, in-page anchors and relative paths.
pub fn safe_target(target: &str) -> bool {
    let lower = target.trim().to_ascii_lowercase();
    if ["http://", "https://", "mailto:", "#"]
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return true;
    }
    // Relative: no scheme before the first `/`, `?` or `#`.
    let end = lower.find(['/', '?', '#']).unwrap_or(lower.len());
    !lower[..end].contains(':')
}

fn markdown(text: &str) -> Result<(), String> {
    for event in Parser::new_ext(text, markdown_options()) {
        match event {
            Event::Html(raw) | Event::InlineHtml(raw) => {
                return Err(format!("raw HTML in the Markdown: {raw:?}"));
            }
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. })
                if !safe_target(&dest_url) =>
            {
                return Err(format!("a link to {dest_url:?} in the Markdown"));
            }
            _ => {}
        }
    }
    Ok(())
}

/// Tags saq's pages are made of: the page template, pulldown-cmark's output for the Markdown
/// dialect of the reports, and the inline SVG charts.
const TAGS: &[&str] = &[
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "section",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "a",
    "ul",
    "ol",
    "li",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "em",
    "strong",
    "b",
    "code",
    "pre",
    "blockquote",
    "hr",
    "br",
    "del",
    "svg",
    "g",
    "rect",
    "text",
    "line",
];

/// Markup the mutations put in answers and names; none of it may reach a page as markup.
const HOSTILE: &[&str] = &[
    "<script",
    "<img",
    "<iframe",
    "<svg onload",
    "<style>body",
    "<a href=\"javascript",
    "<javascript:",
    "<!--",
    "<![cdata",
    "<?xml",
    "<scr<",
];

fn html(text: &str) -> Result<(), String> {
    let lower = text.to_ascii_lowercase();
    if let Some(found) = HOSTILE.iter().find(|h| lower.contains(*h)) {
        return Err(format!("hostile markup {found:?} in the HTML"));
    }
    let mut rest = lower.as_str();
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        let name_end = rest
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(rest.len());
        let name = &rest[..name_end];
        if name.is_empty() {
            // `</…`, `<!doctype` or text: a bare `<` from input would be `&lt;`.
            if !(rest.starts_with('/') || rest.starts_with("!doctype")) {
                return Err(format!("a bare `<` in the HTML: {:?}", excerpt(rest)));
            }
            continue;
        }
        if !TAGS.contains(&name) {
            return Err(format!("a <{name}> tag in the HTML"));
        }
        let tag = &rest[..rest.find('>').unwrap_or(rest.len())];
        attributes(tag)?;
    }
    Ok(())
}

/// No event handler, and links and sources only to safe targets.
fn attributes(tag: &str) -> Result<(), String> {
    let mut rest = tag;
    while let Some(at) = rest.find('=') {
        let name = rest[..at]
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or_default();
        let after = &rest[at + 1..];
        let (value, next) = match after.strip_prefix('"') {
            Some(quoted) => {
                let end = quoted.find('"').unwrap_or(quoted.len());
                (&quoted[..end], &quoted[(end + 1).min(quoted.len())..])
            }
            None => {
                let end = after.find(char::is_whitespace).unwrap_or(after.len());
                (&after[..end], &after[end..])
            }
        };
        if name.starts_with("on") {
            return Err(format!("an event handler {name}= in the HTML"));
        }
        if matches!(name, "href" | "src" | "xlink:href" | "action") && !safe_target(value) {
            return Err(format!("{name}={value:?} in the HTML"));
        }
        rest = next;
    }
    Ok(())
}

fn excerpt(text: &str) -> &str {
    let end = text.char_indices().nth(40).map_or(text.len(), |(i, _)| i);
    &text[..end]
}

/// Characters that make a spreadsheet read a cell as a formula when they start it.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];
/// Where a spreadsheet may start a cell, whatever separator it splits on.
const BOUNDARY: [char; 5] = [',', ';', '\t', '\n', '\r'];

fn csv(text: &str) -> Result<(), String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes());
    for record in reader.records() {
        let record = record.map_err(|err| format!("the CSV does not parse: {err}"))?;
        for cell in &record {
            let mut at_start = true;
            for (i, c) in cell.char_indices() {
                if at_start && c != '\'' {
                    let rest = cell[i..].trim_start_matches([' ', '"']);
                    if rest.starts_with(FORMULA_START) {
                        return Err(format!("a CSV cell can start a formula: {cell:?}"));
                    }
                }
                at_start = BOUNDARY.contains(&c);
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_reports_are_caught() {
        assert!(check(Format::Markdown, "[x](javascript:alert(1))").is_err());
        assert!(check(Format::Markdown, "<b>x</b>").is_err());
        assert!(check(Format::Markdown, "\\<b\\> [x](https://example.org)").is_ok());
        assert!(check(Format::Html, "<p>&lt;script&gt;</p>").is_ok());
        assert!(check(Format::Html, "<p><script>x</script></p>").is_err());
        assert!(check(Format::Html, "<p onclick=\"x\">").is_err());
        assert!(check(Format::Html, "<a href=\"JavaScript:x\">").is_err());
        assert!(check(Format::Html, "<a href=\"#top\" title=\"a=b\">").is_ok());
        assert!(check(Format::Html, "<marquee>").is_err());
        assert!(check(Format::Json, "{\"a\": 1}").is_ok());
        assert!(check(Format::Json, "{").is_err());
        assert!(check(Format::Csv, "\"a\",\"'=1\"\n").is_ok());
        assert!(check(Format::Csv, "\"a\",\"=1\"\n").is_err());
        assert!(check(Format::Csv, "\"a\",\"x;@y\"\n").is_err());
        assert!(check(Format::Csv, "\"a\",\"b\"\n\"c\"\n").is_err());
    }

    #[test]
    fn safe_targets() {
        for ok in ["https://x", "mailto:a@b", "#top", "report.html", "a/b:c"] {
            assert!(safe_target(ok), "{ok}");
        }
        for bad in ["javascript:x", " JAVASCRIPT:x", "data:x", "vbscript:x"] {
            assert!(!safe_target(bad), "{bad}");
        }
    }
}
