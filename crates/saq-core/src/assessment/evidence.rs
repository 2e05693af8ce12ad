//! Verdicts per provision and the answers, measures and examples behind them.

use std::collections::BTreeMap;

use super::model::{CitedMeasure, Evidence, Flag, Measure, ProvisionAssessment};
use crate::answer::{Answer, Citation};
use crate::applicability::{Applicability, Applies, to_value};
use crate::condition;
use crate::instrument::Force;
use crate::load::Bundle;
use crate::questionnaire::{Question, Questionnaire, Role};
use crate::verdict::Verdict;

/// One assessment per provision that some verdict-bearing question assesses, in treaty order.
/// Interpretive provisions (definitions, scope) carry no obligation and get no verdict.
pub(super) fn provisions(
    bundle: &Bundle,
    answers: &BTreeMap<String, Answer>,
    applicability: &Applicability,
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
    for (article, provision) in bundle.instrument.provisions() {
        if provision.force.value == Force::Interpretive {
            continue;
        }
        let questions = by_provision
            .get(provision.id.value.as_str())
            .map(Vec::as_slice)
            .unwrap_or_default();
        let judged: Vec<&Question> = questions
            .iter()
            .copied()
            .filter(|q| bears_verdict(questionnaire, q))
            .collect();
        if judged.is_empty() {
            continue;
        }
        let mut evidence = Vec::new();
        let mut reason = None;
        for question in &judged {
            let (verdict, answer, why) =
                question_verdict(questionnaire, question, answers, applicability);
            if let Some(why) = why {
                reason.get_or_insert(why);
            }
            evidence.push(Evidence {
                question: question.id.value.clone(),
                text: question.text.clone(),
                answer,
                verdict,
            });
        }
        let verdict = aggregate(evidence.iter().map(|e| e.verdict));
        let texts = |role: Role| -> Vec<String> {
            questions
                .iter()
                .filter(|q| q.role == Some(role) && applicability.of(&q.id).is_yes())
                .filter_map(|q| answers.get(q.id.value.as_str()))
                .filter(|a| !a.is_special())
                .map(plain_text)
                .collect()
        };
        let measures: Vec<Measure> = questions
            .iter()
            .filter(|q| q.role == Some(Role::Measures) && applicability.of(&q.id).is_yes())
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
            verdict,
            Verdict::Implemented | Verdict::PartiallyImplemented
        ) {
            let asks = |role: Role| questions.iter().any(|q| q.role == Some(role));
            if asks(Role::Measures) && measures.is_empty() {
                flags.push(Flag::Unsupported);
            }
            if asks(Role::Examples) && examples.is_empty() {
                flags.push(Flag::NoEvidenceOfImplementation);
            }
        }
        result.push(ProvisionAssessment {
            id: provision.id.value.clone(),
            article: article.number.value,
            article_title: article.title.clone(),
            text: provision.text.clone(),
            force: provision.force.value,
            qualifier: provision.qualifier.clone(),
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

/// A question bears a verdict when at least one of its choices implies one.
fn bears_verdict(questionnaire: &Questionnaire, question: &Question) -> bool {
    !question.verdict_rules.is_empty()
        || question.kind.has_choices()
            && questionnaire
                .choices_of(question)
                .iter()
                .any(|c| c.verdict.is_some())
}

/// The verdict one question implies, the answer as people read it, and (for not-applicable) why.
fn question_verdict(
    questionnaire: &Questionnaire,
    question: &Question,
    answers: &BTreeMap<String, Answer>,
    applicability: &Applicability,
) -> (Verdict, String, Option<String>) {
    if let Applies::No { reason, .. } = applicability.of(&question.id) {
        return (
            Verdict::NotApplicable,
            format!("not applicable: {reason}"),
            Some(reason.clone()),
        );
    }
    match answers.get(question.id.value.as_str()) {
        None => (Verdict::NotAssessed, "not answered".to_owned(), None),
        Some(Answer::NotApplicable(reason)) => (
            Verdict::NotApplicable,
            format!("not applicable: {reason}"),
            Some(reason.clone()),
        ),
        Some(Answer::Unknown(reason)) => (Verdict::NotAssessed, format!("unknown: {reason}"), None),
        Some(answer) => {
            let by_choice = || match answer {
                Answer::Choice(value) => questionnaire
                    .choices_of(question)
                    .iter()
                    .find(|c| c.value.value == *value)
                    .and_then(|c| c.verdict),
                _ => None,
            };
            let verdict = rule_verdict(question, answer, answers).or_else(by_choice);
            (
                verdict.unwrap_or(Verdict::NotAssessed),
                answer_text(questionnaire, question, answer),
                None,
            )
        }
    }
}

/// The verdict of the first rule of `question` that holds for `answer`, with `value` and every
/// answer in scope. A rule that cannot be evaluated gives no verdict.
fn rule_verdict(
    question: &Question,
    answer: &Answer,
    answers: &BTreeMap<String, Answer>,
) -> Option<Verdict> {
    if question.verdict_rules.is_empty() {
        return None;
    }
    let mut scope: BTreeMap<&str, minijinja::Value> = answers
        .iter()
        .map(|(id, a)| (id.as_str(), to_value(a)))
        .collect();
    scope.insert("value", to_value(answer));
    let context = minijinja::Value::from(scope);
    question
        .verdict_rules
        .iter()
        .find(|rule| condition::holds(&rule.when, &context).unwrap_or(false))
        .map(|rule| rule.verdict)
}

/// Worst verdict among answered ones; not-applicable is neutral.
pub fn aggregate(verdicts: impl IntoIterator<Item = Verdict>) -> Verdict {
    let mut worst: Option<Verdict> = None;
    let mut any_unassessed = false;
    for verdict in verdicts {
        match verdict {
            Verdict::NotApplicable => {}
            Verdict::NotAssessed => any_unassessed = true,
            answered => worst = Some(worst.map_or(answered, |w| w.max(answered))),
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
fn plain_text(answer: &Answer) -> String {
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

/// Whole numbers without a trailing `.0`.
fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        n.to_string()
    }
}

/// Every distinct measure cited, in first-cited order, with the provisions it supports.
pub(super) fn measures_annex(provisions: &[ProvisionAssessment]) -> Vec<CitedMeasure> {
    let mut annex: Vec<CitedMeasure> = Vec::new();
    for provision in provisions {
        for measure in &provision.measures {
            match annex.iter_mut().find(|m| m.measure == *measure) {
                Some(measure) => {
                    if !measure.provisions.contains(&provision.id) {
                        measure.provisions.push(provision.id.clone());
                    }
                }
                None => annex.push(CitedMeasure {
                    measure: measure.clone(),
                    provisions: vec![provision.id.clone()],
                }),
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
