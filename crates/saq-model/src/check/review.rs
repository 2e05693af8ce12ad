//! Checks of a review file against the questionnaire of the answers it reviews, and against
//! those answers.

use std::collections::BTreeSet;

use super::{Report, did_you_mean};
use crate::answer::is_date;
use crate::answer_set::AnswerSet;
use crate::load::Bundle;
use crate::located::Located;
use crate::questionnaire::Role;
use crate::review::{Agreement, BY_SECRETARIAT, BY_STATE, ObservationKind, Review, ReviewStatus};

/// Checks the header, every reference (provision, reviewer, assistance kind), every date, and
/// that the answers reviewed are still those the review started on (`answers`, when read).
pub(crate) fn check(
    review: &Review,
    bundle: &Bundle,
    answers: Option<&AnswerSet>,
    report: &mut Report<'_>,
) {
    report.format_version(&review.format_version);
    let questionnaire = &bundle.questionnaire;
    if review.questionnaire.value != questionnaire.id.value
        || review.version.value != questionnaire.version.value
    {
        report
            .error(
                &review.questionnaire,
                "wrong-questionnaire",
                format!(
                    "this review is of answers to `{}` {}, not `{}` {}",
                    review.questionnaire.value,
                    review.version.value,
                    questionnaire.id.value,
                    questionnaire.version.value
                ),
            )
            .help = Some(
            "check it against the questionnaire the reviewed answers name (leave out --questionnaire)"
                .into(),
        );
        return;
    }
    answers_reviewed(review, answers, report);

    // Reviewers: the mechanism has two reviewing States.
    report.unique("reviewer", review.reviewers.iter().map(|r| &r.id));
    let reviewers: Vec<&str> = review
        .reviewers
        .iter()
        .map(|r| r.id.value.as_str())
        .collect();
    if review.reviewers.len() != 2 {
        report
            .warning(
                &review.status,
                "reviewers",
                format!(
                    "{} reviewing State{} listed; the mechanism has two",
                    review.reviewers.len(),
                    if review.reviewers.len() == 1 { " is" } else { "s are" }
                ),
            )
            .help = Some(
            "list both reviewing States under `reviewers:`, one of the same regional group and one of another".into(),
        );
    }
    for reviewer in &review.reviewers {
        if reviewer.id.value.is_empty()
            || reviewer.id.value == BY_STATE
            || reviewer.id.value == BY_SECRETARIAT
        {
            report
                .error(
                    &reviewer.id,
                    "bad-reviewer-id",
                    format!("`{}` cannot be a reviewer's id", reviewer.id.value),
                )
                .help = Some(format!(
                "give a short id of its own, such as `A`; `{BY_STATE}` and `{BY_SECRETARIAT}` name the State under review and the secretariat"
            ));
        }
    }

    let places = places(bundle);
    let kinds = assistance_kinds(bundle);
    let mut drafts = 0usize;
    for exchange in &review.dialogue {
        provision(&exchange.provision, &places, report);
        reviewer(&exchange.from, &reviewers, false, report);
        for date in exchange.asked.iter().chain(exchange.replied.iter()) {
            date_of(date, report);
        }
        if exchange.replied.is_some() && exchange.reply.is_none() {
            report
                .warning(
                    exchange.replied.as_ref().unwrap_or(&exchange.question),
                    "reply-missing",
                    "a reply date is given but no reply",
                )
                .help = Some("write the State's reply under `reply:`, or remove `replied:`".into());
        }
        if exchange.question.value.trim().is_empty() {
            report
                .error(&exchange.question, "empty-text", "the question is empty")
                .help = Some("write the question, or remove the entry".into());
        }
        drafts += usize::from(exchange.draft);
    }
    for observation in &review.observations {
        provision(&observation.provision, &places, report);
        if let Some(by) = &observation.proposed_by {
            reviewer(by, &reviewers, true, report);
        }
        if observation.text.value.trim().is_empty() {
            report
                .error(&observation.text, "empty-text", "the observation is empty")
                .help = Some("write the observation, or remove the entry".into());
        }
        match (&observation.assistance, observation.kind.value) {
            (Some(kind), ObservationKind::AssistanceNeed) => {
                if !kinds.is_empty() && !kinds.contains(kind.value.as_str()) {
                    let hint = did_you_mean(&kind.value, kinds.iter().copied());
                    report
                        .error(
                            kind,
                            "unknown-assistance-kind",
                            format!(
                                "`{}` is no kind of technical assistance of this questionnaire",
                                kind.value
                            ),
                        )
                        .help = Some(format!(
                        "{hint}use one of {}",
                        kinds
                            .iter()
                            .map(|k| format!("`{k}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ));
                }
            }
            (Some(kind), _) => {
                report
                    .error(
                        kind,
                        "unexpected-assistance",
                        "only a technical assistance need has an assistance kind",
                    )
                    .help = Some("remove `assistance:`, or make the kind `assistance-need`".into());
            }
            (None, _) => {}
        }
        drafts += usize::from(observation.draft);
    }
    if let Some(summary) = &review.summary
        && summary.value.trim().is_empty()
    {
        report
            .warning(summary, "empty-text", "the summary is empty")
            .help = Some("write the summary, or remove `summary:` until it is drafted".into());
    }

    // A final review is one the reviewers and the State stand behind: no draft left in it.
    if review.status.value == ReviewStatus::Final {
        if drafts > 0 {
            report
                .error(
                    &review.status,
                    "drafts-in-final",
                    format!(
                        "the review is marked final but {drafts} entr{} drafted by saq {} not accepted",
                        if drafts == 1 { "y" } else { "ies" },
                        if drafts == 1 { "is" } else { "are" }
                    ),
                )
                .help = Some(
                "accept each draft (remove `draft: true` once a reviewer stands behind its words, rewriting them as needed) or remove it; `saq review status` lists them".into(),
            );
        }
        if review.summary.is_none() {
            report
                .error(
                    &review.status,
                    "missing-summary",
                    "the review is marked final but has no summary",
                )
                .help =
                Some("write the summary of the list of observations under `summary:`".into());
        }
        let pending = review
            .observations
            .iter()
            .filter(|o| o.agreed == Agreement::Pending)
            .count();
        if pending > 0 {
            report
                .warning(
                    &review.status,
                    "agreement-pending",
                    format!(
                        "the review is marked final but the State's agreement is not recorded on {pending} observation{}",
                        if pending == 1 { "" } else { "s" }
                    ),
                )
                .help = Some("record `agreed: agreed` or `agreed: disputed` on each".into());
        }
    }
}

/// The digest recorded is one saq writes, and the answers reviewed still have it.
fn answers_reviewed(review: &Review, answers: Option<&AnswerSet>, report: &mut Report<'_>) {
    let recorded = &review.answers.digest;
    if !crate::digest::is_well_formed(&recorded.value) {
        report
            .error(
                recorded,
                "bad-digest",
                format!("`{}` is not a digest saq writes", recorded.value),
            )
            .help =
            Some("`saq review init` records the digest of the answers it starts from".into());
        return;
    }
    let Some(answers) = answers else {
        return;
    };
    let now = crate::digest::of(answers);
    if now != recorded.value {
        report
            .error(
                recorded,
                "answers-changed",
                format!(
                    "the answers in {} changed after the review started: they no longer have the digest it records",
                    review.answers.file.value
                ),
            )
            .help = Some(format!(
            "review the answers as they are now (their digest is {now}), and update `digest:` once the dialogue and observations are checked against them; or restore the answers the review started on"
        ));
    }
}

/// The ids a dialogue entry or an observation may be about: the provisions of every instrument,
/// and the numbers of the questionnaire's own articles.
fn places(bundle: &Bundle) -> BTreeSet<String> {
    bundle
        .provisions()
        .map(|(_, _, p)| p.id.value.clone())
        .chain(
            bundle
                .instrument
                .articles
                .iter()
                .map(|a| a.number.value.to_string()),
        )
        .collect()
}

fn provision(at: &Located<String>, places: &BTreeSet<String>, report: &mut Report<'_>) {
    if !places.contains(&at.value) {
        let hint = did_you_mean(&at.value, places.iter().map(String::as_str));
        report
            .error(
                at,
                "unknown-provision",
                format!(
                    "`{}` is no provision or article of the instrument",
                    at.value
                ),
            )
            .help = Some(format!(
            "{hint}name a provision as the instrument numbers it (`8.1.b`), or an article by its number"
        ));
    }
}

fn reviewer(at: &Located<String>, reviewers: &[&str], others: bool, report: &mut Report<'_>) {
    let known = reviewers.contains(&at.value.as_str())
        || others && (at.value == BY_STATE || at.value == BY_SECRETARIAT);
    if !known {
        let mut candidates: Vec<&str> = reviewers.to_vec();
        if others {
            candidates.extend([BY_STATE, BY_SECRETARIAT]);
        }
        let hint = did_you_mean(&at.value, candidates.iter().copied());
        report
            .error(
                at,
                "unknown-reviewer",
                format!("`{}` is none of the reviewers", at.value),
            )
            .help = Some(format!(
            "{hint}use one of {}",
            candidates
                .iter()
                .map(|c| format!("`{c}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
}

fn date_of(at: &Located<String>, report: &mut Report<'_>) {
    if !is_date(&at.value) {
        report
            .error(at, "bad-date", format!("`{}` is not a date", at.value))
            .help = Some("write the date as YYYY-MM-DD, such as `2026-03-31`".into());
    }
}

/// The values of the questionnaire's `assistance-kinds` questions.
fn assistance_kinds(bundle: &Bundle) -> BTreeSet<&str> {
    let questionnaire = &bundle.questionnaire;
    questionnaire
        .questions()
        .filter(|(_, q)| q.role == Some(Role::AssistanceKinds))
        .flat_map(|(_, q)| {
            questionnaire
                .choices_of(q)
                .iter()
                .map(|c| c.value.value.as_str())
        })
        .collect()
}
