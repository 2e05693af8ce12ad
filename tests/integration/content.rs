//! The built-in Firearms Protocol questionnaire: coverage, help texts, structure, examples.

use std::collections::{BTreeMap, HashSet};

use saq_model::applicability::Applicability;
use saq_model::instrument::Force;
use saq_model::{Bundle, SourceFile};

use crate::support::root;

fn builtin() -> Bundle {
    let checked = Bundle::builtin();
    assert!(!checked.has_errors(), "{:#?}", checked.diagnostics);
    checked.value.unwrap()
}

/// A provision is assessed when a question names it, or when all its sub-paragraphs are.
fn assessed(id: &str, named: &HashSet<&str>, all: &[&str]) -> bool {
    let prefix = format!("{id}.");
    let children: Vec<&&str> = all
        .iter()
        .filter(|c| c.starts_with(&prefix) && !c[prefix.len()..].contains('.'))
        .collect();
    named.contains(id) || (!children.is_empty() && children.iter().all(|c| assessed(c, named, all)))
}

#[test]
fn every_obligation_of_articles_5_to_15_is_assessed() {
    let bundle = builtin();
    let named: HashSet<&str> = bundle
        .questionnaire
        .questions()
        .flat_map(|(_, q)| q.provisions.iter().map(|p| p.value.as_str()))
        .collect();
    let all: Vec<&str> = bundle
        .instrument
        .provisions()
        .map(|(_, p)| p.id.value.as_str())
        .collect();
    let mut missing = Vec::new();
    let mut obligations = 0;
    for (article, provision) in bundle.instrument.provisions() {
        if (5..=15).contains(&article.number.value) && provision.force.is_obligation() {
            obligations += 1;
            if !assessed(&provision.id, &named, &all) {
                missing.push(provision.id.value.clone());
            }
        }
    }
    assert!(
        obligations > 30,
        "only {obligations} obligations: is the instrument complete?"
    );
    assert!(missing.is_empty(), "no question assesses {missing:?}");
}

#[test]
fn every_question_has_help() {
    let bundle = builtin();
    let without: Vec<&str> = bundle
        .questionnaire
        .questions()
        .filter(|(_, q)| q.help.as_deref().is_none_or(|h| h.trim().len() < 20))
        .map(|(_, q)| q.id.value.as_str())
        .collect();
    assert!(
        without.is_empty(),
        "questions without useful help: {without:?}"
    );
}

#[test]
fn every_compliance_question_is_required_and_names_provisions() {
    let bundle = builtin();
    for (_, question) in bundle.questionnaire.questions() {
        if question.kind.value == saq_model::questionnaire::QuestionKind::Compliance {
            assert!(question.required, "{} is not required", question.id.value);
            assert!(
                !question.provisions.is_empty(),
                "{} names no provision",
                question.id.value
            );
        }
    }
}

#[test]
fn the_profile_comes_first_and_the_priorities_last_and_are_no_obligation() {
    let bundle = builtin();
    let sections = &bundle.questionnaire.sections;
    assert_eq!(sections.first().unwrap().id.value, "profile");
    let last = sections.last().unwrap();
    assert!(
        !last.obligation,
        "the Conference's priorities are not Protocol obligations"
    );
    assert!(
        last.questions
            .iter()
            .all(|q| q.provisions.is_empty() && q.source.is_some())
    );
    let articles: Vec<u32> = sections
        .iter()
        .filter_map(|s| s.article.as_ref().map(|a| a.value))
        .collect();
    assert_eq!(articles, (5..=15).collect::<Vec<_>>());
}

#[test]
fn forces_follow_the_brief() {
    let bundle = builtin();
    let force = |id: &str| {
        bundle
            .instrument
            .provision(id)
            .unwrap_or_else(|| panic!("{id}"))
            .force
            .value
    };
    assert_eq!(force("5.1.a"), Force::Mandatory);
    assert_eq!(force("5.2.a"), Force::MandatoryQualified);
    assert_eq!(force("6.1"), Force::MandatoryQualified);
    assert_eq!(force("9.a"), Force::Conditional);
    assert_eq!(force("10.6"), Force::Optional);
    assert_eq!(force("15.1"), Force::Consider);
    assert_eq!(force("15.1.a"), Force::Optional);
    assert_eq!(force("15.2"), Force::Optional);
    assert_eq!(force("12.4"), Force::Mandatory);
    assert_eq!(force("3.a"), Force::Interpretive);
    assert_eq!(bundle.instrument.articles.len(), 21);
    assert!(
        bundle
            .instrument
            .provision("15.2")
            .unwrap()
            .condition
            .is_some(),
        "15(2) concerns only States with a brokering authorization system"
    );
}

/// A qualifier is recorded at the element it governs, with the treaty's words.
#[test]
fn qualifiers_sit_at_the_elements_they_govern() {
    let bundle = builtin();
    let qualifier = |provision: &str, element: &str| {
        let p = bundle.instrument.provision(provision).unwrap();
        let e = p
            .element(element)
            .unwrap_or_else(|| panic!("{provision} has element {element}"));
        assert_eq!(
            e.force.value,
            Force::MandatoryQualified,
            "{provision} {element}"
        );
        e.qualifier.clone().unwrap()
    };
    assert_eq!(
        qualifier("7", "parts-ammunition"),
        "where appropriate and feasible"
    );
    assert_eq!(qualifier("7.b", "transit-countries"), "where appropriate");
    assert_eq!(qualifier("8.1.b", "year-of-import"), "where possible");
    assert_eq!(qualifier("11.b", "border-controls"), "where appropriate");
    assert_eq!(
        qualifier("12.4", "prompt-responses"),
        "within available means"
    );
}

#[test]
fn article_9_does_not_apply_where_deactivated_firearms_are_firearms() {
    let bundle = builtin();
    let path =
        root().join("questionnaires/firearms-protocol/examples/04-no-industry-deactivation.yaml");
    let source = SourceFile::read(&path).unwrap();
    let loaded = bundle.load_answers(&source);
    assert!(!loaded.has_errors(), "{:#?}", loaded.diagnostics);
    let answers = loaded.value.unwrap().answers;
    let applicability = Applicability::evaluate(&bundle.questionnaire, &answers);
    let article_9 = bundle
        .questionnaire
        .sections
        .iter()
        .find(|s| s.article.as_ref().is_some_and(|a| a.value == 9))
        .unwrap();
    for question in &article_9.questions {
        assert!(
            !applicability.of(&question.id).is_yes(),
            "{} should not apply",
            question.id.value
        );
    }
    // With the opposite profile answer, article 9 applies again.
    let mut flipped: BTreeMap<String, _> = answers.clone();
    flipped.insert(
        "profile_deactivated_is_firearm".into(),
        saq_model::answer::Answer::Choice("no".into()),
    );
    let applicability = Applicability::evaluate(&bundle.questionnaire, &flipped);
    assert!(applicability.of(&article_9.questions[0].id).is_yes());
}

#[test]
fn the_readme_states_the_questionnaire_s_size() {
    let bundle = builtin();
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let expected = format!(
        "{} articles, {} provisions and {} questions",
        bundle.instrument.articles.len(),
        bundle.instrument.provisions().count(),
        bundle.questionnaire.questions().count()
    );
    assert!(
        readme.contains(&expected),
        "the README should say \"{expected}\""
    );
}
