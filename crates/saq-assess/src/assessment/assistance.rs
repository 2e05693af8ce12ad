//! Technical assistance needs, rolled up by kind and by article.

use std::collections::BTreeMap;

use super::model::{ArticleAssistance, Assistance, AssistanceKind};
use saq_model::answer::Answer;
use saq_model::applicability::Applicability;
use saq_model::load::Bundle;
use saq_model::questionnaire::{Question, Role, Section};

/// Reads the answers of questions with an assistance role. A question's article is its section's
/// `article`, or else the article of the first provision it names.
pub(super) fn assistance(
    bundle: &Bundle,
    answers: &BTreeMap<String, Answer>,
    applicability: &Applicability,
) -> Assistance {
    let questionnaire = &bundle.questionnaire;
    let mut by_article: BTreeMap<u32, ArticleAssistance> = BTreeMap::new();
    let mut by_kind: Vec<AssistanceKind> = Vec::new();
    for (section, question) in questionnaire.questions() {
        let Some(role) = question.role else { continue };
        if !matches!(
            role,
            Role::AssistanceNeeded
                | Role::AssistanceKinds
                | Role::AssistanceDetails
                | Role::AssistanceReceived
        ) {
            continue;
        }
        let Some(article) = article_of(bundle, section, question) else {
            continue;
        };
        if !applicability.of(&question.id).is_yes() {
            continue;
        }
        let Some(answer) = answers.get(question.id.value.as_str()) else {
            continue;
        };
        if answer.is_special() {
            continue;
        }
        let entry = by_article
            .entry(article)
            .or_insert_with(|| ArticleAssistance {
                article,
                title: bundle
                    .instrument
                    .article(article)
                    .map(|a| a.title.clone())
                    .unwrap_or_default(),
                needed: None,
                kinds: Vec::new(),
                details: Vec::new(),
                received: Vec::new(),
            });
        match (role, answer) {
            (Role::AssistanceNeeded, Answer::Choice(value)) => {
                entry.needed = Some(questionnaire.vocabulary.means_assistance_needed(value));
            }
            (Role::AssistanceKinds, Answer::Choices(values)) => {
                let choices = questionnaire.choices_of(question);
                for value in values {
                    let label = choices
                        .iter()
                        .find(|c| c.value.value == *value)
                        .map_or(value.as_str(), |c| c.label.as_str());
                    entry.kinds.push(label.to_owned());
                    match by_kind.iter_mut().find(|k| k.kind == *value) {
                        Some(kind) if !kind.articles.contains(&article) => {
                            kind.articles.push(article)
                        }
                        Some(_) => {}
                        None => by_kind.push(AssistanceKind {
                            kind: value.clone(),
                            label: label.to_owned(),
                            articles: vec![article],
                        }),
                    }
                }
            }
            (Role::AssistanceDetails, Answer::Text(text)) => entry.details.push(text.clone()),
            (Role::AssistanceReceived, Answer::Text(text)) => entry.received.push(text.clone()),
            _ => {}
        }
    }
    // Kinds in the order the questionnaire lists them, so every State's report reads alike.
    let order: Vec<&str> = questionnaire
        .questions()
        .filter(|(_, q)| q.role == Some(Role::AssistanceKinds))
        .flat_map(|(_, q)| {
            questionnaire
                .choices_of(q)
                .iter()
                .map(|c| c.value.value.as_str())
        })
        .collect();
    by_kind.sort_by_key(|k| {
        order
            .iter()
            .position(|o| *o == k.kind)
            .unwrap_or(usize::MAX)
    });
    for kind in &mut by_kind {
        kind.articles.sort_unstable();
    }
    Assistance {
        by_kind,
        by_article: by_article.into_values().collect(),
    }
}

fn article_of(bundle: &Bundle, section: &Section, question: &Question) -> Option<u32> {
    section.article.as_ref().map(|a| a.value).or_else(|| {
        let first = question.provisions.first()?;
        bundle
            .instrument
            .provisions()
            .find(|(_, p)| p.id.value == first.value)
            .map(|(a, _)| a.number.value)
    })
}
