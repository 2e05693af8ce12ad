//! The status of answer sets, as `saq status --format json` writes it (described by
//! `status.schema.json`, printed by `saq schema status`): per file, who answers, how far the
//! answers have come section by section, what blocks submission, and every problem found.

use saq_model::answer_set::Status;
use saq_model::{Bundle, Checked, Diagnostic, LoadedAnswers};
use schemars::JsonSchema;
use serde::Serialize;

use crate::progress::{Counts, Progress, SectionProgress};

/// The status of every answer set asked about that could be read. A stable shape: fields may be
/// added, never renamed or removed.
#[derive(Debug, Serialize, JsonSchema)]
pub struct StatusReport {
    /// The version of this format: 1.
    pub format_version: u32,
    /// One entry per file, in the order given.
    pub files: Vec<FileStatus>,
}

/// The status of one answer set.
#[derive(Debug, Serialize, JsonSchema)]
pub struct FileStatus {
    /// The file as the user named it.
    pub file: String,
    /// The State answering; null when the file could not be parsed.
    pub state: Option<StateName>,
    /// `draft` or `submitted`; null when the file could not be parsed.
    pub status: Option<Status>,
    /// The date of submission, when the file gives one.
    pub submitted: Option<String>,
    /// True when nothing blocks submission: no errors, every required applicable question
    /// answered.
    pub ready_to_submit: bool,
    /// Required applicable questions without an answer, in questionnaire order.
    pub missing: Vec<String>,
    /// Questions that do not apply but have an answer, in questionnaire order.
    pub not_applying_questions: Vec<String>,
    /// Progress per section, in questionnaire order.
    pub sections: Vec<SectionProgress>,
    /// The sums over all sections.
    pub total: Counts,
    /// Every problem found in the file.
    pub diagnostics: Vec<Diagnostic>,
}

/// Who answers, as the file says.
#[derive(Debug, Serialize, JsonSchema)]
pub struct StateName {
    /// The State's name.
    pub name: String,
    /// Its code, when the file gives one.
    pub code: Option<String>,
}

impl StatusReport {
    /// The report of `files`, in this format's current version.
    pub fn new(files: Vec<FileStatus>) -> StatusReport {
        StatusReport {
            format_version: saq_model::FORMAT_VERSION,
            files,
        }
    }

    /// The JSON Schema of this format.
    pub fn schema_json() -> String {
        saq_model::schema::schema_json::<StatusReport>()
    }
}

impl FileStatus {
    /// The status of a file whose answers could not be read: only its diagnostics.
    pub fn unchecked(file: &str, diagnostics: Vec<Diagnostic>) -> FileStatus {
        FileStatus {
            file: file.to_owned(),
            state: None,
            status: None,
            submitted: None,
            ready_to_submit: false,
            missing: Vec::new(),
            not_applying_questions: Vec::new(),
            sections: Vec::new(),
            total: Counts::default(),
            diagnostics,
        }
    }

    /// The status of the answer set `file`, read and checked against `bundle` as `checked`.
    pub fn of(file: &str, checked: Checked<LoadedAnswers>, bundle: &Bundle) -> FileStatus {
        let has_errors = checked.has_errors();
        let mut status = FileStatus::unchecked(file, checked.diagnostics);
        let Some(loaded) = checked.value else {
            return status;
        };
        // A set that answers one review cluster counts that cluster's questions only.
        let bundle = loaded.bundle(bundle);
        let progress = Progress::of(&bundle.questionnaire, &loaded.answers);
        let set = loaded.file.clone();
        status.state = Some(StateName {
            name: set.state.name,
            code: set.state.code.map(|c| c.value),
        });
        status.status = Some(set.status.value);
        status.submitted = set.submitted.map(|d| d.value);
        status.missing = progress.missing().map(str::to_owned).collect();
        status.not_applying_questions = progress.not_applying().map(str::to_owned).collect();
        status.ready_to_submit = !has_errors && status.missing.is_empty();
        status.total = progress.total;
        status.sections = progress.sections;
        status
    }

    /// The error diagnostics among the file's problems.
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }
}
