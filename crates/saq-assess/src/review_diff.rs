//! What changed between two versions of one review: questions and observations added,
//! withdrawn, accepted (a draft a reviewer took on) or rewritten; replies given; agreements
//! recorded; the summary and the status.
//!
//! Review entries carry no ids, so versions are matched the way a reader would: an entry with
//! the same place, kind and words is the same entry; an entry of the same place and kind whose
//! words changed (or that stopped being a draft) is that entry rewritten or accepted, paired in
//! the order they appear; what is left was added or withdrawn.

use schemars::JsonSchema;
use serde::Serialize;

use saq_model::review::{Agreement, Exchange, Observation, ObservationKind, Review, ReviewStatus};

/// The changes from one version of a review to a later one.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ReviewDiff {
    /// Version of this output format.
    pub format_version: u32,
    /// The State under review.
    pub state: String,
    /// The earlier version: its file and status.
    pub old: Version,
    /// The later version.
    pub new: Version,
    /// True when the two versions review different answers (their digests differ).
    pub answers_changed: bool,
    /// Every change, questions first, then observations (each in the later version's order, a
    /// withdrawn entry where it stood), then the summary.
    pub changes: Vec<Change>,
}

/// One version of a review.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Version {
    /// The review file, as named.
    pub file: String,
    /// `draft` or `final`.
    pub status: ReviewStatus,
}

/// One change.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Change {
    /// What changed: a question (with its reply), an observation, or the summary.
    pub part: Part,
    /// How.
    pub change: ChangeKind,
    /// The provision or article the entry is about (none for the summary).
    pub provision: Option<String>,
    /// For an observation, its kind.
    pub kind: Option<ObservationKind>,
    /// Who asked (a question) or proposed (an observation).
    pub by: Option<String>,
    /// The words before, when there were any.
    pub before: Option<String>,
    /// The words after, when there are any.
    pub after: Option<String>,
}

/// The parts of a review that change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Part {
    /// A question of the written feedback.
    Question,
    /// An observation of the list of observations.
    Observation,
    /// The summary.
    Summary,
}

/// How an entry changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ChangeKind {
    /// New in the later version.
    Added,
    /// Gone from the later version.
    Withdrawn,
    /// A draft a reviewer took on, as drafted.
    Accepted,
    /// A draft a reviewer took on, in other words.
    AcceptedRewritten,
    /// The same entry in other words.
    Rewritten,
    /// The State under review replied (`after` is the reply).
    Replied,
    /// The State's reply changed.
    ReplyChanged,
    /// The State under review now agrees with the observation.
    Agreed,
    /// The State under review now disputes the observation.
    Disputed,
}

/// The changes from `old` (in `old_file`) to `new`.
pub fn review_diff(old: &Review, old_file: &str, new: &Review, new_file: &str) -> ReviewDiff {
    let mut changes = Vec::new();
    entries(&old.dialogue, &new.dialogue, &Question, &mut changes);
    entries(&old.observations, &new.observations, &Remark, &mut changes);
    let text = |s: &Option<saq_model::Located<String>>| s.as_ref().map(|t| t.value.clone());
    let (before, after) = (text(&old.summary), text(&new.summary));
    if before != after {
        changes.push(Change {
            part: Part::Summary,
            change: match (&before, &after) {
                (None, Some(_)) => ChangeKind::Added,
                (Some(_), None) => ChangeKind::Withdrawn,
                _ => ChangeKind::Rewritten,
            },
            provision: None,
            kind: None,
            by: None,
            before,
            after,
        });
    }
    ReviewDiff {
        format_version: crate::REPORT_FORMAT_VERSION,
        state: new.state.name.clone(),
        old: Version {
            file: old_file.to_owned(),
            status: old.status.value,
        },
        new: Version {
            file: new_file.to_owned(),
            status: new.status.value,
        },
        answers_changed: old.answers.digest.value != new.answers.digest.value,
        changes,
    }
}

/// How one list's entries are compared: what places them, what they say, and what else of
/// theirs can change without making them another entry.
trait Entries<T> {
    fn part(&self) -> Part;
    /// Provision, kind and author: entries that differ in it are never the same entry.
    fn place(&self, entry: &T) -> (String, Option<ObservationKind>, Option<String>);
    fn words<'a>(&self, entry: &'a T) -> &'a str;
    fn draft(&self, entry: &T) -> bool;
    /// The changes of a matched entry besides its words (a reply, an agreement).
    fn follow_up(&self, old: &T, new: &T, changes: &mut Vec<Change>);
}

struct Question;
struct Remark;

impl Entries<Exchange> for Question {
    fn part(&self) -> Part {
        Part::Question
    }
    fn place(&self, e: &Exchange) -> (String, Option<ObservationKind>, Option<String>) {
        (e.provision.value.clone(), None, Some(e.from.value.clone()))
    }
    fn words<'a>(&self, e: &'a Exchange) -> &'a str {
        &e.question.value
    }
    fn draft(&self, e: &Exchange) -> bool {
        e.draft
    }
    fn follow_up(&self, old: &Exchange, new: &Exchange, changes: &mut Vec<Change>) {
        let reply = |e: &Exchange| e.reply.as_ref().map(|r| r.value.clone());
        let change = match (reply(old), reply(new)) {
            (None, Some(_)) => ChangeKind::Replied,
            (Some(a), Some(b)) if a != b => ChangeKind::ReplyChanged,
            _ => return,
        };
        changes.push(Change {
            change,
            before: reply(old),
            after: reply(new),
            ..self.change(new, ChangeKind::Replied)
        });
    }
}

impl Entries<Observation> for Remark {
    fn part(&self) -> Part {
        Part::Observation
    }
    fn place(&self, o: &Observation) -> (String, Option<ObservationKind>, Option<String>) {
        (
            o.provision.value.clone(),
            Some(o.kind.value),
            o.assistance.as_ref().map(|a| a.value.clone()),
        )
    }
    fn words<'a>(&self, o: &'a Observation) -> &'a str {
        &o.text.value
    }
    fn draft(&self, o: &Observation) -> bool {
        o.draft
    }
    fn follow_up(&self, old: &Observation, new: &Observation, changes: &mut Vec<Change>) {
        let change = match (old.agreed, new.agreed) {
            (a, b) if a == b => return,
            (_, Agreement::Agreed) => ChangeKind::Agreed,
            (_, Agreement::Disputed) => ChangeKind::Disputed,
            (_, Agreement::Pending) => return,
        };
        changes.push(self.change(new, change));
    }
}

/// A change of `entry`, with its words as they are after.
trait Described<T>: Entries<T> {
    fn change(&self, entry: &T, change: ChangeKind) -> Change;
}

impl<T, E: Entries<T>> Described<T> for E {
    fn change(&self, entry: &T, change: ChangeKind) -> Change {
        let (provision, kind, _) = self.place(entry);
        Change {
            part: self.part(),
            change,
            provision: Some(provision),
            kind,
            by: None,
            before: None,
            after: Some(self.words(entry).to_owned()),
        }
    }
}

fn entries<T, E: Entries<T>>(old: &[T], new: &[T], rules: &E, changes: &mut Vec<Change>) {
    // First the entries unchanged in place, words and draft flag; then, among the rest, the
    // entries of the same place, in order; what is left was added or withdrawn.
    let mut taken = vec![false; old.len()];
    let mut pair: Vec<Option<usize>> = vec![None; new.len()];
    for (n, entry) in new.iter().enumerate() {
        pair[n] = (0..old.len()).find(|&o| {
            !taken[o]
                && rules.place(&old[o]) == rules.place(entry)
                && rules.words(&old[o]) == rules.words(entry)
                && rules.draft(&old[o]) == rules.draft(entry)
        });
        if let Some(o) = pair[n] {
            taken[o] = true;
        }
    }
    for (n, entry) in new.iter().enumerate() {
        if pair[n].is_some() {
            continue;
        }
        pair[n] = (0..old.len()).find(|&o| !taken[o] && rules.place(&old[o]) == rules.place(entry));
        if let Some(o) = pair[n] {
            taken[o] = true;
        }
    }
    for (n, entry) in new.iter().enumerate() {
        match pair[n] {
            None => changes.push(rules.change(entry, ChangeKind::Added)),
            Some(o) => {
                let before = &old[o];
                let same_words = rules.words(before) == rules.words(entry);
                let change = match (rules.draft(before), rules.draft(entry), same_words) {
                    (true, false, true) => Some(ChangeKind::Accepted),
                    (true, false, false) => Some(ChangeKind::AcceptedRewritten),
                    (_, _, false) => Some(ChangeKind::Rewritten),
                    _ => None,
                };
                if let Some(change) = change {
                    changes.push(Change {
                        before: (!same_words).then(|| rules.words(before).to_owned()),
                        ..rules.change(entry, change)
                    });
                }
                rules.follow_up(before, entry, changes);
            }
        }
    }
    for (o, entry) in old.iter().enumerate() {
        if !taken[o] {
            changes.push(Change {
                before: Some(rules.words(entry).to_owned()),
                after: None,
                ..rules.change(entry, ChangeKind::Withdrawn)
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use saq_model::Located;

    fn review(observations: &[(&str, ObservationKind, &str, bool, Agreement)]) -> Review {
        let mut review: Review = serde_json::from_value(serde_json::json!({
            "format_version": 1, "questionnaire": "q", "version": "1.0.0",
            "state": {"name": "Borealis"}, "answers": {"file": "a.yaml", "digest": "sha256:00"},
            "reviewers": [], "status": "draft"
        }))
        .unwrap();
        review.observations = observations
            .iter()
            .map(|(provision, kind, text, draft, agreed)| Observation {
                provision: Located::new((*provision).to_owned()),
                kind: Located::new(*kind),
                text: Located::new((*text).to_owned()),
                assistance: None,
                proposed_by: None,
                agreed: *agreed,
                draft: *draft,
            })
            .collect();
        review
    }

    #[test]
    fn drafts_taken_on_entries_added_and_withdrawn_and_agreements() {
        use Agreement::*;
        use ObservationKind::*;
        let old = review(&[
            ("5.1.a", Challenge, "drafted", true, Pending),
            ("6.1", Challenge, "drafted too", true, Pending),
            ("7", GoodPractice, "kept", false, Pending),
            ("8.2", Challenge, "dropped", true, Pending),
        ]);
        let new = review(&[
            ("5.1.a", Challenge, "drafted", false, Pending),
            ("6.1", Challenge, "in the reviewers' words", false, Pending),
            ("7", GoodPractice, "kept", false, Disputed),
            ("9", Suggestion, "new", false, Pending),
        ]);
        let diff = review_diff(&old, "old.yaml", &new, "new.yaml");
        let got: Vec<(Option<&str>, ChangeKind)> = diff
            .changes
            .iter()
            .map(|c| (c.provision.as_deref(), c.change))
            .collect();
        assert_eq!(
            got,
            [
                (Some("5.1.a"), ChangeKind::Accepted),
                (Some("6.1"), ChangeKind::AcceptedRewritten),
                (Some("7"), ChangeKind::Disputed),
                (Some("9"), ChangeKind::Added),
                (Some("8.2"), ChangeKind::Withdrawn),
            ]
        );
        assert_eq!(diff.changes[1].before.as_deref(), Some("drafted too"));
        assert!(!diff.answers_changed);
    }
}
