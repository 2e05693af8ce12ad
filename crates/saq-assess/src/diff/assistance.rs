//! Technical assistance requests opened and closed, by article and kind.

use super::model::{AssistanceChanges, AssistanceRequest};
use crate::assessment::Assistance;

/// The requests each set makes, compared by article and kind.
pub(super) fn changes(old: &Assistance, new: &Assistance) -> AssistanceChanges {
    let before = requests(old);
    let after = requests(new);
    let absent_from = |these: &[AssistanceRequest], others: &[AssistanceRequest]| {
        these
            .iter()
            .filter(|r| {
                !others
                    .iter()
                    .any(|o| o.article == r.article && o.label == r.label)
            })
            .cloned()
            .collect()
    };
    AssistanceChanges {
        opened: absent_from(&after, &before),
        closed: absent_from(&before, &after),
    }
}

/// One request per article and kind asked for. An article answered "assistance needed" with no
/// kind given is one request of no stated kind; one answered "not needed" makes none, whatever
/// else it says.
fn requests(assistance: &Assistance) -> Vec<AssistanceRequest> {
    let mut result = Vec::new();
    for article in &assistance.by_article {
        if article.needed == Some(false) {
            continue;
        }
        let request = |label: Option<&String>| AssistanceRequest {
            article: article.article,
            title: article.title.clone(),
            // The roll-up by kind holds each label's choice value.
            kind: label.map(|label| {
                assistance
                    .by_kind
                    .iter()
                    .find(|k| k.label == *label)
                    .map_or_else(|| label.clone(), |k| k.kind.clone())
            }),
            label: label.cloned(),
            details: article.details.clone(),
        };
        if article.kinds.is_empty() {
            if article.needed == Some(true) {
                result.push(request(None));
            }
        } else {
            result.extend(article.kinds.iter().map(|label| request(Some(label))));
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{ArticleAssistance, AssistanceKind};

    fn article(number: u32, needed: Option<bool>, kinds: &[&str]) -> ArticleAssistance {
        ArticleAssistance {
            article: number,
            title: format!("Article {number}"),
            needed,
            kinds: kinds.iter().map(|k| (*k).to_owned()).collect(),
            details: vec![format!("details {number}")],
            received: Vec::new(),
        }
    }

    fn assistance(articles: Vec<ArticleAssistance>) -> Assistance {
        Assistance {
            by_kind: vec![
                AssistanceKind {
                    kind: "legislative".into(),
                    label: "Legislative".into(),
                    articles: Vec::new(),
                },
                AssistanceKind {
                    kind: "capacity-building".into(),
                    label: "Capacity-building".into(),
                    articles: Vec::new(),
                },
            ],
            by_article: articles,
        }
    }

    fn summary(requests: &[AssistanceRequest]) -> Vec<(u32, Option<&str>)> {
        requests
            .iter()
            .map(|r| (r.article, r.kind.as_deref()))
            .collect()
    }

    #[test]
    fn requests_are_opened_and_closed_by_article_and_kind() {
        let old = assistance(vec![
            article(7, Some(true), &["Legislative", "Capacity-building"]),
            article(8, Some(true), &["Legislative"]),
            article(12, Some(false), &[]),
        ]);
        let new = assistance(vec![
            article(7, Some(true), &["Capacity-building"]),
            article(8, Some(false), &[]),
            article(12, Some(true), &["Legislative"]),
        ]);
        let changes = changes(&old, &new);
        assert_eq!(summary(&changes.opened), [(12, Some("legislative"))]);
        assert_eq!(
            summary(&changes.closed),
            [(7, Some("legislative")), (8, Some("legislative"))]
        );
        assert_eq!(changes.opened[0].label.as_deref(), Some("Legislative"));
        assert_eq!(changes.opened[0].details, ["details 12"]);
        assert_eq!(changes.closed[1].details, ["details 8"]);
    }

    #[test]
    fn a_request_of_no_stated_kind_counts() {
        let old = assistance(vec![article(9, None, &[])]);
        let new = assistance(vec![article(9, Some(true), &[])]);
        let changes = changes(&old, &new);
        assert_eq!(summary(&changes.opened), [(9, None)]);
        assert!(changes.closed.is_empty());
    }

    #[test]
    fn the_same_requests_are_no_change() {
        let set = assistance(vec![article(15, Some(true), &["Legislative"])]);
        assert_eq!(changes(&set, &set), AssistanceChanges::default());
    }
}
