//! What the pages show, as plain data for the templates: the sections with their progress, and
//! each question of a section with its provisions, its input and the values in it. Answer
//! text travels here as strings and is escaped by the templates (HTML auto-escape); nothing a
//! State wrote ever becomes markup.

use saq_collect::Progress;
use saq_model::applicability::{Applicability, Applies};
use saq_model::questionnaire::{ColumnKind, Question, QuestionKind};
use saq_model::{Bundle, LoadedAnswers};
use serde::Serialize;

use crate::fields::{self, Fields};
use crate::posted::FieldError;

/// The frame of every page: the questionnaire, the State, the sections.
#[derive(Debug, Serialize)]
pub(crate) struct Frame {
    /// `/TOKEN/`: every link starts with it.
    pub(crate) base: String,
    pub(crate) lang: String,
    pub(crate) questionnaire: String,
    pub(crate) state: String,
    pub(crate) file: String,
    pub(crate) status: String,
    pub(crate) submitted: Option<String>,
    pub(crate) sections: Vec<SectionLink>,
    pub(crate) answered: usize,
    pub(crate) applicable: usize,
    pub(crate) required: usize,
    pub(crate) required_answered: usize,
    pub(crate) csrf: String,
    /// The fingerprint of the file the page was made from.
    pub(crate) version: String,
    /// The section shown, if the page is one.
    pub(crate) current: Option<String>,
    /// Which page: `start`, `section`, `report` or `submit` (the sidebar marks it).
    pub(crate) page: &'static str,
}

/// A section in the sidebar.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct SectionLink {
    pub(crate) id: String,
    pub(crate) title: String,
    pub(crate) applies: bool,
    pub(crate) answered: usize,
    pub(crate) applicable: usize,
    pub(crate) missing: usize,
}

impl Frame {
    pub(crate) fn new(
        base: &str,
        csrf: &str,
        version: &str,
        file: &str,
        bundle: &Bundle,
        loaded: &LoadedAnswers,
        progress: &Progress,
    ) -> Frame {
        let questionnaire = &bundle.questionnaire;
        let set = &loaded.file;
        Frame {
            base: base.to_owned(),
            lang: questionnaire
                .languages
                .first()
                .cloned()
                .unwrap_or_else(|| "en".into()),
            questionnaire: questionnaire.title.clone(),
            state: set.state.name.clone(),
            file: file.to_owned(),
            status: format!("{:?}", set.status.value).to_lowercase(),
            submitted: set.submitted.as_ref().map(|d| d.value.clone()),
            sections: progress
                .sections
                .iter()
                .map(|s| SectionLink {
                    id: s.id.clone(),
                    title: s.title.clone(),
                    applies: s.applies,
                    answered: s.counts.answered,
                    applicable: s.counts.applicable,
                    missing: s.missing.len(),
                })
                .collect(),
            answered: progress.total.answered,
            applicable: progress.total.applicable,
            required: progress.total.required,
            required_answered: progress.total.required_answered,
            csrf: csrf.to_owned(),
            version: version.to_owned(),
            current: None,
            page: "",
        }
    }
}

/// One question as its section page shows it.
#[derive(Debug, Serialize)]
pub(crate) struct QuestionView {
    pub(crate) id: String,
    pub(crate) text: String,
    pub(crate) help: Option<String>,
    /// `choice`, `choices`, `text`, `number`, `date`, `citations` or `table`.
    pub(crate) kind: &'static str,
    pub(crate) required: bool,
    pub(crate) applies: bool,
    /// Why it does not apply (yet).
    pub(crate) why_not: Option<String>,
    /// Where a question that is no obligation comes from.
    pub(crate) source: Option<String>,
    pub(crate) provisions: Vec<ProvisionView>,
    pub(crate) choices: Vec<ChoiceView>,
    /// The value of a text, number or date input.
    pub(crate) value: String,
    /// The column headings of rows, and the rows.
    pub(crate) columns: Vec<ColumnView>,
    pub(crate) rows: Vec<Vec<CellView>>,
    /// `none`, `not-applicable` or `unknown`.
    pub(crate) special: String,
    pub(crate) reason: String,
    /// The error to show at the question's input, and at its reason.
    pub(crate) error: Option<FieldError>,
    pub(crate) reason_error: Option<FieldError>,
    /// True when the answer shown is one kept aside under `inactive:`.
    pub(crate) kept_aside: bool,
}

/// A provision a question assesses, with the treaty's words.
#[derive(Debug, Serialize)]
pub(crate) struct ProvisionView {
    pub(crate) id: String,
    pub(crate) article: String,
    pub(crate) text: String,
    pub(crate) force: String,
    pub(crate) qualifier: Option<String>,
    pub(crate) condition: Option<String>,
}

/// A radio button or checkbox.
#[derive(Debug, Serialize)]
pub(crate) struct ChoiceView {
    pub(crate) value: String,
    pub(crate) label: String,
    pub(crate) checked: bool,
}

/// A column of a question with rows.
#[derive(Debug, Serialize)]
pub(crate) struct ColumnView {
    pub(crate) id: String,
    pub(crate) label: String,
    /// The message of a label that is saq's own (a measure's fields), not the questionnaire's.
    pub(crate) label_id: Option<&'static str>,
    /// `text`, `number`, `date`, `choice`, `url`.
    pub(crate) kind: &'static str,
    pub(crate) required: bool,
    pub(crate) choices: Vec<ChoiceView>,
}

/// One cell of a row.
#[derive(Debug, Serialize)]
pub(crate) struct CellView {
    pub(crate) name: String,
    pub(crate) column: String,
    pub(crate) value: String,
}

/// The questions of section `index` of `bundle`, filled from `values`, with `errors` at their
/// fields; `more` names a question that gets one more empty row. A page that is `read_only` (a
/// submitted set) gets no empty row.
#[allow(clippy::too_many_arguments)]
pub(crate) fn questions(
    bundle: &Bundle,
    index: usize,
    applicability: &Applicability,
    values: &Fields,
    kept_aside: &[String],
    errors: &[FieldError],
    more: Option<&str>,
    read_only: bool,
) -> Vec<QuestionView> {
    let questionnaire = &bundle.questionnaire;
    let Some(section) = questionnaire.sections.get(index) else {
        return Vec::new();
    };
    section
        .questions
        .iter()
        .map(|question| {
            let id = question.id.value.as_str();
            let one = |name: &str| {
                values
                    .get(name)
                    .and_then(|v| v.first())
                    .cloned()
                    .unwrap_or_default()
            };
            let (applies, why_not) = match applicability.of(id) {
                Applies::Yes => (true, None),
                Applies::No { reason, .. } => (false, Some(reason.clone())),
                Applies::Pending { waiting_on } => (
                    false,
                    Some(format!("asked once {} is answered", waiting_on.join(", "))),
                ),
            };
            let picked = values.get(id).cloned().unwrap_or_default();
            let choices = questionnaire
                .choices_of(question)
                .iter()
                .map(|c| ChoiceView {
                    value: c.value.value.clone(),
                    label: c.label.clone(),
                    checked: picked.contains(&c.value.value),
                })
                .collect();
            let columns = columns(question);
            let empty = if read_only {
                0
            } else {
                1 + usize::from(more == Some(id))
            };
            let shown = fields::rows_in(values, id) + empty;
            let rows = if columns.is_empty() {
                Vec::new()
            } else {
                (0..shown)
                    .map(|row| {
                        columns
                            .iter()
                            .map(|c| {
                                let name = fields::row_field(id, row, &c.id);
                                CellView {
                                    value: one(&name),
                                    name,
                                    column: c.id.clone(),
                                }
                            })
                            .collect()
                    })
                    .collect()
            };
            let special = one(&format!("{id}-special"));
            let error = |reason: bool| {
                errors
                    .iter()
                    .find(|e| e.question == id && e.target.ends_with("-reason") == reason)
                    .cloned()
            };
            QuestionView {
                id: id.to_owned(),
                text: question.text.clone(),
                help: question.help.clone(),
                kind: kind(question.kind.value),
                required: question.required,
                applies,
                why_not,
                source: question.source.clone(),
                provisions: provisions(bundle, question),
                choices,
                value: one(id),
                columns,
                rows,
                special: if special.is_empty() {
                    "none".into()
                } else {
                    special
                },
                reason: one(&format!("{id}-reason")),
                error: error(false),
                reason_error: error(true),
                kept_aside: kept_aside.iter().any(|k| k == id),
            }
        })
        .collect()
}

fn kind(kind: QuestionKind) -> &'static str {
    match kind {
        QuestionKind::Compliance | QuestionKind::SingleChoice => "choice",
        QuestionKind::MultiChoice => "choices",
        QuestionKind::Text => "text",
        QuestionKind::Number => "number",
        QuestionKind::Date => "date",
        QuestionKind::Citations => "citations",
        QuestionKind::Table => "table",
    }
}

fn columns(question: &Question) -> Vec<ColumnView> {
    match question.kind.value {
        QuestionKind::Citations => [
            ("title", "form-column-title", "text", true),
            ("article", "form-column-article", "text", false),
            ("url", "form-column-url", "url", false),
        ]
        .into_iter()
        .map(|(id, message, kind, required)| ColumnView {
            id: id.into(),
            label: String::new(),
            label_id: Some(message),
            kind,
            required,
            choices: Vec::new(),
        })
        .collect(),
        QuestionKind::Table => question
            .columns
            .iter()
            .map(|c| ColumnView {
                id: c.id.value.clone(),
                label: c.label.clone(),
                label_id: None,
                kind: match c.kind {
                    ColumnKind::Text => "text",
                    ColumnKind::Number => "number",
                    ColumnKind::Date => "date",
                    ColumnKind::Choice => "choice",
                },
                required: c.required,
                choices: c
                    .choices
                    .iter()
                    .map(|ch| ChoiceView {
                        value: ch.value.value.clone(),
                        label: ch.label.clone(),
                        checked: false,
                    })
                    .collect(),
            })
            .collect(),
        _ => Vec::new(),
    }
}

fn provisions(bundle: &Bundle, question: &Question) -> Vec<ProvisionView> {
    question
        .provisions
        .iter()
        .filter_map(|id| {
            let (_, article, provision) = bundle.provision(&id.value)?;
            Some(ProvisionView {
                id: id.value.clone(),
                article: format!("Article {} · {}", article.number.value, article.title),
                text: provision.text.clone(),
                force: serde_json::to_value(provision.force.value)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default(),
                qualifier: provision.qualifier.clone(),
                condition: provision.condition.clone(),
            })
        })
        .collect()
}
