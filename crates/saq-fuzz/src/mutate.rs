//! Mutations of YAML text that keep most of a file's structure.
//!
//! A mutation works on lines and on `key: value` pairs the way a person editing the file would:
//! a value replaced by an odd scalar or by hostile text, a line duplicated, moved, re-indented
//! or deleted, a fragment of another file spliced in, a header field or an answer added, a
//! condition replaced by a strange expression. Only a few byte-level changes are blind. Most
//! mutated files still parse, so the cases reach the checks, the conditions and the reports.

use crate::choices::Choices;
use crate::corpus;
use crate::expression::{self, Names};
use crate::words;

/// How a target wants its file changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    /// Anything goes: structure, values, bytes (the answer-set loader).
    Answers,
    /// Small changes that keep an answer set loadable, with hostile text in its values (the
    /// report pipeline).
    Report,
    /// Questionnaire text, with the conditions and rules as the main target.
    Questionnaire,
    /// Instrument text: values and structure (it holds no expression).
    Instrument,
}

/// The kinds of mutation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    /// A value replaced by an odd scalar, a collection, a long or deep value.
    Value,
    /// A value replaced by hostile text, quoted so it stays a string.
    Payload,
    /// A byte-level change: a structural character, a control or bidi character.
    Byte,
    /// Lines deleted.
    Delete,
    /// Lines copied elsewhere.
    Duplicate,
    /// Two lines swapped.
    Swap,
    /// A line's indentation changed.
    Indent,
    /// Lines of another embedded file spliced in.
    Splice,
    /// The file cut short.
    Truncate,
    /// A key renamed to another key of the file, or to a near miss.
    Rename,
    /// An answer, or a header field, added.
    Add,
    /// A condition or check replaced by a generated expression.
    Expression,
    /// A condition, constraint, verdict rule or finding added to a question or section.
    Rule,
}

const ANSWERS: &[(Op, u8)] = &[
    (Op::Value, 20),
    (Op::Payload, 8),
    (Op::Byte, 8),
    (Op::Delete, 6),
    (Op::Duplicate, 6),
    (Op::Swap, 4),
    (Op::Indent, 6),
    (Op::Splice, 5),
    (Op::Truncate, 2),
    (Op::Rename, 6),
    (Op::Add, 12),
];

const INSTRUMENT: &[(Op, u8)] = &[
    (Op::Value, 20),
    (Op::Payload, 6),
    (Op::Byte, 4),
    (Op::Delete, 6),
    (Op::Duplicate, 6),
    (Op::Swap, 3),
    (Op::Indent, 4),
    (Op::Splice, 3),
    (Op::Truncate, 1),
    (Op::Rename, 5),
];

const REPORT: &[(Op, u8)] = &[(Op::Payload, 12), (Op::Value, 2), (Op::Add, 4)];

const QUESTIONNAIRE: &[(Op, u8)] = &[
    (Op::Expression, 24),
    (Op::Rule, 16),
    (Op::Value, 8),
    (Op::Payload, 6),
    (Op::Byte, 4),
    (Op::Delete, 3),
    (Op::Duplicate, 3),
    (Op::Swap, 2),
    (Op::Indent, 3),
    (Op::Splice, 2),
    (Op::Truncate, 1),
    (Op::Rename, 3),
];

/// `text` changed by one to `max` mutations chosen by `choices`, as `profile` weighs them.
pub fn mutate(text: &str, choices: &mut Choices<'_>, profile: Profile, max: usize) -> String {
    let table = match profile {
        Profile::Answers => ANSWERS,
        Profile::Report => REPORT,
        Profile::Questionnaire => QUESTIONNAIRE,
        Profile::Instrument => INSTRUMENT,
    };
    let total: usize = table.iter().map(|(_, w)| usize::from(*w)).sum();
    // Mostly one or two mutations, so that most cases still parse; now and then many.
    let most = choices.between(1, max);
    let count = choices.between(1, most);
    let mut text = text.to_owned();
    for _ in 0..count {
        if choices.is_empty() {
            break;
        }
        let mut at = choices.below(total);
        let op = table
            .iter()
            .find(|(_, w)| {
                let hit = at < usize::from(*w);
                at = at.saturating_sub(usize::from(*w));
                hit
            })
            .map_or(Op::Value, |(op, _)| *op);
        text = apply(op, text, choices, profile);
    }
    text
}

fn apply(op: Op, text: String, ch: &mut Choices<'_>, profile: Profile) -> String {
    let mut lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
    match op {
        Op::Value => replace_value(&mut lines, ch, profile, false),
        Op::Payload => replace_value(&mut lines, ch, profile, true),
        Op::Byte => return byte(text, ch),
        Op::Delete => {
            let at = ch.below(lines.len());
            let n = 1 + ch.below(4).min(lines.len() - at - 1);
            lines.drain(at..at + n);
        }
        Op::Duplicate => {
            let at = ch.below(lines.len());
            let n = 1 + ch.below(6).min(lines.len() - at - 1);
            let copy: Vec<String> = lines[at..at + n].to_vec();
            let to = ch.below(lines.len() + 1);
            lines.splice(to..to, copy);
        }
        Op::Swap => {
            let (a, b) = (ch.below(lines.len()), ch.below(lines.len()));
            lines.swap(a, b);
        }
        Op::Indent => {
            let at = ch.below(lines.len());
            let line = lines[at].trim_start().to_owned();
            let indent = *ch.pick(&[0, 1, 2, 3, 4, 6, 8, 10, 12, 40]);
            let tab = if ch.chance(10) { "\t" } else { "" };
            lines[at] = format!("{tab}{}{line}", " ".repeat(indent));
        }
        Op::Splice => {
            let donors: Vec<&corpus::File> = corpus::donors().collect();
            let donor: Vec<&str> = ch.pick(&donors).text.split('\n').collect();
            let from = ch.below(donor.len());
            let n = 1 + ch.below(12).min(donor.len() - from - 1);
            let to = ch.below(lines.len() + 1);
            lines.splice(
                to..to,
                donor[from..from + n].iter().map(|l| (*l).to_owned()),
            );
        }
        Op::Truncate => {
            let mut cut = ch.below(text.len() + 1);
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            return text[..cut].to_owned();
        }
        Op::Rename => rename(&mut lines, ch),
        Op::Add => add(&mut lines, ch),
        Op::Expression => replace_expression(&mut lines, ch),
        Op::Rule => add_rule(&mut lines, ch),
    }
    lines.join("\n")
}

/// Where a `key: value` line's value starts, with the line's indentation and its key; list
/// items (`- value`) have no key.
struct Pair<'a> {
    /// The column of the key (after `- ` for the first key of a list item): lines indented
    /// further belong to its value.
    indent: usize,
    key: Option<&'a str>,
    value_at: usize,
}

fn pair(line: &str) -> Option<Pair<'_>> {
    let indent = line.len() - line.trim_start_matches(' ').len();
    let mut rest = &line[indent..];
    let mut at = indent;
    if let Some(item) = rest.strip_prefix("- ") {
        rest = item;
        at += 2;
    }
    if rest.is_empty() || rest.starts_with('#') {
        return None;
    }
    let key_end = rest.find(':').filter(|&i| {
        rest[..i]
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '"' | '.'))
            && (rest.len() == i + 1 || rest[i + 1..].starts_with(' '))
    });
    match key_end {
        Some(i) if i > 0 => Some(Pair {
            indent: at,
            key: Some(&rest[..i]),
            value_at: (at + i + 2).min(line.len()),
        }),
        // A list item without a key: the whole item is the value.
        _ if at > indent => Some(Pair {
            indent: at,
            key: None,
            value_at: at,
        }),
        _ => None,
    }
}

/// The lines after `at` that belong to it: more indented, or blank.
fn children(lines: &[String], at: usize, indent: usize) -> usize {
    lines[at + 1..]
        .iter()
        .take_while(|l| l.trim().is_empty() || l.len() - l.trim_start_matches(' ').len() > indent)
        .count()
}

fn replace_value(lines: &mut Vec<String>, ch: &mut Choices<'_>, profile: Profile, payload: bool) {
    // For reports, only scalar values that already hold text: a payload there stays an
    // answer that loads.
    let candidates: Vec<usize> = (0..lines.len())
        .filter(|&i| match pair(&lines[i]) {
            Some(p) if profile == Profile::Report => {
                let value = lines[i][p.value_at..].trim();
                p.key.is_some_and(|k| words::TEXT_KEYS.contains(&k))
                    || (value.contains(' ') && !value.starts_with(['[', '{']))
                    || value.starts_with(['>', '|'])
            }
            Some(_) => true,
            None => false,
        })
        .collect();
    if candidates.is_empty() {
        return;
    }
    let at = *ch.pick(&candidates);
    let Some(p) = pair(&lines[at]) else { return };
    let value = if payload {
        let text = words::payload(ch);
        match ch.below(8) {
            0 => block_scalar(&text, p.indent + 2),
            1 if profile != Profile::Report => text,
            _ => double_quoted(&text),
        }
    } else {
        scalar(ch, p.indent + 2)
    };
    let value_at = p.value_at;
    let indent = p.indent;
    let head = lines[at][..value_at].to_owned();
    let separator = if head.ends_with(' ') || p.key.is_none() {
        ""
    } else {
        " "
    };
    // A scalar replaces the value's continuation lines too (a block scalar's text, or a
    // nested block when the value was a mapping or a list).
    let n = children(lines, at, indent);
    lines.drain(at + 1..at + 1 + n);
    lines[at] = format!("{head}{separator}{value}");
}

/// An odd YAML value, for a line indented by `indent - 2`.
fn scalar(ch: &mut Choices<'_>, indent: usize) -> String {
    match ch.below(12) {
        0..=2 => (*ch.pick(words::SCALARS)).to_owned(),
        3 => (*ch.pick(words::NUMBERS)).to_owned(),
        4 => (*ch.pick(words::DATES)).to_owned(),
        5 => {
            let n = *ch.pick(&[100, 1_000, 5_000]);
            double_quoted(&ch.pick(&["x", "long answer ", "é", "👨‍👩‍👧", "<b>"]).repeat(n))
        }
        6 => {
            let depth = *ch.pick(&[3, 10, 62, 63, 64, 65, 66, 100]);
            let (open, close) = *ch.pick(&[("[", "]"), ("{a: ", "}"), ("[[", "]]")]);
            format!("{}1{}", open.repeat(depth), close.repeat(depth))
        }
        7 => (*ch.pick(words::COLLECTIONS)).to_owned(),
        8 => block_scalar(words::payload(ch).as_str(), indent),
        9 => {
            let name = ch.pick(&["a", "b", "x"]);
            match ch.below(3) {
                0 => format!("&{name} {}", ch.pick(words::SCALARS)),
                1 => format!("*{name}"),
                _ => format!("&{name} [*{name}]"),
            }
        }
        10 => format!("{} {}", ch.pick(words::TAGS), ch.pick(words::SCALARS)),
        _ => (*ch.pick(words::ANSWER_VALUES)).to_owned(),
    }
}

fn double_quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() || c == '\u{feff}' => {
                out.push_str(&format!("\\u{:04x}", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn single_quoted(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

fn block_scalar(text: &str, indent: usize) -> String {
    let pad = " ".repeat(indent);
    let body: Vec<String> = text
        .split('\n')
        .map(|l| format!("{pad}{}", l.replace(|c: char| c.is_control(), " ")))
        .collect();
    format!("|-\n{}", body.join("\n"))
}

fn byte(text: String, ch: &mut Choices<'_>) -> String {
    let mut at = ch.below(text.len() + 1);
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let mut end = at;
    if ch.chance(50) {
        // Replace a character rather than insert.
        end = (at + 1..=text.len())
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(text.len());
    }
    let with = ch.pick(words::BYTES);
    let mut out = String::with_capacity(text.len() + with.len());
    out.push_str(&text[..at]);
    out.push_str(with);
    out.push_str(&text[end..]);
    out
}

fn rename(lines: &mut [String], ch: &mut Choices<'_>) {
    let keyed: Vec<usize> = (0..lines.len())
        .filter(|&i| pair(&lines[i]).is_some_and(|p| p.key.is_some()))
        .collect();
    if keyed.is_empty() {
        return;
    }
    let at = *ch.pick(&keyed);
    let other = *ch.pick(&keyed);
    let Some(new_key) = pair(&lines[other]).and_then(|p| p.key).map(str::to_owned) else {
        return;
    };
    let new_key = match ch.below(4) {
        0 => new_key.to_uppercase(),
        1 => format!("{new_key}_"),
        2 => (*ch.pick(words::KEYS)).to_owned(),
        _ => new_key,
    };
    let line = &lines[at];
    let Some(p) = pair(line) else { return };
    let Some(old_key) = p.key else { return };
    let key_at = p.value_at.saturating_sub(2 + old_key.len());
    let rest = line[p.value_at.min(line.len())..].to_owned();
    lines[at] = format!("{}{new_key}: {rest}", &line[..key_at]);
}

/// Adds a header field at the top level, or an answer under `answers:` or `inactive:`.
fn add(lines: &mut Vec<String>, ch: &mut Choices<'_>) {
    if ch.chance(35) {
        let field = ch.pick(words::HEADER_FIELDS);
        let at = ch.below(lines.len() + 1);
        lines.splice(at..at, field.split('\n').map(str::to_owned));
        return;
    }
    let section = if ch.chance(80) {
        "answers:"
    } else {
        "inactive:"
    };
    let ids = words::builtin().ids.as_slice();
    let id = match ch.below(10) {
        0 => (*ch.pick(words::KEYS)).to_owned(),
        _ => ch.pick(ids).clone(),
    };
    let value = scalar(ch, 4);
    let line = format!("  {id}: {value}");
    match lines.iter().position(|l| l.trim_end() == section) {
        Some(at) => {
            let n = children(lines, at, 0);
            let to = at + 1 + ch.below(n + 1);
            lines.insert(to, line);
        }
        None => {
            lines.push(section.to_owned());
            lines.push(line);
        }
    }
}

/// The question ids of a questionnaire's lines (`- id:` lines indented like questions), with
/// their line numbers.
fn question_ids(lines: &[String]) -> Vec<(usize, String)> {
    lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| {
            let indent = l.len() - l.trim_start_matches(' ').len();
            let id = l.trim_start().strip_prefix("- id: ")?;
            (indent >= 4).then(|| (i, id.trim().trim_matches('"').to_owned()))
        })
        .collect()
}

/// The names an expression at line `at` may read, and some it may not.
fn names_at(lines: &[String], at: usize) -> Names {
    let ids = question_ids(lines);
    let earlier: Vec<String> = ids
        .iter()
        .filter(|(i, _)| *i < at)
        .map(|(_, id)| id.clone())
        .collect();
    let own = ids
        .iter()
        .rev()
        .find(|(i, _)| *i <= at)
        .map(|(_, id)| id.clone());
    let later: Vec<String> = ids
        .iter()
        .filter(|(i, _)| *i > at)
        .take(5)
        .map(|(_, id)| id.clone())
        .collect();
    Names {
        earlier: earlier.into_iter().rev().take(20).collect(),
        own,
        later,
    }
}

fn quoted_expression(ch: &mut Choices<'_>, expression: &str, indent: usize) -> String {
    match ch.below(8) {
        0..=2 => single_quoted(expression),
        3..=5 => double_quoted(expression),
        6 => format!(">-\n{}{expression}", " ".repeat(indent)),
        _ => expression.to_owned(),
    }
}

fn replace_expression(lines: &mut Vec<String>, ch: &mut Choices<'_>) {
    let candidates: Vec<usize> = (0..lines.len())
        .filter(|&i| pair(&lines[i]).is_some_and(|p| matches!(p.key, Some("when" | "check"))))
        .collect();
    if candidates.is_empty() {
        return add_rule(lines, ch);
    }
    let at = *ch.pick(&candidates);
    let Some(p) = pair(&lines[at]) else { return };
    let names = names_at(lines, at);
    let expression = expression::expression(ch, &names);
    let value = quoted_expression(ch, &expression, p.indent + 2);
    let head = lines[at][..p.value_at].to_owned();
    let n = children(lines, at, p.indent);
    lines.drain(at + 1..at + 1 + n);
    lines[at] = format!("{head}{value}");
}

/// The lines of the list item that starts at `at` (a `- ` line), after that line.
fn item(lines: &[String], at: usize) -> std::ops::Range<usize> {
    let indent = lines[at].len() - lines[at].trim_start_matches(' ').len();
    at + 1..at + 1 + children(lines, at, indent)
}

/// Adds a `when`, a constraint, a verdict rule or a finding to a question (or, now and then, to
/// another item with an id), replacing the one of that kind it has.
fn add_rule(lines: &mut Vec<String>, ch: &mut Choices<'_>) {
    let ids: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].trim_start().starts_with("- id:"))
        .collect();
    let questions: Vec<usize> = ids
        .iter()
        .copied()
        .filter(|&i| {
            let field = lines[i].len() - lines[i].trim_start().len() + 2;
            lines[item(lines, i)].iter().any(|l| {
                l.len() - l.trim_start().len() == field && l.trim_start().starts_with("kind:")
            })
        })
        .collect();
    let at = match (questions.is_empty(), ids.is_empty()) {
        (false, _) if ch.below(8) != 0 => *ch.pick(&questions),
        (_, false) => *ch.pick(&ids),
        _ => return,
    };
    let indent = lines[at].len() - lines[at].trim_start().len() + 2;
    let pad = " ".repeat(indent);
    let names = names_at(lines, at + 1);
    let expression = expression::expression(ch, &names);
    let value = quoted_expression(ch, &expression, indent + 4);
    let provision = ch.pick(words::PROVISIONS);
    let (key, block) = match ch.below(4) {
        0 => ("when", format!("{pad}when: {value}")),
        1 => (
            "constraints",
            format!("{pad}constraints:\n{pad}  - check: {value}\n{pad}    message: checked"),
        ),
        2 => (
            "verdict_rules",
            format!(
                "{pad}verdict_rules:\n{pad}  - when: {value}\n{pad}    verdict: {}\n{pad}    reason: a rule",
                ch.pick(words::VERDICTS)
            ),
        ),
        _ => (
            "findings",
            format!(
                "{pad}findings:\n{pad}  - when: {value}\n{pad}    text: a finding\n{pad}    provisions: [\"{provision}\"]"
            ),
        ),
    };
    // The item's own block of that kind goes, unless a duplicate key is what this case tries.
    let span = item(lines, at);
    let existing = lines[span.clone()].iter().position(|l| {
        l.len() - l.trim_start_matches(' ').len() == indent
            && l.trim_start()
                .strip_prefix(key)
                .is_some_and(|r| r.starts_with(':'))
    });
    if let Some(offset) = existing.filter(|_| ch.below(8) != 0) {
        let from = span.start + offset;
        let n = children(lines, from, indent);
        lines.drain(from..from + 1 + n);
    }
    lines.splice(at + 1..at + 1, block.split('\n').map(str::to_owned));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_are_found() {
        let p = pair("    title: Firearms Act").unwrap();
        assert_eq!((p.indent, p.key, p.value_at), (4, Some("title"), 11));
        let p = pair("  - title: x").unwrap();
        assert_eq!((p.indent, p.key, p.value_at), (4, Some("title"), 11));
        let p = pair("  - legislative").unwrap();
        assert_eq!((p.key, p.value_at), (None, 4));
        let p = pair("answers:").unwrap();
        assert_eq!((p.key, p.value_at), (Some("answers"), 8));
        assert!(pair("# comment").is_none());
        assert!(pair("plain text: with colon inside").is_none());
    }

    #[test]
    fn mutations_change_the_text() {
        let text = corpus::BUILTIN_ANSWERS[2].text;
        let data: Vec<u8> = (0..=255u8).cycle().take(2_000).collect();
        let mut choices = Choices::new(&data);
        let mutated = mutate(text, &mut choices, Profile::Answers, 8);
        assert_ne!(mutated, text);
    }
}
