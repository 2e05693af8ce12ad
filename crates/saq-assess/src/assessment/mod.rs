//! From a questionnaire and one State's answers to an assessment: a verdict for every provision,
//! the evidence behind it, gaps by priority, technical-assistance needs and completeness.
//!
//! Pure functions over loaded data. The rules, documented in the README:
//!
//! - **Verdict of a question**: the `verdict` of the choice answered (data in the questionnaire).
//!   A question whose condition excludes it, or answered `not-applicable`, is *not applicable*;
//!   an unanswered or `unknown` question is *not assessed*.
//! - **Verdict of a provision**: the worst verdict among its answered, applicable questions
//!   (`not-implemented` is worse than `partially-implemented`, which is worse than
//!   `implemented`); not-applicable questions are neutral. With no answered question: *not
//!   applicable* if none applies, else *not assessed*.
//! - **Headline figures** are counts and one ratio, completeness = answered applicable questions
//!   ÷ applicable questions. None of them is a score, and nothing ranks States.

mod answers;
mod assistance;
mod evidence;
mod findings;
mod gaps;
mod model;

pub use evidence::{aggregate, answer_text};
pub use gaps::priority;
pub use model::*;

use std::collections::BTreeMap;

use saq_model::answer::Answer;
use saq_model::applicability::{Applicability, Applies};
use saq_model::load::{Bundle, LoadedAnswers};
use saq_model::verdict::Verdict;

/// Assesses one State's answers against the bundle's questionnaire and instrument.
pub fn assess(bundle: &Bundle, loaded: &LoadedAnswers) -> Assessment {
    // Answers to one review cluster are assessed against the questionnaire restricted to it.
    let bundle = loaded.bundle(bundle);
    let questionnaire = &bundle.questionnaire;
    let answers = &loaded.answers;
    // Evaluated once, when the answers were checked.
    let applicability = &loaded.applicability;
    let scope_findings = findings::findings(questionnaire, answers, applicability);
    let provisions = evidence::provisions(bundle, answers, applicability, &scope_findings);
    let file = &loaded.file;

    Assessment {
        format_version: crate::REPORT_FORMAT_VERSION,
        state: StateSummary {
            name: file.state.name.clone(),
            code: file.state.code.as_ref().map(|c| c.value.clone()),
        },
        questionnaire: QuestionnaireSummary::of(bundle),
        status: file.status.value,
        answers_language: file.language.as_ref().map(|l| l.value.clone()),
        created: file.created.as_ref().map(|d| d.value.clone()),
        updated: file.updated.as_ref().map(|d| d.value.clone()),
        submitted: file.submitted.as_ref().map(|d| d.value.clone()),
        review: file.review.clone(),
        source: file.source.clone(),
        disclosure: file.disclosure(),
        completeness: completeness(bundle, answers, applicability),
        summary: summary(bundle, &provisions),
        gaps: gaps::gaps(&provisions),
        optional_not_adopted: gaps::not_adopted(&provisions),
        scope_findings,
        assistance: assistance::assistance(bundle, answers, applicability),
        unanswered: unanswered(bundle, answers, applicability),
        measures: evidence::measures_annex(&provisions),
        answers_not_applying: answers_not_applying(bundle, answers, applicability),
        sections: answers::sections(questionnaire, answers, applicability, &provisions),
        provisions,
    }
}

/// Answers to questions that do not apply, with the reason, so that nothing a State wrote is
/// silently dropped.
fn answers_not_applying(
    bundle: &Bundle,
    answers: &BTreeMap<String, Answer>,
    applicability: &Applicability,
) -> Vec<AnswerNotApplying> {
    let questionnaire = &bundle.questionnaire;
    questionnaire
        .questions()
        .filter_map(|(section, question)| {
            let answer = answers.get(question.id.value.as_str())?;
            let (reason, waiting_on) = match applicability.of(&question.id) {
                Applies::Yes => return None,
                // A "not applicable" answer to a question that does not apply says the same.
                Applies::No { .. } if matches!(answer, Answer::NotApplicable(_)) => return None,
                Applies::No { reason, .. } => (reason.clone(), Vec::new()),
                Applies::Pending { waiting_on } => (
                    format!(
                        "it depends on the answer to {}, not given yet",
                        waiting_on.join(", ")
                    ),
                    waiting_on.clone(),
                ),
            };
            Some(AnswerNotApplying {
                question: question.id.value.clone(),
                section: section.title.clone(),
                text: question.text.clone(),
                answer: answer_text(questionnaire, question, answer),
                reason,
                waiting_on,
            })
        })
        .collect()
}

fn completeness(
    bundle: &Bundle,
    answers: &BTreeMap<String, Answer>,
    applicability: &Applicability,
) -> Completeness {
    let mut result = Completeness::default();
    for (_, question) in bundle.questionnaire.questions() {
        if !applicability.of(&question.id).is_yes() {
            continue;
        }
        result.applicable += 1;
        let answered = answers.contains_key(question.id.value.as_str());
        if answered {
            result.answered += 1;
        }
        if question.required {
            result.required += 1;
            if !answered {
                result.required_missing += 1;
            }
        }
    }
    // Rounded down, so 99.6 % never reads as complete; 100 when nothing applies.
    result.percent = (result.answered * 100)
        .checked_div(result.applicable)
        .map_or(100, |p| p as u32);
    result
}

fn summary(bundle: &Bundle, provisions: &[ProvisionAssessment]) -> Summary {
    let mut summary = Summary::default();
    for provision in provisions {
        summary.by_verdict.add(provision.verdict);
    }
    summary.coverage = Coverage::of(&summary.by_verdict);
    for (instrument, article) in bundle
        .instruments()
        .flat_map(|i| i.articles.iter().map(move |a| (i, a)))
    {
        let mut counts = VerdictCounts::default();
        for provision in provisions
            .iter()
            .filter(|p| p.article == article.number.value && p.instrument == instrument.id.value)
        {
            counts.add(provision.verdict);
        }
        if counts.total() > 0 {
            summary.by_article.push(ArticleCounts {
                instrument: instrument.id.value.clone(),
                article: article.number.value,
                title: article.title.clone(),
                coverage: Coverage::of(&counts),
                counts,
            });
        }
    }
    // Clusters of the same id in several instruments are one cluster of the review.
    let mut clusters: Vec<&saq_model::instrument::Cluster> = Vec::new();
    for cluster in bundle.instruments().flat_map(|i| &i.clusters) {
        if !clusters.iter().any(|c| c.id.value == cluster.id.value) {
            clusters.push(cluster);
        }
    }
    for cluster in clusters {
        let mut counts = VerdictCounts::default();
        for provision in provisions
            .iter()
            .filter(|p| p.cluster.as_deref() == Some(cluster.id.value.as_str()))
        {
            counts.add(provision.verdict);
        }
        if counts.total() > 0 {
            summary.by_cluster.push(ClusterCounts {
                cluster: cluster.id.value.clone(),
                title: cluster.title.clone(),
                coverage: Coverage::of(&counts),
                counts,
            });
        }
    }
    summary
}

fn unanswered(
    bundle: &Bundle,
    answers: &BTreeMap<String, Answer>,
    applicability: &Applicability,
) -> Vec<Unanswered> {
    bundle
        .questionnaire
        .questions()
        .filter(|(_, q)| {
            applicability.of(&q.id).is_yes() && !answers.contains_key(q.id.value.as_str())
        })
        .map(|(section, q)| Unanswered {
            question: q.id.value.clone(),
            section: section.title.clone(),
            text: q.text.clone(),
            required: q.required,
        })
        .collect()
}

impl VerdictCounts {
    /// Counts one more provision with `verdict`.
    pub fn add(&mut self, verdict: Verdict) {
        match verdict {
            Verdict::Implemented => self.implemented += 1,
            Verdict::PartiallyImplemented => self.partially_implemented += 1,
            Verdict::NotImplemented => self.not_implemented += 1,
            Verdict::Considered => self.considered += 1,
            Verdict::NotConsidered => self.not_considered += 1,
            Verdict::Adopted => self.adopted += 1,
            Verdict::PartiallyAdopted => self.partially_adopted += 1,
            Verdict::NotAdopted => self.not_adopted += 1,
            Verdict::NotApplicable => self.not_applicable += 1,
            Verdict::NotAssessed => self.not_assessed += 1,
        }
    }

    /// The number of provisions counted.
    pub fn total(&self) -> usize {
        self.implemented
            + self.partially_implemented
            + self.not_implemented
            + self.considered
            + self.not_considered
            + self.adopted
            + self.partially_adopted
            + self.not_adopted
            + self.not_applicable
            + self.not_assessed
    }

    /// Provisions with a status that says something of implementation: all but not applicable
    /// and not assessed.
    pub fn answered(&self) -> usize {
        self.total() - self.not_applicable - self.not_assessed
    }
}
