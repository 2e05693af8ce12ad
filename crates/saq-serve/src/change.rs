//! A section's answers applied to the answer set: the same steps as an answer given in
//! `saq fill` — the new answers set, the answers of questions that stop applying moved to
//! `inactive:` and those that apply again moved back, `updated:` dated, the whole new file
//! written in saq's layout and checked as `saq validate` checks it. Only a text that passes is
//! handed back for saving.

use std::collections::BTreeMap;

use saq_collect::inactive::{Moved, reconcile};
use saq_model::answer::Answer;
use saq_model::answer_file;
use saq_model::answer_set::AnswerSet;
use saq_model::applicability::Applicability;
use saq_model::error::WriteError;
use saq_model::questionnaire::Questionnaire;
use saq_model::{Bundle, Diagnostic, Located, SourceFile};
use serde_json::Value as Json;

use crate::posted::Change;

/// The new file a section's changes make.
#[derive(Debug)]
pub(crate) struct Applied {
    /// The whole new text, checked.
    pub(crate) text: String,
    /// Answers moved to or from `inactive:`.
    pub(crate) moved: Moved,
}

/// Why the changes make no file to save.
#[derive(Debug, thiserror::Error)]
pub(crate) enum Refused {
    /// The new file would not pass `saq validate`: its errors.
    #[error("the answers do not pass the checks")]
    Invalid(Vec<Diagnostic>),
    /// The answers could not be written as YAML.
    #[error(transparent)]
    Write(#[from] WriteError),
}

/// Applies `changes` to `file` (read with `bundle`, scoped to its cluster if it names one),
/// dating the change `today`; `None` when they change nothing. `name` names the file in
/// diagnostics.
pub(crate) fn apply(
    bundle: &Bundle,
    file: &AnswerSet,
    changes: &[(String, Change)],
    today: &str,
    name: &str,
) -> Result<Option<Applied>, Refused> {
    let questionnaire = &bundle.questionnaire;
    let mut set = file.clone();
    let mut changed = Vec::new();
    for (id, change) in changes {
        match change {
            Change::Set(value) => {
                let inactive = set.inactive_answer(id).is_some();
                if !inactive && same_answer(questionnaire, id, set.answer(id), value) {
                    continue;
                }
                set.answers
                    .insert(Located::new(id.clone()), Located::new(value.clone()));
                // A new answer replaces the one kept aside: the person has just given it.
                set.inactive.remove(id.as_str());
            }
            Change::Clear => {
                if set.answers.remove(id.as_str()).is_none() {
                    continue;
                }
            }
        }
        changed.push(id.as_str());
    }
    // A question that does not apply once the other answers are in (a page made before an
    // earlier answer changed, a script showing a question the server would not) keeps what
    // the file had: its posted value is not taken.
    let applicability = Applicability::evaluate(questionnaire, &interpreted(bundle, &set));
    for id in &changed {
        if !applicability.of(id).is_yes() {
            restore(&mut set, file, id);
        }
    }
    if set.answers == file.answers && set.inactive == file.inactive {
        return Ok(None);
    }
    set.updated = Some(Located::new(today.to_owned()));
    let moved = reconcile(questionnaire, &mut set);
    let text = answer_file::render(bundle, &set)?;
    let checked = bundle.load_answers(&SourceFile::new(name, text.clone()));
    if checked.has_errors() || checked.value.is_none() {
        let errors = checked
            .diagnostics
            .into_iter()
            .filter(Diagnostic::is_error)
            .collect();
        return Err(Refused::Invalid(errors));
    }
    Ok(Some(Applied { text, moved }))
}

/// Which questions apply once `changes` are made to `file`, without saving anything (for the
/// script that shows and hides follow-ups as answers are chosen).
pub(crate) fn preview(
    bundle: &Bundle,
    file: &AnswerSet,
    changes: &[(String, Change)],
) -> Applicability {
    let mut set = file.clone();
    for (id, change) in changes {
        match change {
            Change::Set(value) => {
                set.answers
                    .insert(Located::new(id.clone()), Located::new(value.clone()));
            }
            Change::Clear => {
                set.answers.remove(id.as_str());
            }
        }
    }
    Applicability::evaluate(&bundle.questionnaire, &interpreted(bundle, &set))
}

/// True when `old` and `new` say the same (`- Act` and `- title: Act` do): the form shows an
/// answer in its own fields, and saving a page unchanged must not rewrite what the file says.
fn same_answer(questionnaire: &Questionnaire, id: &str, old: Option<&Json>, new: &Json) -> bool {
    let Some(old) = old else { return false };
    if old == new {
        return true;
    }
    let Some((_, question)) = questionnaire.questions().find(|(_, q)| q.id.value == id) else {
        return false;
    };
    match (
        Answer::interpret(questionnaire, question, old),
        Answer::interpret(questionnaire, question, new),
    ) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// The answers that fit their questions, as conditions read them.
fn interpreted(bundle: &Bundle, set: &AnswerSet) -> BTreeMap<String, Answer> {
    let questionnaire = &bundle.questionnaire;
    questionnaire
        .questions()
        .filter_map(|(_, q)| {
            let value = set.answer(&q.id.value)?;
            let answer = Answer::interpret(questionnaire, q, value).ok()?;
            Some((q.id.value.clone(), answer))
        })
        .collect()
}

/// Puts `id`'s answer and kept-aside answer back as `file` has them.
fn restore(set: &mut AnswerSet, file: &AnswerSet, id: &str) {
    set.answers.remove(id);
    set.inactive.remove(id);
    if let Some((k, v)) = file.answers.get_key_value(id) {
        set.answers.insert(k.clone(), v.clone());
    }
    if let Some((k, v)) = file.inactive.get_key_value(id) {
        set.inactive.insert(k.clone(), v.clone());
    }
}
