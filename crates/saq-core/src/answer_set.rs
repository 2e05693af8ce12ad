//! One State's answers to a questionnaire (the answer-set file).

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::located::Located;

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
    /// The State party (or regional organization) answering.
    pub state: StateParty,
    /// The focal point who clears the answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub focal_point: Option<Contact>,
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
    /// `{unknown: reason}`.
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, serde_json::Value>")]
    pub answers: BTreeMap<Located<String>, Located<serde_json::Value>>,
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
