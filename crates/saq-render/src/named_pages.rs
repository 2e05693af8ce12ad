//! The named view in pages. Past [`PAGE_STATES`] States, the provision × State matrix of one
//! page would be more than a browser opens comfortably (15 MB at 2,000 States, 150 MB at
//! 20,000): the Markdown and HTML named view is then cut into pages of at most that many
//! States, in its alphabetical order, each with the view's header, its States' table and
//! matrix, and links to every page. The first page keeps the view's own name
//! (`comparative-named.html`, which the index links to); the others are
//! `comparative-named-2.html`, `-3`… Up to [`PAGE_STATES`] States, the view is one page, as it
//! always was. Its JSON and CSV stay whole: they are read by programs, not opened.

use saq_assess::comparison::{MatrixRow, NamedComparison};
use saq_model::answer_set::Status;
use serde::Serialize;

use crate::batch::NAMED;

/// The most States one page of the named view shows.
pub const PAGE_STATES: usize = 200;

/// The file name, without extension, of page `number` (from 1) of the named view.
pub fn page_name(number: usize) -> String {
    if number <= 1 {
        NAMED.to_owned()
    } else {
        format!("{NAMED}-{number}")
    }
}

/// Whether `stem` is the name of a page of the named view after the first (`comparative-named-2`):
/// no State's report may take it.
pub(crate) fn is_page_name(stem: &str) -> bool {
    stem.to_lowercase()
        .strip_prefix(&format!("{NAMED}-"))
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// How many pages a named view of `states` States has.
pub fn page_count(states: usize) -> usize {
    states.div_ceil(PAGE_STATES).max(1)
}

/// What a page of the named view says of the whole view and of the other pages.
#[derive(Debug, Serialize)]
pub(crate) struct Paging {
    /// States named in the whole view.
    pub(crate) total_named: usize,
    /// Drafts among them.
    pub(crate) total_drafts: usize,
    /// The most States on a page.
    pub(crate) page_size: usize,
    /// Every page, this one marked; empty when the view is one page.
    pub(crate) pages: Vec<PageLink>,
}

impl Paging {
    /// The view as one page, every State on it.
    pub(crate) fn whole(named: &NamedComparison) -> Paging {
        Paging {
            total_named: named.states.len(),
            total_drafts: drafts(named),
            page_size: PAGE_STATES,
            pages: Vec::new(),
        }
    }
}

fn drafts(named: &NamedComparison) -> usize {
    named
        .states
        .iter()
        .filter(|s| s.status == Status::Draft)
        .count()
}

/// A link to one page of the named view.
#[derive(Debug, Serialize)]
pub(crate) struct PageLink {
    /// From 1.
    number: usize,
    /// The page's file name.
    href: String,
    /// The positions (from 1) of its first and last State in the whole view.
    first: usize,
    last: usize,
    /// The names of its first and last State.
    from: String,
    to: String,
    /// Whether it is the page that links.
    current: bool,
}

/// The pages of `named` (one when it names at most [`PAGE_STATES`] States): for each, its file
/// name without extension, the view restricted to its States, and what it says of the whole.
pub(crate) fn pages(
    named: &NamedComparison,
    extension: &str,
) -> Vec<(String, NamedComparison, Paging)> {
    let total_named = named.states.len();
    let total_drafts = drafts(named);
    let count = page_count(total_named);
    let ranges: Vec<std::ops::Range<usize>> = (0..count)
        .map(|i| i * PAGE_STATES..((i + 1) * PAGE_STATES).min(total_named))
        .collect();
    let link = |number: usize, range: &std::ops::Range<usize>, current: usize| PageLink {
        number,
        href: format!("{}.{extension}", page_name(number)),
        first: range.start + 1,
        last: range.end,
        from: named.states[range.start].name.clone(),
        to: named.states[range.end - 1].name.clone(),
        current: number == current,
    };
    ranges
        .iter()
        .enumerate()
        .map(|(i, range)| {
            let number = i + 1;
            let paging = Paging {
                total_named,
                total_drafts,
                page_size: PAGE_STATES,
                pages: if count > 1 {
                    ranges
                        .iter()
                        .enumerate()
                        .map(|(j, r)| link(j + 1, r, number))
                        .collect()
                } else {
                    Vec::new()
                },
            };
            let page = if count > 1 {
                slice(named, range.clone())
            } else {
                named.clone()
            };
            (page_name(number), page, paging)
        })
        .collect()
}

/// `named` with only the States of `range`, in every table and row of the matrix.
fn slice(named: &NamedComparison, range: std::ops::Range<usize>) -> NamedComparison {
    NamedComparison {
        format_version: named.format_version,
        distribution: named.distribution.clone(),
        questionnaire: named.questionnaire.clone(),
        basis: named.basis.clone(),
        not_named: named.not_named,
        states: named.states[range.clone()].to_vec(),
        provisions: named
            .provisions
            .iter()
            .map(|row| MatrixRow {
                id: row.id.clone(),
                instrument: row.instrument.clone(),
                article: row.article,
                force: row.force,
                verdicts: row.verdicts[range.clone()].to_vec(),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_names_are_recognised() {
        assert_eq!(page_name(1), "comparative-named");
        assert_eq!(page_name(3), "comparative-named-3");
        assert!(is_page_name("comparative-named-12"));
        assert!(is_page_name("Comparative-Named-2"));
        assert!(!is_page_name("comparative-named"));
        assert!(!is_page_name("comparative-named-"));
        assert!(!is_page_name("comparative-named-2b"));
        assert_eq!(page_count(0), 1);
        assert_eq!(page_count(PAGE_STATES), 1);
        assert_eq!(page_count(PAGE_STATES + 1), 2);
    }
}
