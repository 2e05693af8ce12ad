//! The dictionary the mutations draw from: odd YAML scalars, hostile text, known keys, ids.

use std::sync::OnceLock;

use crate::choices::Choices;
use crate::corpus;

/// Plain scalars YAML reads in surprising ways, and a few that break the syntax.
pub const SCALARS: &[&str] = &[
    "",
    "~",
    "null",
    "Null",
    "NULL",
    "''",
    "\"\"",
    "true",
    "false",
    "yes",
    "no",
    "on",
    "off",
    "y",
    "n",
    "\"yes\"",
    "'no'",
    ".nan",
    ".inf",
    "-.inf",
    "0",
    "-0",
    "0x1F",
    "0o17",
    "0b101",
    "1_000",
    "1e3",
    "+12",
    "12:30:45",
    "2025-01-01",
    "2025-01-01T10:00:00Z",
    "? x",
    ": x",
    "- x",
    "[",
    "]",
    "{",
    "}",
    "\"unterminated",
    "'unterminated",
    "|",
    ">",
    "@x",
    "`x`",
    "%x",
    "!",
    "&",
    "*",
    "#",
    "x # comment",
    "x: y",
    "x, y",
    "\\",
    "\"\\u0000\"",
    "\"\\x1b[31m\"",
    "\"\\ud800\"",
    "\"\\U0010FFFF\"",
    "\"\\N\\_\\L\\P\"",
    "<<: {a: 1}",
    "...",
    "---",
];

/// Numbers at the edges of what the formats and JSON hold.
pub const NUMBERS: &[&str] = &[
    "-1",
    "1900",
    "1899",
    "1700",
    "2100",
    "2101",
    "1.5",
    "-1.5",
    "1e308",
    "1e309",
    "-1e309",
    "5e-324",
    "2147483648",
    "4294967296",
    "9007199254740993",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775808",
    "-9223372036854775809",
    "18446744073709551615",
    "18446744073709551616",
    "340282366920938463463374607431768211456",
    "99999999999999999999999999999999999999999999999999",
    "0.1e-9999",
    "1.7976931348623157e308",
];

/// Date-like strings, valid and not.
pub const DATES: &[&str] = &[
    "2025-02-28",
    "2025-02-29",
    "2024-02-29",
    "2025-13-01",
    "2025-00-10",
    "2025-1-1",
    "0000-00-00",
    "9999-12-31",
    "10000-01-01",
    "-2025-01-01",
    "\"2025-04-31\"",
    "2025-04-02T25:61:61",
    "\"٢٠٢٥-٠١-٠١\"",
];

/// Collections in flow and block style.
pub const COLLECTIONS: &[&str] = &[
    "[]",
    "{}",
    "[[]]",
    "[{}]",
    "{a: 1, b: [x, y]}",
    "[yes, partly, no]",
    "[legislative, legislative]",
    "[legislative, nonsense]",
    "{title: Act, article: '1', url: 'https://example.org'}",
    "[{title: Act}]",
    "[{title: ''}]",
    "[{title: Act, extra: 1}]",
    "[{year: 2024, investigations: -1}]",
    "[{year: x}]",
    "{not-applicable: no industry}",
    "{unknown: kept by provinces}",
    "{unknown: ''}",
    "{not-applicable: 1}",
    "{unknown: a, not-applicable: b}",
    "{? [a] : b}",
    "{[1]: 2}",
    "{1: 2}",
    "{null: x}",
    "[&a x, *a, *a]",
    "{&k key: v, *k : w}",
];

/// Tags, standard and not.
pub const TAGS: &[&str] = &[
    "!!str",
    "!!int",
    "!!float",
    "!!bool",
    "!!null",
    "!!binary",
    "!!timestamp",
    "!!map",
    "!!seq",
    "!!set",
    "!!omap",
    "!custom",
    "!<tag:yaml.org,2002:str>",
    "!<!>",
    "!e!tag%21",
];

/// Answer values of the built-in questionnaire's kinds, and special answers.
pub const ANSWER_VALUES: &[&str] = &[
    "\"yes\"",
    "\"no\"",
    "partly",
    "considered",
    "established",
    "not-considered",
    "narrower",
    "broader",
    "in-line",
    "no-definition",
    "year",
    "under-ten",
    "permanent",
    "legislative",
    "[legislative, other]",
    "[capacity-building]",
    "{not-applicable: no industry}",
    "{unknown: being checked}",
    "\"1945\"",
    "1945",
    "1901",
    "-5",
];

/// Characters dropped into a file byte by byte.
pub const BYTES: &[&str] = &[
    ":",
    "-",
    "[",
    "]",
    "{",
    "}",
    "&",
    "*",
    "!",
    "|",
    ">",
    "'",
    "\"",
    "#",
    "%",
    "@",
    "`",
    "\n",
    "\t",
    " ",
    ",",
    "?",
    "\r",
    "\r\n",
    "\u{0}",
    "\u{7}",
    "\u{1b}",
    "\u{7f}",
    "\u{85}",
    "\u{a0}",
    "\u{feff}",
    "\u{200b}",
    "\u{202e}",
    "\u{2028}",
    "\u{2029}",
    "\u{fffd}",
    "\u{10ffff}",
    "é",
    "🔫",
    "\n---\n",
    "\n...\n",
    "\n%YAML 1.2\n---\n",
    "\n%TAG ! tag:x,2025:\n---\n",
    "<<",
];

/// Keys a file may or may not allow where they land.
pub const KEYS: &[&str] = &[
    "format_version",
    "questionnaire",
    "version",
    "state",
    "name",
    "code",
    "status",
    "answers",
    "inactive",
    "disclosure",
    "review",
    "source",
    "digest",
    "submitted",
    "when",
    "id",
    "kind",
    "choices",
    "choice_set",
    "provisions",
    "element",
    "lowers_to",
    "verdict",
    "verdict_rules",
    "findings",
    "constraints",
    "unknown_field",
    "<<",
    "q_nonexistent",
    "Q_5_1_A",
    "",
];

/// Keys whose values are text people wrote: the values hostile text is put in, for reports.
pub const TEXT_KEYS: &[&str] = &[
    "name",
    "position",
    "organization",
    "email",
    "title",
    "article",
    "url",
    "notes",
    "description",
    "cycle",
    "phase",
    "period",
    "reason",
    "authority",
    "text",
    "label",
    "intro",
    "help",
    "skip_reason",
    "message",
];

/// Header fields of an answer set, valid and not.
pub const HEADER_FIELDS: &[&str] = &[
    "disclosure: public",
    "disclosure: secretariat",
    "disclosure: restricted",
    "disclosure: everyone",
    "review:\n  cycle: \"2027\"\n  phase: cluster II\n  period: 2025–2026",
    "review:\n  cycle: 2027",
    "review: {}",
    "source:\n  description: \"<script>alert('source')</script>\"\n  url: \"javascript:alert(1)\"",
    "source:\n  description: National report\n  url: https://example.org/report",
    "status: submitted",
    "status: withdrawn",
    "submitted: \"2025-05-01\"",
    "digest: sha256:0000000000000000000000000000000000000000000000000000000000000000",
    "digest: nonsense",
    "focal_point: {name: \"=cmd|' /C calc'!A0\", email: \"@x\"}",
    "state: {name: \"<b>State</b>\", code: \"<i>\"}",
    "inactive:\n  q_5_1_a: \"yes\"",
    "inactive: {}",
    "updated: \"2025-02-30\"",
];

/// Provision ids, of the built-in instrument and the fixtures, and some that exist nowhere.
pub const PROVISIONS: &[&str] = &[
    "3.a", "5.1.a", "7", "8.1.b", "15.1.a", "1.1", "1.2", "2.1", "9.9", "", "3.a.x",
];

/// Verdicts, valid and not.
pub const VERDICTS: &[&str] = &[
    "implemented",
    "partially-implemented",
    "considered",
    "not-implemented",
    "adopted",
    "not-adopted",
    "not-applicable",
    "not-assessed",
    "excellent",
];

/// Hostile text: markup, links, template syntax, spreadsheet formulas, control and bidi
/// characters. Reports must show each as text, never as markup, a link or a formula.
pub const PAYLOADS: &[&str] = &[
    "<script>alert(1)</script>",
    "</script><script>alert(2)</script>",
    "<SCRIPT SRC=//x.invalid/x.js></SCRIPT>",
    "<scr<script>ipt>alert(3)</script>",
    "<img src=x onerror=alert(4)>",
    "<svg onload=alert(5)>",
    "<iframe src=\"javascript:alert(6)\"></iframe>",
    "<a href=\"javascript:alert(7)\">x</a>",
    "<style>body{display:none}</style>",
    "[x](javascript:alert(8))",
    "![x](javascript:alert(9))",
    "[x]: javascript:alert(10)\n\n[x]",
    "<javascript:alert(11)>",
    "<https://example.org/autolink>",
    "javascript:alert(12)",
    "JaVaScRiPt:alert(13)",
    " javascript:alert(14)",
    "java\tscript:alert(15)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "=HYPERLINK(\"https://example.org\",\"x\")",
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
    "a,=1;+2\n-3",
    " \"=1",
    "{{ 7*7 }}",
    "{% raw %}{{ x }}{% endraw %}",
    "{# comment #}",
    "{{ assessment.state.name }}",
    "| a | b |\n|---|---|\n| c | d |",
    "# heading",
    "---",
    "```\ncode\n```",
    "    indented code",
    "*emph* **strong** `code` ~~del~~ _u_",
    "> quote",
    "1. one\n2. two",
    "- item",
    "\\",
    "\\<script>",
    "&lt;script&gt; &amp; &#60;script&#62; &#x3C;",
    "\u{0}",
    "\u{1b}[31mred\u{1b}[0m",
    "\u{1b}]8;;https://x.invalid\u{7}link\u{1b}]8;;\u{7}",
    "\u{202e}gnp.exe",
    "\u{2066}isolate\u{2069}",
    "\u{2028}\u{2029}\u{85}",
    "\u{feff}bom",
    "\u{200b}\u{200d}\u{2060}",
    "🔫👨‍👩‍👧🏳️‍🌈",
    "עברית العربية",
    "a\u{301}\u{301}\u{301}",
    "<!-- comment -->",
    "<![CDATA[x]]>",
    "<?xml version=\"1.0\"?>",
    "\"quotes\" and 'apostrophes'",
    "trailing backslash \\",
];

/// One hostile text: a payload, or two joined, or a payload inside ordinary words.
pub fn payload(ch: &mut Choices<'_>) -> String {
    let first = *ch.pick(PAYLOADS);
    match ch.below(4) {
        0 => format!("{first}{}", ch.pick(PAYLOADS)),
        1 => format!("The law {first} applies."),
        _ => first.to_owned(),
    }
}

/// What the mutations know of a questionnaire: its question ids.
#[derive(Debug)]
pub struct Vocabulary {
    /// Question ids, in order.
    pub ids: Vec<String>,
}

/// The built-in questionnaire's vocabulary.
pub fn builtin() -> &'static Vocabulary {
    static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();
    VOCABULARY.get_or_init(|| Vocabulary {
        ids: corpus::FOLDERS[0]
            .questionnaire
            .text
            .lines()
            .filter_map(|l| {
                let indent = l.len() - l.trim_start().len();
                let id = l.trim_start().strip_prefix("- id: ")?;
                (indent >= 4).then(|| id.trim().to_owned())
            })
            .collect(),
    })
}
