//! Text from input files made safe to show in a terminal.
//!
//! A State name, an answer or a whole source line may hold control characters: `ESC [2J` clears
//! the screen, an OSC sequence retitles the window or forges a link, a bidi override makes a
//! line read in another order than it is stored. Whatever saq shows of its inputs in a terminal
//! passes through here, so those characters appear as visible escapes (`\u{1b}`) and do
//! nothing. Diagnostics use it in their `Display`; the command line uses it for every line it
//! prints.

use std::borrow::Cow;

/// True for a character that must not reach a terminal as it is: C0 controls, DEL, C1
/// controls, and the Unicode bidi embeddings, overrides and isolates (U+202A–U+202E,
/// U+2066–U+2069). Newline and tab are controls too; the callers decide where they belong.
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` with every unsafe character shown as `\u{…}`, except newlines and tabs: for text
/// laid out in lines (a message, a report).
pub fn text(text: &str) -> Cow<'_, str> {
    escape(text, |c| c != '\n' && c != '\t' && is_unsafe(c))
}

/// `text` with every unsafe character shown as `\u{…}`, newlines and tabs included: for a value
/// shown inside one line (a name, an id, a source line in an excerpt).
pub fn line(text: &str) -> Cow<'_, str> {
    escape(text, is_unsafe)
}

/// JSON text with the unsafe characters that JSON may carry raw inside strings (C1 controls,
/// DEL, bidi controls) written as `\uXXXX` escapes, which read back as the same characters.
/// (serde_json already escapes C0 controls.) Outside strings JSON has no such characters, so
/// the result is the same JSON value.
pub fn json(json: &str) -> Cow<'_, str> {
    if !json.chars().any(is_unsafe_in_json) {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if is_unsafe_in_json(c) {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Newlines, tabs and other C0 controls in JSON text are structure (whitespace) or already
/// escaped inside strings; the rest of [`is_unsafe`] may appear raw inside strings.
fn is_unsafe_in_json(c: char) -> bool {
    is_unsafe(c) && u32::from(c) >= 0x20
}

fn escape(text: &str, unsafe_here: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !text.chars().any(&unsafe_here) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if unsafe_here(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_sequences_are_shown_not_obeyed() {
        assert_eq!(text("Amber\u{1b}[2Jland"), "Amber\\u{1b}[2Jland");
        // OSC 8 (a forged link), ended by BEL, and a C1 CSI.
        assert_eq!(
            text("\u{1b}]8;;http://x\u{7}y\u{9b}"),
            "\\u{1b}]8;;http://x\\u{7}y\\u{9b}"
        );
        assert_eq!(text("a\u{7f}b\rc\0"), "a\\u{7f}b\\u{d}c\\u{0}");
    }

    #[test]
    fn bidi_overrides_and_isolates_are_shown() {
        assert_eq!(
            line("\u{202e}dnalrebmA\u{202c} \u{2066}x\u{2069}"),
            "\\u{202e}dnalrebmA\\u{202c} \\u{2066}x\\u{2069}"
        );
        // Right-to-left text itself is left alone.
        assert_eq!(line("جمهورية"), "جمهورية");
    }

    #[test]
    fn newlines_and_tabs_are_kept_in_text_and_escaped_in_a_line() {
        assert_eq!(text("one\n\ttwo"), "one\n\ttwo");
        assert_eq!(line("one\n\ttwo"), "one\\u{a}\\u{9}two");
        assert!(matches!(text("plain"), Cow::Borrowed("plain")));
    }

    #[test]
    fn json_keeps_its_value() {
        let value = serde_json::json!({"name": "A\u{1b}\u{9b}\u{202e}B", "n": [1, 2]});
        let pretty = serde_json::to_string_pretty(&value).unwrap();
        let safe = json(&pretty);
        assert!(!safe.chars().any(|c| is_unsafe(c) && c != '\n'), "{safe}");
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&safe).unwrap(),
            value
        );
        // Escaping twice changes nothing.
        assert_eq!(text(&text("\u{1b}")), text("\u{1b}"));
    }
}
