//! One State's answers to a questionnaire (the answer-set file).

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::located::Located;
use crate::questionnaire::Questionnaire;

/// A State's answers to one version of one questionnaire.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AnswerSet {
    /// Version of this file format; saq reads version 1.
    pub format_version: Located<u32>,
    /// The id of the questionnaire answered.
    pub questionnaire: Located<String>,
    /// The version of the questionnaire answered.
    pub version: Located<String>,
    /// The review cluster answered, when the State answers one cluster's questions only (an
    /// id of the instrument's `clusters:`): the questionnaire is then restricted to it, and the
    /// rest is neither asked, nor counted, nor reported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<Located<String>>,
    /// The language the answers are written in, as a BCP 47 tag (`fr`, `es`, `ar`…): the
    /// questionnaire is asked in it (`saq init --lang`), and reports in any language show the
    /// answers as written, marked with it. Absent: the questionnaire's own language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<Located<String>>,
    /// The State party (or regional organization) answering.
    pub state: StateParty,
    /// The focal point who clears the answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub focal_point: Option<Contact>,
    /// The review cycle or phase these answers are for, and the reporting period they cover, so
    /// that two answer sets of one State from different cycles can be told apart.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<Review>,
    /// Where the answers come from, such as a published national report, with a link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Provenance>,
    /// Who may see these answers by name in a comparison of States: `restricted` (the default
    /// when absent: country material is confidential unless the State agrees to publish),
    /// `secretariat` or `public`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disclosure: Option<Located<Disclosure>>,
    /// `draft` while being filled in; `submitted` once cleared by the focal point.
    pub status: Located<Status>,
    /// When the answer set was started (`YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<Located<String>>,
    /// When it was last changed (`YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<Located<String>>,
    /// When it was submitted (`YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submitted: Option<Located<String>>,
    /// A digest of the submitted content, to detect edits made after submission.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub digest: Option<Located<String>>,
    /// Answers keyed by question id. Any answer may instead be `{not-applicable: reason}` or
    /// `{unknown: reason}`; an empty value (`null`) means the question is not answered yet, which
    /// is how `saq init` lists every question.
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, serde_json::Value>")]
    pub answers: BTreeMap<Located<String>, Located<serde_json::Value>>,
    /// Answers kept aside because a changed answer made their question inapplicable, keyed by
    /// question id. They are checked like answers but count for nothing (not in conditions, not
    /// in progress, not in assessments); `saq fill` moves one back under `answers` when its
    /// question applies again, so no answer is ever silently deleted.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    #[schemars(with = "BTreeMap<String, serde_json::Value>")]
    pub inactive: BTreeMap<Located<String>, Located<serde_json::Value>>,
}

impl AnswerSet {
    /// A new draft answer set for `questionnaire`, with no answers, started on `created`
    /// (`YYYY-MM-DD`).
    pub fn draft(questionnaire: &Questionnaire, state: StateParty, created: &str) -> AnswerSet {
        AnswerSet {
            format_version: Located::new(crate::FORMAT_VERSION),
            questionnaire: Located::new(questionnaire.id.value.clone()),
            version: Located::new(questionnaire.version.value.clone()),
            cluster: None,
            language: None,
            state,
            focal_point: None,
            review: None,
            source: None,
            // Written out, so the focal point sees the choice the State has to make.
            disclosure: Some(Located::new(Disclosure::Restricted)),
            status: Located::new(Status::Draft),
            created: Some(Located::new(created.to_owned())),
            updated: None,
            submitted: None,
            digest: None,
            answers: BTreeMap::new(),
            inactive: BTreeMap::new(),
        }
    }

    /// The answer written for `question_id`, if any; an empty value counts as none.
    pub fn answer(&self, question_id: &str) -> Option<&serde_json::Value> {
        present(self.answers.get(question_id))
    }

    /// Who may see these answers by name: what the file says, else [`Disclosure::Restricted`].
    pub fn disclosure(&self) -> Disclosure {
        self.disclosure
            .as_ref()
            .map_or(Disclosure::default(), |d| d.value)
    }

    /// The review cycle the answers are for, if the file gives one.
    pub fn cycle(&self) -> Option<&str> {
        self.review.as_ref().map(|r| r.cycle.value.as_str())
    }

    /// The inactive answer kept for `question_id`, if any.
    pub fn inactive_answer(&self, question_id: &str) -> Option<&serde_json::Value> {
        present(self.inactive.get(question_id))
    }
}

fn present(value: Option<&Located<serde_json::Value>>) -> Option<&serde_json::Value> {
    value.map(|v| &v.value).filter(|v| !v.is_null())
}

/// True for an ISO 3166-1 alpha-3 code (`KEN`), an M49 numeric code (`404`), or `EU`, the
/// regional economic integration organization party to the Protocol.
pub fn is_state_code(code: &str) -> bool {
    (code.len() == 3
        && (code.bytes().all(|b| b.is_ascii_uppercase())
            || code.bytes().all(|b| b.is_ascii_digit())))
        || code == "EU"
}

/// Who is answering.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StateParty {
    /// The name, as the State writes it.
    pub name: String,
    /// ISO 3166-1 alpha-3 code (`KEN`), M49 numeric code (`404`), or the code of a regional
    /// organization (`EU`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<Located<String>>,
}

/// How to reach a person.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Full name.
    pub name: String,
    /// Position or title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<String>,
    /// Ministry, agency or office.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    /// E-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Telephone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}

/// Where an answer set is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Being filled in.
    Draft,
    /// Cleared by the focal point and sent.
    Submitted,
}

/// The review cycle or phase an answer set is for, and the reporting period it covers.
///
/// ```yaml
/// review:
///   cycle: "2025"
///   phase: cluster II
///   period: 2023–2024
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Review {
    /// The review cycle, such as `2025` or `second cycle`. `saq diff` orders two answer sets
    /// by it, reading numbers as numbers (`2023–2024` before `2025`, `cycle 2` before
    /// `cycle 10`).
    pub cycle: Located<String>,
    /// The phase of the cycle, such as `cluster II`.
    #[serde(default)]
    pub phase: Option<String>,
    /// The reporting period the answers cover, such as `2023–2024`.
    #[serde(default)]
    pub period: Option<String>,
}

/// Where an answer set's answers come from.
///
/// ```yaml
/// source:
///   description: National report to the Conference of the Parties, 2024
///   url: https://example.org/national-report-2024
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Provenance {
    /// What the answers were taken from, or who wrote them.
    pub description: Located<String>,
    /// A link to it: `http`, `https` or `mailto` (reports show no other kind of link; `saq
    /// validate` warns about one).
    #[serde(default)]
    pub url: Option<Located<String>>,
}

/// Who may see an answer set's answers by name in a comparison of States.
///
/// Country material is confidential unless the State agrees to its publication, so an answer
/// set that says nothing is `restricted`. A country's own report is made either way; this field
/// governs only whether the State is *named* in the comparative view, which by default names no
/// State at all.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Disclosure {
    /// Counted in comparative views, never named in them (the default).
    #[default]
    Restricted,
    /// May be named in the restricted, named comparative view made for the review's
    /// participants and the secretariat (`saq report --named`).
    Secretariat,
    /// The State agreed to publish: it may be named like `secretariat`, and its answers may be
    /// shared beyond the review.
    Public,
}

impl Disclosure {
    /// True when the State may be named in the named comparative view.
    pub fn may_be_named(self) -> bool {
        self != Disclosure::Restricted
    }
}

/// True for a link reports may carry: `http`, `https` or `mailto`, without control characters.
/// Any other link (`javascript:`, `data:`, a file path) is shown as text, never as a link.
pub fn is_safe_link(url: &str) -> bool {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    ["http://", "https://", "mailto:"]
        .iter()
        .any(|scheme| lower.starts_with(scheme))
        && !url.chars().any(char::is_control)
}

/// The order of two review cycles, as `saq diff` uses it to tell the earlier answer set from the
/// later one.
///
/// Cycles are compared piece by piece, as people read them: runs of digits as numbers (so
/// `2025` comes before `2027`, `cycle 2` before `cycle 10`, and `2023–2024` before `2025`), other
/// text without regard to case or surrounding spaces. A cycle that is a prefix of the other comes
/// first. Equal cycles compare equal.
pub fn cycle_order(a: &str, b: &str) -> std::cmp::Ordering {
    let (pieces_a, pieces_b) = (pieces(a), pieces(b));
    for (x, y) in pieces_a.iter().zip(&pieces_b) {
        let order = match (x, y) {
            (Piece::Number(x), Piece::Number(y)) => {
                // Leading zeros do not count: compare by length, then digit by digit.
                let (x, y) = (x.trim_start_matches('0'), y.trim_start_matches('0'));
                x.len().cmp(&y.len()).then_with(|| x.cmp(y))
            }
            (Piece::Text(x), Piece::Text(y)) => x.cmp(y),
            // At the same place, a number comes before a word.
            (Piece::Number(_), Piece::Text(_)) => std::cmp::Ordering::Less,
            (Piece::Text(_), Piece::Number(_)) => std::cmp::Ordering::Greater,
        };
        if order.is_ne() {
            return order;
        }
    }
    pieces_a.len().cmp(&pieces_b.len())
}

/// A run of digits, or of other characters (lowercased, spaces trimmed).
#[derive(Debug, PartialEq, Eq)]
enum Piece {
    Number(String),
    Text(String),
}

fn pieces(cycle: &str) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    for c in cycle.trim().chars() {
        let digit = c.is_ascii_digit();
        match out.last_mut() {
            Some(Piece::Number(run)) if digit => run.push(c),
            Some(Piece::Text(run)) if !digit => run.extend(c.to_lowercase()),
            _ if digit => out.push(Piece::Number(c.to_string())),
            _ => out.push(Piece::Text(c.to_lowercase().collect())),
        }
    }
    for piece in &mut out {
        if let Piece::Text(text) = piece {
            *text = text.trim().to_owned();
        }
    }
    out.retain(|p| !matches!(p, Piece::Text(t) if t.is_empty()));
    out
}

#[cfg(test)]
mod tests {
    use std::cmp::Ordering::{Equal, Greater, Less};

    use super::*;

    #[test]
    fn cycles_are_ordered_as_people_read_them() {
        assert_eq!(cycle_order("2025", "2027"), Less);
        assert_eq!(cycle_order("2027", "2025"), Greater);
        assert_eq!(cycle_order("2025", "2025"), Equal);
        assert_eq!(cycle_order("cycle 2", "cycle 10"), Less);
        assert_eq!(cycle_order("Cycle 2", "cycle 2"), Equal);
        assert_eq!(cycle_order("2023–2024", "2025"), Less);
        assert_eq!(cycle_order("2025", "2025-2026"), Less);
        assert_eq!(cycle_order("02", "1"), Greater);
        assert_eq!(cycle_order("first", "second"), Less);
    }

    #[test]
    fn only_web_and_mail_links_are_safe() {
        assert!(is_safe_link("https://example.org/report.pdf"));
        assert!(is_safe_link(" HTTP://example.org"));
        assert!(is_safe_link("mailto:focal.point@example.org"));
        assert!(!is_safe_link("javascript:alert(1)"));
        assert!(!is_safe_link("file:///etc/passwd"));
        assert!(!is_safe_link("https://example.org/\u{7}"));
        assert!(!is_safe_link("https://example.org/a\nb"));
    }

    #[test]
    fn disclosure_defaults_to_restricted() {
        assert_eq!(Disclosure::default(), Disclosure::Restricted);
        assert!(!Disclosure::Restricted.may_be_named());
        assert!(Disclosure::Secretariat.may_be_named());
        assert!(Disclosure::Public.may_be_named());
    }
}
