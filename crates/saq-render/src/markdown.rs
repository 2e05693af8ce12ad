//! The one place that holds the pulldown-cmark options, and Markdown → safe HTML.

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd, html};

/// The Markdown dialect of every report: CommonMark with tables and strikethrough.
pub fn markdown_options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

/// Renders report Markdown to HTML. Raw HTML in the Markdown is shown as text, never passed
/// through, and links or images to anything but `http`, `https`, `mailto`, an in-page anchor or a
/// relative target lose their target (their text stays). Answers are escaped before they reach
/// the Markdown; this is the second line of defence.
pub fn markdown_to_html(markdown: &str) -> String {
    // One entry per open link or image (they nest properly): whether its tags are dropped.
    let mut dropped: Vec<bool> = Vec::new();
    let events = Parser::new_ext(markdown, markdown_options()).filter_map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Some(Event::Text(raw)),
        Event::Start(tag @ (Tag::Link { .. } | Tag::Image { .. })) => {
            // A link or image with a hostile target keeps its text (or alt text) only.
            let keep = match &tag {
                Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. } => {
                    allowed_target(dest_url)
                }
                _ => true,
            };
            dropped.push(!keep);
            keep.then_some(Event::Start(tag))
        }
        Event::End(end @ (TagEnd::Link | TagEnd::Image)) => {
            let drop = dropped.pop().unwrap_or(false);
            (!drop).then_some(Event::End(end))
        }
        other => Some(other),
    });
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, with_heading_ids(events).into_iter());
    out
}

/// Gives every heading an `id`, the anchor GitHub gives the same heading ([`anchor`]; a repeated
/// one gets `-1`, `-2`…), so a table of contents written in the Markdown links alike on GitHub
/// and in the HTML page.
fn with_heading_ids<'a>(events: impl Iterator<Item = Event<'a>>) -> Vec<Event<'a>> {
    let mut out: Vec<Event<'a>> = Vec::new();
    let mut heading_at: Option<usize> = None;
    let mut text = String::new();
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for event in events {
        match &event {
            Event::Start(Tag::Heading { .. }) => {
                heading_at = Some(out.len());
                text.clear();
            }
            Event::Text(t) | Event::Code(t) if heading_at.is_some() => text.push_str(t),
            Event::End(TagEnd::Heading(_)) => {
                if let Some(at) = heading_at.take()
                    && let Event::Start(Tag::Heading { id, .. }) = &mut out[at]
                    && id.is_none()
                {
                    let base = anchor(&text);
                    let count = seen.entry(base.clone()).or_insert(0);
                    let unique = if *count == 0 {
                        base
                    } else {
                        format!("{base}-{count}")
                    };
                    *count += 1;
                    *id = Some(CowStr::from(unique));
                }
            }
            _ => {}
        }
        out.push(event);
    }
    out
}

/// The anchor of a heading, as GitHub makes it: lower case, letters, digits, `-` and `_` kept,
/// spaces turned into `-`, everything else dropped. ("Article 7 · Record-keeping" →
/// `article-7--record-keeping`.)
pub(crate) fn anchor(heading: &str) -> String {
    heading
        .trim()
        .chars()
        .flat_map(char::to_lowercase)
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

/// In-page anchors, relative links (the index's links to country reports), and web or mail
/// links. A scheme is whatever precedes the first `:` that comes before any `/`, `?` or `#`.
fn allowed_target(url: &CowStr<'_>) -> bool {
    let scheme_end = url.find(':');
    let path_start = url.find(['/', '?', '#']);
    let relative = match (scheme_end, path_start) {
        (None, _) => true,
        (Some(colon), Some(path)) => path < colon,
        (Some(_), None) => false,
    };
    relative || crate::escape::safe_url(url).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_html_is_shown_as_text() {
        let html = markdown_to_html("a <script>alert(1)</script> b\n\n<div>block</div>\n");
        assert!(!html.contains("<script>"), "{html}");
        assert!(!html.contains("<div>"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }

    #[test]
    fn hostile_links_lose_their_target() {
        let html = markdown_to_html("[click](javascript:alert(1)) and [ok](https://example.org)");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(html.contains("click"));
        assert!(
            html.contains(r#"<a href="https://example.org">ok</a>"#),
            "{html}"
        );
    }

    #[test]
    fn relative_links_are_kept() {
        let html = markdown_to_html("[a](reports/a%20b.html) [b](JavaScript:x) [c](#top)");
        assert!(html.contains(r#"href="reports/a%20b.html""#), "{html}");
        assert!(html.contains(r##"href="#top""##), "{html}");
        assert!(!html.contains("JavaScript"), "{html}");
    }

    #[test]
    fn headings_get_the_anchors_github_gives_them() {
        let html = markdown_to_html("## Article 7 · Record-keeping\n\n## Summary\n\n## Summary\n");
        assert!(
            html.contains(r#"<h2 id="article-7--record-keeping">"#),
            "{html}"
        );
        assert!(html.contains(r#"<h2 id="summary">"#), "{html}");
        assert!(html.contains(r#"<h2 id="summary-1">"#), "{html}");
        assert_eq!(
            anchor("Answers to questions that *do* not apply"),
            "answers-to-questions-that-do-not-apply"
        );
    }

    #[test]
    fn tables_are_on() {
        assert!(markdown_to_html("| a |\n|---|\n| b |\n").contains("<table>"));
    }
}
