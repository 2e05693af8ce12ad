//! Many States at once, for the secretariat's general review: counts per provision and article,
//! where gaps cluster and technical assistance demand ([`Comparison`], which names no State),
//! and — only when asked for — the provision × State matrix of the States whose disclosure
//! allows it ([`NamedComparison`], restricted to the review's participants and the secretariat).
//!
//! The rules, documented in the README:
//!
//! - **Confidentiality.** Country material is confidential unless the State agrees to publish.
//!   The comparative view therefore names no State: not in its counts, not in its charts, not in
//!   its JSON or CSV. The named view lists only answer sets whose `disclosure` is `secretariat` or
//!   `public`; a `restricted` State (the default) is counted in the number left out, never named.
//! - **Drafts** are left out of both views unless [`Options::include_drafts`]: a draft is not
//!   what the State's focal point cleared. When drafts are counted, the views say how many.
//! - **No ranking.** States are listed in alphabetical order ([`alphabetical_key`]) wherever they
//!   are named; orderings by count (where gaps cluster) order *provisions*. No figure here is a
//!   property of one State compared with another.

use std::collections::{BTreeMap, BTreeSet};

use schemars::JsonSchema;
use serde::Serialize;

use crate::assessment::{QuestionnaireSummary, VerdictCounts, Viewed};
use saq_model::answer_set::{Disclosure, Provenance, Review, Status, cycle_order};
use saq_model::instrument::Force;
use saq_model::load::Bundle;
use saq_model::verdict::Verdict;

/// The marking every part of the named view carries where it has no template of its own (its
/// JSON and CSV); the Markdown and HTML say the same in their template's words.
pub const RESTRICTED: &str = "Restricted: for the review's participants and the secretariat";

/// What a comparison counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Count draft answer sets too. By default only submitted ones are counted: a draft is not
    /// what the State's focal point cleared.
    pub include_drafts: bool,
}

impl Options {
    /// True when `assessment` is counted in the comparative views.
    pub fn counts(self, assessment: &Viewed) -> bool {
        self.include_drafts || assessment.status != Status::Draft
    }
}

/// The comparative view over several assessments of one questionnaire: counts only, no State
/// named. This is `comparative.json`.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Comparison {
    /// Version of this output format.
    pub format_version: u32,
    /// The questionnaire the States answered.
    pub questionnaire: QuestionnaireSummary,
    /// What the view covers: how many answer sets it counts and leaves out, and for which review
    /// cycles.
    pub basis: Basis,
    /// One row per provision assessed, in treaty order.
    pub provisions: Vec<ProvisionRow>,
    /// Verdict counts per article, summed over the answer sets counted and the article's
    /// provisions.
    pub articles: Vec<ArticleRow>,
    /// Provisions that at least one State reports not or partly implemented (or, for a "shall
    /// consider" provision, not considered), most States first.
    pub gap_clusters: Vec<GapCluster>,
    /// Technical assistance demand by kind: how many States request it, in total and per article.
    pub assistance_by_kind: Vec<KindDemand>,
    /// Technical assistance demand by article: how many States request any, and of which kind.
    pub assistance_by_article: Vec<ArticleDemand>,
}

/// What a comparative view covers, without naming any State.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Basis {
    /// Answer sets in the batch that could be assessed (a file with errors is not one).
    pub answer_sets: usize,
    /// Of those, the ones counted.
    pub counted: usize,
    /// Draft answer sets among those counted (only when drafts are included).
    pub drafts_counted: usize,
    /// Draft answer sets left out (drafts are left out unless included).
    pub drafts_left_out: usize,
    /// The States the counted answer sets are from (by code, else by name): fewer than `counted`
    /// when one State has two answer sets in the batch (two review cycles, say).
    pub states: usize,
    /// The review cycles of the counted answer sets, in cycle order, with how many answer sets
    /// each; answer sets that give no cycle come last, with `cycle` null.
    pub cycles: Vec<CycleCount>,
    /// Counted answer sets that say where their answers come from (`source`).
    pub with_source: usize,
    /// The disclosure of the counted answer sets.
    pub disclosure: DisclosureCounts,
}

/// How many counted answer sets are for one review cycle, phase and period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct CycleCount {
    /// The review cycle, or null for answer sets that give none.
    pub cycle: Option<String>,
    /// The phase, if given.
    pub phase: Option<String>,
    /// The reporting period, if given.
    pub period: Option<String>,
    /// How many answer sets.
    pub answer_sets: usize,
}

/// Counts of answer sets by disclosure.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct DisclosureCounts {
    /// Never named (the default).
    pub restricted: usize,
    /// May be named in the named view.
    pub secretariat: usize,
    /// Published by the State; may be named in the named view.
    pub public: usize,
}

/// A provision's counts over the answer sets counted.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ProvisionRow {
    /// Provision id.
    pub id: String,
    /// The id of the instrument it belongs to.
    pub instrument: String,
    /// Article number.
    pub article: u32,
    /// Level of obligation.
    pub force: Force,
    /// How many States report each verdict.
    pub counts: VerdictCounts,
    /// How many States assessed it: gave it a status other than not assessed (not applicable
    /// included).
    pub assessed: usize,
}

/// Verdict counts of one article over all States counted.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ArticleRow {
    /// The id of the instrument the article belongs to: articles of two instruments may share
    /// a number, and are counted apart.
    pub instrument: String,
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
    /// The id of the instrument it belongs to.
    pub instrument: String,
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
    /// The States that assessed the provision (a status other than not assessed): the gaps are
    /// reported among them.
    pub assessed: usize,
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

/// The named view: the provision × State matrix of the counted answer sets whose disclosure
/// allows naming them (`secretariat`, `public`), for the review's participants and the
/// secretariat only. This is `comparative-named.json`.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct NamedComparison {
    /// Version of this output format.
    pub format_version: u32,
    /// Who may read this view: always [`RESTRICTED`].
    pub distribution: String,
    /// The questionnaire the States answered.
    pub questionnaire: QuestionnaireSummary,
    /// What the comparative view covers (the same answer sets are counted in both views).
    pub basis: Basis,
    /// Counted answer sets left out of this view because their disclosure is `restricted`.
    pub not_named: usize,
    /// The States named, in alphabetical order of their names.
    pub states: Vec<StateEntry>,
    /// One row per provision assessed, in treaty order; `verdicts` follows `states`.
    pub provisions: Vec<MatrixRow>,
}

/// One State named in the named view.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct StateEntry {
    /// Name.
    pub name: String,
    /// Code, if given.
    pub code: Option<String>,
    /// `draft` or `submitted`. A draft is named only when drafts are included.
    pub status: Status,
    /// Completeness of its answers, in percent.
    pub completeness: u32,
    /// The name of its report file, without extension.
    pub report: String,
    /// The review cycle its answers are for, if given.
    pub review: Option<Review>,
    /// Where its answers come from, if given.
    pub source: Option<Provenance>,
    /// Its disclosure: `secretariat` or `public`.
    pub disclosure: Disclosure,
}

/// A provision's row of the named matrix.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct MatrixRow {
    /// Provision id.
    pub id: String,
    /// The id of the instrument it belongs to.
    pub instrument: String,
    /// Article number.
    pub article: u32,
    /// Level of obligation.
    pub force: Force,
    /// Each named State's verdict, in the order of `states`.
    pub verdicts: Vec<Verdict>,
}

/// One answer set of a batch as the index lists it: the index is the table of contents of the
/// country reports the secretariat made, so it names every State, and says which answer sets
/// the comparative view leaves out and why.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    /// The answer set's State and header, as the named view shows a State.
    #[serde(flatten)]
    pub state: StateEntry,
    /// True when the comparative view counts it; false for a draft left out.
    pub counted: bool,
    /// True when the named view names it: counted, and its disclosure allows.
    pub named: bool,
}

/// The order States are listed in everywhere: alphabetical by name, case-insensitive, ties broken
/// by code then report name — stable, and never by any measure of implementation.
pub fn alphabetical_key(report: &str, assessment: &Viewed) -> (String, Option<String>, String) {
    (
        assessment.state.name.to_lowercase(),
        assessment.state.code.clone(),
        report.to_owned(),
    )
}

/// The answer sets sorted alphabetically.
fn sorted(assessments: &[(String, Viewed)]) -> Vec<&(String, Viewed)> {
    let mut sorted: Vec<&(String, Viewed)> = assessments.iter().collect();
    sorted.sort_by_cached_key(|(report, a)| alphabetical_key(report, a));
    sorted
}

/// Every answer set, alphabetical, with whether the comparative view counts it and whether the
/// named view names it.
pub fn entries(assessments: &[(String, Viewed)], options: Options) -> Vec<Entry> {
    sorted(assessments)
        .into_iter()
        .map(|(report, a)| {
            let counted = options.counts(a);
            Entry {
                state: state_entry(report, a),
                counted,
                named: counted && a.disclosure.may_be_named(),
            }
        })
        .collect()
}

/// What the comparative views over `assessments` cover.
pub fn basis(assessments: &[(String, Viewed)], options: Options) -> Basis {
    let mut basis = Basis {
        answer_sets: assessments.len(),
        ..Basis::default()
    };
    let mut states = BTreeSet::new();
    // (cycle, phase, period) → answer sets.
    let mut cycles: BTreeMap<[Option<String>; 3], usize> = BTreeMap::new();
    for (_, a) in assessments {
        let draft = a.status == Status::Draft;
        if !options.counts(a) {
            basis.drafts_left_out += 1;
            continue;
        }
        basis.counted += 1;
        basis.drafts_counted += usize::from(draft);
        states.insert(match &a.state.code {
            Some(code) => format!("code:{code}"),
            None => format!("name:{}", a.state.name),
        });
        let review = a.review.as_ref();
        *cycles
            .entry([
                review.map(|r| r.cycle.value.clone()),
                review.and_then(|r| r.phase.clone()),
                review.and_then(|r| r.period.clone()),
            ])
            .or_default() += 1;
        basis.with_source += usize::from(a.source.is_some());
        match a.disclosure {
            Disclosure::Restricted => basis.disclosure.restricted += 1,
            Disclosure::Secretariat => basis.disclosure.secretariat += 1,
            Disclosure::Public => basis.disclosure.public += 1,
        }
    }
    basis.states = states.len();
    let mut cycles: Vec<CycleCount> = cycles
        .into_iter()
        .map(|([cycle, phase, period], answer_sets)| CycleCount {
            cycle,
            phase,
            period,
            answer_sets,
        })
        .collect();
    // Cycle order, sets without a cycle last; the map already ordered phases and periods.
    cycles.sort_by(|a, b| match (&a.cycle, &b.cycle) {
        (Some(x), Some(y)) => cycle_order(x, y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    basis.cycles = cycles;
    basis
}

/// Rows of the matrix of `states` (in that order): every provision of the instrument that one
/// of them assesses, in treaty order, with each one's verdict.
fn matrix(bundle: &Bundle, states: &[&Viewed]) -> Vec<MatrixRow> {
    let mut rows = Vec::new();
    for (instrument, _, provision) in bundle.provisions() {
        let found: Vec<Option<(u32, Verdict)>> = states
            .iter()
            .map(|a| {
                a.provisions
                    .iter()
                    .find(|p| *p.id == *provision.id.value)
                    .map(|p| (p.article, p.verdict))
            })
            .collect();
        let Some(article) = found.iter().flatten().map(|(article, _)| *article).next() else {
            continue;
        };
        rows.push(MatrixRow {
            id: provision.id.value.clone(),
            instrument: instrument.id.value.clone(),
            article,
            force: provision.force.value,
            verdicts: found
                .into_iter()
                .map(|v| v.map_or(Verdict::NotAssessed, |(_, verdict)| verdict))
                .collect(),
        });
    }
    rows
}

/// The comparative view of the answer sets `options` counts among `assessments` (each with the
/// name of its report file), made with `bundle`. It names no State.
pub fn compare(bundle: &Bundle, assessments: &[(String, Viewed)], options: Options) -> Comparison {
    let counted: Vec<&Viewed> = sorted(assessments)
        .into_iter()
        .map(|(_, a)| a)
        .filter(|a| options.counts(a))
        .collect();

    let provisions: Vec<ProvisionRow> = matrix(bundle, &counted)
        .into_iter()
        .map(|row| {
            let mut counts = VerdictCounts::default();
            for verdict in &row.verdicts {
                counts.add(*verdict);
            }
            ProvisionRow {
                id: row.id,
                instrument: row.instrument,
                article: row.article,
                force: row.force,
                assessed: counts.total() - counts.not_assessed,
                counts,
            }
        })
        .collect();

    let articles = bundle
        .instruments()
        .flat_map(|i| i.articles.iter().map(move |a| (i, a)))
        .filter_map(|(instrument, article)| {
            let mut counts = VerdictCounts::default();
            for row in provisions.iter().filter(|r| {
                r.article == article.number.value && r.instrument == instrument.id.value
            }) {
                add_counts(&mut counts, &row.counts);
            }
            (counts.total() > 0).then(|| ArticleRow {
                instrument: instrument.id.value.clone(),
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
            instrument: row.instrument.clone(),
            article: row.article,
            force: row.force,
            not_implemented: row.counts.not_implemented,
            partially_implemented: row.counts.partially_implemented,
            not_considered: row.counts.not_considered,
            states_with_gap: row.counts.not_implemented
                + row.counts.partially_implemented
                + row.counts.not_considered,
            assessed: row.assessed,
        })
        .filter(|g| g.states_with_gap > 0)
        .collect();
    // By the force of the obligation first, as in a country report's gaps (a "shall consider"
    // provision never ranks above a mandatory one, however many States report it), then the most
    // often reported; stable, so equal counts keep treaty order.
    gap_clusters.sort_by_key(|g| {
        (
            crate::assessment::priority(g.force),
            std::cmp::Reverse(g.states_with_gap),
        )
    });

    let (assistance_by_kind, assistance_by_article) = assistance(bundle, &counted);
    Comparison {
        format_version: crate::REPORT_FORMAT_VERSION,
        questionnaire: questionnaire(bundle, assessments),
        basis: basis(assessments, options),
        provisions,
        articles,
        gap_clusters,
        assistance_by_kind,
        assistance_by_article,
    }
}

/// The named view: the matrix of the answer sets `options` counts whose disclosure allows naming
/// them, alphabetical; the others counted are only numbered (`not_named`).
pub fn named(
    bundle: &Bundle,
    assessments: &[(String, Viewed)],
    options: Options,
) -> NamedComparison {
    let counted: Vec<&(String, Viewed)> = sorted(assessments)
        .into_iter()
        .filter(|(_, a)| options.counts(a))
        .collect();
    let shown: Vec<&(String, Viewed)> = counted
        .iter()
        .copied()
        .filter(|(_, a)| a.disclosure.may_be_named())
        .collect();
    let states = shown
        .iter()
        .map(|(report, a)| state_entry(report, a))
        .collect();
    let assessed: Vec<&Viewed> = shown.iter().map(|(_, a)| a).collect();
    NamedComparison {
        format_version: crate::REPORT_FORMAT_VERSION,
        distribution: RESTRICTED.to_owned(),
        questionnaire: questionnaire(bundle, assessments),
        basis: basis(assessments, options),
        not_named: counted.len() - shown.len(),
        states,
        provisions: matrix(bundle, &assessed),
    }
}

fn questionnaire(bundle: &Bundle, assessments: &[(String, Viewed)]) -> QuestionnaireSummary {
    assessments
        .first()
        .map(|(_, a)| QuestionnaireSummary::clone(&a.questionnaire))
        .unwrap_or_else(|| QuestionnaireSummary::of(bundle))
}

fn add_counts(total: &mut VerdictCounts, more: &VerdictCounts) {
    total.implemented += more.implemented;
    total.partially_implemented += more.partially_implemented;
    total.not_implemented += more.not_implemented;
    total.considered += more.considered;
    total.not_considered += more.not_considered;
    total.adopted += more.adopted;
    total.partially_adopted += more.partially_adopted;
    total.not_adopted += more.not_adopted;
    total.not_applicable += more.not_applicable;
    total.not_assessed += more.not_assessed;
}

fn assistance(bundle: &Bundle, counted: &[&Viewed]) -> (Vec<KindDemand>, Vec<ArticleDemand>) {
    // kind value → (label, states requesting anywhere, per article count)
    let mut kinds: Vec<(String, String, usize, BTreeMap<u32, usize>)> = Vec::new();
    // article → (states needing, label → count)
    let mut articles: BTreeMap<u32, (usize, Vec<(String, usize)>)> = BTreeMap::new();
    for assessment in counted {
        for kind in &assessment.assistance.by_kind {
            let entry = match kinds.iter_mut().position(|k| *k.0 == *kind.kind) {
                Some(i) => &mut kinds[i],
                None => {
                    kinds.push((
                        kind.kind.to_string(),
                        kind.label.to_string(),
                        0,
                        BTreeMap::new(),
                    ));
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
                match entry.1.iter_mut().find(|(l, _)| **l == **label) {
                    Some((_, count)) => *count += 1,
                    None => entry.1.push((label.to_string(), 1)),
                }
            }
        }
    }
    // Kinds in the questionnaire's order, as in every country report.
    let order: Vec<&str> = bundle
        .questionnaire
        .questions()
        .filter(|(_, q)| q.role == Some(saq_model::questionnaire::Role::AssistanceKinds))
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

/// How a State is shown in the named view and the index: the header of its assessment.
fn state_entry(report: &str, a: &Viewed) -> StateEntry {
    StateEntry {
        name: a.state.name.clone(),
        code: a.state.code.clone(),
        status: a.status,
        completeness: a.completeness.percent,
        report: report.to_owned(),
        review: a.review.clone(),
        source: a.source.clone(),
        disclosure: a.disclosure,
    }
}
