//! The self-assessment questionnaire as data (`questionnaire.yaml`).

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::instrument::Provision;
use crate::located::Located;
use crate::verdict::Verdict;

/// A questionnaire assessing one instrument: sections of questions, in the order they are asked.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    /// Version of this file format; saq reads version 1.
    pub format_version: Located<u32>,
    /// Stable identifier; answer sets name it.
    pub id: Located<String>,
    /// Semantic version (`MAJOR.MINOR.PATCH`); answer sets name the version they answer.
    pub version: Located<String>,
    /// Title.
    pub title: String,
    /// The id of the instrument it assesses.
    pub instrument: Located<String>,
    /// Other instruments whose provisions it also assesses (a Protocol's questionnaire may
    /// assess the Convention's provisions it applies *mutatis mutandis*): their ids, each read
    /// from `instruments/ID.yaml` beside `instrument.yaml`. Questions name their provisions as
    /// `ID:PROVISION` (`untoc:12.1`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also_assesses: Vec<Located<String>>,
    /// Languages the texts are written in (BCP 47 tags such as `en`).
    pub languages: Vec<String>,
    /// Named lists of choices shared by many questions (`compliance` is the one every
    /// compliance question uses).
    #[serde(default)]
    pub choice_sets: BTreeMap<String, Vec<Choice>>,
    /// What the questionnaire's own words mean to the assessment, where they differ from the
    /// defaults.
    #[serde(default)]
    pub vocabulary: Vocabulary,
    /// The sections, in order.
    pub sections: Vec<Section>,
}

/// What a questionnaire's own answer values and examples mean, so that the engine assumes
/// nothing of one instrument's wording.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Vocabulary {
    /// The choice values of an `assistance-needed` question that mean technical assistance is
    /// needed; every other value means it is not. Default: `["yes"]`.
    #[serde(default = "assistance_needed")]
    pub assistance_needed: Vec<Located<String>>,
    /// The title of a law shown as an example wherever a measure is asked for, in the
    /// instrument's field (`Firearms Act 2003`). Default: a title that names no field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example_measure: Option<Located<String>>,
}

impl Default for Vocabulary {
    fn default() -> Self {
        Vocabulary {
            assistance_needed: assistance_needed(),
            example_measure: None,
        }
    }
}

fn assistance_needed() -> Vec<Located<String>> {
    vec![Located::new("yes".to_owned())]
}

impl Vocabulary {
    /// True when `value`, the answer to an `assistance-needed` question, means assistance is
    /// needed.
    pub fn means_assistance_needed(&self, value: &str) -> bool {
        self.assistance_needed.iter().any(|v| v.value == value)
    }

    /// The example title of a law.
    pub fn example_measure(&self) -> &str {
        self.example_measure
            .as_ref()
            .map_or("Act No. 5 of 2019", |e| e.value.as_str())
    }
}

/// A group of questions asked together, usually one article.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Stable id, snake_case.
    pub id: Located<String>,
    /// Title, such as "Article 8 · Marking of firearms".
    pub title: String,
    /// Text shown before the first question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intro: Option<String>,
    /// The article the section assesses, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<Located<u32>>,
    /// False for sections that inform the report but are no obligation under the instrument
    /// (such as the Conference's priorities).
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub obligation: bool,
    /// The section is asked only when this condition holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Located<String>>,
    /// Why the section may not apply, shown when `when` is false.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skip_reason: Option<String>,
    /// The questions, in order.
    pub questions: Vec<Question>,
}

/// One question.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Stable id, snake_case; conditions refer to questions by it.
    pub id: Located<String>,
    /// The question, in plain language.
    pub text: String,
    /// What the provision requires and what a good answer cites.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    /// The kind of answer expected.
    pub kind: Located<QuestionKind>,
    /// A submitted answer set must answer it when it applies.
    #[serde(default, skip_serializing_if = "is_false")]
    pub required: bool,
    /// What the answer is used for in the assessment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    /// For choice questions: the allowed choices.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<Choice>,
    /// For choice questions: the name of a shared choice set, instead of `choices`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub choice_set: Option<Located<String>>,
    /// For table questions: the columns of each row.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub columns: Vec<Column>,
    /// The provisions (ids) the question assesses.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub provisions: Vec<Located<String>>,
    /// The element of its provisions the question assesses (an element id of the instrument),
    /// when it asks about one part of a provision only. An answer on an element whose force is
    /// weaker than mandatory (a qualified or optional part) is shown beside the provision's
    /// status but does not change it, unless the question says how far it may (`lowers_to`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub element: Option<Located<String>>,
    /// The furthest this question's answer may lower its provisions' status, such as
    /// `partially-implemented`: a worse answer counts as this, and the answer never decides a
    /// status alone (with no other answer, the provision stays not assessed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lowers_to: Option<Located<Verdict>>,
    /// The question is asked only when this condition holds. A condition is an expression over
    /// earlier answers, such as `q_5_1_a in ["yes", "partly"]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Located<String>>,
    /// Why the question may not apply, shown when `when` is false.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skip_reason: Option<String>,
    /// Checks on the answer, each an expression over `value` and earlier answers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub constraints: Vec<Constraint>,
    /// Verdicts implied by the answer, as expressions over `value` and earlier answers; the
    /// first rule that holds gives the verdict (before any choice's own `verdict`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub verdict_rules: Vec<VerdictRule>,
    /// Findings the answer implies about the scope of the State's measures, such as a
    /// definition narrower than the treaty's, each tied to the provisions it narrows.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub findings: Vec<FindingRule>,
    /// Where a question that is no treaty obligation comes from (such as a resolution paragraph).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// The kinds of answer a question can take.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum QuestionKind {
    /// The mechanism's standard scale: Yes / Yes, in part / No (the `compliance` choice set).
    Compliance,
    /// One of the choices.
    SingleChoice,
    /// Any number of the choices.
    MultiChoice,
    /// Free text.
    Text,
    /// A number.
    Number,
    /// A calendar date, `YYYY-MM-DD`.
    Date,
    /// A list of measures: `{title, article, url}`.
    Citations,
    /// Rows of named columns.
    Table,
}

impl QuestionKind {
    /// True for the kinds answered by picking from choices.
    pub fn has_choices(self) -> bool {
        matches!(
            self,
            QuestionKind::Compliance | QuestionKind::SingleChoice | QuestionKind::MultiChoice
        )
    }
}

/// What an answer is used for when the assessment is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Describes the State (profile); may decide what applies.
    Profile,
    /// The measures that implement a provision: law on paper.
    Measures,
    /// Examples of implementation: practice.
    Examples,
    /// The competent authority and how it works.
    Authority,
    /// Steps planned, timeline and challenges where implementation falls short.
    Steps,
    /// Whether technical assistance is needed.
    AssistanceNeeded,
    /// The kinds of technical assistance needed.
    AssistanceKinds,
    /// Details of the assistance needed.
    AssistanceDetails,
    /// Assistance already received, and from whom.
    AssistanceReceived,
}

/// One allowed answer of a choice question.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// The value written in answer files and used in conditions, such as `partly`.
    pub value: Located<String>,
    /// The label shown to people, such as "Yes, in part".
    pub label: String,
    /// The verdict this choice implies for the provisions the question assesses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdict: Option<Verdict>,
}

/// A column of a table question.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Column {
    /// Key of the column in each row.
    pub id: Located<String>,
    /// Header shown to people.
    pub label: String,
    /// The kind of value in the column.
    #[serde(default)]
    pub kind: ColumnKind,
    /// For `choice` columns: the allowed values.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<Choice>,
    /// For `choice` columns: the name of a shared choice set, instead of `choices`. Loading
    /// copies the set's choices into `choices`, so every reader of a column finds them there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub choice_set: Option<Located<String>>,
    /// Every row must fill it.
    #[serde(default, skip_serializing_if = "is_false")]
    pub required: bool,
}

/// The kind of value in a table column.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ColumnKind {
    /// Free text.
    #[default]
    Text,
    /// A number.
    Number,
    /// A date, `YYYY-MM-DD`.
    Date,
    /// One of the column's choices.
    Choice,
}

/// A verdict an answer implies when an expression holds, such as
/// `{when: "value >= 10", verdict: implemented}` for the years records are kept.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct VerdictRule {
    /// An expression over `value` (this answer) and earlier answers.
    pub when: Located<String>,
    /// The verdict when it holds.
    pub verdict: Verdict,
    /// Why the answer implies this verdict, in plain words; reports show it beside the status,
    /// so a status that differs from the choice answered never goes unexplained.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// The one provision the rule is about, when the question assesses several (such as a
    /// multi-choice question listing which of article 15(1)'s measures a system includes);
    /// without it, the rule holds for all of them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provision: Option<Located<String>>,
}

/// A finding about the scope of the State's measures that an answer implies when an expression
/// holds, such as an antique cut-off year after 1900.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FindingRule {
    /// An expression over `value` (this answer) and earlier answers.
    pub when: Located<String>,
    /// The finding, in plain words.
    pub text: String,
    /// The provisions it bears on: the definition or scope provision, and those that use it.
    pub provisions: Vec<Located<String>>,
}

/// A check on an answer, with the message shown when it fails.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Constraint {
    /// An expression that must be true, over `value` (this answer) and earlier answers,
    /// such as `value >= 0`.
    pub check: Located<String>,
    /// Shown when the check fails, such as "the number of cases cannot be negative".
    pub message: String,
}

fn yes() -> bool {
    true
}
fn is_true(b: &bool) -> bool {
    *b
}
fn is_false(b: &bool) -> bool {
    !*b
}

impl Questionnaire {
    /// Copies into each table column that names a `choice_set` (and lists no choices of its
    /// own) the choices of that set. An unknown set is left for the checks to report.
    pub fn expand_column_choice_sets(&mut self) {
        let sets = &self.choice_sets;
        for section in &mut self.sections {
            for question in &mut section.questions {
                for column in &mut question.columns {
                    if let Some(set) = column.choice_set.as_ref().and_then(|n| sets.get(&n.value))
                        && column.choices.is_empty()
                    {
                        column.choices = set.clone();
                    }
                }
            }
        }
    }

    /// True when `question` bears a status for the provision `provision`: a verdict rule about
    /// it, or one of its choices, implies one.
    pub fn bears_verdict(&self, question: &Question, provision: &str) -> bool {
        question
            .verdict_rules
            .iter()
            .any(|r| r.provision.as_ref().is_none_or(|p| p.value == provision))
            || question.kind.value.has_choices()
                && self
                    .choices_of(question)
                    .iter()
                    .any(|c| c.verdict.is_some())
    }

    /// True when an answer to `question` can give `provision` its status on its own: it bears
    /// one ([`Questionnaire::bears_verdict`]), it does not only lower a status (`lowers_to`),
    /// and it does not assess an element of the provision weaker than the provision itself
    /// (such an answer informs and decides nothing).
    pub fn decides(&self, question: &Question, provision: &Provision) -> bool {
        question.lowers_to.is_none()
            && self.bears_verdict(question, &provision.id.value)
            && !question
                .element
                .as_ref()
                .is_some_and(|e| provision.is_weaker_element(&e.value))
    }

    /// Every question with its section, in order.
    pub fn questions(&self) -> impl Iterator<Item = (&Section, &Question)> {
        self.sections
            .iter()
            .flat_map(|s| s.questions.iter().map(move |q| (s, q)))
    }

    /// The choices allowed for `question`: its own, or those of its choice set (the `compliance`
    /// set for compliance questions without either).
    pub fn choices_of<'a>(&'a self, question: &'a Question) -> &'a [Choice] {
        if !question.choices.is_empty() {
            return &question.choices;
        }
        let set = match (&question.choice_set, question.kind.value) {
            (Some(name), _) => name.value.as_str(),
            (None, QuestionKind::Compliance) => "compliance",
            (None, _) => return &[],
        };
        self.choice_sets.get(set).map_or(&[], Vec::as_slice)
    }
}
