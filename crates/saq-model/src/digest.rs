//! The digest of an answer set's content, written by `saq submit` so that an edit made after
//! submission can be detected.
//!
//! The digest covers what the State says — the header (without `status`, `submitted` and
//! `digest` itself; `cluster`, `review`, `source` and `disclosure` included) and every answer,
//! active or inactive — in a canonical JSON form: object keys sorted, no whitespace, empty answers
//! left out. The optional `cluster`, `review`, `source` and `disclosure` are left out when
//! absent, so the digest of a set written before they existed is unchanged. Re-indenting the
//! YAML, re-quoting a value, reordering keys or editing comments leaves it unchanged; changing
//! any answer changes it.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value as Json;
use sha2::{Digest, Sha256};

use crate::answer_set::{AnswerSet, Contact, Disclosure, Provenance, Review, StateParty};
use crate::located::Located;

/// The prefix naming the algorithm, so another one can be introduced without ambiguity.
const PREFIX: &str = "sha256:";

/// The part of an answer set that the digest covers.
#[derive(Serialize)]
struct Content<'a> {
    format_version: u32,
    questionnaire: &'a str,
    version: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    cluster: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<&'a str>,
    state: &'a StateParty,
    focal_point: Option<&'a Contact>,
    #[serde(skip_serializing_if = "Option::is_none")]
    review: Option<&'a Review>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a Provenance>,
    #[serde(skip_serializing_if = "Option::is_none")]
    disclosure: Option<Disclosure>,
    created: Option<&'a str>,
    updated: Option<&'a str>,
    answers: BTreeMap<&'a str, &'a Json>,
    inactive: BTreeMap<&'a str, &'a Json>,
}

/// The digest of `set`'s content: `sha256:` and 64 lowercase hex digits.
pub fn of(set: &AnswerSet) -> String {
    let content = Content {
        format_version: set.format_version.value,
        questionnaire: &set.questionnaire.value,
        version: &set.version.value,
        cluster: set.cluster.as_ref().map(|c| c.value.as_str()),
        language: set.language.as_ref().map(|l| l.value.as_str()),
        state: &set.state,
        focal_point: set.focal_point.as_ref(),
        review: set.review.as_ref(),
        source: set.source.as_ref(),
        disclosure: set.disclosure.as_ref().map(|d| d.value),
        created: set.created.as_ref().map(|d| d.value.as_str()),
        updated: set.updated.as_ref().map(|d| d.value.as_str()),
        answers: answered(&set.answers),
        inactive: answered(&set.inactive),
    };
    // Serializing plain data into a JSON value cannot fail: every key is a string.
    let value = serde_json::to_value(&content).unwrap_or(Json::Null);
    let mut canonical = String::new();
    write_canonical(&value, &mut canonical);
    let hash = Sha256::digest(canonical.as_bytes());
    let mut out = String::with_capacity(PREFIX.len() + 64);
    out.push_str(PREFIX);
    for byte in hash {
        out.push(char::from_digit(u32::from(byte >> 4), 16).unwrap_or('0'));
        out.push(char::from_digit(u32::from(byte & 0xf), 16).unwrap_or('0'));
    }
    out
}

/// The non-empty entries of an answer map.
fn answered(map: &BTreeMap<Located<String>, Located<Json>>) -> BTreeMap<&str, &Json> {
    map.iter()
        .filter(|(_, v)| !v.value.is_null())
        .map(|(k, v)| (k.value.as_str(), &v.value))
        .collect()
}

/// True for text of the form [`of`] returns.
pub fn is_well_formed(digest: &str) -> bool {
    digest.strip_prefix(PREFIX).is_some_and(|hex| {
        hex.len() == 64 && hex.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
    })
}

/// Compact JSON with object keys sorted at every level. Sorting here, rather than relying on
/// `serde_json`'s map order, keeps the digest stable even if a dependency turns on the
/// `preserve_order` feature.
fn write_canonical(value: &Json, out: &mut String) {
    match value {
        Json::Object(map) => {
            let mut entries: Vec<_> = map.iter().collect();
            entries.sort_by(|a, b| a.0.cmp(b.0));
            out.push('{');
            for (i, (key, item)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Json::String(key.clone()).to_string());
                out.push(':');
                write_canonical(item, out);
            }
            out.push('}');
        }
        Json::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_canonical(item, out);
            }
            out.push(']');
        }
        scalar => out.push_str(&scalar.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_json_sorts_keys_at_every_level() {
        let mut out = String::new();
        write_canonical(
            &serde_json::json!({"b": [{"y": 1, "x": "é"}], "a": null}),
            &mut out,
        );
        assert_eq!(out, r#"{"a":null,"b":[{"x":"é","y":1}]}"#);
    }

    fn set(header: &str) -> AnswerSet {
        let text = format!(
            "format_version: 1\nquestionnaire: q\nversion: \"1\"\nstate:\n  name: X\n{header}status: draft\nanswers:\n  a: \"yes\"\n"
        );
        crate::yaml::parse::<AnswerSet>(&crate::SourceFile::new("x.yaml", text))
            .expect("a valid header")
    }

    #[test]
    fn provenance_is_content_and_absent_fields_change_nothing() {
        let plain = of(&set(""));
        // Pinned: the digest of a set without the optional header fields must never change,
        // or every set submitted before they existed would read as edited.
        assert_eq!(
            plain,
            "sha256:4609fdefb2b3843153e523f49eb4acf7fa05f5e461daca95b10cd8aad61a4f21"
        );
        let review = of(&set("review:\n  cycle: 2025\n"));
        let source = of(&set("source:\n  description: National report\n"));
        let disclosure = of(&set("disclosure: public\n"));
        let all = [&plain, &review, &source, &disclosure];
        for (i, a) in all.iter().enumerate() {
            for b in &all[i + 1..] {
                assert_ne!(a, b);
            }
        }
        assert_eq!(of(&set("review:\n  cycle: \"2025\"\n")), review);
    }

    #[test]
    fn well_formed_digests() {
        assert!(is_well_formed(&format!("sha256:{}", "0a".repeat(32))));
        assert!(!is_well_formed(&format!("sha256:{}", "0A".repeat(32))));
        assert!(!is_well_formed("sha256:abc"));
        assert!(!is_well_formed(&"0a".repeat(32)));
    }
}
