//! A questionnaire restricted to one review cluster.
//!
//! The review mechanism asks a State, in each phase, only the questions of the cluster under
//! review. [`Bundle::scoped`] makes the bundle of that cluster: the instrument keeps only the
//! cluster's provisions and the definitions and scope provisions, which bear on every cluster
//! (and the articles holding them), the questionnaire only the questions
//! about them, the questions of sections about those articles, the questions about no provision
//! and no article (the State's profile), and whatever question those read in their conditions
//! and rules. Every command then works on the scoped bundle as on any other: the rest is neither
//! asked, nor counted, nor reported as not assessed.

use std::collections::BTreeSet;

use crate::instrument::{Article, Force, Instrument};
use crate::load::Bundle;
use crate::questionnaire::{Question, Questionnaire, Section};

/// What a scoped bundle is restricted to, and what it left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scope {
    /// The cluster id.
    pub cluster: String,
    /// The ids of the questions left out: an answer to one is outside the cluster, not unknown.
    pub outside: BTreeSet<String>,
}

impl Bundle {
    /// This bundle restricted to the review cluster `cluster`, or `None` when no instrument of
    /// it has such a cluster. Each instrument has its own clusters: the id selects that cluster
    /// in every instrument that has it, and nothing of the others.
    pub fn scoped(&self, cluster: &str) -> Option<Bundle> {
        if !self
            .instruments()
            .any(|i| i.clusters.iter().any(|c| c.id.value == cluster))
        {
            return None;
        }
        let instrument = instrument_in(&self.instrument, cluster);
        let others: Vec<Instrument> = self
            .others
            .iter()
            .map(|other| instrument_in(other, cluster))
            .collect();
        let kept_provisions: BTreeSet<&str> = std::iter::once(&instrument)
            .chain(&others)
            .flat_map(|i| i.provisions().map(|(_, p)| p.id.value.as_str()))
            .collect();
        let kept_articles: BTreeSet<u32> =
            instrument.articles.iter().map(|a| a.number.value).collect();

        // The questions in scope of themselves, then those their expressions read.
        let questionnaire = &self.questionnaire;
        let mut kept: BTreeSet<&str> = questionnaire
            .questions()
            .filter(|(section, question)| {
                in_scope(section, question, &kept_provisions, &kept_articles)
            })
            .map(|(_, q)| q.id.value.as_str())
            .collect();
        let all: BTreeSet<&str> = questionnaire
            .questions()
            .map(|(_, q)| q.id.value.as_str())
            .collect();
        loop {
            let read: BTreeSet<&str> = questionnaire
                .questions()
                .filter(|(_, q)| kept.contains(q.id.value.as_str()))
                .flat_map(|(section, question)| reads(section, question))
                .filter_map(|name| all.get(name.as_str()).copied())
                .filter(|name| !kept.contains(name))
                .collect();
            if read.is_empty() {
                break;
            }
            kept.extend(read);
        }

        let outside: BTreeSet<String> = all
            .iter()
            .filter(|id| !kept.contains(*id))
            .map(|id| (*id).to_owned())
            .collect();
        let sections: Vec<Section> = questionnaire
            .sections
            .iter()
            .filter_map(|section| {
                let questions: Vec<Question> = section
                    .questions
                    .iter()
                    .filter(|q| kept.contains(q.id.value.as_str()))
                    .map(|q| question_in(q, &kept_provisions))
                    .collect();
                (!questions.is_empty()).then(|| Section {
                    // A section kept only for a question another one reads loses an article
                    // that is out of the cluster.
                    article: section
                        .article
                        .clone()
                        .filter(|a| kept_articles.contains(&a.value)),
                    questions,
                    ..section.clone()
                })
            })
            .collect();
        Some(Bundle {
            instrument,
            others,
            questionnaire: Questionnaire {
                sections,
                ..questionnaire.clone()
            },
            scope: Some(Scope {
                cluster: cluster.to_owned(),
                outside,
            }),
            dir: self.dir.clone(),
            translations: self.translations.clone(),
        })
    }
}

/// The instrument with only the provisions of `cluster`, and the articles that hold one.
fn instrument_in(instrument: &Instrument, cluster: &str) -> Instrument {
    let articles = instrument
        .articles
        .iter()
        .filter_map(|article| {
            let provisions: Vec<_> = article
                .provisions
                .iter()
                // Definitions and scope bear on every cluster: the questions about them are
                // asked in each, and they carry no status to report as not assessed.
                .filter(|p| {
                    p.force.value == Force::Interpretive
                        || p.cluster
                            .as_ref()
                            .or(article.cluster.as_ref())
                            .is_some_and(|c| c.value == cluster)
                })
                .cloned()
                .collect();
            (!provisions.is_empty()).then(|| Article {
                provisions,
                ..article.clone()
            })
        })
        .collect();
    Instrument {
        articles,
        ..instrument.clone()
    }
}

/// A question is in scope when it assesses a provision of the cluster; a question that assesses
/// none is, when its section is about an article of the cluster or about no article at all.
fn in_scope(
    section: &Section,
    question: &Question,
    provisions: &BTreeSet<&str>,
    articles: &BTreeSet<u32>,
) -> bool {
    if !question.provisions.is_empty() {
        return question
            .provisions
            .iter()
            .any(|p| provisions.contains(p.value.as_str()));
    }
    section
        .article
        .as_ref()
        .is_none_or(|a| articles.contains(&a.value))
}

/// The names the section's condition and the question's expressions read.
fn reads(section: &Section, question: &Question) -> BTreeSet<String> {
    section
        .when
        .iter()
        .chain(question.when.iter())
        .chain(question.constraints.iter().map(|c| &c.check))
        .chain(question.verdict_rules.iter().map(|r| &r.when))
        .chain(question.findings.iter().map(|f| &f.when))
        .filter_map(|expression| crate::condition::names(&expression.value).ok())
        .flatten()
        .collect()
}

/// The question with only the provisions of the cluster in what it assesses and implies.
fn question_in(question: &Question, provisions: &BTreeSet<&str>) -> Question {
    let keep = |id: &str| provisions.contains(id);
    let mut question = question.clone();
    question.provisions.retain(|p| keep(&p.value));
    question
        .verdict_rules
        .retain(|r| r.provision.as_ref().is_none_or(|p| keep(&p.value)));
    for finding in &mut question.findings {
        finding.provisions.retain(|p| keep(&p.value));
    }
    question.findings.retain(|f| !f.provisions.is_empty());
    question
}

#[cfg(test)]
mod tests {
    use super::*;

    fn builtin() -> Bundle {
        Bundle::builtin().value.unwrap()
    }

    #[test]
    fn an_unknown_cluster_has_no_scope() {
        assert!(builtin().scoped("IX").is_none());
    }

    #[test]
    fn a_cluster_keeps_its_provisions_the_profile_and_what_conditions_read() {
        let bundle = builtin();
        for cluster in &bundle.instrument.clusters {
            let id = cluster.id.value.as_str();
            let scoped = bundle.scoped(id).unwrap();
            assert!(scoped.instrument.provisions().all(|(a, p)| {
                p.force.value == Force::Interpretive
                    || p.cluster.as_ref().or(a.cluster.as_ref()).unwrap().value == id
            }));
            // Every expression still reads only questions the scoped questionnaire has.
            let ids: BTreeSet<&str> = scoped
                .questionnaire
                .questions()
                .map(|(_, q)| q.id.value.as_str())
                .collect();
            let all: BTreeSet<&str> = bundle
                .questionnaire
                .questions()
                .map(|(_, q)| q.id.value.as_str())
                .collect();
            for (section, question) in scoped.questionnaire.questions() {
                for name in reads(section, question) {
                    assert!(
                        !all.contains(name.as_str()) || ids.contains(name.as_str()),
                        "{id}: {} reads {name}",
                        question.id.value
                    );
                }
                assert!(
                    question
                        .provisions
                        .iter()
                        .all(|p| scoped.instrument.provision(&p.value).is_some())
                );
            }
            let scope = scoped.scope.as_ref().unwrap();
            assert_eq!(scope.outside.len() + ids.len(), all.len());
            // The profile is asked in every cluster.
            assert!(ids.iter().any(|q| q.starts_with("profile_")), "{id}");
        }
    }

    fn load(text: &str) -> crate::load::Checked<crate::load::LoadedAnswers> {
        builtin().load_answers(&crate::SourceFile::new("a.yaml", text))
    }

    const HEADER: &str =
        "format_version: 1\nquestionnaire: firearms-protocol-saq\nversion: 2.0.0\n";

    #[test]
    fn a_set_that_names_a_cluster_is_read_against_it() {
        let text = format!(
            "{HEADER}cluster: I\nstate: {{name: Atlantis}}\nstatus: draft\nanswers:\n  q_5_1_a: \"yes\"\n  q_8_1_a: \"yes\"\n"
        );
        let checked = load(&text);
        assert!(!checked.has_errors(), "{:?}", checked.diagnostics);
        let outside: Vec<_> = checked
            .diagnostics
            .iter()
            .map(|d| (d.code, d.line))
            .collect();
        assert_eq!(outside, [("outside-cluster", 9)]);
        let loaded = checked.value.unwrap();
        let scoped = loaded.scoped.as_ref().unwrap();
        assert_eq!(scoped.scope.as_ref().unwrap().cluster, "I");
        assert!(loaded.answers.contains_key("q_5_1_a"));
        assert!(!loaded.answers.contains_key("q_8_1_a"), "not used");
        assert!(scoped.instrument.provision("8.1.a").is_none());
    }

    #[test]
    fn an_unknown_cluster_is_a_located_error_naming_the_clusters() {
        let text = format!("{HEADER}cluster: IX\nstate: {{name: Atlantis}}\nstatus: draft\n");
        let checked = load(&text);
        let error = checked.diagnostics.iter().find(|d| d.is_error()).unwrap();
        assert_eq!(
            (error.code, error.line, error.column),
            ("unknown-cluster", 4, 10)
        );
        assert!(
            error
                .help
                .as_ref()
                .unwrap()
                .contains("`I` (Criminalization")
        );
    }

    #[test]
    fn the_scoped_bundle_still_passes_its_checks() {
        let bundle = builtin();
        for cluster in &bundle.instrument.clusters {
            let scoped = bundle.scoped(&cluster.id.value).unwrap();
            let source = crate::SourceFile::new("q", "");
            let mut report = crate::check::Report::new(&source);
            crate::check::questionnaire::check(
                &scoped.questionnaire,
                &scoped.instrument,
                &scoped.others,
                &mut report,
            );
            let errors: Vec<_> = report
                .diagnostics
                .iter()
                .filter(|d| d.is_error())
                .map(|d| d.message.clone())
                .collect();
            assert!(errors.is_empty(), "{}: {errors:?}", cluster.id.value);
        }
    }
}
