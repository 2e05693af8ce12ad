//! The named view in pages: past `PAGE_STATES` States its Markdown and HTML are cut into pages
//! of at most that many States, each with the whole view's counts and links to every page; up to
//! that, one page as always.

use saq_assess::assessment::{Names, assess};
use saq_assess::comparison::{self, NamedComparison};
use saq_model::answer_set::Disclosure;
use saq_model::{Bundle, SourceFile};
use saq_render::named_pages::{PAGE_STATES, page_name};
use saq_render::{Format, Templates, render_named, render_named_pages};

/// The named view of `states` States, all from one example's answers under names of their own
/// (`State 0001`…), one of them with a name that Markdown and HTML must not read as markup.
fn named_view(bundle: &Bundle, states: usize) -> NamedComparison {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../questionnaires/firearms-protocol/examples/02-partial-implementation.yaml"
    );
    let source = SourceFile::new(path, std::fs::read_to_string(path).unwrap());
    let loaded = bundle.load_answers(&source).value.unwrap();
    let names = Names::default();
    let mut viewed = assess(bundle, &loaded).for_views(&names);
    viewed.disclosure = Disclosure::Secretariat;
    let one = comparison::named(
        bundle,
        &[("state".to_owned(), viewed)],
        comparison::Options::default(),
    );
    let mut named = one.clone();
    named.states = (1..=states)
        .map(|i| {
            let mut state = one.states[0].clone();
            state.name = if i == states {
                "Zz <b>*bold*</b>".to_owned()
            } else {
                format!("State {i:04}")
            };
            state
        })
        .collect();
    for row in &mut named.provisions {
        row.verdicts = vec![row.verdicts[0]; states];
    }
    named
}

#[test]
fn a_named_view_past_a_page_is_cut_into_pages_that_link_each_other() {
    let bundle = Bundle::builtin().value.unwrap();
    let templates = Templates::builtin().unwrap();
    let states = 2 * PAGE_STATES + 1;
    let named = named_view(&bundle, states);

    let pages = render_named_pages(Format::Html, &named, &templates).unwrap();
    let names: Vec<&str> = pages.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(
        names,
        [
            "comparative-named",
            "comparative-named-2",
            "comparative-named-3"
        ]
    );
    for (number, (_, html)) in pages.iter().enumerate() {
        let number = number + 1;
        // Restricted at its top and bottom, like the whole view.
        assert!(
            html.matches("Restricted: for the review").count() >= 2,
            "page {number}"
        );
        // The whole view's count, not the page's.
        assert!(
            html.contains(&format!("{states} States, in alphabetical order")),
            "page {number}"
        );
        // Every other page linked, this one not.
        for other in 1..=3 {
            let link = format!("href=\"{}.html\"", page_name(other));
            assert_eq!(
                html.contains(&link),
                other != number,
                "page {number} → {other}"
            );
        }
        // Only this page's States in its tables.
        let first = (number - 1) * PAGE_STATES + 1;
        if first < states {
            assert!(
                html.contains(&format!("<td>State {first:04}</td>")),
                "page {number}"
            );
        }
        if number > 1 {
            assert!(!html.contains("<td>State 0001</td>"), "page {number}");
        }
    }
    // The last page holds the one State left, its name escaped in the table and in the links.
    let last = &pages[2].1;
    assert!(!last.contains("<td>State 0400</td>"));
    assert!(
        last.contains("<td>Zz &lt;b&gt;*bold*&lt;/b&gt;</td>"),
        "{last}"
    );
    assert!(!last.contains("<b>*bold"));
    assert!(
        pages[0].1.contains("States 401 to 401: Zz &lt;b&gt;"),
        "{}",
        pages[0].1
    );

    // Markdown the same way, with the first page's links to the others.
    let markdown = render_named_pages(Format::Markdown, &named, &templates).unwrap();
    assert_eq!(markdown.len(), 3);
    assert!(markdown[0].1.contains("](comparative-named-2.md)"));
    assert!(
        markdown[0]
            .1
            .contains("**States 1 to 200: State 0001 to State 0200**")
    );
}

#[test]
fn a_named_view_of_one_page_is_the_whole_view_as_before() {
    let bundle = Bundle::builtin().value.unwrap();
    let templates = Templates::builtin().unwrap();
    let named = named_view(&bundle, PAGE_STATES);
    for format in [Format::Markdown, Format::Html] {
        let pages = render_named_pages(format, &named, &templates).unwrap();
        assert_eq!(pages.len(), 1);
        assert_eq!(pages[0].0, "comparative-named");
        assert_eq!(
            pages[0].1,
            render_named(format, &named, &[], &templates).unwrap()
        );
        assert!(!pages[0].1.contains("comparative-named-2"));
    }
}
