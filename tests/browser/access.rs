//! Who may use the form, and who can use it at all. Scenario e: the form answers only requests
//! carrying the secret token and addressed to 127.0.0.1 or localhost by name (another web site
//! open in the same browser, or a DNS-rebinding attack, must not read or change the answers).
//! Scenario g: axe-core finds no accessibility violation on any kind of page, errors and
//! conflicts included, since those are the pages where a screen-reader user most needs help.

use crate::support::{Scripts, Server, Tab, http_request, run};

/// Plain HTTP from Rust, not the browser: only this way can a test forge a Host header and see
/// a refusal's status.
#[test]
fn requests_without_the_token_or_with_another_host_are_refused() {
    let server = Server::fresh(&[]);
    let before = std::fs::read(&server.file).expect("cannot read the answer file");
    let host = format!("127.0.0.1:{}", server.port);
    let token_path = format!("/{}/", server.token);
    let wrong = format!("/{}/", "0".repeat(server.token.len()));

    let ok =
        http_request(server.port, "GET", &token_path, &host).expect("no answer from `saq serve`");
    assert_eq!(
        ok.status, 200,
        "the start page with the token is not served"
    );
    let by_name = http_request(
        server.port,
        "GET",
        &token_path,
        &format!("localhost:{}", server.port),
    )
    .expect("no answer from `saq serve`");
    assert_eq!(by_name.status, 200, "Host localhost:PORT is refused");

    for (what, method, path, host) in [
        ("no token", "GET", "/", host.as_str()),
        ("a wrong token", "GET", wrong.as_str(), host.as_str()),
        (
            "a wrong token",
            "GET",
            &format!("{wrong}section/article_5"),
            host.as_str(),
        ),
        (
            "a wrong token",
            "POST",
            &format!("{wrong}section/article_5"),
            host.as_str(),
        ),
        ("another Host", "GET", token_path.as_str(), "evil.example"),
        (
            "another Host",
            "GET",
            token_path.as_str(),
            &format!("evil.example:{}", server.port),
        ),
        (
            "another Host",
            "POST",
            &format!("{token_path}section/article_5"),
            "evil.example",
        ),
    ] {
        let response = http_request(server.port, method, path, host)
            .unwrap_or_else(|err| panic!("no answer to {method} {path} (Host {host}): {err}"));
        assert_eq!(
            response.status, 403,
            "{method} {path} with {what} (Host {host}) is not refused: {}",
            response.body
        );
        if what != "another Host" {
            assert!(
                response.body.contains("saq serve"),
                "the refusal of {what} does not say the address printed by `saq serve` is \
                 needed: {}",
                response.body
            );
        }
    }
    assert_eq!(
        std::fs::read(&server.file).expect("cannot read the answer file"),
        before,
        "a refused request changed the file"
    );
}

/// Scenario g, with the page's scripts on (axe-core needs them, and most users have them).
#[test]
fn every_kind_of_page_passes_axe() {
    let server = Server::fresh(&[]);
    run(Scripts::On, async move |tab: Tab| {
        tab.goto(&server.url).await;
        tab.wait_for("nav.sections").await;
        tab.assert_accessible("the start page").await;

        tab.goto(&server.page("section/profile")).await;
        tab.wait_for("form#answers").await;
        tab.assert_accessible("a section (profile)").await;

        tab.choose("profile_antique_definition-year").await;
        tab.submit("#save").await;
        tab.wait_for("#saved").await;
        tab.assert_accessible("a section just saved").await;
        tab.fill("[id=\"profile_antique_cutoff_year\"]", "about forty")
            .await;
        tab.submit("#save").await;
        tab.wait_for(".error-summary").await;
        tab.assert_accessible("a section with a refused value")
            .await;

        tab.goto(&server.page("section/article_5")).await;
        tab.wait_for("form#answers").await;
        tab.assert_accessible("a section (article 5)").await;
        let changed = server.text() + "# changed by another program\n";
        std::fs::write(&server.file, changed).expect("cannot change the answer file");
        tab.choose("q_5_1_a-yes").await;
        tab.submit("#save").await;
        tab.wait_for("#conflict").await;
        tab.assert_accessible("the conflict page").await;

        tab.goto(&server.page("report")).await;
        tab.wait_for("main").await;
        tab.assert_accessible("the report").await;

        tab.goto(&server.page("submit")).await;
        tab.wait_for("#submit").await;
        tab.assert_accessible("the submit page").await;
    });
}

/// The form in Arabic reads right to left and stays accessible: the same checks on the pages a
/// focal point meets most, with the language and direction axe-core also checks.
#[test]
fn the_arabic_form_passes_axe_and_reads_right_to_left() {
    let server = Server::fresh(&["--lang", "ar"]);
    run(Scripts::On, async move |tab: Tab| {
        tab.goto(&server.url).await;
        tab.wait_for("nav.sections").await;
        let dir = tab
            .js("return document.documentElement.getAttribute('dir');")
            .await;
        assert_eq!(
            dir,
            serde_json::json!("rtl"),
            "the Arabic start page is not right to left"
        );
        tab.assert_accessible("the Arabic start page").await;
        tab.goto(&server.page("section/article_5")).await;
        tab.wait_for("form#answers").await;
        tab.assert_accessible("an Arabic section (article 5)").await;
        tab.goto(&server.page("report")).await;
        tab.wait_for("main").await;
        tab.assert_accessible("the Arabic report").await;
    });
}
