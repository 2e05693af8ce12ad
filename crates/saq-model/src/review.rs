//! The review after the questionnaire, as data (the review file).
//!
//! A country review goes on after the State's answers: each of the two reviewing States sends
//! written feedback (questions for clarification, per provision), the State under review
//! replies, the reviewers draw up with it a list of observations (good practices, challenges,
//! suggestions, technical assistance needs) and a summary of that list. One review file holds all
//! of it, tied to the exact answers it reviews by their digest.
//!
//! What saq drafts from the answers (`saq review init`) carries `draft: true` until a reviewer
//! accepts or rewrites it: nothing in a review is presented as the reviewers' own before they
//! make it so.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::answer_set::StateParty;
use crate::located::Located;

/// A country review: who reviews whom, on which answers, and what they said.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Review {
    /// Version of this file format; saq reads version 1.
    pub format_version: Located<u32>,
    /// The id of the questionnaire the reviewed answers answer.
    pub questionnaire: Located<String>,
    /// Its version.
    pub version: Located<String>,
    /// The State party under review.
    pub state: StateParty,
    /// The answer set reviewed.
    pub answers: ReviewedAnswers,
    /// The review cycle (`2025`), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cycle: Option<String>,
    /// The two reviewing States (one of the same regional group, one of another), each with
    /// an id the rest of the file uses (`A`, `B`).
    pub reviewers: Vec<Reviewer>,
    /// `draft` while the review goes on, `final` once the list of observations and its summary
    /// are agreed.
    pub status: Located<ReviewStatus>,
    /// The written feedback and the replies, per provision, in the order they were sent.
    #[serde(default)]
    pub dialogue: Vec<Exchange>,
    /// The list of observations, per provision (or per article).
    #[serde(default)]
    pub observations: Vec<Observation>,
    /// The summary of the list of observations: the text shared beyond the review.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<Located<String>>,
}

/// The answer set a review is about.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ReviewedAnswers {
    /// The file, relative to the review file's folder (or absolute).
    pub file: Located<String>,
    /// The digest of its content when the review started (`saq_model::digest`): a review whose
    /// answers changed afterwards is reported (`answers-changed`).
    pub digest: Located<String>,
}

/// A reviewing State and its experts.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Reviewer {
    /// A short id the dialogue and observations name the reviewer by (`A`, `B`).
    pub id: Located<String>,
    /// The reviewing State.
    pub state: StateParty,
    /// Its governmental experts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub experts: Vec<String>,
}

/// Where a review stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ReviewStatus {
    /// Under way.
    Draft,
    /// The list of observations and the summary are agreed.
    Final,
}

/// One question of a reviewing State and the reply of the State under review.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Exchange {
    /// The provision asked about (an id of the instrument, `8.1.b`), or its article (`8`).
    pub provision: Located<String>,
    /// The reviewer asking (a reviewer id).
    pub from: Located<String>,
    /// The question for clarification or request for more information.
    pub question: Located<String>,
    /// When it was sent (`YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub asked: Option<Located<String>>,
    /// The reply of the State under review.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply: Option<Located<String>>,
    /// When it replied (`YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replied: Option<Located<String>>,
    /// True for a question saq drafted from the answers (an unanswered required question, an
    /// `unknown` answer), until a reviewer takes it on.
    #[serde(default, skip_serializing_if = "is_false")]
    pub draft: bool,
}

/// One observation of the list of observations.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Observation {
    /// The provision it is about (`8.1.b`), or its article (`8`).
    pub provision: Located<String>,
    /// What kind of observation it is.
    pub kind: Located<ObservationKind>,
    /// The observation, in the reviewers' words (or, for a draft, the State's own words quoted).
    pub text: Located<String>,
    /// For a technical assistance need: its kind (a value of the questionnaire's
    /// `assistance-kinds` choices, such as `legislative`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assistance: Option<Located<String>>,
    /// Who proposed it: a reviewer id, `state` (the State under review) or `secretariat`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposed_by: Option<Located<String>>,
    /// Whether the State under review agrees.
    #[serde(default, skip_serializing_if = "Agreement::is_pending")]
    pub agreed: Agreement,
    /// True for an observation saq drafted from the answers, until a reviewer accepts or
    /// rewrites it.
    #[serde(default, skip_serializing_if = "is_false")]
    pub draft: bool,
}

/// The kinds of observation the mechanism's list of observations holds.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum ObservationKind {
    /// A success or good practice in implementation.
    GoodPractice,
    /// A challenge or issue in implementation (a gap).
    Challenge,
    /// A suggestion to the State under review.
    Suggestion,
    /// A technical assistance need identified.
    AssistanceNeed,
}

/// Whether the State under review agrees with an observation.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Agreement {
    /// Not said yet.
    #[default]
    Pending,
    /// The State agrees.
    Agreed,
    /// The State disagrees: the observation is disputed.
    Disputed,
}

impl Agreement {
    fn is_pending(&self) -> bool {
        *self == Agreement::Pending
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// The answer-set file a review names (`answers: {file: …}`), read without checking the rest:
/// the answers are read before the review is checked against them.
pub fn reviewed_file(source: &crate::SourceFile) -> Option<String> {
    reviewed_file_at(source).map(|file| file.value)
}

/// [`reviewed_file`], with where the file name is written: a problem reading the answers is
/// reported there.
pub fn reviewed_file_at(source: &crate::SourceFile) -> Option<Located<String>> {
    #[derive(Deserialize)]
    struct Header {
        answers: Named,
    }
    #[derive(Deserialize)]
    struct Named {
        file: Located<String>,
    }
    crate::yaml::parse::<Header>(source)
        .ok()
        .map(|h| h.answers.file)
}

/// The id `proposed_by` takes for the State under review.
pub const BY_STATE: &str = "state";
/// The id `proposed_by` takes for the secretariat.
pub const BY_SECRETARIAT: &str = "secretariat";
