//! Many States at once: the provision × State matrix, counts per provision and article, where
//! gaps cluster, and technical assistance demand — for the secretariat's general review.
//!
//! States are listed in alphabetical order of their names and never ranked: no figure here is a
//! property of one State compared with another. Orderings by count (where gaps cluster) order
//! *provisions*.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Serialize;

use crate::answer_set::Status;
use crate::assessment::{Assessment, QuestionnaireSummary, VerdictCounts};
use crate::instrument::Force;
use crate::load::Bundle;
use crate::verdict::Verdict;

/// The comparative view over several assessments of one questionnaire.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Comparison {
    /// Version of this output format.
    pub format_version: u32,
    /// The questionnaire the States answered.
    pub questionnaire: QuestionnaireSummary,
    /// The States, in alphabetical order of their names.
    pub states: Vec<StateEntry>,
    /// One row per provision assessed, in treaty order; `verdicts` follows `states`.
    pub provisions: Vec<ProvisionRow>,
    /// Verdict counts per article, summed over States and provisions.
    pub articles: Vec<ArticleRow>,
    /// Provisions that at least one State reports not or partly implemented (or, for a "shall
    /// consider" provision, not considered), most States first.
    pub gap_clusters: Vec<GapCluster>,
    /// Technical assistance demand by kind: how many States request it, in total and per article.
    pub assistance_by_kind: Vec<KindDemand>,
    /// Technical assistance demand by article: how many States request any, and of which kind.
    pub assistance_by_article: Vec<ArticleDemand>,
}

/// One State in the comparison.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct StateEntry {
    /// Name.
    pub name: String,
    /// Code, if given.
    pub code: Option<String>,
    /// `draft` or `submitted`.
    pub status: Status,
    /// Completeness of its answers, in percent.
    pub completeness: u32,
    /// The name of its report file, without extension.
    pub report: String,
}

/// A provision's row of the matrix.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ProvisionRow {
    /// Provision id.
    pub id: String,
    /// Article number.
    pub article: u32,
    /// Level of obligation.
    pub force: Force,
    /// How many States report each verdict.
    pub counts: VerdictCounts,
    /// Each State's verdict, in the order of `states`.
    pub verdicts: Vec<Verdict>,
}

/// Verdict counts of one article over all States.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ArticleRow {
    /// Article number.
    pub article: u32,
    /// Article title.
    pub title: String,
    /// Counts over States × the article's provisions.
    pub counts: VerdictCounts,
}

/// A provision where gaps are reported.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct GapCluster {
    /// Provision id.
    pub provision: String,
    /// Article number.
    pub article: u32,
    /// Level of obligation.
    pub force: Force,
    /// States reporting it not implemented.
    pub not_implemented: usize,
    /// States reporting it partially implemented.
    pub partially_implemented: usize,
    /// States reporting they did not consider it (a "shall consider" provision).
    pub not_considered: usize,
    /// The three together. An optional measure not adopted is no gap and is not counted.
    pub states_with_gap: usize,
}

/// Demand for one kind of assistance.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct KindDemand {
    /// Choice value, such as `legislative`.
    pub kind: String,
    /// Its label.
    pub label: String,
    /// States requesting it for at least one article.
    pub states: usize,
    /// Per article: how many States request it there.
    pub by_article: Vec<ArticleCount>,
}

/// A count for one article.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ArticleCount {
    /// Article number.
    pub article: u32,
    /// The count.
    pub states: usize,
}

/// Demand for assistance under one article.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ArticleDemand {
    /// Article number.
    pub article: u32,
    /// Article title.
    pub title: String,
    /// States saying assistance is needed for this article.
    pub states: usize,
    /// Per kind (label): how many of them request it.
    pub kinds: Vec<KindCount>,
}

/// A count for one kind of assistance.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct KindCount {
    /// The kind's label.
    pub label: String,
    /// The count.
    pub states: usize,
}

/// The order States are listed in everywhere: alphabetical by name, case-insensitive, ties broken
/// by code then report name — stable, and never by any measure of implementation.
pub fn alphabetical_key(report: &str, assessment: &Assessment) -> (String, Option<String>, String) {
    (
        assessment.state.name.to_lowercase(),
        assessment.state.code.clone(),
        report.to_owned(),
    )
}

/// Compares assessments made with `bundle`; each comes with the name of its report file.
pub fn compare(bundle: &Bundle, assessments: &[(String, Assessment)]) -> Comparison {
    let mut sorted: Vec<&(String, Assessment)> = assessments.iter().collect();
    sorted.sort_by_cached_key(|(report, a)| alphabetical_key(report, a));

    let states = sorted
        .iter()
        .map(|(report, a)| StateEntry {
            name: a.state.name.clone(),
            code: a.state.code.clone(),
            status: a.status,
            completeness: a.completeness.percent,
            report: report.clone(),
        })
        .collect();

    // Provisions in treaty order, as the union of those assessed (all States share one
    // questionnaire, so normally every State has the same rows).
    let mut provisions: Vec<ProvisionRow> = Vec::new();
    for (_, provision) in bundle.instrument.provisions() {
        let verdicts: Vec<Option<Verdict>> = sorted
            .iter()
            .map(|(_, a)| {
                a.provisions
                    .iter()
                    .find(|p| p.id == provision.id.value)
                    .map(|p| p.verdict)
            })
            .collect();
        if verdicts.iter().all(Option::is_none) {
            continue;
        }
        let verdicts: Vec<Verdict> = verdicts
            .into_iter()
            .map(|v| v.unwrap_or(Verdict::NotAssessed))
            .collect();
        let mut counts = VerdictCounts::default();
        for verdict in &verdicts {
            counts.add(*verdict);
        }
        let article = sorted
            .iter()
            .find_map(|(_, a)| {
                a.provisions
                    .iter()
                    .find(|p| p.id == provision.id.value)
                    .map(|p| p.article)
            })
            .unwrap_or_default();
        provisions.push(ProvisionRow {
            id: provision.id.value.clone(),
            article,
            force: provision.force.value,
            counts,
            verdicts,
        });
    }

    let articles = bundle
        .instrument
        .articles
        .iter()
        .filter_map(|article| {
            let mut counts = VerdictCounts::default();
            for row in provisions
                .iter()
                .filter(|r| r.article == article.number.value)
            {
                for verdict in &row.verdicts {
                    counts.add(*verdict);
                }
            }
            (counts.total() > 0).then(|| ArticleRow {
                article: article.number.value,
                title: article.title.clone(),
                counts,
            })
        })
        .collect();

    let mut gap_clusters: Vec<GapCluster> = provisions
        .iter()
        .map(|row| GapCluster {
            provision: row.id.clone(),
            article: row.article,
            force: row.force,
            not_implemented: row.counts.not_implemented,
            partially_implemented: row.counts.partially_implemented,
            not_considered: row.counts.not_considered,
            states_with_gap: row.counts.not_implemented
                + row.counts.partially_implemented
                + row.counts.not_considered,
        })
        .filter(|g| g.states_with_gap > 0)
        .collect();
    // Stable: equal counts keep treaty order.
    gap_clusters.sort_by_key(|g| std::cmp::Reverse(g.states_with_gap));

    let (assistance_by_kind, assistance_by_article) = assistance(bundle, &sorted);
    Comparison {
        format_version: crate::REPORT_FORMAT_VERSION,
        questionnaire: sorted
            .first()
            .map(|(_, a)| a.questionnaire.clone())
            .unwrap_or_else(|| QuestionnaireSummary::of(bundle)),
        states,
        provisions,
        articles,
        gap_clusters,
        assistance_by_kind,
        assistance_by_article,
    }
}

fn assistance(
    bundle: &Bundle,
    sorted: &[&(String, Assessment)],
) -> (Vec<KindDemand>, Vec<ArticleDemand>) {
    // kind value → (label, states requesting anywhere, per article count)
    let mut kinds: Vec<(String, String, usize, BTreeMap<u32, usize>)> = Vec::new();
    // article → (states needing, label → count)
    let mut articles: BTreeMap<u32, (usize, Vec<(String, usize)>)> = BTreeMap::new();
    for (_, assessment) in sorted {
        for kind in &assessment.assistance.by_kind {
            let entry = match kinds.iter_mut().position(|k| k.0 == kind.kind) {
                Some(i) => &mut kinds[i],
                None => {
                    kinds.push((kind.kind.clone(), kind.label.clone(), 0, BTreeMap::new()));
                    kinds.last_mut().expect("just pushed")
                }
            };
            entry.2 += 1;
            for article in &kind.articles {
                *entry.3.entry(*article).or_default() += 1;
            }
        }
        for article in assessment
            .assistance
            .by_article
            .iter()
            .filter(|a| a.needed == Some(true))
        {
            let entry = articles.entry(article.article).or_default();
            entry.0 += 1;
            for label in &article.kinds {
                match entry.1.iter_mut().find(|(l, _)| l == label) {
                    Some((_, count)) => *count += 1,
                    None => entry.1.push((label.clone(), 1)),
                }
            }
        }
    }
    // Kinds in the questionnaire's order, as in every country report.
    let order: Vec<&str> = bundle
        .questionnaire
        .questions()
        .filter(|(_, q)| q.role == Some(crate::questionnaire::Role::AssistanceKinds))
        .flat_map(|(_, q)| {
            bundle
                .questionnaire
                .choices_of(q)
                .iter()
                .map(|c| c.value.value.as_str())
        })
        .collect();
    kinds.sort_by_key(|k| order.iter().position(|o| *o == k.0).unwrap_or(usize::MAX));
    let label_rank = |label: &str| {
        kinds
            .iter()
            .position(|k| k.1 == label)
            .unwrap_or(usize::MAX)
    };
    let by_article = articles
        .into_iter()
        .map(|(article, (states, mut counts))| {
            counts.sort_by_key(|(label, _)| label_rank(label));
            ArticleDemand {
                article,
                title: bundle
                    .instrument
                    .article(article)
                    .map(|a| a.title.clone())
                    .unwrap_or_default(),
                states,
                kinds: counts
                    .into_iter()
                    .map(|(label, states)| KindCount { label, states })
                    .collect(),
            }
        })
        .collect();
    let by_kind = kinds
        .into_iter()
        .map(|(kind, label, states, per_article)| KindDemand {
            kind,
            label,
            states,
            by_article: per_article
                .into_iter()
                .map(|(article, states)| ArticleCount { article, states })
                .collect(),
        })
        .collect();
    (by_kind, by_article)
}
