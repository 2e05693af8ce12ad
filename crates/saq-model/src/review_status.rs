//! Where review files stand, as `saq review status --format json` writes it (described by
//! `review-status.schema.json`, printed by `saq schema review-status`): per file, who reviews
//! whom, what is still draft, which questions await a reply, which observations are disputed or
//! await the State's agreement, whether the summary is written, and every problem found.

use schemars::JsonSchema;
use serde::Serialize;

use crate::diagnostic::Diagnostic;
use crate::review::{Agreement, ObservationKind, Review, ReviewStatus};

/// The status of every review file asked about that could be read. A stable shape: fields may
/// be added, never renamed or removed.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ReviewStatusReport {
    /// The version of this format: 1.
    pub format_version: u32,
    /// One entry per file, in the order given.
    pub files: Vec<ReviewFileStatus>,
}

/// The status of one review file.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ReviewFileStatus {
    /// The file as the user named it.
    pub file: String,
    /// What the review is; null when the file could not be parsed.
    pub review: Option<ReviewSummary>,
    /// Entries drafted by saq that no reviewer has taken on yet (`draft: true`).
    pub draft: Vec<EntryRef>,
    /// Questions of the dialogue without a reply.
    pub unanswered: Vec<EntryRef>,
    /// Observations the State under review disputes (`agreed: disputed`).
    pub disputed: Vec<EntryRef>,
    /// Observations whose agreement is not recorded yet.
    pub pending_agreement: Vec<EntryRef>,
    /// True when the summary of the list of observations is written.
    pub summary: bool,
    /// True when the file has no errors.
    pub valid: bool,
    /// Every problem found: the review's, and those of the answers it names.
    pub diagnostics: Vec<Diagnostic>,
}

/// Who reviews whom, and how far the review is.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ReviewSummary {
    /// The State under review.
    pub state: String,
    /// Its code, when the file gives one.
    pub code: Option<String>,
    /// The reviewing States, as `ID: name`.
    pub reviewers: Vec<String>,
    /// `draft` or `final`.
    pub status: ReviewStatus,
    /// The answer-set file reviewed, as the review names it.
    pub answers: String,
    /// Entries of the dialogue.
    pub questions: usize,
    /// Of those, the ones with a reply.
    pub replied: usize,
    /// Observations in the list.
    pub observations: usize,
}

/// One entry of the dialogue or of the list of observations, and where it is in the file.
#[derive(Debug, Serialize, JsonSchema)]
pub struct EntryRef {
    /// `dialogue` or `observation`.
    pub entry: EntryKind,
    /// The provision (or article) it is about.
    pub provision: String,
    /// For an observation, its kind.
    pub kind: Option<ObservationKind>,
    /// For a question, the reviewer asking; for an observation, who proposed it.
    pub by: Option<String>,
    /// The line it starts on.
    pub line: u64,
}

/// The two lists of a review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum EntryKind {
    /// An entry of `dialogue:`.
    Dialogue,
    /// An entry of `observations:`.
    Observation,
}

impl ReviewStatusReport {
    /// The report of `files`, in this format's current version.
    pub fn new(files: Vec<ReviewFileStatus>) -> ReviewStatusReport {
        ReviewStatusReport {
            format_version: 1,
            files,
        }
    }

    /// The JSON Schema of this format.
    pub fn schema_json() -> String {
        crate::schema::schema_json::<ReviewStatusReport>()
    }
}

impl ReviewFileStatus {
    /// The status of `review` (`None` when it could not be read), read from `file`, with every
    /// problem found in it.
    pub fn of(
        file: &str,
        review: Option<&Review>,
        diagnostics: Vec<Diagnostic>,
    ) -> ReviewFileStatus {
        let valid = review.is_some() && !diagnostics.iter().any(Diagnostic::is_error);
        let mut status = ReviewFileStatus {
            file: file.to_owned(),
            review: None,
            draft: Vec::new(),
            unanswered: Vec::new(),
            disputed: Vec::new(),
            pending_agreement: Vec::new(),
            summary: false,
            valid,
            diagnostics,
        };
        let Some(review) = review else {
            return status;
        };
        status.review = Some(ReviewSummary {
            state: review.state.name.clone(),
            code: review.state.code.as_ref().map(|c| c.value.clone()),
            reviewers: review
                .reviewers
                .iter()
                .map(|r| format!("{}: {}", r.id.value, r.state.name))
                .collect(),
            status: review.status.value,
            answers: review.answers.file.value.clone(),
            questions: review.dialogue.len(),
            replied: review.dialogue.iter().filter(|e| e.reply.is_some()).count(),
            observations: review.observations.len(),
        });
        for exchange in &review.dialogue {
            let entry = || EntryRef {
                entry: EntryKind::Dialogue,
                provision: exchange.provision.value.clone(),
                kind: None,
                by: Some(exchange.from.value.clone()),
                line: exchange.provision.line,
            };
            if exchange.draft {
                status.draft.push(entry());
            }
            if exchange
                .reply
                .as_ref()
                .is_none_or(|r| r.value.trim().is_empty())
            {
                status.unanswered.push(entry());
            }
        }
        for observation in &review.observations {
            let entry = || EntryRef {
                entry: EntryKind::Observation,
                provision: observation.provision.value.clone(),
                kind: Some(observation.kind.value),
                by: observation.proposed_by.as_ref().map(|b| b.value.clone()),
                line: observation.provision.line,
            };
            if observation.draft {
                status.draft.push(entry());
            }
            match observation.agreed {
                Agreement::Disputed => status.disputed.push(entry()),
                Agreement::Pending => status.pending_agreement.push(entry()),
                Agreement::Agreed => {}
            }
        }
        status.summary = review
            .summary
            .as_ref()
            .is_some_and(|s| !s.value.trim().is_empty());
        status
    }
}
