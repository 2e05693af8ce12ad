//! Escaping answer text for Markdown, and vetting links.

/// Escapes `text` so that, inside a Markdown paragraph, list item or table cell, it reads as
/// the same characters and cannot change the document's structure: no emphasis, links, raw
/// HTML, code spans, headings, list items or table cells of its own.
///
/// Line breaks become spaces: an answer must not end a table row or a list item.
pub(crate) fn markdown(text: &str) -> String {
    // Most values (a title, a name, a number) have nothing to escape: copied as they are. A
    // country report escapes some thousands of values.
    if !needs_escaping(text) {
        return text.to_owned();
    }
    escaped(text)
}

/// [`markdown`], character by character.
fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut pending_space = false;
    for c in text.chars() {
        if c == '\n' || c == '\r' {
            pending_space = !out.is_empty();
            continue;
        }
        // A NUL, another control character or a bidi override would reach the page as it is
        // (and reorder a State's name on screen): show it as a visible escape instead.
        if saq_model::printable::is_unsafe(c) && c != '\t' {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        match c {
            // `[` and `]` escaped means no link can form, so parentheses stay as they are.
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '<' | '>' | '#' | '|' | '!' | '~'
            | '&' | '$' => {
                out.push('\\');
                out.push(c);
            }
            // Characters that only matter at the start of a line: lists, headings, rules.
            '-' | '+' | '=' if out.is_empty() => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    escape_leading_ordered_list(out)
}

/// Whether [`markdown`] would change `text`: a character it escapes or drops anywhere, or one
/// that matters at the start of a line (a list, a heading, an ordered list's number) first.
fn needs_escaping(text: &str) -> bool {
    if matches!(
        text.as_bytes().first(),
        Some(b'-' | b'+' | b'=' | b'0'..=b'9')
    ) {
        return true;
    }
    text.chars().any(|c| {
        if c.is_ascii() {
            (c.is_ascii_control() && c != '\t')
                || matches!(
                    c,
                    '\\' | '`'
                        | '*'
                        | '_'
                        | '{'
                        | '}'
                        | '['
                        | ']'
                        | '<'
                        | '>'
                        | '#'
                        | '|'
                        | '!'
                        | '~'
                        | '&'
                        | '$'
                )
        } else {
            saq_model::printable::is_unsafe(c)
        }
    })
}

/// `2024. A year` at the start of a value would open an ordered list: escape its dot. (`1.0.0`
/// would not: a list marker is followed by a space or the end of the line.)
fn escape_leading_ordered_list(out: String) -> String {
    let digits = out.bytes().take_while(u8::is_ascii_digit).count();
    let bytes = out.as_bytes();
    let marker = matches!(bytes.get(digits), Some(b'.') | Some(b')'));
    let ends_marker = matches!(bytes.get(digits + 1), None | Some(b' ') | Some(b'\t'));
    if digits > 0 && marker && ends_marker {
        let mut fixed = String::with_capacity(out.len() + 1);
        fixed.push_str(&out[..digits]);
        fixed.push('\\');
        fixed.push_str(&out[digits..]);
        fixed
    } else {
        out
    }
}

/// The link, if it is one a report may carry: `http`, `https` or `mailto`. Spaces, angle
/// brackets and parentheses are percent-encoded so the link stays one Markdown destination.
pub(crate) fn safe_url(url: &str) -> Option<String> {
    let url = url.trim();
    // One rule for validation and reports alike.
    if !saq_model::answer_set::is_safe_link(url) {
        return None;
    }
    Some(
        url.replace(' ', "%20")
            .replace('<', "%3C")
            .replace('>', "%3E")
            .replace('(', "%28")
            .replace(')', "%29"),
    )
}

/// A file name made safe as a relative link: percent-encodes what would end or confuse a
/// Markdown link destination, and a `:` that could pass for a scheme.
pub(crate) fn relative_link(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        match c {
            ' ' | '<' | '>' | '(' | ')' | ':' | '%' | '"' | '\\' | '`' | '[' | ']' | '#' | '?' => {
                let mut buffer = [0u8; 4];
                for byte in c.encode_utf8(&mut buffer).bytes() {
                    out.push_str(&format!("%{byte:02X}"));
                }
            }
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_with_nothing_to_escape_is_copied_as_the_escaping_would_write_it() {
        let mut samples: Vec<String> = (0u8..=127).map(|b| format!("a{}b", b as char)).collect();
        samples.extend((0u8..=127).map(|b| (b as char).to_string()));
        samples.extend(
            [
                "",
                "Plain title, with (parentheses) and 'quotes'.",
                "Loi n° 2021-15 du 3 mars",
                "Закон об оружии",
                "قانون الأسلحة",
                "枪支管理法",
                "x\u{202e}y",
                "x\u{2066}y",
                "x\u{85}y",
                "1. first",
                "2024 was a year",
                "tab\there",
            ]
            .map(str::to_owned),
        );
        for sample in samples {
            assert_eq!(markdown(&sample), escaped(&sample), "{sample:?}");
        }
    }

    #[test]
    fn control_and_bidi_characters_are_shown_not_sent() {
        assert_eq!(markdown("a\u{0}b"), "a\\u{0}b");
        assert_eq!(markdown("Evil\u{202e}land"), "Evil\\u{202e}land");
        assert_eq!(markdown("tab\tstays"), "tab\tstays");
    }

    #[test]
    fn structure_characters_are_escaped() {
        assert_eq!(markdown("a|b"), "a\\|b");
        assert_eq!(markdown("<script>x</script>"), "\\<script\\>x\\</script\\>");
        assert_eq!(markdown("`code` *em*"), "\\`code\\` \\*em\\*");
        assert_eq!(
            markdown("[x](javascript:alert(1))"),
            "\\[x\\](javascript:alert(1))"
        );
    }

    #[test]
    fn line_starts_cannot_open_blocks() {
        assert_eq!(markdown("- item"), "\\- item");
        assert_eq!(markdown("# title"), "\\# title");
        assert_eq!(markdown("2024. A year"), "2024\\. A year");
        assert_eq!(markdown("a - b"), "a - b");
        assert_eq!(markdown("2025-02-03"), "2025-02-03");
        assert_eq!(markdown("1.0.0"), "1.0.0");
        assert_eq!(markdown("7) seven"), "7\\) seven");
    }

    #[test]
    fn line_breaks_become_spaces() {
        assert_eq!(markdown("one\n\ntwo\r\nthree\n"), "one two three");
    }

    #[test]
    fn file_names_become_relative_links() {
        assert_eq!(relative_link("a b (2):x"), "a%20b%20%282%29%3Ax");
    }

    #[test]
    fn only_web_and_mail_links_are_kept() {
        assert_eq!(
            safe_url("https://example.org/a b").as_deref(),
            Some("https://example.org/a%20b")
        );
        assert_eq!(
            safe_url("mailto:x@example.org").as_deref(),
            Some("mailto:x@example.org")
        );
        assert_eq!(safe_url("javascript:alert(1)"), None);
        assert_eq!(safe_url(" JavaScript:alert(1)"), None);
        assert_eq!(safe_url("data:text/html,x"), None);
    }
}
