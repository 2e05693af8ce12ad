//! A review file drafted from one State's answers (`saq review init`): the header, a draft
//! question for clarification for every required question left unanswered and every `unknown`
//! answer, and draft observations — a challenge for every gap, a candidate good practice for
//! every provision reported implemented with examples, a technical assistance need for every
//! kind of assistance requested.
//!
//! Nothing is invented. Every drafted text is either the State's own words, quoted, or a neutral
//! sentence saying what the answers say (all of those sentences are in [`wording`]); every entry
//! is `draft: true`, proposed by the secretariat, until a reviewer takes it on. Judging the
//! answers is the reviewers' work, not saq's.

use std::collections::BTreeMap;

use saq_model::answer_set::StateParty;
use saq_model::load::{Bundle, LoadedAnswers};
use saq_model::located::Located;
use saq_model::review::{
    Agreement, BY_SECRETARIAT, Exchange, Observation, ObservationKind, Review, ReviewStatus,
    ReviewedAnswers, Reviewer,
};
use saq_model::review_file::Notes;
use saq_model::verdict::Verdict;

use crate::assessment::{AnswerView, Assessment};

/// The version of the review file format saq writes.
pub const REVIEW_FORMAT_VERSION: u32 = 1;

/// A drafted review, and what its file says beside it.
#[derive(Debug, Clone)]
pub struct ReviewDraft {
    /// The review.
    pub review: Review,
    /// The reported status of each provision, and what could not be drafted, for the comments
    /// of the file ([`saq_model::review_file::render`]).
    pub notes: Notes,
}

/// The sentences saq writes into a draft, in one place. Each either quotes the State (its words
/// are passed in and set apart in quotation marks, never rephrased) or states what the answers
/// say in neutral terms. None judges: a draft observation is the reviewers' to accept, rewrite
/// or delete, and must not read as anyone's view before then.
pub mod wording {
    /// The reported status in words: the assessment's status, as the file's comments and the
    /// drafted sentences name it.
    pub fn status(verdict: saq_model::verdict::Verdict) -> &'static str {
        use saq_model::verdict::Verdict::*;
        match verdict {
            Implemented => "implemented",
            PartiallyImplemented => "partially implemented",
            Considered => "considered",
            NotImplemented => "not implemented",
            Adopted => "adopted",
            PartiallyAdopted => "partially adopted",
            NotConsidered => "not considered",
            NotAdopted => "not adopted",
            NotApplicable => "not applicable",
            NotAssessed => "not assessed",
        }
    }

    /// The State's words, each set apart as a quoted paragraph.
    pub fn quoted(words: &[String]) -> String {
        words
            .iter()
            .map(|w| format!("“{}”", w.trim()))
            .collect::<Vec<_>>()
            .join("\n\n")
    }

    /// A challenge: a gap, with the steps the State plans (its words), if it described any.
    pub fn challenge(status: &str, steps: &[String]) -> String {
        if steps.is_empty() {
            format!(
                "The State reports this provision as {status}; its answers describe no steps planned."
            )
        } else {
            format!(
                "The State reports this provision as {status}. Steps planned and challenges, in its words:\n\n{}",
                quoted(steps)
            )
        }
    }

    /// A candidate good practice: the examples of implementation the State gave (its words).
    pub fn good_practice(status: &str, examples: &[String]) -> String {
        format!(
            "The State reports this provision as {status}, with these examples of implementation, in its words:\n\n{}",
            quoted(examples)
        )
    }

    /// A technical assistance need the State requested, with its details (its words), if any.
    pub fn assistance(label: &str, article: u32, details: &[String]) -> String {
        let asked = format!(
            "The State requests this kind of technical assistance for article {article}: {label}."
        );
        if details.is_empty() {
            asked
        } else {
            format!("{asked} Details, in its words:\n\n{}", quoted(details))
        }
    }

    /// A question for clarification on a required question left unanswered.
    pub fn unanswered(question: &str) -> String {
        format!(
            "The answers leave this required question unanswered: “{}” Please answer it.",
            question.trim()
        )
    }

    /// A question for clarification on an answer given as unknown, with the State's reason.
    pub fn unknown(question: &str, reason: &str) -> String {
        format!(
            "The answer to this question is given as unknown: “{}” The reason given: “{}” Please say more, if you can.",
            question.trim(),
            reason.trim()
        )
    }

    /// What the file's header says of a question that could not be attached to a provision.
    pub fn not_drafted(question: &str, why: &str) -> String {
        format!("{question}: {why}")
    }
}

/// Drafts the review of `loaded` (assessed as `assessment`) against `bundle`, the answers named
/// as `answers_file` (relative to the review file's folder), by `reviewers` (named `A`, `B`, …
/// in order).
pub fn draft(
    bundle: &Bundle,
    loaded: &LoadedAnswers,
    assessment: &Assessment,
    answers_file: &str,
    reviewers: Vec<StateParty>,
) -> ReviewDraft {
    let bundle = loaded.bundle(bundle);
    let file = &loaded.file;
    let reviewers: Vec<Reviewer> = reviewers
        .into_iter()
        .enumerate()
        .map(|(i, state)| Reviewer {
            id: Located::new(reviewer_id(i)),
            state,
            experts: Vec::new(),
        })
        .collect();
    let places = Places::of(bundle);
    let mut notes = Notes::default();
    for provision in &assessment.provisions {
        notes.status.insert(
            provision.id.clone(),
            wording::status(provision.verdict).to_owned(),
        );
    }

    let mut observations = Vec::new();
    for gap in &assessment.gaps {
        observations.push(observation(
            &gap.provision,
            ObservationKind::Challenge,
            wording::challenge(wording::status(gap.verdict), &gap.steps),
            None,
        ));
    }
    for provision in &assessment.provisions {
        if matches!(provision.verdict, Verdict::Implemented | Verdict::Adopted)
            && !provision.examples.is_empty()
        {
            observations.push(observation(
                &provision.id,
                ObservationKind::GoodPractice,
                wording::good_practice(wording::status(provision.verdict), &provision.examples),
                None,
            ));
        }
    }
    for article in &assessment.assistance.by_article {
        for kind in &assessment.assistance.by_kind {
            if kind.articles.contains(&article.article) {
                observations.push(observation(
                    &article.article.to_string(),
                    ObservationKind::AssistanceNeed,
                    wording::assistance(&kind.label, article.article, &article.details),
                    Some(&kind.kind),
                ));
            }
        }
    }
    // Grouped by provision in treaty order (a stable sort keeps each provision's own order).
    observations.sort_by_key(|o| places.rank(&o.provision.value));

    let mut questions: Vec<(String, String)> = Vec::new();
    for unanswered in assessment.unanswered.iter().filter(|u| u.required) {
        match place_of_question(bundle, &unanswered.question) {
            Some(place) => questions.push((place, wording::unanswered(&unanswered.text))),
            None => notes.not_drafted.push(wording::not_drafted(
                &unanswered.question,
                "a required question left unanswered",
            )),
        }
    }
    for section in &assessment.sections {
        let by_provision = section.by_provision.iter().flat_map(|p| {
            p.answers
                .iter()
                .map(move |a| (Some(p.provision.clone()), a))
        });
        let general = section.general.iter().map(|a| {
            let place = a
                .provisions
                .first()
                .cloned()
                .or_else(|| section.article.map(|n| n.to_string()));
            (place, a)
        });
        for (place, entry) in by_provision.chain(general) {
            let AnswerView::Unknown { reason } = &entry.answer else {
                continue;
            };
            match place {
                Some(place) => questions.push((place, wording::unknown(&entry.text, reason))),
                None => notes
                    .not_drafted
                    .push(wording::not_drafted(&entry.question, "answered as unknown")),
            }
        }
    }
    questions.sort_by_key(|(place, _)| places.rank(place));
    // The two reviewers take the draft questions article by article, in turn.
    let mut turn: BTreeMap<u32, usize> = BTreeMap::new();
    let dialogue = questions
        .into_iter()
        .map(|(place, question)| {
            let article = places.article(&place);
            let next = turn.len();
            let asker = *turn.entry(article).or_insert(next);
            Exchange {
                from: Located::new(reviewer_id(asker % reviewers.len().max(1))),
                provision: Located::new(place),
                question: Located::new(question),
                asked: None,
                reply: None,
                replied: None,
                draft: true,
            }
        })
        .collect();

    let review = Review {
        format_version: Located::new(REVIEW_FORMAT_VERSION),
        questionnaire: Located::new(file.questionnaire.value.clone()),
        version: Located::new(file.version.value.clone()),
        state: file.state.clone(),
        answers: ReviewedAnswers {
            file: Located::new(answers_file.to_owned()),
            digest: Located::new(saq_model::digest::of(file)),
        },
        cycle: file.cycle().map(str::to_owned),
        reviewers,
        status: Located::new(ReviewStatus::Draft),
        dialogue,
        observations,
        summary: None,
    };
    ReviewDraft { review, notes }
}

/// `A`, `B`, … `Z`, then `R27`, `R28`, … (the mechanism has two reviewers; more is not refused
/// here).
fn reviewer_id(index: usize) -> String {
    match u8::try_from(index) {
        Ok(i) if i < 26 => char::from(b'A' + i).to_string(),
        _ => format!("R{}", index + 1),
    }
}

fn observation(
    place: &str,
    kind: ObservationKind,
    text: String,
    assistance: Option<&str>,
) -> Observation {
    Observation {
        provision: Located::new(place.to_owned()),
        kind: Located::new(kind),
        text: Located::new(text),
        assistance: assistance.map(|a| Located::new(a.to_owned())),
        proposed_by: Some(Located::new(BY_SECRETARIAT.to_owned())),
        agreed: Agreement::Pending,
        draft: true,
    }
}

/// Where a question's clarification goes: the first provision it assesses, else its section's
/// article; `None` for a question about nothing in particular (the State's profile).
fn place_of_question(bundle: &Bundle, id: &str) -> Option<String> {
    let (section, question) = bundle
        .questionnaire
        .questions()
        .find(|(_, q)| q.id.value == id)?;
    question
        .provisions
        .first()
        .map(|p| p.value.clone())
        .or_else(|| section.article.as_ref().map(|a| a.value.to_string()))
}

/// The places entries can be about, in treaty order: each article's provisions, then the article
/// itself; then the provisions of the other instruments.
struct Places {
    order: BTreeMap<String, (usize, u32)>,
}

impl Places {
    fn of(bundle: &Bundle) -> Places {
        let mut order = BTreeMap::new();
        let mut push = |place: String, article: u32| {
            let rank = order.len();
            order.entry(place).or_insert((rank, article));
        };
        for article in &bundle.instrument.articles {
            for provision in &article.provisions {
                push(provision.id.value.clone(), article.number.value);
            }
            push(article.number.value.to_string(), article.number.value);
        }
        for (_, article, provision) in bundle.provisions() {
            push(provision.id.value.clone(), article.number.value);
        }
        Places { order }
    }

    fn rank(&self, place: &str) -> usize {
        self.order.get(place).map_or(usize::MAX, |(rank, _)| *rank)
    }

    fn article(&self, place: &str) -> u32 {
        self.order.get(place).map_or(0, |(_, article)| *article)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use saq_model::SourceFile;
    use std::path::Path;

    fn example(name: &str) -> (Bundle, LoadedAnswers) {
        let bundle = Bundle::builtin().value.unwrap();
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../questionnaires/firearms-protocol/examples")
            .join(name);
        let loaded = bundle
            .load_answers(&SourceFile::read(&path).unwrap())
            .value
            .unwrap();
        (bundle, loaded)
    }

    fn reviewers() -> Vec<StateParty> {
        ["Coralia", "Dunmore Islands"]
            .into_iter()
            .map(|name| StateParty {
                name: name.into(),
                code: None,
            })
            .collect()
    }

    fn drafted(name: &str) -> (Bundle, LoadedAnswers, Assessment, ReviewDraft) {
        let (bundle, loaded) = example(name);
        let assessment = crate::assessment::assess(&bundle, &loaded);
        let draft = draft(&bundle, &loaded, &assessment, name, reviewers());
        (bundle, loaded, assessment, draft)
    }

    #[test]
    fn every_gap_is_a_draft_challenge_quoting_the_steps_planned() {
        let (_, _, assessment, draft) = drafted("02-partial-implementation.yaml");
        let challenges: Vec<&Observation> = draft
            .review
            .observations
            .iter()
            .filter(|o| o.kind.value == ObservationKind::Challenge)
            .collect();
        assert_eq!(challenges.len(), assessment.gaps.len());
        for gap in &assessment.gaps {
            let challenge = challenges
                .iter()
                .find(|o| o.provision.value == gap.provision)
                .unwrap();
            for step in &gap.steps {
                assert!(
                    challenge.text.value.contains(step.trim()),
                    "{}",
                    challenge.text.value
                );
            }
            assert!(challenge.draft);
            assert_eq!(
                challenge.proposed_by.as_ref().unwrap().value,
                BY_SECRETARIAT
            );
        }
    }

    #[test]
    fn good_practices_quote_examples_and_assistance_is_per_kind_and_article() {
        let (_, _, assessment, draft) = drafted("02-partial-implementation.yaml");
        let observations = &draft.review.observations;
        let good = observations
            .iter()
            .find(|o| o.kind.value == ObservationKind::GoodPractice && o.provision.value == "8.1.a")
            .unwrap();
        assert!(
            good.text.value.contains("'BOREALIS'"),
            "{}",
            good.text.value
        );
        // Not implemented in full: no good practice drafted.
        assert!(
            !observations
                .iter()
                .any(|o| o.kind.value == ObservationKind::GoodPractice
                    && o.provision.value == "8.1.b")
        );
        let needs: Vec<(String, String)> = observations
            .iter()
            .filter(|o| o.kind.value == ObservationKind::AssistanceNeed)
            .map(|o| {
                (
                    o.provision.value.clone(),
                    o.assistance.as_ref().unwrap().value.clone(),
                )
            })
            .collect();
        let expected: usize = assessment
            .assistance
            .by_kind
            .iter()
            .map(|k| k.articles.len())
            .sum();
        assert_eq!(needs.len(), expected);
        assert!(
            needs.contains(&("7".into(), "legislative".into())),
            "{needs:?}"
        );
        assert!(
            needs.contains(&("8".into(), "capacity-building".into())),
            "{needs:?}"
        );
        assert!(observations.iter().all(|o| o.draft));
    }

    #[test]
    fn the_header_ties_the_review_to_the_answers() {
        let (_, loaded, _, draft) = drafted("02-partial-implementation.yaml");
        let review = &draft.review;
        assert_eq!(
            review.answers.digest.value,
            saq_model::digest::of(&loaded.file)
        );
        assert_eq!(review.answers.file.value, "02-partial-implementation.yaml");
        assert_eq!(review.state.name, "Borealis");
        assert_eq!(review.status.value, ReviewStatus::Draft);
        let ids: Vec<&str> = review
            .reviewers
            .iter()
            .map(|r| r.id.value.as_str())
            .collect();
        assert_eq!(ids, ["A", "B"]);
        assert!(review.summary.is_none());
        assert_eq!(
            draft.notes.status.get("8.1.b").map(String::as_str),
            Some("partially implemented")
        );
    }

    #[test]
    fn unanswered_and_unknown_answers_become_draft_questions_taken_in_turn() {
        let (bundle, mut loaded) = example("02-partial-implementation.yaml");
        // One required question left unanswered, one answer given as unknown.
        loaded.answers.remove("q_8_1_b");
        loaded.file.answers.retain(|id, _| id.value != "q_8_1_b");
        let unknown =
            saq_model::answer::Answer::Unknown("the customs records are being moved".into());
        loaded.answers.insert("q_7_a".into(), unknown);
        let assessment = crate::assessment::assess(&bundle, &loaded);
        let draft = draft(&bundle, &loaded, &assessment, "a.yaml", reviewers());
        let dialogue = &draft.review.dialogue;
        let asked = dialogue
            .iter()
            .find(|e| e.provision.value == "8.1.b")
            .unwrap();
        assert!(
            asked.question.value.contains("unanswered"),
            "{}",
            asked.question.value
        );
        let unknown = dialogue
            .iter()
            .find(|e| e.provision.value == "7.a")
            .unwrap();
        assert!(
            unknown
                .question
                .value
                .contains("the customs records are being moved"),
            "{}",
            unknown.question.value
        );
        assert!(dialogue.iter().all(|e| e.draft && e.reply.is_none()));
        // Different articles, different reviewers, in turn.
        assert_eq!(unknown.from.value, "A");
        assert_eq!(asked.from.value, "B");
    }

    #[test]
    fn the_written_file_reads_back_as_the_draft_and_without_errors() {
        for name in [
            "01-full-implementation.yaml",
            "02-partial-implementation.yaml",
            "03-early-draft.yaml",
            "04-no-industry-deactivation.yaml",
        ] {
            let (bundle, loaded, _, draft) = drafted(name);
            let text =
                saq_model::review_file::render(&bundle, &draft.review, &draft.notes).unwrap();
            let checked = loaded.bundle(&bundle).load_review(
                &SourceFile::new("review.yaml", text.clone()),
                Some(&loaded.file),
            );
            let errors: Vec<String> = checked
                .diagnostics
                .iter()
                .map(ToString::to_string)
                .collect();
            assert!(
                !checked.has_errors(),
                "{name}: {}\n{text}",
                errors.join("\n")
            );
            assert_eq!(
                serde_json::to_value(checked.value.unwrap()).unwrap(),
                serde_json::to_value(&draft.review).unwrap(),
                "{text}"
            );
        }
    }

    #[test]
    fn hostile_text_reads_back_unchanged() {
        let (bundle, loaded, _, mut draft) = drafted("02-partial-implementation.yaml");
        let hostile = [
            "\u{1b}[2J cleared {{ 7 * 7 }} {% if true %}x{% endif %}",
            "<script>alert(1)</script> **bold** [link](javascript:alert(1))",
            "  leading\n\n  indented\ttab\r\nwindows line\u{85}nel\u{2028}ls",
            "# not a comment\n- not a list\nkey: value",
            "yes",
            "\u{202e}reversed\u{202c} trailing   ",
        ];
        for (i, text) in hostile.iter().enumerate() {
            draft.review.observations[i].text = Located::new((*text).to_owned());
            draft.review.dialogue.push(Exchange {
                provision: Located::new("5.1.a".into()),
                from: Located::new("A".into()),
                question: Located::new((*text).to_owned()),
                asked: None,
                reply: Some(Located::new((*text).to_owned())),
                replied: None,
                draft: true,
            });
        }
        draft.review.state.name = hostile[0].to_owned();
        draft.notes.not_drafted.push(hostile[2].to_owned());
        let text = saq_model::review_file::render(&bundle, &draft.review, &draft.notes).unwrap();
        let checked = bundle.load_review(&SourceFile::new("review.yaml", text.clone()), None);
        assert!(!checked.has_errors(), "{:#?}\n{text}", checked.diagnostics);
        assert_eq!(
            serde_json::to_value(checked.value.unwrap()).unwrap(),
            serde_json::to_value(&draft.review).unwrap(),
            "{text}"
        );
        let _ = loaded;
    }
}
