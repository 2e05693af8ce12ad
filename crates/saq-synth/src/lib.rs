//! Deterministic synthetic answer sets: the same seed and count give the same files, byte for
//! byte, so benchmarks and load tests measure the same work every time.
//!
//! The States are fictional ("Synthetic State 0001"…), their answers plausible in shape (every
//! answer fits its question, conditions are respected, about one set in ten is an unfinished
//! draft) but not in content.

use std::collections::BTreeMap;

use saq_model::answer::Answer;
use saq_model::answer_set::{AnswerSet, StateParty, Status};
use saq_model::applicability::Applicability;
use saq_model::questionnaire::{ColumnKind, Question, QuestionKind, Questionnaire, Role};
use saq_model::{Bundle, Located};
use serde_json::{Value as Json, json};

/// One synthetic answer set.
#[derive(Debug, Clone)]
pub struct Synthetic {
    /// A file stem such as `state-0001`.
    pub name: String,
    /// The answer-set file's text.
    pub text: String,
}

/// `count` answer sets for `bundle`'s questionnaire, from `seed`.
pub fn generate(bundle: &Bundle, seed: u64, count: usize) -> Vec<Synthetic> {
    (0..count)
        .map(|index| {
            let set = answer_set(bundle, seed, index);
            let text = saq_model::answer_file::render(bundle, &set)
                .expect("generated answer sets are writable");
            Synthetic {
                name: format!("state-{:04}", index + 1),
                text,
            }
        })
        .collect()
}

/// The answer set of State number `index`.
pub fn answer_set(bundle: &Bundle, seed: u64, index: usize) -> AnswerSet {
    // Each State has its own stream, so one State's answers do not depend on how many come
    // before it.
    let mut rng =
        fastrand::Rng::with_seed(seed ^ (index as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
    let questionnaire = &bundle.questionnaire;
    let propensity = 0.35 + rng.f64() * 0.6;
    let mut values: BTreeMap<String, Json> = questionnaire
        .questions()
        .map(|(_, q)| {
            (
                q.id.value.clone(),
                value(questionnaire, q, propensity, &mut rng),
            )
        })
        .collect();

    // Drop answers to questions their conditions exclude, until nothing changes: removing one
    // answer can exclude the follow-ups of another.
    for _ in 0..8 {
        let answers = interpret(questionnaire, &values);
        let applicability = Applicability::evaluate(questionnaire, &answers);
        let before = values.len();
        values.retain(|id, _| applicability.of(id).is_yes());
        if values.len() == before {
            break;
        }
    }

    let draft = rng.u8(0..10) == 0;
    if draft {
        // An unfinished draft: the later part of the questionnaire is not answered yet.
        let keep = values.len() * rng.usize(30..80) / 100;
        let order: Vec<String> = questionnaire
            .questions()
            .map(|(_, q)| q.id.value.clone())
            .collect();
        let mut kept = 0;
        for id in order {
            if values.contains_key(&id) {
                kept += 1;
                if kept > keep {
                    values.remove(&id);
                }
            }
        }
    }

    let code = (index < 26 * 26).then(|| {
        let letters = [b'A' + (index / 26) as u8, b'A' + (index % 26) as u8];
        Located::new(format!("X{}", String::from_utf8_lossy(&letters)))
    });
    let state = StateParty {
        name: format!("Synthetic State {:04}", index + 1),
        code,
    };
    let mut set = AnswerSet::draft(questionnaire, state, "2026-01-15");
    set.answers = values
        .into_iter()
        .map(|(k, v)| (Located::new(k), Located::new(v)))
        .collect();
    if !draft {
        set.status = Located::new(Status::Submitted);
        set.submitted = Some(Located::new("2026-03-31".to_owned()));
        set.digest = Some(Located::new(saq_model::digest::of(&set)));
    }
    set
}

fn interpret(
    questionnaire: &Questionnaire,
    values: &BTreeMap<String, Json>,
) -> BTreeMap<String, Answer> {
    let questions: BTreeMap<&str, &Question> = questionnaire
        .questions()
        .map(|(_, q)| (q.id.value.as_str(), q))
        .collect();
    values
        .iter()
        .filter_map(|(id, value)| {
            let question = questions.get(id.as_str())?;
            Answer::interpret(questionnaire, question, value)
                .ok()
                .map(|a| (id.clone(), a))
        })
        .collect()
}

/// A plausible value for `question`.
fn value(
    questionnaire: &Questionnaire,
    question: &Question,
    propensity: f64,
    rng: &mut fastrand::Rng,
) -> Json {
    let choices: Vec<&str> = questionnaire
        .choices_of(question)
        .iter()
        .map(|c| c.value.value.as_str())
        .collect();
    let id = question.id.value.as_str();
    match question.kind.value {
        QuestionKind::Compliance => {
            let roll = rng.f64();
            let pick = if roll < propensity {
                "yes"
            } else if roll < propensity + (1.0 - propensity) * 0.6 {
                "partly"
            } else {
                "no"
            };
            if choices.contains(&pick) {
                json!(pick)
            } else {
                json!(choices[rng.usize(..choices.len())])
            }
        }
        QuestionKind::SingleChoice => {
            // About a quarter of States ask for assistance under an article.
            if question.role == Some(Role::AssistanceNeeded)
                && choices.contains(&"yes")
                && choices.contains(&"no")
            {
                return json!(if rng.u8(0..4) == 0 { "yes" } else { "no" });
            }
            json!(choices[rng.usize(..choices.len().max(1))])
        }
        QuestionKind::MultiChoice => {
            let mut picked: Vec<&str> = Vec::new();
            for _ in 0..rng.usize(1..=2) {
                let choice = choices[rng.usize(..choices.len().max(1))];
                if !picked.contains(&choice) {
                    picked.push(choice);
                }
            }
            json!(picked)
        }
        QuestionKind::Text => json!(format!(
            "Synthetic answer to {id}: measures and practice described in {} words.",
            rng.u16(20..400)
        )),
        QuestionKind::Number => {
            if id.contains("year") {
                json!(1899)
            } else {
                json!(rng.u32(0..500))
            }
        }
        QuestionKind::Date => json!(format!(
            "20{:02}-{:02}-{:02}",
            rng.u8(10..26),
            rng.u8(1..13),
            rng.u8(1..29)
        )),
        QuestionKind::Citations => {
            let items: Vec<Json> = (0..rng.usize(1..=3))
                .map(|n| {
                    let law = rng.u16(1..999);
                    json!({
                        "title": format!("Synthetic Act {law} of 20{:02}", rng.u8(0..26)),
                        "article": format!("section {}", n + 1 + rng.usize(..40)),
                        "url": format!("https://example.org/laws/{law}"),
                    })
                })
                .collect();
            json!(items)
        }
        QuestionKind::Table => {
            let rows: Vec<Json> = (0..rng.usize(1..=3))
                .map(|row| {
                    let mut cells = serde_json::Map::new();
                    for column in &question.columns {
                        let cell = match column.kind {
                            ColumnKind::Number if column.id.value.contains("year") => {
                                json!(2022 + row)
                            }
                            ColumnKind::Number => json!(rng.u32(0..200)),
                            ColumnKind::Text => {
                                json!(format!("Synthetic {}", column.label.to_lowercase()))
                            }
                            ColumnKind::Date => json!(format!("2025-{:02}-15", rng.u8(1..13))),
                            ColumnKind::Choice => {
                                json!(
                                    column
                                        .choices
                                        .first()
                                        .map(|c| c.value.value.as_str())
                                        .unwrap_or_default()
                                )
                            }
                        };
                        cells.insert(column.id.value.clone(), cell);
                    }
                    Json::Object(cells)
                })
                .collect();
            json!(rows)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_files() {
        let bundle = Bundle::builtin().value.unwrap();
        let a = generate(&bundle, 7, 3);
        let b = generate(&bundle, 7, 3);
        assert_eq!(
            a.iter().map(|s| &s.text).collect::<Vec<_>>(),
            b.iter().map(|s| &s.text).collect::<Vec<_>>()
        );
        assert_ne!(a[0].text, generate(&bundle, 8, 1)[0].text);
    }

    #[test]
    fn generated_answer_sets_validate() {
        let bundle = Bundle::builtin().value.unwrap();
        for synthetic in generate(&bundle, 11, 12) {
            let source =
                saq_model::SourceFile::new(format!("{}.yaml", synthetic.name), synthetic.text);
            let checked = bundle.load_answers(&source);
            assert!(
                !checked.has_errors(),
                "{}: {:#?}",
                synthetic.name,
                checked.diagnostics
            );
        }
    }
}
