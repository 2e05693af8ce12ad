//! The assessment's data: what `saq report --format json` prints, documented by
//! `questionnaires/schema/assessment.schema.json`.

use std::collections::HashSet;
use std::sync::{Arc, Mutex};

use schemars::JsonSchema;
use serde::Serialize;

use saq_model::answer::Citation;
use saq_model::answer_set::Status;
use saq_model::instrument::{Aggregation, Force};
use saq_model::verdict::Verdict;

/// One State's assessment against one questionnaire.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Assessment {
    /// Version of this output format.
    pub format_version: u32,
    /// Who answered.
    pub state: StateSummary,
    /// What was answered.
    pub questionnaire: QuestionnaireSummary,
    /// `draft` or `submitted`.
    pub status: Status,
    /// The language the answers are written in (`language:` of the answer set), when the set
    /// says: a report in another language shows the answers as written, marked with it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answers_language: Option<String>,
    /// When the answers were started, last changed and submitted (`YYYY-MM-DD`).
    pub created: Option<String>,
    /// See `created`.
    pub updated: Option<String>,
    /// See `created`.
    pub submitted: Option<String>,
    /// The review cycle or phase the answers are for, and the reporting period they cover.
    pub review: Option<saq_model::answer_set::Review>,
    /// Where the answers come from (such as a published national report), with a link as given
    /// (reports show only http, https and mailto links).
    pub source: Option<saq_model::answer_set::Provenance>,
    /// Who may see the answers by name in comparisons: `restricted` unless the answer set says
    /// otherwise.
    pub disclosure: saq_model::answer_set::Disclosure,
    /// How much of what applies is answered.
    pub completeness: Completeness,
    /// Counts of verdicts, overall, per article and per cluster.
    pub summary: Summary,
    /// One entry per provision assessed, in treaty order.
    pub provisions: Vec<ProvisionAssessment>,
    /// Obligations not or only partly implemented, and measures not considered that had to be,
    /// by priority.
    pub gaps: Vec<Gap>,
    /// Optional measures the State reports it has not adopted (or adopted in part): never gaps,
    /// listed apart, in treaty order.
    pub optional_not_adopted: Vec<Gap>,
    /// What answers imply about the scope of the State's measures (definitions narrower than the
    /// treaty's, offences that need an element the treaty does not), in questionnaire order.
    pub scope_findings: Vec<Finding>,
    /// Technical assistance needs, by kind and by article.
    pub assistance: Assistance,
    /// Applicable questions without an answer, in questionnaire order.
    pub unanswered: Vec<Unanswered>,
    /// Every measure cited, once, with the provisions it was cited for.
    pub measures: Vec<CitedMeasure>,
    /// Answers given to questions that do not apply (their condition is false, or reads a
    /// question not answered yet): counted nowhere, but never dropped. In questionnaire order.
    pub answers_not_applying: Vec<AnswerNotApplying>,
    /// What the State said: every section of the questionnaire with the answers given to its
    /// questions that apply, in order.
    pub sections: Vec<SectionAnswers>,
}

/// One section of the questionnaire and what the State answered in it.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct SectionAnswers {
    /// Section id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// The article it assesses, if any.
    pub article: Option<u32>,
    /// False for a section that is no obligation under the instrument (such as the
    /// Conference's priorities).
    pub obligation: bool,
    /// Why the section does not apply, when its own condition excludes it.
    pub skip_reason: Option<String>,
    /// For each provision of the section's article that has a status (in treaty order), the
    /// answers to the questions that assess it alone.
    pub by_provision: Vec<ProvisionAnswers>,
    /// The other answers to its questions that apply (questions about several provisions, or
    /// none, such as technical assistance or the profile), in order.
    pub general: Vec<AnswerEntry>,
}

/// The answers about one provision.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ProvisionAnswers {
    /// Provision id.
    pub provision: String,
    /// Its reported status.
    pub verdict: Verdict,
    /// Why it does not apply, when it does not.
    pub reason: Option<String>,
    /// True when the provision is not assessed or does not apply, and nothing is answered about
    /// it: reports list such provisions in one line rather than one section each.
    pub quiet: bool,
    /// The answers, in questionnaire order.
    pub answers: Vec<AnswerEntry>,
}

/// One answer, with its question.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct AnswerEntry {
    /// Question id.
    pub question: String,
    /// The question asked.
    pub text: String,
    /// What the answer is used for (`measures`, `examples`, …), if the questionnaire says.
    pub role: Option<saq_model::questionnaire::Role>,
    /// The provisions the question assesses.
    pub provisions: Vec<String>,
    /// The answer.
    pub answer: AnswerView,
}

/// An answer as a report prints it.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum AnswerView {
    /// Free text, a number or a date, as written.
    Text {
        /// The text.
        text: String,
    },
    /// The label of the choice (or labels of the choices) picked.
    Choice {
        /// The labels, joined by commas.
        text: String,
    },
    /// Measures cited.
    Measures {
        /// The measures, in the order given.
        measures: Vec<Measure>,
    },
    /// Rows of a table.
    Table {
        /// Column headers.
        columns: Vec<String>,
        /// Each row's cells, in column order (empty for a cell left out).
        rows: Vec<Vec<String>>,
    },
    /// The question does not apply to the State, with its reason.
    NotApplicable {
        /// The reason given.
        reason: String,
    },
    /// The answer is not known, with the reason.
    Unknown {
        /// The reason given.
        reason: String,
    },
}

/// The State (or regional organization).
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct StateSummary {
    /// Name.
    pub name: String,
    /// ISO 3166-1 alpha-3, M49 or regional code, if given.
    pub code: Option<String>,
}

/// The questionnaire answered.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct QuestionnaireSummary {
    /// Id.
    pub id: String,
    /// Version.
    pub version: String,
    /// Title.
    pub title: String,
    /// Short title of the instrument assessed.
    pub instrument: String,
    /// Every instrument whose provisions it assesses: its own first, then those it also
    /// assesses, in the order it lists them.
    pub instruments: Vec<InstrumentSummary>,
    /// The language its texts are written in (a BCP 47 tag, the first the questionnaire lists).
    pub language: String,
    /// The review cluster the answers are for, when they answer one cluster only: provisions of
    /// the other clusters are not asked and not reported.
    pub cluster: Option<ClusterRef>,
    /// Where the instrument's assignment of articles to clusters comes from and whether it was
    /// verified, for an instrument with clusters.
    pub cluster_mapping: Option<saq_model::instrument::ClusterMapping>,
}

/// An instrument a questionnaire assesses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct InstrumentSummary {
    /// Id, such as `firearms-protocol`; provisions of an instrument other than the own one are
    /// named `ID:PROVISION`.
    pub id: String,
    /// Full title.
    pub title: String,
    /// Short title, used in headings and provision references.
    pub short_title: String,
    /// True for the questionnaire's own instrument.
    pub own: bool,
}

/// A review cluster, by id and title.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct ClusterRef {
    /// Id, such as `I`.
    pub id: String,
    /// Title.
    pub title: String,
}

impl QuestionnaireSummary {
    /// The summary of `bundle`'s questionnaire.
    pub fn of(bundle: &saq_model::load::Bundle) -> QuestionnaireSummary {
        let questionnaire = &bundle.questionnaire;
        QuestionnaireSummary {
            id: questionnaire.id.value.clone(),
            version: questionnaire.version.value.clone(),
            title: questionnaire.title.clone(),
            instrument: bundle.instrument.short_title.clone(),
            instruments: bundle
                .instruments()
                .map(|i| InstrumentSummary {
                    id: i.id.value.clone(),
                    title: i.title.clone(),
                    short_title: i.short_title.clone(),
                    own: bundle.is_own(i),
                })
                .collect(),
            language: questionnaire
                .languages
                .first()
                .cloned()
                .unwrap_or_else(|| "en".to_owned()),
            cluster: bundle.scope.as_ref().map(|scope| ClusterRef {
                id: scope.cluster.clone(),
                title: bundle
                    .instrument
                    .clusters
                    .iter()
                    .find(|c| c.id.value == scope.cluster)
                    .map(|c| c.title.clone())
                    .unwrap_or_default(),
            }),
            // An instrument with clusters and no word on their source is unverified too.
            cluster_mapping: (!bundle.instrument.clusters.is_empty()).then(|| {
                bundle.instrument.cluster_mapping.clone().unwrap_or(
                    saq_model::instrument::ClusterMapping {
                        verified: false,
                        source: String::new(),
                    },
                )
            }),
        }
    }
}

/// Completeness: answered ÷ applicable questions. Not a measure of implementation.
#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct Completeness {
    /// Questions that apply to this State (conditions evaluated on its answers).
    pub applicable: usize,
    /// Applicable questions answered, `not-applicable` and `unknown` included.
    pub answered: usize,
    /// `answered × 100 ÷ applicable`, rounded down (100 when nothing applies).
    pub percent: u32,
    /// Applicable questions a submission requires.
    pub required: usize,
    /// Of those, the ones not answered: what blocks submission.
    pub required_missing: usize,
}

/// Counts of provisions by reported status.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct VerdictCounts {
    /// Obligations reported implemented.
    pub implemented: usize,
    /// Obligations reported partially implemented.
    pub partially_implemented: usize,
    /// Obligations reported not implemented.
    pub not_implemented: usize,
    /// "Shall consider" provisions whose measure the State considered without adopting it.
    pub considered: usize,
    /// "Shall consider" provisions the State reports it did not consider.
    pub not_considered: usize,
    /// Optional (or considered) measures adopted.
    pub adopted: usize,
    /// Optional (or considered) measures adopted in part.
    pub partially_adopted: usize,
    /// Optional measures not adopted (never a gap).
    pub not_adopted: usize,
    /// Provisions that do not apply.
    pub not_applicable: usize,
    /// Provisions without an answer yet.
    pub not_assessed: usize,
}

/// How many of the provisions that apply have a reported status: what a partial answer set
/// covers, stated before any count of gaps.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Coverage {
    /// Provisions that apply to the State (all but those not applicable).
    pub applicable: usize,
    /// Of those, the ones with a reported status (not "not assessed").
    pub assessed: usize,
}

impl Coverage {
    /// The coverage of the provisions counted in `counts`.
    pub fn of(counts: &VerdictCounts) -> Coverage {
        Coverage {
            applicable: counts.total() - counts.not_applicable,
            assessed: counts.answered(),
        }
    }
}

/// The summary tables.
#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct Summary {
    /// Provisions with a reported status, of those that apply.
    pub coverage: Coverage,
    /// Over all provisions assessed.
    pub by_verdict: VerdictCounts,
    /// Per article, in treaty order.
    pub by_article: Vec<ArticleCounts>,
    /// Per review cluster.
    pub by_cluster: Vec<ClusterCounts>,
}

/// Verdict counts of one article.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ArticleCounts {
    /// The id of the instrument the article belongs to: articles of two instruments may share
    /// a number.
    pub instrument: String,
    /// Article number.
    pub article: u32,
    /// Article title.
    pub title: String,
    /// Provisions with a reported status, of those that apply.
    pub coverage: Coverage,
    /// The counts.
    pub counts: VerdictCounts,
}

/// Verdict counts of one review cluster.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ClusterCounts {
    /// Cluster id.
    pub cluster: String,
    /// Cluster title.
    pub title: String,
    /// Provisions with a reported status, of those that apply.
    pub coverage: Coverage,
    /// The counts.
    pub counts: VerdictCounts,
}

/// The verdict for one provision and what it rests on.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ProvisionAssessment {
    /// Provision id, such as `8.1.b`; for a provision of an instrument other than the
    /// questionnaire's own, the reference questions use, such as `untoc:12.1`.
    pub id: String,
    /// The id of the instrument the provision belongs to.
    pub instrument: String,
    /// That instrument's short title.
    pub instrument_title: String,
    /// Article number.
    pub article: u32,
    /// Article title.
    pub article_title: String,
    /// The treaty's wording.
    pub text: String,
    /// Level of obligation.
    pub force: Force,
    /// The qualifier of a qualified obligation.
    pub qualifier: Option<String>,
    /// When the provision applies, for a provision that applies only to some States.
    pub condition: Option<String>,
    /// Parts of the provision with a force of their own (a qualified element of a mandatory
    /// provision, say).
    pub elements: Vec<ElementSummary>,
    /// How the answers combine into the status: `cumulative` or `alternatives`.
    pub aggregation: Aggregation,
    /// Review cluster.
    pub cluster: Option<String>,
    /// Themes.
    pub themes: Vec<String>,
    /// The reported status, in the words of the provision's force.
    pub verdict: Verdict,
    /// Why the provision does not apply, when it does not.
    pub reason: Option<String>,
    /// The answers behind the status.
    pub answers: Vec<Evidence>,
    /// Scope findings that bear on the provision (texts of [`Finding`]s).
    pub scope_findings: Vec<String>,
    /// Measures cited (law on paper).
    pub measures: Vec<Measure>,
    /// Examples of implementation given (practice), as text.
    pub examples: Vec<String>,
    /// The competent authority, as described.
    pub authority: Vec<String>,
    /// Steps planned, timeline and challenges, as described.
    pub steps: Vec<String>,
    /// Law-versus-practice flags.
    pub flags: Vec<Flag>,
    /// What a State that falls short could do (data in the instrument).
    pub recommendation: Option<String>,
}

/// A part of a provision with a force of its own.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ElementSummary {
    /// Element id.
    pub id: String,
    /// The provision's words it covers.
    pub text: String,
    /// Its level of obligation.
    pub force: Force,
    /// Its qualifier, for a qualified element.
    pub qualifier: Option<String>,
}

/// One answer behind a status.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Evidence {
    /// Question id.
    pub question: String,
    /// The question asked.
    pub text: String,
    /// The answer as shown to people ("Yes, in part", "not applicable: …").
    pub answer: String,
    /// The status the answer implies, in the words of the provision's force.
    pub verdict: Verdict,
    /// Why the answer implies that status, when a verdict rule of the questionnaire decided it
    /// (a status that differs from the choice answered says why).
    pub reason: Option<String>,
    /// The element of the provision the question asks about, if it asks about one part only.
    pub element: Option<String>,
    /// How the answer weighs in the provision's status.
    pub effect: Effect,
    /// For an answer that can only lower the status: the furthest it can lower it.
    pub lowers_to: Option<Verdict>,
}

/// How one answer weighs in its provision's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Effect {
    /// It counts in full.
    Decides,
    /// It can lower the status, at most to `lowers_to`, and never decides it alone.
    Lowers,
    /// It is shown beside the status but does not change it (an answer on a qualified or
    /// optional element of the provision).
    Informs,
}

/// A finding about the scope of the State's measures, implied by one answer.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Finding {
    /// The question whose answer implies it.
    pub question: String,
    /// The question asked.
    pub question_text: String,
    /// The answer as shown to people.
    pub answer: String,
    /// The finding, in plain words.
    pub text: String,
    /// The provisions it bears on, in the questionnaire's order.
    pub provisions: Vec<String>,
}

/// An answer given to a question that does not apply.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct AnswerNotApplying {
    /// Question id.
    pub question: String,
    /// Its section's title.
    pub section: String,
    /// The question asked.
    pub text: String,
    /// The answer as shown to people.
    pub answer: String,
    /// Why the question does not apply: its condition is false, or reads questions not
    /// answered yet.
    pub reason: String,
    /// The questions it waits for, when its condition reads questions not answered yet.
    pub waiting_on: Vec<String>,
}

/// A mismatch between what is reported implemented and what supports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Flag {
    /// Reported implemented (fully or in part) with no measure cited.
    Unsupported,
    /// Reported implemented (fully or in part) with no example of implementation.
    NoEvidenceOfImplementation,
}

/// A provision whose reported status falls short: a gap, or an optional measure not adopted.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Gap {
    /// 1 mandatory, 2 qualified obligation, 3 conditional, 4 "shall consider", 5 optional: the
    /// order gaps are listed in. A property of the provision, not of the State.
    pub priority: u8,
    /// Provision id.
    pub provision: String,
    /// The id of the instrument the provision belongs to.
    pub instrument: String,
    /// Article number.
    pub article: u32,
    /// Level of obligation.
    pub force: Force,
    /// The reported status: `not-implemented`, `partially-implemented` or `not-considered` for a
    /// gap; `not-adopted` or `partially-adopted` for an optional measure.
    pub verdict: Verdict,
    /// The treaty's wording.
    pub text: String,
    /// Parts of the provision with a force of their own.
    pub elements: Vec<ElementSummary>,
    /// What the State said: its compliance answers.
    pub answers: Vec<Evidence>,
    /// Steps the State plans, as described.
    pub steps: Vec<String>,
    /// Possible measures for the review's dialogue (data in the instrument).
    pub recommendation: Option<String>,
}

/// Technical assistance needs.
#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct Assistance {
    /// For each kind of assistance requested, the articles it is requested for.
    pub by_kind: Vec<AssistanceKind>,
    /// For each article with an assistance answer, what was said.
    pub by_article: Vec<ArticleAssistance>,
}

/// One kind of assistance and where it is requested.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct AssistanceKind {
    /// The choice value, such as `legislative`.
    pub kind: String,
    /// Its label.
    pub label: String,
    /// Articles it is requested for.
    pub articles: Vec<u32>,
}

/// The assistance answers of one article.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ArticleAssistance {
    /// Article number.
    pub article: u32,
    /// Article title.
    pub title: String,
    /// Whether assistance is needed (`None` when unanswered).
    pub needed: Option<bool>,
    /// Labels of the kinds requested.
    pub kinds: Vec<String>,
    /// Details of the need.
    pub details: Vec<String>,
    /// Assistance already received, and from whom.
    pub received: Vec<String>,
}

/// An applicable question without an answer.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Unanswered {
    /// Question id.
    pub question: String,
    /// Its section's title.
    pub section: String,
    /// The question.
    pub text: String,
    /// Whether submission requires it.
    pub required: bool,
}

/// A measure cited: a law or other text, and where in it. Unlike the answer-file form, every
/// field is always present (`null` when not given), so consumers see one stable shape.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, JsonSchema)]
pub struct Measure {
    /// Title of the law or measure.
    pub title: String,
    /// The article or section.
    pub article: Option<String>,
    /// A link to the text, as given (reports show only http, https and mailto links).
    pub url: Option<String>,
}

impl From<&Citation> for Measure {
    fn from(citation: &Citation) -> Measure {
        Measure {
            title: citation.title.clone(),
            article: citation.article.clone(),
            url: citation.url.clone(),
        }
    }
}

/// A measure cited, once, with every provision it was cited for.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct CitedMeasure {
    /// The measure.
    pub measure: Measure,
    /// Provision ids, in treaty order.
    pub provisions: Vec<String>,
}

/// What the views across States (the comparative view, the named view, the index and the
/// CSV rows) read of one State's assessment, and nothing more: the State, the header, the
/// assistance asked for and, per provision, its place, force, status and flags. A batch keeps
/// this of each State once its country report is written, so its memory does not grow with
/// every State's answers (a few KB a State, its repeated texts shared through [`Names`],
/// against about 50 KB for the whole assessment without its answers).
///
/// Its fields have the names and meanings of [`Assessment`]'s. The snapshot tests of the
/// views (`tests/integration`) pin what they make of it.
#[derive(Debug, Clone)]
pub struct Viewed {
    /// See [`Assessment::state`].
    pub state: StateSummary,
    /// See [`Assessment::questionnaire`]; one copy shared by every State ([`Names`]).
    pub questionnaire: Arc<QuestionnaireSummary>,
    /// See [`Assessment::status`].
    pub status: Status,
    /// See [`Assessment::review`].
    pub review: Option<saq_model::answer_set::Review>,
    /// See [`Assessment::source`].
    pub source: Option<saq_model::answer_set::Provenance>,
    /// See [`Assessment::disclosure`].
    pub disclosure: saq_model::answer_set::Disclosure,
    /// See [`Assessment::completeness`].
    pub completeness: Completeness,
    /// See [`Assessment::assistance`]: kinds and needs only.
    pub assistance: ViewedAssistance,
    /// See [`Assessment::provisions`].
    pub provisions: Vec<ViewedProvision>,
}

/// What the views read of one provision's assessment.
#[derive(Debug, Clone)]
pub struct ViewedProvision {
    /// See [`ProvisionAssessment::id`]; one copy shared by every State ([`Names`]).
    pub id: Arc<str>,
    /// See [`ProvisionAssessment::instrument`]; shared likewise.
    pub instrument: Arc<str>,
    /// See [`ProvisionAssessment::article`].
    pub article: u32,
    /// See [`ProvisionAssessment::force`].
    pub force: Force,
    /// See [`ProvisionAssessment::verdict`].
    pub verdict: Verdict,
    /// See [`ProvisionAssessment::flags`] (most are empty, and an empty box allocates nothing).
    pub flags: Box<[Flag]>,
}

/// What the views read of the assistance a State asked for: per kind, the articles; per
/// article, whether it is needed and the labels of the kinds (no titles, no details: the views
/// take titles from the instrument and show no State's own words).
#[derive(Debug, Clone, Default)]
pub struct ViewedAssistance {
    /// See [`Assistance::by_kind`].
    pub by_kind: Vec<ViewedKind>,
    /// See [`Assistance::by_article`].
    pub by_article: Vec<ViewedArticle>,
}

/// See [`AssistanceKind`].
#[derive(Debug, Clone)]
pub struct ViewedKind {
    /// See [`AssistanceKind::kind`].
    pub kind: Arc<str>,
    /// See [`AssistanceKind::label`].
    pub label: Arc<str>,
    /// See [`AssistanceKind::articles`].
    pub articles: Box<[u32]>,
}

/// See [`ArticleAssistance`].
#[derive(Debug, Clone)]
pub struct ViewedArticle {
    /// See [`ArticleAssistance::article`].
    pub article: u32,
    /// See [`ArticleAssistance::needed`].
    pub needed: Option<bool>,
    /// See [`ArticleAssistance::kinds`].
    pub kinds: Box<[Arc<str>]>,
}

/// One shared copy of each text the [`Viewed`] of a batch's States repeat (provision and
/// instrument ids, assistance kinds and labels) and of their questionnaire's summary: every
/// State names the same provisions of the same questionnaire, and a copy of each per State was
/// most of what a batch of 20,000 States kept. The texts all come from the questionnaire and
/// its instruments, so there are as many as they have.
#[derive(Debug, Default)]
pub struct Names {
    texts: Mutex<HashSet<Arc<str>>>,
    questionnaires: Mutex<Vec<Arc<QuestionnaireSummary>>>,
}

impl Names {
    /// The shared copy of `text`.
    fn text(&self, text: &str) -> Arc<str> {
        let mut texts = self.texts.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(shared) = texts.get(text) {
            return shared.clone();
        }
        let shared: Arc<str> = Arc::from(text);
        texts.insert(shared.clone());
        shared
    }

    /// The shared copy of `summary`: one per questionnaire, version, language and review
    /// cluster (all a summary is made of, in one batch of one questionnaire).
    fn questionnaire(&self, summary: QuestionnaireSummary) -> Arc<QuestionnaireSummary> {
        let key = |q: &QuestionnaireSummary| {
            (
                q.id.clone(),
                q.version.clone(),
                q.language.clone(),
                q.cluster.as_ref().map(|c| c.id.clone()),
            )
        };
        let mut shared = self
            .questionnaires
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        if let Some(found) = shared.iter().find(|q| key(q) == key(&summary)) {
            return found.clone();
        }
        let summary = Arc::new(summary);
        shared.push(summary.clone());
        summary
    }
}

impl Assessment {
    /// What the views across States read of this assessment ([`Viewed`]), its ids shared
    /// through `names`.
    #[must_use]
    pub fn for_views(self, names: &Names) -> Viewed {
        let assistance = ViewedAssistance {
            by_kind: self
                .assistance
                .by_kind
                .iter()
                .map(|k| ViewedKind {
                    kind: names.text(&k.kind),
                    label: names.text(&k.label),
                    articles: k.articles.clone().into_boxed_slice(),
                })
                .collect(),
            by_article: self
                .assistance
                .by_article
                .iter()
                .map(|a| ViewedArticle {
                    article: a.article,
                    needed: a.needed,
                    kinds: a.kinds.iter().map(|k| names.text(k)).collect(),
                })
                .collect(),
        };
        // A fresh vector, not `into_iter().map().collect()`: that would reuse the whole
        // assessment's buffer in place (about 20 KB a State), and a batch keeps this one.
        let mut provisions = Vec::with_capacity(self.provisions.len());
        provisions.extend(self.provisions.into_iter().map(|p| ViewedProvision {
            id: names.text(&p.id),
            instrument: names.text(&p.instrument),
            article: p.article,
            force: p.force,
            verdict: p.verdict,
            flags: p.flags.into_boxed_slice(),
        }));
        Viewed {
            state: self.state,
            questionnaire: names.questionnaire(self.questionnaire),
            status: self.status,
            review: self.review,
            source: self.source,
            disclosure: self.disclosure,
            completeness: self.completeness,
            assistance,
            provisions,
        }
    }
}
