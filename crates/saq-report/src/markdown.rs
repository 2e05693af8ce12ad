//! The one place that holds the pulldown-cmark options, and Markdown → safe HTML.

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd, html};

/// The Markdown dialect of every report: CommonMark with tables and strikethrough.
pub fn markdown_options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

/// Renders report Markdown to HTML. Raw HTML in the Markdown is shown as text, never passed
/// through, and links or images to anything but `http`, `https`, `mailto` or an in-page anchor
/// lose their target (their text stays). Answers are escaped before they reach the Markdown; this
/// is the second line of defence.
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
    html::push_html(&mut out, events);
    out
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
    fn tables_are_on() {
        assert!(markdown_to_html("| a |\n|---|\n| b |\n").contains("<table>"));
    }
}
