//! How far an answer set has come: per section, what applies, what is answered, and which
//! required questions still block submission.

use std::collections::BTreeMap;

use saq_model::answer::Answer;
use saq_model::applicability::{Applicability, Applies};
use saq_model::questionnaire::{Question, Questionnaire, Section};
use schemars::JsonSchema;
use serde::Serialize;

/// Counts of questions, for a section or the whole questionnaire.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Counts {
    /// Questions in the questionnaire (or section).
    pub questions: usize,
    /// Those that apply, given the answers so far.
    pub applicable: usize,
    /// Applicable questions with an answer (`not-applicable` and `unknown` with a reason count).
    pub answered: usize,
    /// Applicable questions that a submitted set must answer.
    pub required: usize,
    /// Required applicable questions that are answered.
    pub required_answered: usize,
    /// Answers given to questions that do not apply (their condition is false, or reads a
    /// question not answered yet): counted nowhere else, never dropped.
    pub not_applying: usize,
}

impl Counts {
    fn add(&mut self, other: Counts) {
        self.questions += other.questions;
        self.applicable += other.applicable;
        self.answered += other.answered;
        self.required += other.required;
        self.required_answered += other.required_answered;
        self.not_applying += other.not_applying;
    }
}

/// Progress through one section.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct SectionProgress {
    /// The section's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// False when the section's own condition excludes it.
    pub applies: bool,
    /// Why it does not apply, when it does not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skip_reason: Option<String>,
    /// The counts.
    #[serde(flatten)]
    pub counts: Counts,
    /// Required applicable questions without an answer, in questionnaire order.
    pub missing: Vec<String>,
    /// Questions that do not apply but have an answer, in questionnaire order (their number is
    /// `counts.not_applying`).
    pub not_applying_questions: Vec<String>,
}

/// Progress through a whole answer set.
#[derive(Debug, Clone, Serialize)]
pub struct Progress {
    /// Each section, in questionnaire order.
    pub sections: Vec<SectionProgress>,
    /// The sums over all sections.
    pub total: Counts,
}

impl Progress {
    /// Measures `answers` (interpreted, keyed by question id) against `questionnaire`.
    pub fn of(questionnaire: &Questionnaire, answers: &BTreeMap<String, Answer>) -> Progress {
        let applicability = Applicability::evaluate(questionnaire, answers);
        let sections: Vec<SectionProgress> = questionnaire
            .sections
            .iter()
            .map(|section| section_progress(section, &applicability, answers))
            .collect();
        let mut total = Counts::default();
        for section in &sections {
            total.add(section.counts);
        }
        Progress { sections, total }
    }

    /// Required applicable questions without an answer, in questionnaire order: what blocks
    /// submission.
    pub fn missing(&self) -> impl Iterator<Item = &str> {
        self.sections
            .iter()
            .flat_map(|s| s.missing.iter().map(String::as_str))
    }

    /// Questions that do not apply but have an answer, in questionnaire order.
    pub fn not_applying(&self) -> impl Iterator<Item = &str> {
        self.sections
            .iter()
            .flat_map(|s| s.not_applying_questions.iter().map(String::as_str))
    }

    /// True when every required applicable question is answered.
    pub fn is_complete(&self) -> bool {
        self.total.required == self.total.required_answered
    }

    /// The progress of the section with this id.
    pub fn section(&self, id: &str) -> Option<&SectionProgress> {
        self.sections.iter().find(|s| s.id == id)
    }
}

fn section_progress(
    section: &Section,
    applicability: &Applicability,
    answers: &BTreeMap<String, Answer>,
) -> SectionProgress {
    let mut counts = Counts::default();
    let mut missing = Vec::new();
    let mut not_applying = Vec::new();
    for question in &section.questions {
        counts.questions += 1;
        let answer = answers.get(question.id.value.as_str());
        match (applicability.of(&question.id), answer) {
            (Applies::Yes, _) | (_, None) => {}
            // "Not applicable" where the questionnaire agrees loses nothing.
            (Applies::No { .. }, Some(Answer::NotApplicable(_))) => {}
            (Applies::No { .. } | Applies::Pending { .. }, Some(_)) => {
                not_applying.push(question.id.value.clone());
            }
        }
        if !applicability.of(&question.id).is_yes() {
            continue;
        }
        let answered = answers.contains_key(question.id.value.as_str());
        counts.applicable += 1;
        counts.answered += usize::from(answered);
        if question.required {
            counts.required += 1;
            counts.required_answered += usize::from(answered);
            if !answered {
                missing.push(question.id.value.clone());
            }
        }
    }
    let skip_reason = excluded_by_section(section, section.questions.first(), applicability);
    SectionProgress {
        id: section.id.value.clone(),
        title: section.title.clone(),
        applies: skip_reason.is_none(),
        skip_reason,
        counts: Counts {
            not_applying: not_applying.len(),
            ..counts
        },
        missing,
        not_applying_questions: not_applying,
    }
}

/// The reason the section's own condition excludes it, if it does. Every question of an
/// excluded section carries the section's condition, so its first question tells.
pub(crate) fn excluded_by_section(
    section: &Section,
    first: Option<&Question>,
    applicability: &Applicability,
) -> Option<String> {
    let when = section.when.as_ref()?;
    match applicability.of(&first?.id) {
        Applies::No { condition, reason } if *condition == when.value => Some(reason.clone()),
        _ => None,
    }
}
