//! Generated condition expressions: well-formed ones over the questions a condition may read,
//! and odd ones — too long, too deep, right at the limits, half-written, template syntax,
//! arithmetic at the edges of the integer types, filters and functions with strange arguments.

use saq_model::condition::{MAX_DEPTH, MAX_LENGTH};

use crate::choices::Choices;

/// The names an expression at some place of a questionnaire may use.
#[derive(Debug, Clone, Default)]
pub struct Names {
    /// Questions asked before it, nearest first: what a condition may read.
    pub earlier: Vec<String>,
    /// The question it belongs to, if any (reading it is an error, or `value` in a rule).
    pub own: Option<String>,
    /// Questions asked after it (reading one is an error).
    pub later: Vec<String>,
}

/// Names no questionnaire defines, and minijinja's own globals.
const STRANGE_NAMES: &[&str] = &[
    "value",
    "none",
    "true",
    "false",
    "None",
    "True",
    "loop",
    "self",
    "super",
    "range",
    "dict",
    "namespace",
    "debug",
    "undefined_name",
    "_",
    "__class__",
];

const BINARY: &[&str] = &[
    " and ", " or ", " == ", " != ", " < ", " <= ", " > ", " >= ", " in ", " not in ", " + ",
    " - ", " * ", " / ", " // ", " % ", " ** ", " ~ ",
];

const FILTERS: &[&str] = &[
    "length",
    "list",
    "lower",
    "upper",
    "title",
    "capitalize",
    "trim",
    "first",
    "last",
    "reverse",
    "sort",
    "unique",
    "string",
    "int",
    "float",
    "abs",
    "bool",
    "items",
    "dictsort",
    "escape",
    "safe",
    "pprint",
    "count",
    "min",
    "max",
    "sum",
    "urlencode",
    "join(\",\")",
    "default(\"yes\")",
    "default(none, true)",
    "replace(\"a\", \"bb\")",
    "split(\",\")",
    "round(2)",
    "batch(2)",
    "slice(3)",
    "indent(4)",
    "map(\"upper\")",
    "select(\"odd\")",
    "reject(\"none\")",
    "selectattr(\"title\")",
    "map(attribute=\"title\")",
    "attr(\"title\")",
    "format(1, 2)",
    "int(base=16)",
    "tojson",
    "unknown_filter",
];

const TESTS: &[&str] = &[
    "defined",
    "undefined",
    "none",
    "string",
    "number",
    "integer",
    "float",
    "boolean",
    "sequence",
    "mapping",
    "iterable",
    "odd",
    "even",
    "true",
    "false",
    "safe",
    "divisibleby(3)",
    "in([\"yes\", \"partly\"])",
    "sameas(none)",
    "startingwith(\"y\")",
    "endingwith(\"s\")",
    "eq(1)",
    "lt(1900)",
    "unknown_test",
];

const LITERALS: &[&str] = &[
    "\"yes\"",
    "\"no\"",
    "\"partly\"",
    "\"narrower\"",
    "'considered'",
    "\"\"",
    "\"é\"",
    "\"a\\\"b\"",
    "'it''s'",
    "\"\\u{1F52B}\"",
    "\"\\n\"",
    "\"((((\"",
    "\"not not not\"",
    "0",
    "1",
    "-1",
    "1900",
    "1.5",
    "1e308",
    "1e400",
    "9223372036854775807",
    "18446744073709551615",
    "340282366920938463463374607431768211455",
    "true",
    "false",
    "none",
    "[]",
    "{}",
    "[\"yes\", \"partly\"]",
    "{\"a\": 1}",
    "(1,)",
    "range(3)",
    "range(100000)",
];

/// Expressions picked by hand: errors of every stage, and edges of the builtins.
const ODD: &[&str] = &[
    "",
    " ",
    "(",
    ")",
    "]]",
    "x[",
    "1 +",
    "not",
    "'unterminated",
    "\"unterminated",
    "{{ q }}",
    "{% if x %}",
    "x %}",
    "{# x #}",
    "x |",
    "x is",
    "x if",
    "a.b.c.d",
    "a[0][1][2]",
    "1 if true",
    "none.x",
    "none[0]",
    "[1][none]",
    "{}[{}]",
    "[[1]][[1]]",
    "1 in 1",
    "'a' in none",
    "1 // 0",
    "1 % 0",
    "1 / 0",
    "0 ** -1",
    "2 ** 100000",
    "2 ** 64",
    "9223372036854775807 + 1",
    "9223372036854775807 * 2",
    "-9223372036854775808 // -1",
    "-9223372036854775808 % -1",
    "340282366920938463463374607431768211455 + 1",
    "(-170141183460469231731687303715884105727 - 1)|abs",
    "\"a\" * 100000000",
    "[1] * 100000000",
    "range(100000000)|list",
    "range(100000)|list|length > 0",
    "range(1, 10, 0)",
    "range(0, 10, 9223372036854775807)|list",
    "[1, 2]|batch(0)",
    "[1, 2]|slice(0)",
    "[1, 2, 3][::0]",
    "[1, 2, 3][::-1]",
    "'abc'[::-2]",
    "[1, 2, 3][9223372036854775807:]",
    "'abc'[-9223372036854775807:]",
    "'x'|indent(100000000)",
    "'x'|replace('', 'yy')",
    "'%s'|format",
    "'%5000000000d'|format(1)",
    "'%c'|format(-1)",
    "1|int(base=99)",
    "'zz'|int(base=1)",
    "1.5|round(1000)",
    "1.5|round(-1000)",
    "[1, 'a', none]|sort",
    "[[1], {}, none]|unique",
    "{}|dictsort(by='nope')",
    "'ǅﬃß'|title|upper|capitalize",
    "namespace(a=1).a",
    "dict(a=1, **{})",
    "debug()",
    "value|attr('__class__')",
    "value.__class__",
    "self",
    "loop.index",
];

/// An expression for a place that may read `names`.
pub fn expression(ch: &mut Choices<'_>, names: &Names) -> String {
    match ch.below(16) {
        0..=6 => {
            let depth = ch.between(0, 4);
            generate(ch, names, depth)
        }
        7 => {
            let depth = ch.between(5, 12);
            generate(ch, names, depth)
        }
        8 => nested(ch, names),
        9 => long(ch, names),
        10 => (*ch.pick(ODD)).to_owned(),
        11 => {
            // A well-formed expression with a character dropped in, or one taken out.
            let mut text = generate(ch, names, 2);
            let at = ch.below(text.len() + 1);
            if text.is_char_boundary(at) {
                let with = *ch.pick(&["(", ")", "[", "'", "\"", " not ", "|", ".", ",", "\n"]);
                text.insert_str(at, with);
            }
            text
        }
        12 => format!("{}{}", generate(ch, names, 1), ch.pick(ODD)),
        _ => {
            // The shapes of real conditions.
            let name = name(ch, names);
            match ch.below(4) {
                0 => format!("{name} in [\"yes\", \"partly\"]"),
                1 => format!("{name} == \"no\""),
                2 => format!("value > {}", ch.pick(&["1900", "0", "-1", "1e308"])),
                _ => format!("\"registration\" in {name}"),
            }
        }
    }
}

fn name(ch: &mut Choices<'_>, names: &Names) -> String {
    match ch.below(20) {
        0..=11 if !names.earlier.is_empty() => {
            // Mostly the nearest questions, as real conditions do.
            let near = 1 + ch.below(20);
            let at = ch.below(names.earlier.len().min(near));
            names.earlier[at].clone()
        }
        12..=14 => "value".to_owned(),
        15 if names.own.is_some() => names.own.clone().unwrap_or_default(),
        16 if !names.later.is_empty() => ch.pick(&names.later).clone(),
        _ => (*ch.pick(STRANGE_NAMES)).to_owned(),
    }
}

fn atom(ch: &mut Choices<'_>, names: &Names) -> String {
    if ch.chance(55) {
        name(ch, names)
    } else {
        (*ch.pick(LITERALS)).to_owned()
    }
}

/// A random well-formed expression about `depth` levels deep.
pub fn generate(ch: &mut Choices<'_>, names: &Names, depth: usize) -> String {
    if depth == 0 || ch.is_empty() {
        return atom(ch, names);
    }
    let d = depth - 1;
    match ch.below(14) {
        0..=3 => format!(
            "{}{}{}",
            generate(ch, names, d),
            ch.pick(BINARY),
            generate(ch, names, d)
        ),
        4 => format!("not {}", generate(ch, names, d)),
        5 => format!("-{}", generate(ch, names, d)),
        6 => format!("({})", generate(ch, names, d)),
        7 => format!("[{}, {}]", generate(ch, names, d), generate(ch, names, d)),
        8 => format!("{{\"k\": {}}}", generate(ch, names, d)),
        9 => format!("{}|{}", generate(ch, names, d), ch.pick(FILTERS)),
        10 => format!(
            "{} is {}{}",
            generate(ch, names, d),
            if ch.chance(30) { "not " } else { "" },
            ch.pick(TESTS)
        ),
        11 => {
            let base = generate(ch, names, d);
            match ch.below(4) {
                0 => format!("{base}.title"),
                1 => format!("{base}[{}]", ch.pick(&["0", "-1", "\"k\"", "none", "1.5"])),
                2 => format!(
                    "{base}[{}:{}:{}]",
                    ch.pick(&["", "0", "1", "-1", "9223372036854775807"]),
                    ch.pick(&["", "2", "-2", "-9223372036854775807"]),
                    // -9223372036854775808 would overflow minijinja's slicing; saq refuses
                    // numbers that long before compiling (`condition::MAX_DIGITS`).
                    ch.pick(&[
                        "",
                        "1",
                        "2",
                        "-1",
                        "-3",
                        "9223372036854775807",
                        "-9223372036854775808"
                    ])
                ),
                _ => format!("{base}|{}", ch.pick(FILTERS)),
            }
        }
        12 => format!(
            "{} if {} else {}",
            generate(ch, names, d),
            generate(ch, names, d),
            generate(ch, names, d)
        ),
        _ => format!(
            "{}({})",
            ch.pick(&["range", "dict", "namespace", "debug", "unknown_function"]),
            ch.pick(&["", "3", "1, 10, 2", "a=1", "none", "-1", "0, -10, -3"])
        ),
    }
}

/// An expression nested to about the depth limit: just under it, at it, or over it.
fn nested(ch: &mut Choices<'_>, names: &Names) -> String {
    let levels = match ch.below(4) {
        0 => ch.between(MAX_DEPTH - 5, MAX_DEPTH),
        1 => ch.between(MAX_DEPTH + 1, MAX_DEPTH + 10),
        2 => ch.between(MAX_DEPTH / 2 - 3, MAX_DEPTH / 2 + 3),
        _ => ch.between(100, 2_000),
    };
    let core = atom(ch, names);
    let mixed = ch.chance(40);
    let mut text = core;
    let mut shape = ch.below(10);
    for _ in 0..levels {
        if mixed {
            shape = ch.below(10);
        }
        text = match shape {
            0 => format!("({text})"),
            1 => format!("[{text}]"),
            2 => format!("-{text}"),
            3 => format!("not {text}"),
            4 => format!("{text} + 1"),
            5 => format!("{text}|length"),
            6 => format!("{{\"a\": {text}}}"),
            7 => format!("1 if {text} else 0"),
            8 => format!("2 ** {text}"),
            _ => format!("{text}.a"),
        };
        if text.len() > 20_000 {
            break;
        }
    }
    text
}

/// An expression about as long as the length limit: just under it, at it, or over it.
fn long(ch: &mut Choices<'_>, names: &Names) -> String {
    let target = match ch.below(3) {
        0 => ch.between(MAX_LENGTH - 20, MAX_LENGTH),
        1 => ch.between(MAX_LENGTH + 1, MAX_LENGTH + 20),
        _ => ch.between(MAX_LENGTH * 5, MAX_LENGTH * 50),
    };
    let mut text = name(ch, names);
    // Flat, so only the length is at stake: `a or a or a …`, or a long string literal.
    if ch.chance(50) {
        let quoted = format!("\"{}\"", "é".repeat(target.saturating_sub(text.len() + 6)));
        text = format!("{text} == {quoted}");
    } else {
        let next = name(ch, names);
        while text.chars().count() < target {
            text.push_str(" or ");
            text.push_str(&next);
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expressions_are_bounded() {
        let data: Vec<u8> = (0..20_000u32).map(|i| (i * 7919 % 251) as u8).collect();
        let mut choices = Choices::new(&data);
        let names = Names {
            earlier: vec!["q_a".into(), "q_b".into()],
            own: Some("q_c".into()),
            later: vec!["q_d".into()],
        };
        while !choices.is_empty() {
            assert!(expression(&mut choices, &names).len() < 200_000);
        }
    }
}
