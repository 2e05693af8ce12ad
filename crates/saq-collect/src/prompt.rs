//! What the interview needs from whoever answers: a [`Prompt`]. The terminal implements it in
//! the CLI; tests implement it with scripted replies.

use std::collections::BTreeMap;
use std::io;

use saq_model::answer::{Answer, Citation};
use saq_model::instrument::Provision;
use saq_model::questionnaire::{Choice, Column, Question, Section};
use serde_json::Value as Json;

use crate::backup::Backup;
use crate::progress::Counts;

/// A row of a table answer: column id to value.
pub type Row = BTreeMap<String, Json>;

/// Instead of an answer: move around, or answer with a reason instead of a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Go back to the previous applicable question.
    Back,
    /// Leave this question as it is and go on.
    Skip,
    /// The question does not apply to this State, for this reason.
    NotApplicable(String),
    /// The answer is not known, for this reason.
    Unknown(String),
    /// Stop here. Every answer is already saved; a list being entered is saved as far as it
    /// goes.
    SaveAndQuit,
}

/// What a prompt returns: a value of the kind asked for, or a command.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply<T> {
    /// The value.
    Answer(T),
    /// A command instead.
    Command(Command),
}

/// One question being asked, with everything needed to show it.
#[derive(Debug, Clone, Copy)]
pub struct Asked<'a> {
    /// The section it belongs to.
    pub section: &'a Section,
    /// The question.
    pub question: &'a Question,
    /// The provisions it assesses, with the treaty's text.
    pub provisions: &'a [&'a Provision],
    /// For choice questions, the allowed choices.
    pub choices: &'a [Choice],
    /// The answer already given, if any.
    pub current: Option<&'a Answer>,
    /// Progress in the question's section.
    pub in_section: Counts,
    /// Progress in the whole questionnaire.
    pub overall: Counts,
}

/// Something to tell the person answering, which needs no reply.
#[derive(Debug, Clone)]
pub enum Notice<'a> {
    /// The interview resumes where answers stop.
    Resuming {
        /// The first question asked.
        question: &'a Question,
        /// Progress so far.
        overall: Counts,
    },
    /// A new section starts.
    Section {
        /// The section.
        section: &'a Section,
        /// Progress in it.
        in_section: Counts,
    },
    /// A whole section is skipped: its condition excludes it.
    SectionSkipped {
        /// The section.
        section: &'a Section,
        /// Why.
        reason: String,
    },
    /// A question is skipped: its condition excludes it.
    Skipped {
        /// The question.
        question: &'a Question,
        /// Why.
        reason: String,
    },
    /// The answer given was not accepted; the question is asked again.
    Rejected {
        /// Each problem: what is wrong and, when there is something to say, what to do.
        problems: Vec<(String, Option<String>)>,
    },
    /// Answers kept aside under `inactive:`: their questions stopped applying.
    KeptAside {
        /// The questions.
        questions: Vec<&'a Question>,
    },
    /// Inactive answers brought back: their questions apply again.
    Restored {
        /// The questions.
        questions: Vec<&'a Question>,
    },
    /// The first save rewrote the file in saq's layout, and comments of one's own it dropped
    /// are kept in a backup copy.
    BackedUp {
        /// The answer file, as named.
        file: &'a str,
        /// The copy.
        backup: Backup,
    },
    /// `back` at the first question.
    AtFirstQuestion,
    /// The last question is behind.
    Finished {
        /// Applicable questions still without an answer.
        unanswered: Vec<&'a Question>,
        /// Of those, the required ones: what blocks submission.
        missing_required: Vec<&'a Question>,
    },
}

/// Asks questions and shows notices. Each `ask_*` method asks for one value of a kind, or a
/// [`Command`]; the interview checks the value, saves it and decides what comes next.
pub trait Prompt {
    /// Shows a notice.
    fn notify(&mut self, notice: &Notice<'_>) -> io::Result<()>;

    /// One of `asked.choices` (compliance and single-choice questions): its value.
    fn ask_choice(&mut self, asked: &Asked<'_>) -> io::Result<Reply<String>>;

    /// Any number of `asked.choices`: their values.
    fn ask_choices(&mut self, asked: &Asked<'_>) -> io::Result<Reply<Vec<String>>>;

    /// Free text, possibly long.
    fn ask_text(&mut self, asked: &Asked<'_>) -> io::Result<Reply<String>>;

    /// A number.
    fn ask_number(&mut self, asked: &Asked<'_>) -> io::Result<Reply<f64>>;

    /// A date, `YYYY-MM-DD`.
    fn ask_date(&mut self, asked: &Asked<'_>) -> io::Result<Reply<String>>;

    /// The next measure to cite after `so_far`, or `None` when the list is complete.
    fn ask_citation(
        &mut self,
        asked: &Asked<'_>,
        so_far: &[Citation],
    ) -> io::Result<Reply<Option<Citation>>>;

    /// The next row of a table after `so_far`, or `None` when the table is complete.
    fn ask_row(
        &mut self,
        asked: &Asked<'_>,
        columns: &[Column],
        so_far: &[Row],
    ) -> io::Result<Reply<Option<Row>>>;
}
