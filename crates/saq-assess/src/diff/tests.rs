//! The diff of hand-made assessments: each kind of change on its own.

use super::*;
use crate::assessment::{
    Assistance, Completeness, Measure, ProvisionAssessment, QuestionnaireSummary, Summary,
};
use saq_model::answer_set::Status;
use saq_model::instrument::Force;
use saq_model::verdict::Verdict::{self, *};

fn provision(id: &str, verdict: Verdict, measures: &[&str]) -> ProvisionAssessment {
    ProvisionAssessment {
        id: id.to_owned(),
        instrument: "protocol".to_owned(),
        instrument_title: "Protocol".to_owned(),
        article: id.split('.').next().unwrap().parse().unwrap(),
        article_title: "Title".to_owned(),
        text: String::new(),
        force: Force::Mandatory,
        qualifier: None,
        condition: None,
        elements: Vec::new(),
        aggregation: saq_model::instrument::Aggregation::Cumulative,
        cluster: None,
        themes: Vec::new(),
        verdict,
        reason: None,
        answers: Vec::new(),
        scope_findings: Vec::new(),
        measures: measures
            .iter()
            .map(|title| Measure {
                title: (*title).to_owned(),
                article: None,
                url: None,
            })
            .collect(),
        examples: Vec::new(),
        authority: Vec::new(),
        steps: Vec::new(),
        flags: Vec::new(),
        recommendation: None,
    }
}

fn assessment(provisions: Vec<ProvisionAssessment>) -> Assessment {
    Assessment {
        format_version: crate::REPORT_FORMAT_VERSION,
        state: StateSummary {
            name: "Borealis".to_owned(),
            code: Some("XBO".to_owned()),
        },
        questionnaire: QuestionnaireSummary {
            id: "saq".to_owned(),
            version: "1.0.0".to_owned(),
            title: "Questionnaire".to_owned(),
            instrument: "Protocol".to_owned(),
            instruments: Vec::new(),
            language: "en".to_owned(),
            cluster: None,
            cluster_mapping: None,
        },
        status: Status::Submitted,
        answers_language: None,
        created: Some("2025-01-01".to_owned()),
        updated: None,
        submitted: None,
        review: None,
        source: None,
        disclosure: saq_model::answer_set::Disclosure::Restricted,
        completeness: Completeness::default(),
        summary: Summary::default(),
        provisions,
        gaps: Vec::new(),
        optional_not_adopted: Vec::new(),
        scope_findings: Vec::new(),
        assistance: Assistance::default(),
        unanswered: Vec::new(),
        measures: Vec::new(),
        answers_not_applying: Vec::new(),
        sections: Vec::new(),
    }
}

fn base() -> Assessment {
    assessment(vec![
        provision("5.1", Implemented, &["Penal Code"]),
        provision("7", PartiallyImplemented, &["Weapons Act"]),
        provision("8.1", NotImplemented, &[]),
        provision("9", NotApplicable, &[]),
        provision("10", NotAssessed, &[]),
    ])
}

#[test]
fn identical_sets_have_no_changes() {
    let diff = diff(&base(), &base()).unwrap();
    assert!(diff.verdicts.is_empty());
    assert!(diff.measures.is_empty());
    assert!(diff.warnings.is_empty());
    assert_eq!(diff.assistance, AssistanceChanges::default());
    assert_eq!(
        diff.summary,
        DirectionCounts {
            unchanged: 5,
            ..DirectionCounts::default()
        }
    );
}

#[test]
fn verdict_changes_carry_their_direction_in_treaty_order() {
    let new = assessment(vec![
        provision("5.1", PartiallyImplemented, &["Penal Code"]),
        provision("7", Implemented, &["Weapons Act"]),
        provision("8.1", PartiallyImplemented, &[]),
        provision("9", NotImplemented, &[]),
        provision("10", NotAssessed, &[]),
    ]);
    let diff = diff(&base(), &new).unwrap();
    let moves: Vec<_> = diff
        .verdicts
        .iter()
        .map(|c| (c.provision.as_str(), c.old, c.new, c.direction))
        .collect();
    assert_eq!(
        moves,
        [
            (
                "5.1",
                Implemented,
                PartiallyImplemented,
                Direction::Regressed
            ),
            ("7", PartiallyImplemented, Implemented, Direction::Improved),
            (
                "8.1",
                NotImplemented,
                PartiallyImplemented,
                Direction::Improved
            ),
            ("9", NotApplicable, NotImplemented, Direction::Changed),
        ]
    );
    assert_eq!(
        diff.summary,
        DirectionCounts {
            improved: 2,
            regressed: 1,
            changed: 1,
            unchanged: 1,
        }
    );
}

#[test]
fn a_provision_only_one_side_assesses_is_not_assessed_on_the_other() {
    let mut new = base();
    new.provisions.remove(0);
    new.provisions
        .push(provision("15.1", Implemented, &["Brokering Act"]));
    let diff = diff(&base(), &new).unwrap();
    let moves: Vec<_> = diff
        .verdicts
        .iter()
        .map(|c| (c.provision.as_str(), c.old, c.new))
        .collect();
    assert_eq!(
        moves,
        [
            ("15.1", NotAssessed, Implemented),
            ("5.1", Implemented, NotAssessed),
        ]
    );
    let measures: Vec<_> = diff
        .measures
        .iter()
        .map(|m| (m.provision.as_str(), m.cited.len(), m.no_longer_cited.len()))
        .collect();
    assert_eq!(measures, [("15.1", 1, 0), ("5.1", 0, 1)]);
}

#[test]
fn measures_cited_and_dropped_are_listed_per_provision() {
    let mut new = base();
    new.provisions[1] = provision("7", PartiallyImplemented, &["Weapons Act 2026"]);
    new.provisions[2] = provision("8.1", NotImplemented, &["Marking Order"]);
    let diff = diff(&base(), &new).unwrap();
    assert!(diff.verdicts.is_empty());
    let titles = |list: &[Measure]| list.iter().map(|m| m.title.clone()).collect::<Vec<_>>();
    assert_eq!(diff.measures.len(), 2);
    assert_eq!(diff.measures[0].provision, "7");
    assert_eq!(titles(&diff.measures[0].cited), ["Weapons Act 2026"]);
    assert_eq!(titles(&diff.measures[0].no_longer_cited), ["Weapons Act"]);
    assert_eq!(diff.measures[1].provision, "8.1");
    assert_eq!(titles(&diff.measures[1].cited), ["Marking Order"]);
    assert!(diff.measures[1].no_longer_cited.is_empty());
}

#[test]
fn both_headers_and_completeness_are_kept() {
    let mut new = base();
    new.status = Status::Draft;
    new.created = Some("2027-01-01".to_owned());
    new.completeness.percent = 80;
    let diff = diff(&base(), &new).unwrap();
    assert_eq!(diff.old.status, Status::Submitted);
    assert_eq!(diff.new.status, Status::Draft);
    assert_eq!(diff.old.created.as_deref(), Some("2025-01-01"));
    assert_eq!(diff.new.created.as_deref(), Some("2027-01-01"));
    assert_eq!(diff.old.completeness.percent, 0);
    assert_eq!(diff.new.completeness.percent, 80);
}

#[test]
fn different_states_are_compared_by_code_else_by_name() {
    let mut renamed = base();
    renamed.state.name = "Republic of Borealis".to_owned();
    assert!(diff(&base(), &renamed).unwrap().warnings.is_empty());

    let mut other = base();
    other.state.code = Some("XAM".to_owned());
    let warnings = diff(&base(), &other).unwrap().warnings;
    assert!(
        matches!(
            &warnings[..],
            [DiffWarning::DifferentStates { old, new }]
                if old.code.as_deref() == Some("XBO") && new.code.as_deref() == Some("XAM")
        ),
        "{warnings:?}"
    );

    let mut no_code = base();
    no_code.state.code = None;
    assert!(diff(&base(), &no_code).unwrap().warnings.is_empty());
    no_code.state.name = "Amberland".to_owned();
    assert_eq!(diff(&base(), &no_code).unwrap().warnings.len(), 1);
}

#[test]
fn different_versions_are_a_warning() {
    let mut new = base();
    new.questionnaire.version = "1.1.0".to_owned();
    let warnings = diff(&base(), &new).unwrap().warnings;
    assert!(
        matches!(
            &warnings[..],
            [DiffWarning::DifferentVersions { old, new }] if old == "1.0.0" && new == "1.1.0"
        ),
        "{warnings:?}"
    );
}

#[test]
fn different_questionnaires_are_refused() {
    let mut new = base();
    new.questionnaire.id = "other-saq".to_owned();
    assert_eq!(
        diff(&base(), &new).unwrap_err(),
        DiffError::DifferentQuestionnaires {
            old: "saq".to_owned(),
            new: "other-saq".to_owned(),
        }
    );
}
