//! A country review as its report reads it, and the secretariat's overview across reviews.
//!
//! The report follows the mechanism's blueprint: the written feedback of each reviewing State
//! with the State's replies, the list of observations per cluster and article, and the summary.
//! What it adds to the review file is what a reader needs beside it: each provision's text, its
//! article's title, and the status the State's answers report for it (from their assessment),
//! the reviewers' names where the file names them by id, and the labels of assistance kinds.
//!
//! The overview counts provisions across reviews (how many reviews identify a challenge at
//! each, technical assistance needs by kind and article), never States: it ranks no one, and it
//! names States only in its list of the reviews it covers.

use std::collections::{BTreeMap, BTreeSet};

use saq_model::Bundle;
use saq_model::answer_set::Status;
use saq_model::questionnaire::Role;
use saq_model::review::{
    Agreement, BY_SECRETARIAT, BY_STATE, ObservationKind, Review, ReviewStatus,
};
use saq_model::verdict::Verdict;
use schemars::JsonSchema;
use serde::Serialize;

use crate::assessment::{Assessment, QuestionnaireSummary, StateSummary};

/// Version of the review report's JSON format.
pub const REVIEW_REPORT_FORMAT_VERSION: u32 = 1;

/// One country review, ready to read: what `saq review report --format json` writes.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ReviewReport {
    /// Version of this format.
    pub format_version: u32,
    /// The review file, as given.
    pub file: String,
    /// The State party under review.
    pub state: StateSummary,
    /// The questionnaire the reviewed answers answer.
    pub questionnaire: QuestionnaireSummary,
    /// The answer set reviewed.
    pub answers: AnswersReviewed,
    /// The review cycle, when the review file gives it.
    pub cycle: Option<String>,
    /// `draft` while the review goes on, `final` once agreed.
    pub status: ReviewStatus,
    /// The reviewing States, in the file's order.
    pub reviewers: Vec<ReviewerSummary>,
    /// What remains open.
    pub open: OpenItems,
    /// The written feedback, per reviewing State (in the order of `reviewers`), each with its
    /// questions grouped by provision.
    pub feedback: Vec<ReviewerFeedback>,
    /// The list of observations, per cluster (one group without a cluster when the instrument
    /// has none) and article, in treaty order.
    pub observations: Vec<ClusterObservations>,
    /// The summary of the list of observations, once drafted.
    pub summary: Option<String>,
}

/// The answer set a review is about.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct AnswersReviewed {
    /// The file, as the review names it.
    pub file: String,
    /// Its digest when the review started.
    pub digest: String,
    /// Whether the answers are a draft or submitted, when they were read.
    pub status: Option<Status>,
    /// When they were submitted, if they were.
    pub submitted: Option<String>,
}

/// A reviewing State.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ReviewerSummary {
    /// The id the review file names it by (`A`, `B`).
    pub id: String,
    /// The State's name.
    pub name: String,
    /// Its code, if given.
    pub code: Option<String>,
    /// Its governmental experts.
    pub experts: Vec<String>,
}

/// What remains open in a review.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct OpenItems {
    /// Questions and observations saq drafted that no reviewer has taken on yet.
    pub drafts: usize,
    /// Questions of the written feedback without a reply.
    pub unanswered: usize,
    /// Observations the State under review disputes.
    pub disputed: usize,
}

/// The written feedback of one reviewing State.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ReviewerFeedback {
    /// The reviewer's id.
    pub reviewer: String,
    /// Its name.
    pub name: String,
    /// Its questions, grouped by provision in treaty order (each group's questions in the order
    /// they were sent).
    pub provisions: Vec<ProvisionQuestions>,
}

/// The place a question or an observation is about.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Place {
    /// The provision (`8.1.b`, `untoc:12.1`) or article (`8`) as the review names it.
    pub provision: String,
    /// True when it names a whole article.
    pub whole_article: bool,
    /// The article's number.
    pub article: u32,
    /// The article's title.
    pub article_title: String,
    /// The provision's text (empty for a whole article).
    pub text: String,
    /// The status the State's answers report for the provision (none for a whole article, or
    /// when the answers were not read).
    pub reported: Option<Verdict>,
    /// Where it comes in treaty order, to sort counts across reviews.
    #[serde(skip)]
    #[schemars(skip)]
    order: usize,
}

/// The questions of one reviewer about one provision.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ProvisionQuestions {
    /// The provision.
    pub place: Place,
    /// The questions, in the order they were sent.
    pub questions: Vec<Question>,
}

/// A question for clarification and its reply.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Question {
    /// The question.
    pub question: String,
    /// When it was sent.
    pub asked: Option<String>,
    /// The reply of the State under review, once given.
    pub reply: Option<String>,
    /// When it replied.
    pub replied: Option<String>,
    /// True for a question saq drafted that no reviewer has taken on yet: not the reviewer's
    /// words.
    pub draft: bool,
}

/// The observations of one cluster.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ClusterObservations {
    /// The cluster, when the instrument has clusters and the article is in one.
    pub cluster: Option<crate::assessment::ClusterRef>,
    /// Its articles that have observations, in treaty order.
    pub articles: Vec<ArticleObservations>,
}

/// The observations of one article, by kind.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ArticleObservations {
    /// The instrument's short title, for an article of an instrument the questionnaire also
    /// assesses; none for its own.
    pub instrument: Option<String>,
    /// The article's number.
    pub article: u32,
    /// Its title.
    pub title: String,
    /// Successes and good practices.
    pub good_practices: Vec<ObservationEntry>,
    /// Challenges and issues in implementation.
    pub challenges: Vec<ObservationEntry>,
    /// Suggestions.
    pub suggestions: Vec<ObservationEntry>,
    /// Technical assistance needs identified.
    pub assistance_needs: Vec<ObservationEntry>,
}

/// One observation.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ObservationEntry {
    /// The provision or article it is about.
    pub place: Place,
    /// The observation.
    pub text: String,
    /// For a technical assistance need: its kind.
    pub assistance: Option<AssistanceKind>,
    /// Who proposed it, when the file says.
    pub proposed_by: Option<Proposer>,
    /// Whether the State under review agrees.
    pub agreed: Agreement,
    /// True for an observation saq drafted that no reviewer has accepted yet: not the
    /// reviewers' words.
    pub draft: bool,
}

/// A kind of technical assistance.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, JsonSchema)]
pub struct AssistanceKind {
    /// The value of the questionnaire's `assistance-kinds` choice (`legislative`).
    pub kind: String,
    /// Its label ("Legislative assistance").
    pub label: String,
}

/// Who proposed an observation.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Proposer {
    /// `reviewer`, `state` (the State under review) or `secretariat`.
    pub role: ProposerRole,
    /// The reviewer's id, for a reviewer.
    pub id: Option<String>,
    /// The name of the State that proposed it (reviewer or State under review); none for the
    /// secretariat.
    pub name: Option<String>,
}

/// Who an observation's proposer is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ProposerRole {
    /// A reviewing State.
    Reviewer,
    /// The State under review.
    State,
    /// The secretariat.
    Secretariat,
}

/// The report of `review` (read from `file`), checked against `bundle`, with the reported
/// statuses of `assessment` (the reviewed answers' assessment, when they were read).
///
/// The review is expected to have passed its checks; an id it names that `bundle` does not
/// know is shown as it is, never a panic.
pub fn report(
    file: &str,
    bundle: &Bundle,
    review: &Review,
    assessment: Option<&Assessment>,
) -> ReviewReport {
    let places = Places::new(bundle, assessment);
    let reviewers: Vec<ReviewerSummary> = review
        .reviewers
        .iter()
        .map(|r| ReviewerSummary {
            id: r.id.value.clone(),
            name: r.state.name.clone(),
            code: r.state.code.as_ref().map(|c| c.value.clone()),
            experts: r.experts.clone(),
        })
        .collect();

    let feedback = reviewers
        .iter()
        .map(|reviewer| {
            let mut by_place: BTreeMap<(usize, String), ProvisionQuestions> = BTreeMap::new();
            for exchange in review
                .dialogue
                .iter()
                .filter(|e| e.from.value == reviewer.id)
            {
                let key = (
                    places.order(&exchange.provision.value),
                    exchange.provision.value.clone(),
                );
                by_place
                    .entry(key)
                    .or_insert_with(|| ProvisionQuestions {
                        place: places.place(&exchange.provision.value),
                        questions: Vec::new(),
                    })
                    .questions
                    .push(Question {
                        question: exchange.question.value.clone(),
                        asked: exchange.asked.as_ref().map(|d| d.value.clone()),
                        reply: exchange.reply.as_ref().map(|r| r.value.clone()),
                        replied: exchange.replied.as_ref().map(|d| d.value.clone()),
                        draft: exchange.draft,
                    });
            }
            ReviewerFeedback {
                reviewer: reviewer.id.clone(),
                name: reviewer.name.clone(),
                provisions: by_place.into_values().collect(),
            }
        })
        .collect();

    let kinds = assistance_kinds(bundle);
    let mut articles: BTreeMap<(usize, Option<String>, u32), ArticleObservations> = BTreeMap::new();
    let mut clusters_of: BTreeMap<(usize, Option<String>, u32), Option<String>> = BTreeMap::new();
    for observation in &review.observations {
        let at = &observation.provision.value;
        let place = places.place(at);
        let instrument = places.instrument_of(at);
        let key = (places.article_order(at), instrument.clone(), place.article);
        clusters_of
            .entry(key.clone())
            .or_insert_with(|| places.cluster_of(at));
        let article = articles.entry(key).or_insert_with(|| ArticleObservations {
            instrument,
            article: place.article,
            title: place.article_title.clone(),
            good_practices: Vec::new(),
            challenges: Vec::new(),
            suggestions: Vec::new(),
            assistance_needs: Vec::new(),
        });
        let entry = ObservationEntry {
            place,
            text: observation.text.value.clone(),
            assistance: observation.assistance.as_ref().map(|k| AssistanceKind {
                kind: k.value.clone(),
                label: kinds
                    .get(k.value.as_str())
                    .cloned()
                    .unwrap_or_else(|| k.value.clone()),
            }),
            proposed_by: observation
                .proposed_by
                .as_ref()
                .map(|p| proposer(&p.value, review, &reviewers)),
            agreed: observation.agreed,
            draft: observation.draft,
        };
        match observation.kind.value {
            ObservationKind::GoodPractice => article.good_practices.push(entry),
            ObservationKind::Challenge => article.challenges.push(entry),
            ObservationKind::Suggestion => article.suggestions.push(entry),
            ObservationKind::AssistanceNeed => article.assistance_needs.push(entry),
        }
    }
    for article in articles.values_mut() {
        for list in [
            &mut article.good_practices,
            &mut article.challenges,
            &mut article.suggestions,
            &mut article.assistance_needs,
        ] {
            // Treaty order within the article; the file's order among equals (a stable sort).
            list.sort_by_key(|e| places.order(&e.place.provision));
        }
    }
    let observations = group_by_cluster(bundle, articles, &clusters_of);

    ReviewReport {
        format_version: REVIEW_REPORT_FORMAT_VERSION,
        file: file.to_owned(),
        state: StateSummary {
            name: review.state.name.clone(),
            code: review.state.code.as_ref().map(|c| c.value.clone()),
        },
        questionnaire: QuestionnaireSummary::of(bundle),
        answers: AnswersReviewed {
            file: review.answers.file.value.clone(),
            digest: review.answers.digest.value.clone(),
            status: assessment.map(|a| a.status),
            submitted: assessment.and_then(|a| a.submitted.clone()),
        },
        cycle: review.cycle.clone(),
        status: review.status.value,
        reviewers,
        open: open_items(review),
        feedback,
        observations,
        summary: review
            .summary
            .as_ref()
            .map(|s| s.value.clone())
            .filter(|s| !s.trim().is_empty()),
    }
}

/// What remains open in `review`.
pub fn open_items(review: &Review) -> OpenItems {
    OpenItems {
        drafts: review.dialogue.iter().filter(|e| e.draft).count()
            + review.observations.iter().filter(|o| o.draft).count(),
        unanswered: review
            .dialogue
            .iter()
            .filter(|e| e.reply.as_ref().is_none_or(|r| r.value.trim().is_empty()))
            .count(),
        disputed: review
            .observations
            .iter()
            .filter(|o| o.agreed == Agreement::Disputed)
            .count(),
    }
}

fn proposer(id: &str, review: &Review, reviewers: &[ReviewerSummary]) -> Proposer {
    if id == BY_STATE {
        Proposer {
            role: ProposerRole::State,
            id: None,
            name: Some(review.state.name.clone()),
        }
    } else if id == BY_SECRETARIAT {
        Proposer {
            role: ProposerRole::Secretariat,
            id: None,
            name: None,
        }
    } else {
        Proposer {
            role: ProposerRole::Reviewer,
            id: Some(id.to_owned()),
            name: reviewers
                .iter()
                .find(|r| r.id == id)
                .map(|r| r.name.clone()),
        }
    }
}

/// The articles, grouped by cluster in the instrument's order of clusters (articles in no
/// cluster last), or in one group when the instrument has no clusters.
fn group_by_cluster(
    bundle: &Bundle,
    articles: BTreeMap<(usize, Option<String>, u32), ArticleObservations>,
    clusters_of: &BTreeMap<(usize, Option<String>, u32), Option<String>>,
) -> Vec<ClusterObservations> {
    let clusters = &bundle.instrument.clusters;
    if clusters.is_empty() {
        if articles.is_empty() {
            return Vec::new();
        }
        return vec![ClusterObservations {
            cluster: None,
            articles: articles.into_values().collect(),
        }];
    }
    let mut groups: Vec<ClusterObservations> = clusters
        .iter()
        .map(|c| ClusterObservations {
            cluster: Some(crate::assessment::ClusterRef {
                id: c.id.value.clone(),
                title: c.title.clone(),
            }),
            articles: Vec::new(),
        })
        .collect();
    let mut none = ClusterObservations {
        cluster: None,
        articles: Vec::new(),
    };
    for (key, article) in articles {
        let cluster = clusters_of.get(&key).cloned().flatten();
        let group = cluster
            .and_then(|id| clusters.iter().position(|c| c.id.value == id))
            .map_or(&mut none, |at| &mut groups[at]);
        group.articles.push(article);
    }
    groups.push(none);
    groups.retain(|g| !g.articles.is_empty());
    groups
}

/// The labels of the questionnaire's assistance kinds, by value.
fn assistance_kinds(bundle: &Bundle) -> BTreeMap<&str, String> {
    let questionnaire = &bundle.questionnaire;
    questionnaire
        .questions()
        .filter(|(_, q)| q.role == Some(Role::AssistanceKinds))
        .flat_map(|(_, q)| questionnaire.choices_of(q).iter())
        .map(|c| (c.value.value.as_str(), c.label.clone()))
        .collect()
}

/// What the report says about each provision and article a review names.
struct Places<'b> {
    bundle: &'b Bundle,
    /// Every provision id in treaty order (own instrument first).
    order: BTreeMap<&'b str, usize>,
    /// The reported status of each provision, from the assessment.
    reported: BTreeMap<&'b str, Verdict>,
}

impl<'b> Places<'b> {
    fn new(bundle: &'b Bundle, assessment: Option<&'b Assessment>) -> Places<'b> {
        Places {
            bundle,
            order: bundle
                .provisions()
                .enumerate()
                .map(|(i, (_, _, p))| (p.id.value.as_str(), i))
                .collect(),
            reported: assessment
                .into_iter()
                .flat_map(|a| &a.provisions)
                .map(|p| (p.id.as_str(), p.verdict))
                .collect(),
        }
    }

    /// Where `id` comes in treaty order: a whole article just before its first provision; an
    /// unknown id last.
    fn order(&self, id: &str) -> usize {
        if let Some(at) = self.order.get(id) {
            return at * 2 + 1;
        }
        self.article(id)
            .and_then(|a| a.provisions.first())
            .and_then(|p| self.order.get(p.id.value.as_str()))
            .map_or(usize::MAX, |at| at * 2)
    }

    /// Where `id`'s article comes in treaty order.
    fn article_order(&self, id: &str) -> usize {
        let first = match self.bundle.provision(id) {
            Some((_, article, _)) => article.provisions.first(),
            None => self.article(id).and_then(|a| a.provisions.first()),
        };
        first
            .and_then(|p| self.order.get(p.id.value.as_str()))
            .copied()
            .unwrap_or(usize::MAX)
    }

    /// The own instrument's article `id` names, if it names one.
    fn article(&self, id: &str) -> Option<&'b saq_model::instrument::Article> {
        let number: u32 = id.parse().ok()?;
        self.bundle.instrument.article(number)
    }

    /// The short title of the other instrument `id` belongs to; none for the own one.
    fn instrument_of(&self, id: &str) -> Option<String> {
        self.bundle
            .provision(id)
            .filter(|(instrument, _, _)| !self.bundle.is_own(instrument))
            .map(|(instrument, _, _)| instrument.short_title.clone())
    }

    /// The cluster of `id`: its provision's own, or its article's.
    fn cluster_of(&self, id: &str) -> Option<String> {
        match self.bundle.provision(id) {
            Some((_, article, provision)) => provision
                .cluster
                .as_ref()
                .or(article.cluster.as_ref())
                .map(|c| c.value.clone()),
            None => self
                .article(id)
                .and_then(|a| a.cluster.as_ref())
                .map(|c| c.value.clone()),
        }
    }

    fn place(&self, id: &str) -> Place {
        if let Some((_, article, provision)) = self.bundle.provision(id) {
            return Place {
                provision: id.to_owned(),
                whole_article: false,
                article: article.number.value,
                article_title: article.title.clone(),
                text: provision.text.trim().to_owned(),
                reported: self.reported.get(id).copied(),
                order: self.order(id),
            };
        }
        let article = self.article(id);
        Place {
            provision: id.to_owned(),
            whole_article: true,
            article: article.map_or(0, |a| a.number.value),
            article_title: article.map(|a| a.title.clone()).unwrap_or_default(),
            text: String::new(),
            reported: None,
            order: self.order(id),
        }
    }
}

/// Version of the review overview's JSON format.
pub const REVIEW_OVERVIEW_FORMAT_VERSION: u32 = 1;

/// The secretariat's overview of many reviews: what `overview.json` holds. It counts
/// provisions, never States, and names States only in its list of reviews.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ReviewOverview {
    /// Version of this format.
    pub format_version: u32,
    /// Every review reported, by the name of the State under review.
    pub reviews: Vec<ReviewEntry>,
    /// How many reviews are draft, how many final.
    pub by_status: StatusCounts,
    /// What remains open, over all reviews.
    pub open: OpenItems,
    /// Per questionnaire (reviews of answers to different questionnaires are never counted
    /// together): challenges per provision and assistance needs by kind and article.
    pub questionnaires: Vec<QuestionnaireOverview>,
    /// The review files that got no report, with their problems.
    pub failures: Vec<ReviewFailure>,
}

/// One review in the overview's list.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ReviewEntry {
    /// The review file, as given.
    pub file: String,
    /// The name of its report, without extension.
    pub report: String,
    /// The State under review.
    pub state: StateSummary,
    /// The questionnaire's id and version (`firearms-protocol-saq 2.0.0`).
    pub questionnaire: String,
    /// The review cycle, when given.
    pub cycle: Option<String>,
    /// Draft or final.
    pub status: ReviewStatus,
    /// What remains open in it.
    pub open: OpenItems,
}

/// Reviews by status.
#[derive(Debug, Clone, Copy, Default, Serialize, JsonSchema)]
pub struct StatusCounts {
    /// Under way.
    pub draft: usize,
    /// Agreed.
    pub r#final: usize,
}

/// The counts across the reviews of one questionnaire.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct QuestionnaireOverview {
    /// The questionnaire.
    pub questionnaire: QuestionnaireSummary,
    /// How many reviews are counted.
    pub reviews: usize,
    /// Each provision (or whole article) at which at least one review identifies a challenge,
    /// in treaty order.
    pub challenges: Vec<ChallengeCount>,
    /// Technical assistance needs, by kind and article.
    pub assistance: Vec<AssistanceCount>,
}

/// How many reviews identify a challenge at one provision.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ChallengeCount {
    /// The provision (or article).
    pub place: Place,
    /// Reviews whose list of observations holds a challenge at it (not counting drafts).
    pub reviews: usize,
    /// Of those, reviews where the State under review disputes it.
    pub disputed: usize,
    /// Reviews where only a draft challenge (not yet the reviewers') is at it.
    pub drafts: usize,
}

/// Technical assistance needs of one kind at one article.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct AssistanceCount {
    /// The kind.
    pub kind: AssistanceKind,
    /// The article.
    pub article: u32,
    /// Its title.
    pub article_title: String,
    /// The provisions (or whole articles) named, over all reviews, each once.
    pub provisions: Vec<String>,
    /// Reviews that identify this need (not counting drafts).
    pub reviews: usize,
    /// Reviews where it is only a draft.
    pub drafts: usize,
}

/// A review file that got no report.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ReviewFailure {
    /// The file.
    pub file: String,
    /// Its problems.
    pub diagnostics: Vec<FailureLine>,
}

/// One problem of a failed file.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct FailureLine {
    /// `file:line:column`.
    pub location: String,
    /// What is wrong.
    pub message: String,
    /// What to do.
    pub help: Option<String>,
}

/// The overview of `reports` (each with the name of its report file), listing `failures`.
pub fn overview(
    reports: &[(String, &ReviewReport)],
    failures: Vec<ReviewFailure>,
) -> ReviewOverview {
    let mut by_status = StatusCounts::default();
    let mut open = OpenItems::default();
    let mut reviews = Vec::new();
    for (name, report) in reports {
        match report.status {
            ReviewStatus::Draft => by_status.draft += 1,
            ReviewStatus::Final => by_status.r#final += 1,
        }
        open.drafts += report.open.drafts;
        open.unanswered += report.open.unanswered;
        open.disputed += report.open.disputed;
        reviews.push(ReviewEntry {
            file: report.file.clone(),
            report: name.clone(),
            state: report.state.clone(),
            questionnaire: format!(
                "{} {}",
                report.questionnaire.id, report.questionnaire.version
            ),
            cycle: report.cycle.clone(),
            status: report.status,
            open: report.open,
        });
    }
    // Alphabetical, as every list of States saq writes: an order that says nothing of them.
    reviews.sort_by_cached_key(|r| (r.state.name.to_lowercase(), r.file.clone()));
    // Questionnaires in the order their first review comes.
    let mut keys: Vec<(String, String, Option<String>)> = Vec::new();
    for (_, report) in reports {
        let key = questionnaire_key(report);
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    let questionnaires = keys
        .into_iter()
        .map(|key| {
            let of: Vec<&ReviewReport> = reports
                .iter()
                .map(|(_, r)| *r)
                .filter(|r| questionnaire_key(r) == key)
                .collect();
            questionnaire_overview(&of)
        })
        .collect();
    ReviewOverview {
        format_version: REVIEW_OVERVIEW_FORMAT_VERSION,
        reviews,
        by_status,
        open,
        questionnaires,
        failures,
    }
}

fn questionnaire_key(report: &ReviewReport) -> (String, String, Option<String>) {
    let q = &report.questionnaire;
    (
        q.id.clone(),
        q.version.clone(),
        q.cluster.as_ref().map(|c| c.id.clone()),
    )
}

fn questionnaire_overview(reports: &[&ReviewReport]) -> QuestionnaireOverview {
    let mut challenges: Vec<ChallengeCount> = Vec::new();
    let mut assistance: Vec<AssistanceCount> = Vec::new();
    for report in reports {
        let entries = report
            .observations
            .iter()
            .flat_map(|c| &c.articles)
            .flat_map(|a| a.challenges.iter().map(move |e| (a, e)));
        // Each review counts once per provision: reviewers and drafts, apart.
        let mut counted: BTreeMap<&str, (bool, bool, bool)> = BTreeMap::new();
        let mut places: BTreeMap<&str, &Place> = BTreeMap::new();
        let mut order: Vec<&str> = Vec::new();
        for (_, entry) in entries {
            let id = entry.place.provision.as_str();
            if !places.contains_key(id) {
                order.push(id);
                places.insert(id, &entry.place);
            }
            let seen = counted.entry(id).or_default();
            if entry.draft {
                seen.2 = true;
            } else {
                seen.0 = true;
                seen.1 |= entry.agreed == Agreement::Disputed;
            }
        }
        for id in order {
            let (real, disputed, draft) = counted[id];
            let at = match challenges.iter().position(|c| c.place.provision == id) {
                Some(at) => at,
                None => {
                    let mut place = places[id].clone();
                    // The count is about the provision, not one State's status for it.
                    place.reported = None;
                    challenges.push(ChallengeCount {
                        place,
                        reviews: 0,
                        disputed: 0,
                        drafts: 0,
                    });
                    challenges.len() - 1
                }
            };
            let count = &mut challenges[at];
            if real {
                count.reviews += 1;
                count.disputed += usize::from(disputed);
            } else if draft {
                count.drafts += 1;
            }
        }

        // Per kind and article: its title, the provisions named, and whether the review
        // identifies the need itself or only as a draft.
        type Need = (String, BTreeSet<String>, bool, bool);
        let mut needs: BTreeMap<(AssistanceKind, u32), Need> = BTreeMap::new();
        for article in report.observations.iter().flat_map(|c| &c.articles) {
            for entry in &article.assistance_needs {
                let kind = entry.assistance.clone().unwrap_or(AssistanceKind {
                    kind: String::new(),
                    label: String::new(),
                });
                let need = needs
                    .entry((kind, article.article))
                    .or_insert_with(|| (article.title.clone(), BTreeSet::new(), false, false));
                need.1.insert(entry.place.provision.clone());
                if entry.draft {
                    need.3 = true;
                } else {
                    need.2 = true;
                }
            }
        }
        for ((kind, article), (title, provisions, real, draft)) in needs {
            let at = match assistance
                .iter()
                .position(|a| a.kind == kind && a.article == article)
            {
                Some(at) => at,
                None => {
                    assistance.push(AssistanceCount {
                        kind,
                        article,
                        article_title: title,
                        provisions: Vec::new(),
                        reviews: 0,
                        drafts: 0,
                    });
                    assistance.len() - 1
                }
            };
            let count = &mut assistance[at];
            for p in provisions {
                if !count.provisions.contains(&p) {
                    count.provisions.push(p);
                }
            }
            if real {
                count.reviews += 1;
            } else if draft {
                count.drafts += 1;
            }
        }
    }
    challenges.sort_by_key(|c| c.place.order);
    assistance.sort_by(|a, b| (&a.kind.label, a.article).cmp(&(&b.kind.label, b.article)));
    QuestionnaireOverview {
        questionnaire: reports[0].questionnaire.clone(),
        reviews: reports.len(),
        challenges,
        assistance,
    }
}
