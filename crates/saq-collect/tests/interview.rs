//! The interview driven by scripted answers over the mini questionnaire
//! (`tests/fixtures/mini/`): resume, back, skip, conditional skips, special answers, answers
//! kept aside and restored, and a save after every answer.

use std::collections::{BTreeMap, VecDeque};
use std::io;
use std::path::PathBuf;

use saq_collect::prompt::Row;
use saq_collect::{
    Asked, Command, Ending, Interview, InterviewError, Notice, Prompt, Reply, SaveError,
};
use saq_model::answer::Citation;
use saq_model::answer_file;
use saq_model::answer_set::{AnswerSet, StateParty};
use saq_model::questionnaire::Column;
use saq_model::{Bundle, LoadedAnswers, SourceFile};
use serde_json::{Value as Json, json};

/// One scripted reply, for the question with the given id.
enum Say {
    Choice(&'static str),
    Choices(&'static [&'static str]),
    Text(&'static str),
    Number(f64),
    Date(&'static str),
    Citation(Option<&'static str>),
    Row(Option<Json>),
    Do(Command),
}

/// A prompt that replies from a script and logs everything it is shown.
struct Script {
    replies: VecDeque<(&'static str, Say)>,
    log: Vec<String>,
}

impl Script {
    fn new(replies: Vec<(&'static str, Say)>) -> Self {
        Script {
            replies: replies.into(),
            log: Vec::new(),
        }
    }

    /// The next reply, which must be for `asked`'s question; each question asked is logged as
    /// `? id`.
    fn next(&mut self, asked: &Asked<'_>) -> Say {
        let id = asked.question.id.value.as_str();
        self.log.push(format!("? {id}"));
        let Some((expected, say)) = self.replies.pop_front() else {
            panic!(
                "no reply scripted for `{id}`; log so far:\n{}",
                self.log.join("\n")
            );
        };
        assert_eq!(expected, id, "log so far:\n{}", self.log.join("\n"));
        say
    }
}

fn command<T>(say: Say) -> Reply<T> {
    match say {
        Say::Do(command) => Reply::Command(command),
        _ => panic!("the script gives a value of another kind"),
    }
}

impl Prompt for Script {
    fn notify(&mut self, notice: &Notice<'_>) -> io::Result<()> {
        let ids = |questions: &[&saq_model::questionnaire::Question]| {
            questions
                .iter()
                .map(|q| q.id.value.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        };
        self.log.push(match notice {
            Notice::Resuming { question, overall } => format!(
                "resuming at {} ({} of {} answered)",
                question.id.value, overall.answered, overall.applicable
            ),
            Notice::Section { section, .. } => format!("section {}", section.id.value),
            Notice::SectionSkipped { section, reason } => {
                format!("section skipped {}: {reason}", section.id.value)
            }
            Notice::Skipped { question, reason } => {
                format!("skipped {}: {reason}", question.id.value)
            }
            Notice::Rejected { problems } => format!("rejected: {}", problems[0].0),
            Notice::KeptAside { questions } => format!("kept aside {}", ids(questions)),
            Notice::Restored { questions } => format!("restored {}", ids(questions)),
            Notice::BackedUp { backup, .. } => format!("backed up {}", backup.comments),
            Notice::AtFirstQuestion => "at first question".into(),
            Notice::Finished {
                unanswered,
                missing_required,
            } => format!(
                "finished; unanswered [{}]; missing [{}]",
                ids(unanswered),
                ids(missing_required)
            ),
        });
        Ok(())
    }

    fn ask_choice(&mut self, asked: &Asked<'_>) -> io::Result<Reply<String>> {
        Ok(match self.next(asked) {
            Say::Choice(value) => Reply::Answer(value.into()),
            other => command(other),
        })
    }

    fn ask_choices(&mut self, asked: &Asked<'_>) -> io::Result<Reply<Vec<String>>> {
        Ok(match self.next(asked) {
            Say::Choices(values) => Reply::Answer(values.iter().map(|v| (*v).to_owned()).collect()),
            other => command(other),
        })
    }

    fn ask_text(&mut self, asked: &Asked<'_>) -> io::Result<Reply<String>> {
        Ok(match self.next(asked) {
            Say::Text(text) => Reply::Answer(text.into()),
            other => command(other),
        })
    }

    fn ask_number(&mut self, asked: &Asked<'_>) -> io::Result<Reply<f64>> {
        Ok(match self.next(asked) {
            Say::Number(n) => Reply::Answer(n),
            other => command(other),
        })
    }

    fn ask_date(&mut self, asked: &Asked<'_>) -> io::Result<Reply<String>> {
        Ok(match self.next(asked) {
            Say::Date(date) => Reply::Answer(date.into()),
            other => command(other),
        })
    }

    fn ask_citation(
        &mut self,
        asked: &Asked<'_>,
        _so_far: &[Citation],
    ) -> io::Result<Reply<Option<Citation>>> {
        Ok(match self.next(asked) {
            Say::Citation(title) => Reply::Answer(title.map(|t| Citation {
                title: t.into(),
                article: Some("article 1".into()),
                url: None,
            })),
            other => command(other),
        })
    }

    fn ask_row(
        &mut self,
        asked: &Asked<'_>,
        _columns: &[Column],
        _so_far: &[Row],
    ) -> io::Result<Reply<Option<Row>>> {
        Ok(match self.next(asked) {
            Say::Row(row) => Reply::Answer(row.map(|r| {
                r.as_object()
                    .unwrap()
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect::<BTreeMap<_, _>>()
            })),
            other => command(other),
        })
    }
}

fn mini() -> Bundle {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/mini");
    Bundle::read_dir(&dir).unwrap().value.unwrap()
}

/// Reads `text` as an answer set, which must be valid.
fn load(bundle: &Bundle, text: &str) -> LoadedAnswers {
    let checked = bundle.load_answers(&SourceFile::new("answers.yaml", text));
    let shown: Vec<String> = checked
        .diagnostics
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(!checked.has_errors(), "{}\n{text}", shown.join("\n"));
    checked.value.unwrap()
}

/// A new draft, as `saq init` writes it.
fn draft(bundle: &Bundle) -> String {
    let state = StateParty {
        name: "Testland".into(),
        code: None,
    };
    answer_file::render(
        bundle,
        &AnswerSet::draft(&bundle.questionnaire, state, "2026-01-05"),
    )
    .unwrap()
}

/// Runs an interview over `text` with `script`; returns how it ended, every text saved, and
/// the log. Every reply scripted must have been used.
fn interview(
    bundle: &Bundle,
    text: &str,
    from: Option<&str>,
    script: Vec<(&'static str, Say)>,
) -> (Ending, Vec<String>, Vec<String>) {
    let mut interview = Interview::new(bundle, load(bundle, text), "answers.yaml", "2026-02-01");
    let from = from.map(|id| interview.position_of(id).unwrap());
    let mut prompt = Script::new(script);
    let mut saved = Vec::new();
    let ending = interview
        .run(
            &mut prompt,
            from,
            &mut |text: &str| -> Result<(), SaveError> {
                saved.push(text.to_owned());
                Ok(())
            },
        )
        .unwrap();
    assert!(
        prompt.replies.is_empty(),
        "unused replies; log:\n{}",
        prompt.log.join("\n")
    );
    (ending, saved, prompt.log)
}

fn answers(bundle: &Bundle, text: &str) -> BTreeMap<String, Json> {
    load(bundle, text)
        .file
        .answers
        .iter()
        .filter(|(_, v)| !v.value.is_null())
        .map(|(k, v)| (k.value.clone(), v.value.clone()))
        .collect()
}

fn inactive(bundle: &Bundle, text: &str) -> BTreeMap<String, Json> {
    load(bundle, text)
        .file
        .inactive
        .iter()
        .map(|(k, v)| (k.value.clone(), v.value.clone()))
        .collect()
}

#[test]
fn every_kind_of_answer_is_asked_checked_and_saved_after_each_answer() {
    let bundle = mini();
    let (ending, saved, log) = interview(
        &bundle,
        &draft(&bundle),
        None,
        vec![
            ("profile_industry", Say::Choice("yes")),
            ("q_1_1", Say::Choice("maybe")),
            ("q_1_1", Say::Choice("partly")),
            ("q_1_1_measures", Say::Citation(Some("Penal Code"))),
            ("q_1_1_measures", Say::Citation(Some(" "))),
            ("q_1_1_measures", Say::Citation(Some("Firearms Act 2003"))),
            ("q_1_1_measures", Say::Citation(None)),
            ("q_1_1_cases", Say::Number(-1.0)),
            ("q_1_1_cases", Say::Number(12.0)),
            (
                "q_1_2",
                Say::Do(Command::NotApplicable("not yet debated".into())),
            ),
            ("q_2_1", Say::Choice("yes")),
            ("q_2_1_since", Say::Date("2024-02-30")),
            ("q_2_1_since", Say::Date("2024-02-29")),
            (
                "q_2_1_kinds",
                Say::Choices(&["legislative", "capacity-building"]),
            ),
            ("q_2_1_stats", Say::Row(Some(json!({"marked": 5})))),
            (
                "q_2_1_stats",
                Say::Row(Some(
                    json!({"year": 2024, "marked": 1200, "level": "national"}),
                )),
            ),
            ("q_2_1_stats", Say::Row(None)),
        ],
    );
    assert_eq!(ending, Ending::Finished);
    insta::assert_snapshot!(log.join("\n"), @r#"
    section profile
    ? profile_industry
    section article_1
    ? q_1_1
    rejected: answer to `q_1_1`: `maybe` is not one of the choices
    ? q_1_1
    ? q_1_1_measures
    ? q_1_1_measures
    rejected: a measure needs a title
    ? q_1_1_measures
    ? q_1_1_measures
    ? q_1_1_cases
    rejected: answer to `q_1_1_cases`: the number of cases cannot be negative
    ? q_1_1_cases
    ? q_1_2
    section article_2
    ? q_2_1
    ? q_2_1_since
    rejected: `2024-02-30` is not a date
    ? q_2_1_since
    ? q_2_1_kinds
    ? q_2_1_stats
    rejected: row 1 lacks the required column `year`
    ? q_2_1_stats
    ? q_2_1_stats
    finished; unanswered []; missing []
    "#);
    // One save per accepted answer, each a valid file with one more answer.
    assert_eq!(saved.len(), 9);
    for (i, text) in saved.iter().enumerate() {
        assert_eq!(answers(&bundle, text).len(), i + 1);
    }
    let last = load(&bundle, saved.last().unwrap());
    assert_eq!(last.file.updated.as_ref().unwrap().value, "2026-02-01");
    assert_eq!(
        answers(&bundle, saved.last().unwrap()),
        BTreeMap::from([
            ("profile_industry".into(), json!("yes")),
            ("q_1_1".into(), json!("partly")),
            (
                "q_1_1_measures".into(),
                json!([
                    {"title": "Penal Code", "article": "article 1"},
                    {"title": "Firearms Act 2003", "article": "article 1"}
                ])
            ),
            ("q_1_1_cases".into(), json!(12)),
            ("q_1_2".into(), json!({"not-applicable": "not yet debated"})),
            ("q_2_1".into(), json!("yes")),
            ("q_2_1_since".into(), json!("2024-02-29")),
            (
                "q_2_1_kinds".into(),
                json!(["legislative", "capacity-building"])
            ),
            (
                "q_2_1_stats".into(),
                json!([{"year": 2024, "marked": 1200, "level": "national"}])
            ),
        ])
    );
}

#[test]
fn questions_and_sections_excluded_by_conditions_are_skipped_and_said_so() {
    let bundle = mini();
    let (ending, saved, log) = interview(
        &bundle,
        &draft(&bundle),
        None,
        vec![
            ("profile_industry", Say::Choice("no")),
            ("q_1_1", Say::Choice("no")),
            (
                "q_1_2",
                Say::Do(Command::Unknown("the file is with the ministry".into())),
            ),
        ],
    );
    assert_eq!(ending, Ending::Finished);
    insta::assert_snapshot!(log.join("\n"), @r#"
    section profile
    ? profile_industry
    section article_1
    ? q_1_1
    skipped q_1_1_measures: asked only when q_1_1 in ["yes", "partly"]
    skipped q_1_1_cases: asked only when q_1_1 in ["yes", "partly"]
    ? q_1_2
    section skipped article_2: Marking at manufacture applies only where firearms are made.
    finished; unanswered []; missing []
    "#);
    assert_eq!(
        answers(&bundle, saved.last().unwrap())["q_1_2"],
        json!({"unknown": "the file is with the ministry"})
    );
}

#[test]
fn follow_ups_of_a_skipped_question_wait_for_its_answer() {
    // Skipping `q_1_1` leaves its follow-ups pending: they are not asked (their answer would only
    // be set aside once `q_1_1` is answered "No"), and the interview says why.
    let bundle = mini();
    let (ending, _, log) = interview(
        &bundle,
        &draft(&bundle),
        None,
        vec![
            ("profile_industry", Say::Choice("no")),
            ("q_1_1", Say::Do(Command::Skip)),
            ("q_1_2", Say::Choice("yes")),
        ],
    );
    assert_eq!(ending, Ending::Finished);
    insta::assert_snapshot!(log.join("\n"), @r"
    section profile
    ? profile_industry
    section article_1
    ? q_1_1
    skipped q_1_1_measures: asked once q_1_1 is answered
    skipped q_1_1_cases: asked once q_1_1 is answered
    ? q_1_2
    section skipped article_2: Marking at manufacture applies only where firearms are made.
    finished; unanswered [q_1_1]; missing [q_1_1]
    ");
}

#[test]
fn resumes_at_the_first_unanswered_question_and_quits_on_request() {
    let bundle = mini();
    let (_, saved, _) = interview(
        &bundle,
        &draft(&bundle),
        None,
        vec![
            ("profile_industry", Say::Choice("yes")),
            ("q_1_1", Say::Choice("yes")),
            ("q_1_1_measures", Say::Do(Command::Skip)),
            ("q_1_1_cases", Say::Do(Command::SaveAndQuit)),
        ],
    );
    let file = saved.last().unwrap();
    let (ending, _, log) = interview(
        &bundle,
        file,
        None,
        vec![("q_1_1_measures", Say::Do(Command::SaveAndQuit))],
    );
    assert_eq!(ending, Ending::Quit);
    insta::assert_snapshot!(log.join("\n"), @r"
    resuming at q_1_1_measures (2 of 9 answered)
    section article_1
    ? q_1_1_measures
    ");
}

#[test]
fn back_returns_to_the_previous_applicable_question() {
    let bundle = mini();
    let (_, saved, log) = interview(
        &bundle,
        &draft(&bundle),
        None,
        vec![
            ("profile_industry", Say::Do(Command::Back)),
            ("profile_industry", Say::Choice("no")),
            ("q_1_1", Say::Choice("no")),
            // Back passes over the two follow-ups that do not apply.
            ("q_1_2", Say::Do(Command::Back)),
            ("q_1_1", Say::Do(Command::Back)),
            ("profile_industry", Say::Do(Command::Skip)),
            ("q_1_1", Say::Do(Command::Skip)),
            ("q_1_2", Say::Do(Command::SaveAndQuit)),
        ],
    );
    insta::assert_snapshot!(log.join("\n"), @r#"
    section profile
    ? profile_industry
    at first question
    ? profile_industry
    section article_1
    ? q_1_1
    skipped q_1_1_measures: asked only when q_1_1 in ["yes", "partly"]
    skipped q_1_1_cases: asked only when q_1_1 in ["yes", "partly"]
    ? q_1_2
    ? q_1_1
    section profile
    ? profile_industry
    section article_1
    ? q_1_1
    skipped q_1_1_measures: asked only when q_1_1 in ["yes", "partly"]
    skipped q_1_1_cases: asked only when q_1_1 in ["yes", "partly"]
    ? q_1_2
    "#);
    // Skipping a question keeps its answer.
    assert_eq!(saved.len(), 2);
    assert_eq!(answers(&bundle, &saved[1])["q_1_1"], json!("no"));
}

#[test]
fn follow_ups_of_a_changed_answer_are_kept_aside_then_restored() {
    let bundle = mini();
    let (_, saved, _) = interview(
        &bundle,
        &draft(&bundle),
        None,
        vec![
            ("profile_industry", Say::Choice("yes")),
            ("q_1_1", Say::Choice("yes")),
            ("q_1_1_measures", Say::Citation(Some("Penal Code"))),
            ("q_1_1_measures", Say::Citation(None)),
            ("q_1_1_cases", Say::Number(3.0)),
            ("q_1_2", Say::Do(Command::Back)),
            ("q_1_1_cases", Say::Do(Command::Back)),
            ("q_1_1_measures", Say::Do(Command::Back)),
            ("q_1_1", Say::Choice("no")),
            ("q_1_2", Say::Do(Command::SaveAndQuit)),
        ],
    );
    let after_no = saved.last().unwrap();
    assert_eq!(
        inactive(&bundle, after_no),
        BTreeMap::from([
            (
                "q_1_1_measures".into(),
                json!([{"title": "Penal Code", "article": "article 1"}])
            ),
            ("q_1_1_cases".into(), json!(3)),
        ])
    );
    assert!(!answers(&bundle, after_no).contains_key("q_1_1_cases"));
    assert!(after_no.contains("\ninactive:\n"), "{after_no}");

    let (_, saved, log) = interview(
        &bundle,
        after_no,
        Some("q_1_1"),
        vec![
            ("q_1_1", Say::Choice("partly")),
            ("q_1_1_measures", Say::Do(Command::SaveAndQuit)),
        ],
    );
    insta::assert_snapshot!(log.join("\n"), @r"
    section article_1
    ? q_1_1
    restored q_1_1_measures q_1_1_cases
    ? q_1_1_measures
    ");
    let restored = saved.last().unwrap();
    assert!(inactive(&bundle, restored).is_empty());
    assert_eq!(answers(&bundle, restored)["q_1_1_cases"], json!(3));
    assert!(!restored.contains("inactive:"), "{restored}");
}

#[test]
fn the_log_of_kept_aside_answers_names_them() {
    let bundle = mini();
    let (_, _, log) = interview(
        &bundle,
        &draft(&bundle),
        None,
        vec![
            ("profile_industry", Say::Choice("yes")),
            ("q_1_1", Say::Choice("yes")),
            ("q_1_1_measures", Say::Do(Command::Skip)),
            ("q_1_1_cases", Say::Number(3.0)),
            ("q_1_2", Say::Do(Command::Back)),
            ("q_1_1_cases", Say::Do(Command::Back)),
            ("q_1_1_measures", Say::Do(Command::Back)),
            ("q_1_1", Say::Choice("no")),
            ("q_1_2", Say::Do(Command::SaveAndQuit)),
        ],
    );
    assert!(
        log.contains(&"kept aside q_1_1_cases".to_owned()),
        "{}",
        log.join("\n")
    );
}

#[test]
fn a_list_being_entered_is_saved_when_quitting() {
    let bundle = mini();
    let (ending, saved, _) = interview(
        &bundle,
        &draft(&bundle),
        None,
        vec![
            ("profile_industry", Say::Choice("yes")),
            ("q_1_1", Say::Choice("yes")),
            ("q_1_1_measures", Say::Citation(Some("Penal Code"))),
            ("q_1_1_measures", Say::Do(Command::SaveAndQuit)),
        ],
    );
    assert_eq!(ending, Ending::Quit);
    assert_eq!(
        answers(&bundle, saved.last().unwrap())["q_1_1_measures"],
        json!([{"title": "Penal Code", "article": "article 1"}])
    );
}

#[test]
fn a_reason_is_required() {
    let bundle = mini();
    let (_, saved, log) = interview(
        &bundle,
        &draft(&bundle),
        None,
        vec![
            (
                "profile_industry",
                Say::Do(Command::NotApplicable("  ".into())),
            ),
            ("profile_industry", Say::Do(Command::SaveAndQuit)),
        ],
    );
    assert!(saved.is_empty());
    assert!(
        log.contains(
            &"rejected: answer to `profile_industry`: `not-applicable` needs a reason".to_owned()
        ),
        "{}",
        log.join("\n")
    );
}

#[test]
fn text_answers_keep_their_lines() {
    // The mini questionnaire has no text question; the built-in one has many.
    let bundle = Bundle::builtin().value.unwrap();
    let notes = "Three licensed workshops.\nThey make shotguns: about 200 a year.\n";
    let (_, saved, _) = interview(
        &bundle,
        &draft(&bundle),
        Some("profile_manufacturing_industry"),
        vec![
            ("profile_manufacturing_industry", Say::Choice("yes")),
            ("profile_manufacturing_notes", Say::Text("   ")),
            ("profile_def_firearm", Say::Do(Command::Back)),
            ("profile_manufacturing_notes", Say::Text(notes)),
            ("profile_def_firearm", Say::Do(Command::SaveAndQuit)),
        ],
    );
    assert_eq!(saved.len(), 2);
    assert_eq!(
        answers(&bundle, &saved[1])["profile_manufacturing_notes"],
        json!(notes)
    );
}

#[test]
fn a_failed_save_stops_the_interview_and_keeps_the_answers_as_they_were() {
    let bundle = mini();
    let text = draft(&bundle);
    let mut interview = Interview::new(&bundle, load(&bundle, &text), "answers.yaml", "2026-02-01");
    let mut prompt = Script::new(vec![("profile_industry", Say::Choice("yes"))]);
    let result = interview.run(&mut prompt, None, &mut |_: &str| -> Result<(), SaveError> {
        Err(SaveError::Io {
            path: "answers.yaml".into(),
            source: io::Error::other("disk full"),
        })
    });
    assert!(matches!(result, Err(InterviewError::Save(_))));
    assert!(interview.answers().answers.is_empty());
}
