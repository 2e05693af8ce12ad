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
            state,
            focal_point: None,
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
