//! The treaty as data: its articles and their provisions (`instrument.yaml`).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::located::Located;

/// A treaty: its parts, articles and provisions, and the vocabularies its provisions are tagged
/// with. Parts, clusters and themes are optional: an instrument has only what its text and its
/// review give it.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Instrument {
    /// Version of this file format; saq reads version 1.
    pub format_version: Located<u32>,
    /// Stable identifier, such as `firearms-protocol`; a questionnaire names it.
    pub id: Located<String>,
    /// Full title.
    pub title: String,
    /// Title used in running text and report headers.
    pub short_title: String,
    /// Where the authentic text is published (for instance, the UN Treaty Series reference).
    pub citation: String,
    /// The parts the articles are grouped in.
    #[serde(default)]
    pub parts: Vec<Part>,
    /// The review mechanism's thematic clusters.
    #[serde(default)]
    pub clusters: Vec<Cluster>,
    /// Where the assignment of articles to clusters comes from, and whether it was checked
    /// against that source; reports print a caveat while it is not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster_mapping: Option<ClusterMapping>,
    /// Themes provisions are tagged with, for filtering and for the secretariat's overviews.
    #[serde(default)]
    pub themes: Vec<Theme>,
    /// Other instruments that cross-references point to.
    #[serde(default)]
    pub related_instruments: Vec<RelatedInstrument>,
    /// The articles, in treaty order.
    pub articles: Vec<Article>,
}

/// A part of the treaty, such as "Part II — Prevention".
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Part {
    /// Identifier, such as `II`.
    pub id: Located<String>,
    /// Title, such as `Prevention`.
    pub title: String,
}

/// A thematic cluster of the review mechanism, reviewed in one phase.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Cluster {
    /// Identifier, such as `I`.
    pub id: Located<String>,
    /// Title, such as `Criminalization and jurisdiction`.
    pub title: String,
}

/// The source of an instrument's cluster assignment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ClusterMapping {
    /// True once the assignment was checked against its source.
    pub verified: bool,
    /// Where it comes from (a resolution, a secretariat document), and what is uncertain.
    pub source: String,
}

/// A theme provisions can be tagged with, such as `marking`.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    /// Identifier, kebab-case.
    pub id: Located<String>,
    /// Human-readable title.
    pub title: String,
}

/// Another instrument a provision can be cross-referenced to (Arms Trade Treaty, Model Law…).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RelatedInstrument {
    /// Identifier, kebab-case, such as `arms-trade-treaty`.
    pub id: Located<String>,
    /// Title.
    pub title: String,
    /// Where to read it, if it is online.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// One article of the treaty.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Article {
    /// The article's number.
    pub number: Located<u32>,
    /// The article's title.
    pub title: String,
    /// The part it belongs to (a [`Part`] id), for an instrument divided in parts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part: Option<Located<String>>,
    /// The review cluster its provisions belong to unless a provision says otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<Located<String>>,
    /// Its paragraphs and sub-paragraphs; empty for articles with nothing to assess.
    #[serde(default)]
    pub provisions: Vec<Provision>,
}

/// A numbered paragraph or sub-paragraph of an article: the unit a verdict is given for.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Provision {
    /// Stable id: article, paragraph, sub-paragraph, separated by dots (`5.1.a`, `7`, `9.b`).
    pub id: Located<String>,
    /// The treaty's own wording, verbatim.
    pub text: String,
    /// The level of obligation.
    pub force: Located<Force>,
    /// For `mandatory-qualified`: the qualifying phrase, as the treaty words it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
    /// When the provision applies, in plain words: required for `conditional`, and allowed for
    /// any force (article 15(2) is optional, and concerns only States with a brokering system).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
    /// Parts of the provision whose force differs from the provision's own, such as article 7's
    /// records on parts and components and ammunition, kept only "where appropriate and
    /// feasible". The qualifier is recorded at the element it governs, not on the whole.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub elements: Vec<Element>,
    /// How the answers that assess the provision combine into its status: `cumulative` (every
    /// element is required, so the worst answer wins; the default) or `alternatives` ("one or
    /// more measures such as": any one met is enough, so the best answer wins).
    #[serde(default, skip_serializing_if = "Aggregation::is_cumulative")]
    pub aggregation: Aggregation,
    /// Theme ids.
    #[serde(default)]
    pub themes: Vec<Located<String>>,
    /// Review cluster, when it differs from the article's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<Located<String>>,
    /// Matching provisions of other instruments.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cross_references: Vec<CrossReference>,
    /// What a State that falls short could do, in plain words (used in gap reports).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recommendation: Option<String>,
}

/// A part of a provision with a force of its own: a phrase of the provision, the force it
/// carries and its qualifier.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Element {
    /// Identifier, kebab-case, unique within the provision (`parts-ammunition`); questions name
    /// it with `element:`.
    pub id: Located<String>,
    /// The words of the provision the element covers, verbatim (checked against its text).
    pub text: String,
    /// The element's level of obligation.
    pub force: Located<Force>,
    /// For `mandatory-qualified`: the qualifying phrase, as the treaty words it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
}

/// How the answers assessing a provision combine.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Aggregation {
    /// Every element is required: the worst answer decides.
    #[default]
    Cumulative,
    /// Illustrative alternatives ("one or more measures such as"): the best answer decides.
    Alternatives,
}

impl Aggregation {
    fn is_cumulative(&self) -> bool {
        *self == Aggregation::Cumulative
    }
}

/// The level of obligation of a provision, as the review mechanism distinguishes them.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Force {
    /// "Shall adopt / ensure / establish".
    Mandatory,
    /// Mandatory but qualified ("subject to the basic concepts of its legal system", "within
    /// available means"…); the qualifier is recorded beside it.
    MandatoryQualified,
    /// "Shall consider": met by genuinely considering the measure, even if the State then
    /// declines it.
    Consider,
    /// "May", "are encouraged": a measure not adopted is never a gap.
    Optional,
    /// Applies only to some States (article 9); the condition is recorded beside it.
    Conditional,
    /// Defines terms or the scope of the treaty; no obligation of its own (articles 3 and 4).
    Interpretive,
}

impl Force {
    /// True for the forces every State party must act on: implement, qualified or not, or
    /// consider.
    pub fn is_obligation(self) -> bool {
        matches!(
            self,
            Force::Mandatory | Force::MandatoryQualified | Force::Consider
        )
    }
}

/// A pointer from a provision to the matching place in another instrument.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CrossReference {
    /// A [`RelatedInstrument`] id.
    pub instrument: Located<String>,
    /// The place in it, such as `article 12(1)` or `module 05.30`.
    pub at: String,
}

/// What separates an instrument's id from a provision id in a reference to a provision of an
/// instrument other than the questionnaire's own (`untoc:12.1`).
pub const REFERENCE_SEPARATOR: char = ':';

/// The instrument id and the provision id of a reference: `(Some("untoc"), "12.1")` for
/// `untoc:12.1`, `(None, "5.1.a")` for a provision of the questionnaire's own instrument.
pub fn split_reference(reference: &str) -> (Option<&str>, &str) {
    match reference.split_once(REFERENCE_SEPARATOR) {
        Some((instrument, provision)) => (Some(instrument), provision),
        None => (None, reference),
    }
}

impl Instrument {
    /// This instrument as another one a questionnaire also assesses: every provision id
    /// becomes the reference questions use (`12.1` → `untoc:12.1`), so that one id names one
    /// provision across all the instruments of a bundle, in checks, assessments, comparisons
    /// and diffs alike.
    pub(crate) fn qualified(mut self) -> Instrument {
        let prefix = format!("{}{REFERENCE_SEPARATOR}", self.id.value);
        for article in &mut self.articles {
            for provision in &mut article.provisions {
                provision.id.value.insert_str(0, &prefix);
            }
        }
        self
    }

    /// Every provision with its article, in treaty order.
    pub fn provisions(&self) -> impl Iterator<Item = (&Article, &Provision)> {
        self.articles
            .iter()
            .flat_map(|a| a.provisions.iter().map(move |p| (a, p)))
    }

    /// The article with this number.
    pub fn article(&self, number: u32) -> Option<&Article> {
        self.articles.iter().find(|a| a.number.value == number)
    }

    /// The provision with this id.
    pub fn provision(&self, id: &str) -> Option<&Provision> {
        self.provisions().map(|(_, p)| p).find(|p| p.id.value == id)
    }
}

impl Provision {
    /// The element with this id.
    pub fn element(&self, id: &str) -> Option<&Element> {
        self.elements.iter().find(|e| e.id.value == id)
    }

    /// True when the element `id` carries a force weaker than the provision's own (a qualified,
    /// "shall consider" or optional part of a mandatory provision): an answer about it informs the
    /// provision's status and never decides it.
    pub fn is_weaker_element(&self, id: &str) -> bool {
        self.element(id)
            .is_some_and(|e| e.force.value != self.force.value && e.force.value != Force::Mandatory)
    }
}
