//! Verdicts per provision and the answers, measures and examples behind them.

use std::collections::{BTreeMap, HashMap};

use super::model::{
    CitedMeasure, Effect, ElementSummary, Evidence, Finding, Flag, Measure, ProvisionAssessment,
};
use saq_model::answer::{Answer, Citation};
use saq_model::applicability::{Applicability, Applies, to_value};
use saq_model::condition;
use saq_model::instrument::{Aggregation, Force, Provision};
use saq_model::load::Bundle;
use saq_model::questionnaire::{Question, Questionnaire, Role, VerdictRule};
use saq_model::verdict::Verdict;

/// One assessment per provision that some verdict-bearing question assesses, in treaty order.
/// Interpretive provisions (definitions, scope) carry no obligation and get no verdict; what
/// answers say of them comes out as scope findings.
pub(super) fn provisions(
    bundle: &Bundle,
    answers: &BTreeMap<String, Answer>,
    applicability: &Applicability,
    findings: &[Finding],
) -> Vec<ProvisionAssessment> {
    let questionnaire = &bundle.questionnaire;
    let mut by_provision: BTreeMap<&str, Vec<&Question>> = BTreeMap::new();
    for (_, question) in questionnaire.questions() {
        for provision in &question.provisions {
            by_provision
                .entry(provision.value.as_str())
                .or_default()
                .push(question);
        }
    }
    let mut result = Vec::new();
    for (instrument, article, provision) in bundle.provisions() {
        if provision.force.value == Force::Interpretive {
            continue;
        }
        let id = provision.id.value.as_str();
        let questions = by_provision.get(id).map(Vec::as_slice).unwrap_or_default();
        let judged: Vec<&Question> = questions
            .iter()
            .copied()
            .filter(|q| questionnaire.bears_verdict(q, id))
            .collect();
        if judged.is_empty() {
            continue;
        }
        let force = provision.force.value;
        let mut evidence = Vec::new();
        let mut reason = None;
        for question in &judged {
            let judgement = question_verdict(questionnaire, question, id, answers, applicability);
            if let Some(why) = &judgement.not_applicable {
                reason.get_or_insert(why.clone());
            }
            // An answer about one element reads in the element's words (an optional part
            // "not adopted"), though its effect on the provision follows the provision's force.
            let words = question
                .element
                .as_ref()
                .and_then(|e| provision.element(e))
                .map_or(force, |e| e.force.value);
            evidence.push(Evidence {
                question: question.id.value.clone(),
                text: question.text.clone(),
                answer: judgement.answer,
                verdict: judgement.verdict.for_force(words),
                reason: judgement.reason,
                element: question.element.as_ref().map(|e| e.value.clone()),
                effect: effect(provision, question),
                lowers_to: question
                    .lowers_to
                    .as_ref()
                    .map(|v| v.value.for_force(force)),
            });
        }
        let verdict = combine(&evidence, provision.aggregation).for_force(force);
        let applies = |q: &&&Question| applicability.of(&q.id).is_yes();
        let texts = |role: Role| -> Vec<String> {
            questions
                .iter()
                .filter(|q| q.role == Some(role))
                .filter(applies)
                .filter_map(|q| answers.get(q.id.value.as_str()))
                .filter(|a| !a.is_special())
                .map(plain_text)
                .collect()
        };
        let measures: Vec<Measure> = questions
            .iter()
            .filter(|q| q.role == Some(Role::Measures))
            .filter(applies)
            .filter_map(|q| match answers.get(q.id.value.as_str()) {
                Some(Answer::Citations(list)) => {
                    Some(list.iter().map(Measure::from).collect::<Vec<_>>())
                }
                _ => None,
            })
            .flatten()
            .collect();
        let examples = texts(Role::Examples);
        let mut flags = Vec::new();
        if matches!(
            verdict.raw(),
            Verdict::Implemented | Verdict::PartiallyImplemented
        ) {
            // Only a question the State was asked can be missing an answer: where a condition
            // excludes the examples question (no manufacturing industry, say), nothing is
            // flagged.
            let asked = |role: Role| {
                questions
                    .iter()
                    .filter(applies)
                    .any(|q| q.role == Some(role))
            };
            if asked(Role::Measures) && measures.is_empty() {
                flags.push(Flag::Unsupported);
            }
            if asked(Role::Examples) && examples.is_empty() {
                flags.push(Flag::NoEvidenceOfImplementation);
            }
        }
        result.push(ProvisionAssessment {
            id: provision.id.value.clone(),
            instrument: instrument.id.value.clone(),
            instrument_title: instrument.short_title.clone(),
            article: article.number.value,
            article_title: article.title.clone(),
            text: provision.text.clone(),
            force,
            qualifier: provision.qualifier.clone(),
            condition: provision.condition.clone(),
            elements: provision
                .elements
                .iter()
                .map(|e| ElementSummary {
                    id: e.id.value.clone(),
                    text: e.text.clone(),
                    force: e.force.value,
                    qualifier: e.qualifier.clone(),
                })
                .collect(),
            aggregation: provision.aggregation,
            cluster: provision
                .cluster
                .as_ref()
                .or(article.cluster.as_ref())
                .map(|c| c.value.clone()),
            themes: provision.themes.iter().map(|t| t.value.clone()).collect(),
            reason: if verdict == Verdict::NotApplicable {
                reason
            } else {
                None
            },
            verdict,
            answers: evidence,
            scope_findings: findings
                .iter()
                .filter(|f| f.provisions.iter().any(|p| p == id))
                .map(|f| f.text.clone())
                .collect(),
            measures,
            examples,
            authority: texts(Role::Authority),
            steps: texts(Role::Steps),
            flags,
            recommendation: provision.recommendation.clone(),
        });
    }
    result
}

/// How a question's answer weighs in `provision`'s status: as the questionnaire says
/// (`lowers_to`), else by the force of the element it asks about — an answer on a part that is
/// only qualified, to be considered or optional informs, and never decides a mandatory status.
fn effect(provision: &Provision, question: &Question) -> Effect {
    if question.lowers_to.is_some() {
        Effect::Lowers
    } else if question
        .element
        .as_ref()
        .is_some_and(|e| provision.is_weaker_element(&e.value))
    {
        Effect::Informs
    } else {
        Effect::Decides
    }
}

/// The provision's status on the questionnaire's scale. The deciding answers combine as the
/// provision says (worst wins for cumulative elements, best for alternatives); answers that can
/// only lower it then do so, capped, and only once a deciding answer has given a status.
fn combine(evidence: &[Evidence], aggregation: Aggregation) -> Verdict {
    let deciding = evidence
        .iter()
        .filter(|e| e.effect == Effect::Decides)
        .map(|e| e.verdict);
    let decided = match aggregation {
        Aggregation::Cumulative => aggregate(deciding),
        Aggregation::Alternatives => best(deciding),
    };
    if !decided.is_answered() {
        return decided;
    }
    evidence
        .iter()
        .filter(|e| e.effect == Effect::Lowers && e.verdict.is_answered())
        .fold(decided.raw(), |status, e| {
            let cap = e.lowers_to.map_or(Verdict::NotImplemented, Verdict::raw);
            status.worst(e.verdict.raw().min(cap))
        })
}

/// Best verdict among answered ones; not-applicable is neutral.
fn best(verdicts: impl IntoIterator<Item = Verdict>) -> Verdict {
    let mut best: Option<Verdict> = None;
    let mut any_unassessed = false;
    for verdict in verdicts {
        match verdict {
            Verdict::NotApplicable => {}
            Verdict::NotAssessed => any_unassessed = true,
            answered => {
                let answered = answered.raw();
                best = Some(best.map_or(answered, |b| b.min(answered)));
            }
        }
    }
    match (best, any_unassessed) {
        (Some(best), _) => best,
        (None, true) => Verdict::NotAssessed,
        (None, false) => Verdict::NotApplicable,
    }
}

/// What one question's answer says of one provision.
struct Judgement {
    /// On the questionnaire's scale.
    verdict: Verdict,
    /// The answer as people read it.
    answer: String,
    /// The reason of the verdict rule that decided, if one did.
    reason: Option<String>,
    /// Why the question does not apply, when it does not.
    not_applicable: Option<String>,
}

/// The verdict one question implies for `provision`.
fn question_verdict(
    questionnaire: &Questionnaire,
    question: &Question,
    provision: &str,
    answers: &BTreeMap<String, Answer>,
    applicability: &Applicability,
) -> Judgement {
    let judgement = |verdict, answer: String| Judgement {
        verdict,
        answer,
        reason: None,
        not_applicable: None,
    };
    if let Applies::No { reason, .. } = applicability.of(&question.id) {
        return Judgement {
            not_applicable: Some(reason.clone()),
            ..judgement(Verdict::NotApplicable, format!("not applicable: {reason}"))
        };
    }
    match answers.get(question.id.value.as_str()) {
        None => judgement(Verdict::NotAssessed, "not answered".to_owned()),
        Some(Answer::NotApplicable(reason)) => Judgement {
            not_applicable: Some(reason.clone()),
            ..judgement(Verdict::NotApplicable, format!("not applicable: {reason}"))
        },
        Some(Answer::Unknown(reason)) => {
            judgement(Verdict::NotAssessed, format!("unknown: {reason}"))
        }
        Some(answer) => {
            let text = answer_text(questionnaire, question, answer);
            if let Some(rule) = rule(question, provision, answer, answers) {
                return Judgement {
                    reason: rule.reason.clone(),
                    ..judgement(rule.verdict, text)
                };
            }
            let by_choice = match answer {
                Answer::Choice(value) => questionnaire
                    .choices_of(question)
                    .iter()
                    .find(|c| c.value.value == *value)
                    .and_then(|c| c.verdict),
                _ => None,
            };
            judgement(by_choice.unwrap_or(Verdict::NotAssessed), text)
        }
    }
}

/// The first verdict rule of `question` about `provision` that holds for `answer`, with `value`
/// and every answer in scope. A rule that cannot be evaluated does not hold.
fn rule<'q>(
    question: &'q Question,
    provision: &str,
    answer: &Answer,
    answers: &BTreeMap<String, Answer>,
) -> Option<&'q VerdictRule> {
    let mut rules = question
        .verdict_rules
        .iter()
        .filter(|r| r.provision.as_ref().is_none_or(|p| p.value == provision))
        .peekable();
    rules.peek()?;
    let context = scope(answer, answers);
    rules.find(|rule| condition::holds(&rule.when, &context).unwrap_or(false))
}

/// `value` and every answer, as expressions read them.
pub(super) fn scope(answer: &Answer, answers: &BTreeMap<String, Answer>) -> minijinja::Value {
    let mut scope: BTreeMap<&str, minijinja::Value> = answers
        .iter()
        .map(|(id, a)| (id.as_str(), to_value(a)))
        .collect();
    scope.insert("value", to_value(answer));
    minijinja::Value::from(scope)
}

/// Worst verdict among answered ones; not-applicable is neutral.
pub fn aggregate(verdicts: impl IntoIterator<Item = Verdict>) -> Verdict {
    let mut worst: Option<Verdict> = None;
    let mut any_unassessed = false;
    for verdict in verdicts {
        match verdict {
            Verdict::NotApplicable => {}
            Verdict::NotAssessed => any_unassessed = true,
            answered => worst = Some(worst.map_or(answered.raw(), |w| w.worst(answered))),
        }
    }
    match (worst, any_unassessed) {
        (Some(worst), _) => worst,
        (None, true) => Verdict::NotAssessed,
        (None, false) => Verdict::NotApplicable,
    }
}

/// An answer as people read it: choice labels, not values.
pub fn answer_text(questionnaire: &Questionnaire, question: &Question, answer: &Answer) -> String {
    let label = |value: &str| {
        questionnaire
            .choices_of(question)
            .iter()
            .find(|c| c.value.value == value)
            .map_or_else(|| value.to_owned(), |c| c.label.clone())
    };
    match answer {
        Answer::Choice(value) => label(value),
        Answer::Choices(values) => values
            .iter()
            .map(|v| label(v))
            .collect::<Vec<_>>()
            .join(", "),
        Answer::NotApplicable(reason) => format!("not applicable: {reason}"),
        Answer::Unknown(reason) => format!("unknown: {reason}"),
        other => plain_text(other),
    }
}

/// Any answer flattened to one text.
pub(super) fn plain_text(answer: &Answer) -> String {
    match answer {
        Answer::Choice(s) | Answer::Text(s) | Answer::Date(s) => s.clone(),
        Answer::Choices(list) => list.join(", "),
        Answer::Number(n) => format_number(*n),
        Answer::Citations(list) => list
            .iter()
            .map(citation_text)
            .collect::<Vec<_>>()
            .join("; "),
        Answer::Table(rows) => rows
            .iter()
            .map(|row| {
                row.iter()
                    .filter(|(_, v)| !v.is_null())
                    .map(|(k, v)| {
                        format!(
                            "{k}: {}",
                            v.as_str().map_or_else(|| v.to_string(), str::to_owned)
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .collect::<Vec<_>>()
            .join("; "),
        Answer::NotApplicable(reason) => format!("not applicable: {reason}"),
        Answer::Unknown(reason) => format!("unknown: {reason}"),
    }
}

fn citation_text(citation: &Citation) -> String {
    match &citation.article {
        Some(article) => format!("{}, {article}", citation.title),
        None => citation.title.clone(),
    }
}

/// Whole numbers without a trailing `.0`, as the answer file stores them.
pub(super) fn format_number(n: f64) -> String {
    saq_model::answer::number_value(n).map_or_else(|| n.to_string(), |value| value.to_string())
}

/// Every distinct measure cited, in first-cited order, with the provisions it supports.
pub(super) fn measures_annex(provisions: &[ProvisionAssessment]) -> Vec<CitedMeasure> {
    // First-cited order, found by hash: a State may cite tens of thousands of measures.
    let mut annex: Vec<CitedMeasure> = Vec::new();
    let mut index: HashMap<&Measure, usize> = HashMap::new();
    for provision in provisions {
        for measure in &provision.measures {
            match index.get(measure) {
                Some(&at) => {
                    // Provisions come in order, each once: a repeat is the last one pushed.
                    let cited_by = &mut annex[at].provisions;
                    if cited_by.last() != Some(&provision.id) {
                        cited_by.push(provision.id.clone());
                    }
                }
                None => {
                    index.insert(measure, annex.len());
                    annex.push(CitedMeasure {
                        measure: measure.clone(),
                        provisions: vec![provision.id.clone()],
                    });
                }
            }
        }
    }
    annex
}

#[cfg(test)]
mod tests {
    use super::*;
    use Verdict::*;

    #[test]
    fn worst_answered_verdict_wins() {
        assert_eq!(
            aggregate([Implemented, PartiallyImplemented]),
            PartiallyImplemented
        );
        assert_eq!(aggregate([NotImplemented, Implemented]), NotImplemented);
    }

    #[test]
    fn not_applicable_is_neutral() {
        assert_eq!(aggregate([NotApplicable, Implemented]), Implemented);
        assert_eq!(aggregate([NotApplicable, NotApplicable]), NotApplicable);
    }

    #[test]
    fn unanswered_counts_only_when_nothing_is_answered() {
        assert_eq!(aggregate([NotAssessed, NotApplicable]), NotAssessed);
        assert_eq!(
            aggregate([NotAssessed, PartiallyImplemented]),
            PartiallyImplemented
        );
        assert_eq!(aggregate([]), NotApplicable);
    }

    #[test]
    fn numbers_read_naturally() {
        assert_eq!(format_number(12.0), "12");
        assert_eq!(format_number(2.5), "2.5");
    }
}
