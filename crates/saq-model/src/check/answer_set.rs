//! Checks of an answer set against the questionnaire it answers.

use std::collections::{BTreeMap, BTreeSet};

use minijinja::Value;
use minijinja::value::Serde;

use super::{Report, did_you_mean};
use crate::answer::{Answer, is_date};
use crate::answer_set::{AnswerSet, Status, is_safe_link, is_state_code};
use crate::applicability::{Applicability, Applies, to_value};
use crate::condition;
use crate::questionnaire::Questionnaire;

/// Checks the header, every answer's kind and constraints, and — for submitted sets — that
/// every required applicable question is answered. Returns the answers that could be read.
pub(crate) fn check(
    answers: &AnswerSet,
    questionnaire: &Questionnaire,
    outside: &BTreeSet<String>,
    report: &mut Report<'_>,
) -> (BTreeMap<String, Answer>, Applicability) {
    report.format_version(&answers.format_version);
    if let Some(language) = &answers.language
        && !crate::translation::is_language_tag(&language.value)
    {
        report
            .error(
                language,
                "bad-language",
                format!("`{}` is not a language tag", language.value),
            )
            .help = Some("write a BCP 47 tag such as `en`, `fr`, `es`, `ar`, `zh` or `ru`".into());
    }
    if answers.questionnaire.value != questionnaire.id.value {
        report
            .error(
                &answers.questionnaire,
                "wrong-questionnaire",
                format!(
                    "these answers are for questionnaire `{}`, not `{}`",
                    answers.questionnaire.value, questionnaire.id.value
                ),
            )
            .help = Some(
            "leave out --questionnaire to check them against the questionnaire they name, found in the library (`saq list`), or give its folder with --questionnaire DIR".into(),
        );
        // Nothing else can be checked against the wrong questions.
        return (BTreeMap::new(), Applicability::default());
    }
    if answers.version.value != questionnaire.version.value {
        report.error(&answers.version, "wrong-version", format!(
            "these answers are for version {} of the questionnaire; this is version {}",
            answers.version.value, questionnaire.version.value
        )).help = Some("use the questionnaire version the answers were made for, or copy the answers into a new `saq init` file".into());
    }
    if let Some(code) = &answers.state.code
        && !is_state_code(code)
    {
        report.error(code, "bad-state-code", format!("`{}` is not a State code", code.value)).help = Some(
                "write an ISO 3166-1 alpha-3 code (`KEN`), an M49 code (`404`), or `EU` for the European Union".into(),
            );
    }
    for date in [&answers.created, &answers.updated, &answers.submitted]
        .into_iter()
        .flatten()
    {
        if !is_date(date) {
            report
                .error(date, "bad-date", format!("`{}` is not a date", date.value))
                .help = Some("write the date as YYYY-MM-DD, such as `2026-03-31`".into());
        }
    }
    provenance(answers, report);
    if answers.status.value == Status::Submitted && answers.submitted.is_none() {
        report
            .warning(
                &answers.status,
                "missing-date",
                "the answers are submitted but carry no submission date",
            )
            .help = Some("add `submitted: YYYY-MM-DD`, or submit with `saq submit`".into());
    }

    // Read every answer according to its question.
    let questions: BTreeMap<&str, _> = questionnaire
        .questions()
        .map(|(_, q)| (q.id.value.as_str(), q))
        .collect();
    let mut read = BTreeMap::new();
    for (id, value) in &answers.answers {
        let Some(question) = questions.get(id.value.as_str()) else {
            unknown_question(report, id, questions.keys().copied(), outside, "answer");
            continue;
        };
        if value.is_null() {
            // Not answered yet: `saq init` lists every question with an empty value.
            continue;
        }
        match Answer::interpret(questionnaire, question, value) {
            Ok(answer) => {
                read.insert(id.value.clone(), answer);
            }
            Err(problem) => {
                report
                    .error(
                        value,
                        "wrong-answer",
                        format!("answer to `{}`: {}", id.value, problem.message),
                    )
                    .help = Some(problem.help);
            }
        }
    }

    let applicability = Applicability::evaluate(questionnaire, &read);
    inactive(
        answers,
        questionnaire,
        outside,
        &questions,
        &applicability,
        report,
    );
    not_applying(answers, &read, &applicability, report);
    digest(answers, report);
    for (id, message) in &applicability.failures {
        let at = answers.answers.keys().find(|k| k.value == *id).map_or(
            crate::located::Located {
                value: (),
                line: answers.status.line,
                column: answers.status.column,
            },
            |k| crate::located::Located {
                value: (),
                line: k.line,
                column: k.column,
            },
        );
        report.error(&at, "condition-failed", format!("the condition of `{id}` could not be evaluated: {message}")).help =
            Some("the questionnaire's condition does not fit these answers; report this to the questionnaire's authors".into());
    }

    // Constraints, with earlier answers in scope.
    let mut scope: BTreeMap<&str, Value> =
        questions.keys().map(|id| (*id, Value::from(()))).collect();
    for (_, question) in questionnaire.questions() {
        let id = question.id.value.as_str();
        let Some(answer) = read.get(id) else { continue };
        if !answer.is_special() {
            let raw = &answers.answers[id];
            for constraint in &question.constraints {
                let mut context = scope.clone();
                context.insert("value", to_value(answer));
                match condition::holds(&constraint.check, &Value::from(Serde(&context))) {
                    Ok(true) => {}
                    Ok(false) => {
                        report
                            .error(
                                raw,
                                "constraint",
                                format!("answer to `{id}`: {}", constraint.message),
                            )
                            .help = Some(format!(
                            "the answer must satisfy `{}`",
                            constraint.check.value
                        ));
                    }
                    Err(message) => {
                        report
                            .error(
                                raw,
                                "constraint",
                                format!(
                                    "answer to `{id}`: the check `{}` failed: {message}",
                                    constraint.check.value
                                ),
                            )
                            .help = Some("check that the answer has the expected form".into());
                    }
                }
            }
        }
        if applicability.of(id).is_yes() {
            scope.insert(id, to_value(answer));
        }
    }

    if answers.status.value == Status::Submitted {
        let missing: Vec<&str> = questionnaire
            .questions()
            .filter(|(_, q)| {
                q.required
                    && applicability.of(&q.id).is_yes()
                    && !read.contains_key(q.id.value.as_str())
            })
            .map(|(_, q)| q.id.value.as_str())
            .collect();
        if !missing.is_empty() {
            let shown: Vec<String> = missing.iter().take(10).map(|m| format!("`{m}`")).collect();
            let more = if missing.len() > 10 {
                format!(" and {} more", missing.len() - 10)
            } else {
                String::new()
            };
            report.error(&answers.status, "missing-answers", format!(
                "the answers are marked submitted but {} required question{} {} unanswered: {}{more}",
                missing.len(), if missing.len() == 1 { "" } else { "s" }, if missing.len() == 1 { "is" } else { "are" }, shown.join(", ")
            )).help = Some("answer them (or mark them `not-applicable` or `unknown` with a reason), or set `status: draft`".into());
        }
    }
    (read, applicability)
}

/// `review:` and `source:` say something when given, and a source's link is one reports can
/// carry (otherwise they show it as text: a warning, not an error).
fn provenance(answers: &AnswerSet, report: &mut Report<'_>) {
    if let Some(review) = &answers.review
        && review.cycle.value.trim().is_empty()
    {
        report
            .error(&review.cycle, "empty-field", "the review cycle is empty")
            .help = Some(
            "write the cycle the answers are for, such as `cycle: \"2025\"`, or remove `review:`"
                .into(),
        );
    }
    let Some(source) = &answers.source else {
        return;
    };
    if source.description.value.trim().is_empty() {
        report
            .error(&source.description, "empty-field", "the source's description is empty")
            .help = Some(
            "say where the answers come from, such as `description: National report, 2024`, or remove `source:`".into(),
        );
    }
    if let Some(url) = &source.url
        && !is_safe_link(url)
    {
        report
            .warning(
                url,
                "unsafe-link",
                format!(
                    "`{}` is not an http, https or mailto link: reports show it as text, not as a link",
                    url.value
                ),
            )
            .help = Some("write the link as `https://…`, or leave `url:` out".into());
    }
}

/// Answers kept aside under `inactive:` must still fit their questions (so restoring one can
/// never bring back a broken answer); one whose question applies again is pointed out.
fn inactive(
    answers: &AnswerSet,
    questionnaire: &Questionnaire,
    outside: &BTreeSet<String>,
    questions: &BTreeMap<&str, &crate::questionnaire::Question>,
    applicability: &Applicability,
    report: &mut Report<'_>,
) {
    for (id, value) in &answers.inactive {
        let Some(question) = questions.get(id.value.as_str()) else {
            unknown_question(
                report,
                id,
                questions.keys().copied(),
                outside,
                "inactive answer",
            );
            continue;
        };
        if value.is_null() {
            continue;
        }
        if let Err(problem) = Answer::interpret(questionnaire, question, value) {
            report
                .error(
                    value,
                    "wrong-answer",
                    format!("inactive answer to `{}`: {}", id.value, problem.message),
                )
                .help = Some(problem.help);
            continue;
        }
        if answers.answer(&id.value).is_some() {
            report
                .warning(
                    id,
                    "inactive-shadowed",
                    format!(
                        "`{}` has an answer and an inactive one; the inactive one is ignored",
                        id.value
                    ),
                )
                .help = Some("delete the entry under `inactive:` if it is no longer needed".into());
        } else if applicability.of(&id.value).is_yes() {
            report
                .warning(
                    id,
                    "inactive-applies",
                    format!(
                        "`{}` applies with the answers given, but its answer is kept under `inactive:`",
                        id.value
                    ),
                )
                .help = Some(
                "move it back under `answers:` (`saq fill` does this), or delete it".into(),
            );
        }
    }
}

/// An answer to a question that does not apply counts for nothing; saying so, with the reason,
/// is what keeps a State's words from being silently dropped.
fn not_applying(
    answers: &AnswerSet,
    read: &BTreeMap<String, Answer>,
    applicability: &Applicability,
    report: &mut Report<'_>,
) {
    for id in answers.answers.keys() {
        let Some(answer) = read.get(id.value.as_str()) else {
            continue;
        };
        match applicability.of(&id.value) {
            Applies::Yes => {}
            // "Not applicable" where the questionnaire agrees says nothing that is lost.
            Applies::No { .. } if matches!(answer, Answer::NotApplicable(_)) => {}
            Applies::No { condition, reason } => {
                report
                    .warning(
                        id,
                        "answer-not-applying",
                        format!(
                            "`{}` does not apply with the answers given ({reason}), so its answer is not used",
                            id.value
                        ),
                    )
                    .help = Some(format!(
                    "check the answers its condition reads (`{condition}`); if the question rightly does not apply, move the answer under `inactive:` to keep it aside"
                ));
            }
            Applies::Pending { waiting_on } => {
                let names = waiting_on
                    .iter()
                    .map(|w| format!("`{w}`"))
                    .collect::<Vec<_>>()
                    .join(", ");
                report
                    .warning(
                        id,
                        "answer-not-applying",
                        format!(
                            "`{}` depends on {names}, not answered yet, so its answer is not used",
                            id.value
                        ),
                    )
                    .help = Some(format!(
                    "answer {names}: this answer counts once its question applies"
                ));
            }
        }
    }
}

/// A submitted set carries the digest of what was submitted; a mismatch means the content was
/// edited afterwards, and the set no longer is what the focal point cleared.
fn digest(answers: &AnswerSet, report: &mut Report<'_>) {
    let Some(written) = &answers.digest else {
        // Without this, deleting the `digest:` line would hide any edit made after submission.
        if answers.status.value == Status::Submitted {
            report
                .error(
                    &answers.status,
                    "missing-digest",
                    "the answers are marked submitted but carry no digest, so an edit made after submission could not be detected",
                )
                .help = Some(
                "set `status: draft` and submit with `saq submit`, which writes the digest; if the file came submitted, ask its sender for the file as submitted".into(),
            );
        }
        return;
    };
    if !crate::digest::is_well_formed(written) {
        report
            .error(
                written,
                "bad-digest",
                format!("`{}` is not a digest saq writes", written.value),
            )
            .help = Some(
            "the digest is written by `saq submit`; set `status: draft`, delete the `digest:` line and submit again".into(),
        );
        return;
    }
    if answers.status.value == Status::Submitted && written.value != crate::digest::of(answers) {
        report
            .error(
                written,
                "edited-after-submission",
                "the answers were changed after they were submitted: the digest no longer matches the content",
            )
            .help = Some(
            "if the change is meant, set `status: draft` and submit again with `saq submit`; otherwise restore the file as it was submitted".into(),
        );
    }
}

/// An answer (or inactive answer, per `what`) to an id that is no question of the
/// questionnaire, with the closest id as a hint; a warning for a question of the questionnaire
/// left out of the cluster the set answers (`outside`), whose answer is kept but not used.
fn unknown_question<'q>(
    report: &mut Report<'_>,
    id: &crate::located::Located<String>,
    questions: impl Iterator<Item = &'q str>,
    outside: &BTreeSet<String>,
    what: &str,
) {
    if outside.contains(&id.value) {
        report
            .warning(
                id,
                "outside-cluster",
                format!(
                    "`{}` is a question of another review cluster than the one these answers are for, so its {what} is not used",
                    id.value
                ),
            )
            .help = Some(
            "keep it for a later cluster, or remove `cluster:` from the header to answer the whole questionnaire".into(),
        );
        return;
    }
    let hint = did_you_mean(id, questions);
    report
        .error(
            id,
            "unknown-question",
            format!("`{}` is not a question of this questionnaire", id.value),
        )
        .help = Some(format!("{hint}remove the {what} or correct its id"));
}
