//! The interview: each applicable question in order, asked through a [`Prompt`], each answer
//! checked and saved before the next question.

use std::io;

use saq_model::answer::{Answer, Citation, is_date, number_value};
use saq_model::answer_file;
use saq_model::applicability::{Applicability, Applies};
use saq_model::error::WriteError;
use saq_model::instrument::Provision;
use saq_model::questionnaire::{Question, QuestionKind, Section};
use saq_model::{Bundle, LoadedAnswers, Located, SourceFile};
use serde_json::Value as Json;

use crate::backup::BackupError;
use crate::inactive::{Moved, reconcile};
use crate::progress::{Progress, excluded_by_section};
use crate::prompt::{Asked, Command, Notice, Prompt, Reply, Row};
use crate::save::SaveError;
use crate::store::{Store, StoreError};

/// How an interview ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// Every question was passed (some may have been skipped).
    Finished,
    /// The person chose to save and quit.
    Quit,
}

/// The interview stopped before its end.
#[derive(Debug, thiserror::Error)]
pub enum InterviewError {
    /// The prompt could not ask (the terminal went away).
    #[error("cannot ask: {0}")]
    Prompt(#[from] io::Error),
    /// An answer could not be saved; the file holds the answers up to the previous one.
    #[error(transparent)]
    Save(#[from] SaveError),
    /// The backup copy due before the first save could not be written; the file was not
    /// changed.
    #[error(transparent)]
    Backup(#[from] BackupError),
    /// The answers could not be written as YAML.
    #[error(transparent)]
    Write(#[from] WriteError),
}

impl From<StoreError> for InterviewError {
    fn from(err: StoreError) -> Self {
        match err {
            StoreError::Save(err) => InterviewError::Save(err),
            StoreError::Backup(err) => InterviewError::Backup(err),
        }
    }
}

/// An interview over one answer set.
pub struct Interview<'b> {
    bundle: &'b Bundle,
    loaded: LoadedAnswers,
    /// The file's name, for the check each new version goes through before it is saved.
    name: String,
    /// Written as `updated:` with every save.
    today: String,
    slots: Vec<Slot<'b>>,
}

/// A question in interview order, and where its section ends.
#[derive(Clone, Copy)]
struct Slot<'b> {
    section_index: usize,
    section: &'b Section,
    question: &'b Question,
    section_end: usize,
}

/// What one question produced.
enum Step {
    Value(Json),
    /// A list was being entered when the person quit: keep what was entered, then stop.
    ValueThenQuit(Json),
    Command(Command),
    Invalid(String, Option<String>),
}

impl<'b> Interview<'b> {
    /// An interview over `loaded` (answers that passed [`Bundle::load_answers`] without errors),
    /// saved under the name `name`, dating changes `today` (`YYYY-MM-DD`).
    pub fn new(bundle: &'b Bundle, loaded: LoadedAnswers, name: &str, today: &str) -> Self {
        let mut slots = Vec::new();
        for (section_index, section) in bundle.questionnaire.sections.iter().enumerate() {
            let start = slots.len();
            for question in &section.questions {
                slots.push(Slot {
                    section_index,
                    section,
                    question,
                    section_end: start + section.questions.len(),
                });
            }
        }
        Interview {
            bundle,
            loaded,
            name: name.to_owned(),
            today: today.to_owned(),
            slots,
        }
    }

    /// The answers as they stand.
    pub fn answers(&self) -> &LoadedAnswers {
        &self.loaded
    }

    /// The position of a question, to start an interview there.
    pub fn position_of(&self, question_id: &str) -> Option<usize> {
        self.slots
            .iter()
            .position(|s| s.question.id.value == question_id)
    }

    /// The first applicable question without an answer (the number of questions when every
    /// applicable one is answered).
    pub fn first_unanswered(&self) -> usize {
        let applicability = self.applicability();
        self.slots
            .iter()
            .position(|s| {
                let id = s.question.id.value.as_str();
                applicability.of(id).is_yes() && !self.loaded.answers.contains_key(id)
            })
            .unwrap_or(self.slots.len())
    }

    /// Asks every applicable question from `from` (default: the first unanswered one) to the
    /// end, or until the person quits. Each accepted answer is handed to `store` as the full
    /// new text of the file before the next question is asked; a backup copy it makes is told.
    pub fn run(
        &mut self,
        prompt: &mut dyn Prompt,
        from: Option<usize>,
        store: &mut dyn Store,
    ) -> Result<Ending, InterviewError> {
        let mut pos = match from {
            Some(pos) => pos,
            None => {
                let pos = self.first_unanswered();
                if pos > 0 && pos < self.slots.len() {
                    let overall = self.progress().total;
                    prompt.notify(&Notice::Resuming {
                        question: self.slots[pos].question,
                        overall,
                    })?;
                }
                pos
            }
        };
        let mut shown_section = None;
        loop {
            let Some(slot) = self.slots.get(pos).copied() else {
                self.finish(prompt)?;
                return Ok(Ending::Finished);
            };
            let applicability = self.applicability();
            // A question waiting for an earlier answer is skipped like an excluded one: asking
            // it now would only see its answer set aside once the earlier one is given.
            let skipped = match applicability.of(&slot.question.id) {
                Applies::No { reason, .. } => Some(reason.clone()),
                Applies::Pending { waiting_on } => {
                    Some(format!("asked once {} is answered", waiting_on.join(", ")))
                }
                Applies::Yes => None,
            };
            if let Some(reason) = skipped {
                match excluded_by_section(
                    slot.section,
                    slot.section.questions.first(),
                    &applicability,
                ) {
                    Some(reason) => {
                        prompt.notify(&Notice::SectionSkipped {
                            section: slot.section,
                            reason,
                        })?;
                        pos = slot.section_end;
                    }
                    None => {
                        prompt.notify(&Notice::Skipped {
                            question: slot.question,
                            reason,
                        })?;
                        pos += 1;
                    }
                }
                continue;
            }
            let progress = self.progress();
            let in_section = progress
                .section(&slot.section.id)
                .map(|s| s.counts)
                .unwrap_or_default();
            if shown_section != Some(slot.section_index) {
                prompt.notify(&Notice::Section {
                    section: slot.section,
                    in_section,
                })?;
                shown_section = Some(slot.section_index);
            }
            let step = self.ask(prompt, slot, in_section, progress.total)?;
            let special = |key: &str, reason: String| serde_json::json!({ key: reason });
            match step {
                Step::Value(value) => {
                    if self.record(prompt, slot.question, value, store)? {
                        pos += 1;
                    }
                }
                Step::ValueThenQuit(value) => {
                    self.record(prompt, slot.question, value, store)?;
                    return Ok(Ending::Quit);
                }
                Step::Invalid(message, help) => {
                    prompt.notify(&Notice::Rejected {
                        problems: vec![(message, help)],
                    })?;
                }
                Step::Command(Command::Back) => {
                    let previous = (0..pos)
                        .rev()
                        .find(|&p| applicability.of(&self.slots[p].question.id).is_yes());
                    match previous {
                        Some(previous) => pos = previous,
                        None => prompt.notify(&Notice::AtFirstQuestion)?,
                    }
                }
                Step::Command(Command::Skip) => pos += 1,
                Step::Command(Command::NotApplicable(reason)) => {
                    let value = special("not-applicable", reason);
                    if self.record(prompt, slot.question, value, store)? {
                        pos += 1;
                    }
                }
                Step::Command(Command::Unknown(reason)) => {
                    let value = special("unknown", reason);
                    if self.record(prompt, slot.question, value, store)? {
                        pos += 1;
                    }
                }
                Step::Command(Command::SaveAndQuit) => return Ok(Ending::Quit),
            }
        }
    }

    fn applicability(&self) -> Applicability {
        Applicability::evaluate(&self.bundle.questionnaire, &self.loaded.answers)
    }

    fn progress(&self) -> Progress {
        Progress::of(&self.bundle.questionnaire, &self.loaded.answers)
    }

    /// Asks `slot`'s question by its kind.
    fn ask(
        &self,
        prompt: &mut dyn Prompt,
        slot: Slot<'_>,
        in_section: crate::progress::Counts,
        overall: crate::progress::Counts,
    ) -> io::Result<Step> {
        let question = slot.question;
        let provisions: Vec<&Provision> = question
            .provisions
            .iter()
            .filter_map(|id| self.bundle.provision(id).map(|(_, _, p)| p))
            .collect();
        let current = self.loaded.answers.get(question.id.value.as_str());
        let asked = Asked {
            section: slot.section,
            question,
            provisions: &provisions,
            choices: self.bundle.questionnaire.choices_of(question),
            current,
            in_section,
            overall,
        };
        Ok(match question.kind.value {
            QuestionKind::Compliance | QuestionKind::SingleChoice => {
                step(prompt.ask_choice(&asked)?, Json::String)
            }
            QuestionKind::MultiChoice => step(prompt.ask_choices(&asked)?, |picked| {
                Json::Array(picked.into_iter().map(Json::String).collect())
            }),
            QuestionKind::Text => match prompt.ask_text(&asked)? {
                // An empty text says nothing: it leaves the question as it was.
                Reply::Answer(text) if text.trim().is_empty() => Step::Command(Command::Skip),
                reply => step(reply, Json::String),
            },
            QuestionKind::Number => match prompt.ask_number(&asked)? {
                Reply::Answer(n) => match number_value(n) {
                    Some(value) => Step::Value(value),
                    None => Step::Invalid(
                        format!("{n} is not a number saq can store"),
                        Some("write digits only, such as `42` or `3.5`".into()),
                    ),
                },
                Reply::Command(command) => Step::Command(command),
            },
            QuestionKind::Date => match prompt.ask_date(&asked)? {
                Reply::Answer(date) if !is_date(date.trim()) => Step::Invalid(
                    format!("`{}` is not a date", date.trim()),
                    Some("write the date as YYYY-MM-DD, such as `2026-03-31`".into()),
                ),
                reply => step(reply, |d| Json::String(d.trim().to_owned())),
            },
            QuestionKind::Citations => self.ask_citations(prompt, &asked)?,
            QuestionKind::Table => self.ask_rows(prompt, &asked)?,
        })
    }

    /// Citations one by one, added to those already given.
    fn ask_citations(&self, prompt: &mut dyn Prompt, asked: &Asked<'_>) -> io::Result<Step> {
        let mut list: Vec<Citation> = match asked.current {
            Some(Answer::Citations(list)) => list.clone(),
            _ => Vec::new(),
        };
        let before = list.len();
        loop {
            match prompt.ask_citation(asked, &list)? {
                Reply::Answer(Some(citation)) if citation.title.trim().is_empty() => {
                    prompt.notify(&Notice::Rejected {
                        problems: vec![(
                            "a measure needs a title".into(),
                            Some(format!(
                                "give the title of the law or measure, such as \"{}\"",
                                self.bundle.questionnaire.vocabulary.example_measure()
                            )),
                        )],
                    })?;
                }
                Reply::Answer(Some(citation)) => list.push(citation),
                Reply::Answer(None) if list.len() == before => {
                    return Ok(Step::Command(Command::Skip));
                }
                Reply::Answer(None) => return Ok(Step::Value(citations(&list))),
                Reply::Command(Command::SaveAndQuit) if list.len() > before => {
                    return Ok(Step::ValueThenQuit(citations(&list)));
                }
                Reply::Command(command) => return Ok(Step::Command(command)),
            }
        }
    }

    /// Table rows one by one, added to those already given; each row is checked as it comes.
    fn ask_rows(&self, prompt: &mut dyn Prompt, asked: &Asked<'_>) -> io::Result<Step> {
        let question = asked.question;
        let mut rows: Vec<Row> = match asked.current {
            Some(Answer::Table(rows)) => rows.clone(),
            _ => Vec::new(),
        };
        let before = rows.len();
        let table = |rows: &[Row]| {
            Json::Array(
                rows.iter()
                    .cloned()
                    .map(|r| Json::Object(r.into_iter().collect()))
                    .collect(),
            )
        };
        loop {
            match prompt.ask_row(asked, &question.columns, &rows)? {
                Reply::Answer(Some(row)) => {
                    let mut candidate = rows.clone();
                    candidate.push(row);
                    match Answer::interpret(
                        &self.bundle.questionnaire,
                        question,
                        &table(&candidate),
                    ) {
                        Ok(_) => rows = candidate,
                        Err(problem) => prompt.notify(&Notice::Rejected {
                            problems: vec![(problem.message, Some(problem.help))],
                        })?,
                    }
                }
                Reply::Answer(None) if rows.len() == before => {
                    return Ok(Step::Command(Command::Skip));
                }
                Reply::Answer(None) => return Ok(Step::Value(table(&rows))),
                Reply::Command(Command::SaveAndQuit) if rows.len() > before => {
                    return Ok(Step::ValueThenQuit(table(&rows)));
                }
                Reply::Command(command) => return Ok(Step::Command(command)),
            }
        }
    }

    /// Records `value` as the answer to `question` if the file it makes is valid: moves answers
    /// that stop or start applying, checks the whole new file, saves it. Returns false (after
    /// saying why) when the answer is refused; nothing changes then.
    fn record(
        &mut self,
        prompt: &mut dyn Prompt,
        question: &'b Question,
        value: Json,
        store: &mut dyn Store,
    ) -> Result<bool, InterviewError> {
        let mut set = self.loaded.file.clone();
        set.answers
            .insert(Located::new(question.id.value.clone()), Located::new(value));
        set.updated = Some(Located::new(self.today.clone()));
        let moved = reconcile(&self.bundle.questionnaire, &mut set);
        let text = answer_file::render(self.bundle, &set)?;
        // The file is saved only if `saq validate` would accept it.
        let checked = self
            .bundle
            .load_answers(&SourceFile::new(self.name.clone(), text.clone()));
        let loaded = match (checked.has_errors(), checked.value) {
            (false, Some(loaded)) => loaded,
            (_, _) => {
                let problems = checked
                    .diagnostics
                    .iter()
                    .filter(|d| d.is_error())
                    .map(|d| (d.message.clone(), d.help.clone()))
                    .collect();
                prompt.notify(&Notice::Rejected { problems })?;
                return Ok(false);
            }
        };
        if let Some(backup) = store.store(&text)? {
            prompt.notify(&Notice::BackedUp {
                file: &self.name,
                backup,
            })?;
        }
        self.loaded = loaded;
        self.tell_moved(prompt, &moved)?;
        Ok(true)
    }

    fn tell_moved(&self, prompt: &mut dyn Prompt, moved: &Moved) -> io::Result<()> {
        let questions = |ids: &[String]| -> Vec<&'b Question> {
            ids.iter()
                .filter_map(|id| self.position_of(id).map(|p| self.slots[p].question))
                .collect()
        };
        if !moved.kept_aside.is_empty() {
            prompt.notify(&Notice::KeptAside {
                questions: questions(&moved.kept_aside),
            })?;
        }
        if !moved.restored.is_empty() {
            prompt.notify(&Notice::Restored {
                questions: questions(&moved.restored),
            })?;
        }
        Ok(())
    }

    fn finish(&self, prompt: &mut dyn Prompt) -> io::Result<()> {
        let applicability = self.applicability();
        let unanswered: Vec<&Question> = self
            .slots
            .iter()
            .map(|s| s.question)
            .filter(|q| {
                applicability.of(&q.id).is_yes()
                    && !self.loaded.answers.contains_key(q.id.value.as_str())
            })
            .collect();
        let missing_required = unanswered.iter().copied().filter(|q| q.required).collect();
        prompt.notify(&Notice::Finished {
            unanswered,
            missing_required,
        })
    }
}

fn step<T>(reply: Reply<T>, value: impl FnOnce(T) -> Json) -> Step {
    match reply {
        Reply::Answer(answer) => Step::Value(value(answer)),
        Reply::Command(command) => Step::Command(command),
    }
}

fn citations(list: &[Citation]) -> Json {
    Json::Array(
        list.iter()
            .map(|c| serde_json::to_value(c).unwrap_or(Json::Null))
            .collect(),
    )
}
