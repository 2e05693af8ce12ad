//! Scenario f: answers are data, never markup. The hostile answer set
//! (tests/inputs/reports/hostile.yaml) carries a `<script>` in a title, an `<img onerror>` in a
//! table cell, an `<iframe>` in a text, `javascript:` and `data:` links in citations and in
//! Markdown, and HTML in the State's name. Every page that shows them (the start page, each
//! section, the report, the submit page) must show them as text: no element, attribute or link
//! of theirs may reach the DOM, and none of their scripts may run. The page's own scripts are
//! on, so that an injected script would really run and raise its `alert`.

use serde_json::Value;

use crate::support::{Scripts, Server, Tab, by_id, run};

/// Elements, event-handler attributes and links that only an injection could have put there;
/// the list of offenders, each with a piece of its HTML.
const INJECTED: &str = r#"
const found = [];
const show = el => el.outerHTML.slice(0, 160);
for (const el of document.querySelectorAll(
    'script:not([src]), iframe, frame, object, embed, base, meta[http-equiv]')) {
  found.push('element: ' + show(el));
}
for (const el of document.querySelectorAll('*')) {
  for (const attr of el.attributes) {
    if (/^on/i.test(attr.name)) found.push('handler ' + attr.name + ': ' + show(el));
  }
}
for (const el of document.querySelectorAll('[href], [src], [action], [formaction], [srcdoc]')) {
  for (const name of ['href', 'src', 'action', 'formaction']) {
    const value = (el.getAttribute(name) || '').replace(/[\s\u0000-\u001f]/g, '');
    if (/^(javascript|vbscript|data):/i.test(value)) found.push(name + ': ' + show(el));
  }
  if (el.hasAttribute('srcdoc')) found.push('srcdoc: ' + show(el));
}
for (const el of document.querySelectorAll('b')) {
  if (el.textContent === 'Hostile') found.push('the bold of the State name: ' + show(el));
}
for (const el of document.querySelectorAll('img')) {
  if (el.getAttribute('src') === 'x') found.push('the image of a table cell: ' + show(el));
}
if (typeof window.__pwned !== 'undefined') found.push('window.__pwned is set');
return found;
"#;

/// Fails if the page shows an alert (a payload's script ran) or holds injected markup.
async fn assert_clean(tab: &Tab, page: &str) {
    if let Ok(text) = tab.client.get_alert_text().await {
        panic!("a script from the answers ran on {page}: it raised an alert saying {text:?}");
    }
    let found = tab.js(INJECTED).await;
    let found: Vec<String> = found
        .as_array()
        .map(|list| {
            list.iter()
                .map(|v| v.as_str().unwrap_or_default().to_string())
                .collect()
        })
        .unwrap_or_default();
    assert!(
        found.is_empty(),
        "markup from the hostile answers reached the DOM of {page}:\n  - {}",
        found.join("\n  - ")
    );
}

#[test]
fn hostile_answers_are_shown_as_text_on_every_page() {
    let server = Server::copy_of("tests/inputs/reports/hostile.yaml", &[]);
    let before = std::fs::read(&server.file).expect("cannot read the answer file");
    run(Scripts::On, async move |tab: Tab| {
        tab.goto(&server.url).await;
        tab.wait_for("nav.sections").await;
        assert_clean(&tab, "the start page").await;
        assert!(
            !tab.source().await.contains("<b>Hostile</b>"),
            "the State's name reached the page as markup"
        );
        assert!(
            tab.body_text().await.contains("<b>Hostile</b>"),
            "the State's name is not shown as the text it is"
        );

        let sections = tab
            .js(
                "return Array.from(document.querySelectorAll('nav.sections a[href*=\"section/\"]'))\
                 .map(a => a.href);",
            )
            .await;
        let sections: Vec<String> = sections
            .as_array()
            .expect("the section links are no list")
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect();
        assert!(
            sections.len() >= 10,
            "the start page lists only {} sections",
            sections.len()
        );
        for section in &sections {
            tab.goto(section).await;
            tab.wait_for("main").await;
            assert_clean(&tab, section).await;
        }

        // The payloads are still there, as data: the script is the title field's value.
        tab.goto(&server.page("section/article_5")).await;
        tab.wait_for("form#answers").await;
        assert_eq!(
            tab.value(&by_id("q_5_1_a_measures-0-title")).await,
            "<script>alert('title')</script> Act",
            "the hostile title is not shown as typed"
        );

        for (page, name) in [("report", "the report"), ("submit", "the submit page")] {
            tab.goto(&server.page(page)).await;
            tab.wait_for("main").await;
            assert_clean(&tab, name).await;
        }
        assert!(
            tab.body_text().await.len() > 100,
            "the submit page of the hostile set is empty"
        );
        assert_eq!(
            std::fs::read(&server.file).expect("cannot read the answer file"),
            before,
            "only looking at the pages changed the file"
        );
    });
}
