//! The form without JavaScript, as a user with scripts off (or a browser that failed to load
//! them) meets it: answers saved by clicking Save, follow-up questions shown and hidden by the
//! server, answers that stop applying kept under `inactive:`, refused values and a file changed
//! by another program leaving the file as it was, and submission refused while answers are
//! missing. Every scenario checks the page and the file on disk: the file is what is sent.

use serde_json::Value;

use crate::support::{Scripts, Server, Tab, by_id, run};

/// The titles of the measures cited in `value` (a list of citations), in order.
fn titles(value: &Value) -> Vec<String> {
    value
        .as_array()
        .map(|rows| {
            rows.iter()
                .filter_map(|row| row["title"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

const MORE_MEASURES: &str = r#"button[name="action"][value="more:q_5_1_a_measures"]"#;

/// Opens article 5 from the start page's list of sections, as a user would.
async fn open_article_5(tab: &Tab, server: &Server) {
    tab.goto(&server.url).await;
    tab.wait_for("nav.sections").await;
    tab.click(r#"nav.sections a[href$="section/article_5"]"#)
        .await;
    tab.wait_for("form#answers").await;
    for hidden in ["csrf", "version"] {
        assert!(
            tab.exists(&format!(
                r#"form#answers input[type="hidden"][name="{hidden}"]"#
            ))
            .await,
            "the section's form has no hidden `{hidden}` input"
        );
    }
}

/// Scenarios a and b: a follow-up question appears once its condition holds, its citations are
/// saved row by row, and when the condition stops holding they move under `inactive:` (kept for
/// the day the answer changes back, as `saq fill` keeps them) and the question is hidden again.
#[test]
fn cited_measures_are_saved_then_kept_inactive_when_the_answer_becomes_no() {
    let server = Server::fresh(&[]);
    run(Scripts::Off, async move |tab: Tab| {
        open_article_5(&tab, &server).await;
        assert!(
            !tab.displayed("#q-q_5_1_a_measures").await,
            "the measures are asked before q_5_1_a is answered"
        );

        tab.choose("q_5_1_a-partly").await;
        tab.submit("#save").await;
        tab.wait_for("#saved[role=status]").await;
        assert_eq!(server.yaml()["answers"]["q_5_1_a"], "partly");
        assert!(
            tab.displayed("#q-q_5_1_a_measures").await,
            "after 'Yes, in part' is saved, the measures are still hidden"
        );
        assert!(
            !tab.exists(&by_id("q_5_1_a_measures-1-title")).await,
            "a fresh citations question shows more than one empty row"
        );

        tab.fill(&by_id("q_5_1_a_measures-0-title"), "Firearms Act 2019")
            .await;
        tab.fill(&by_id("q_5_1_a_measures-0-article"), "section 12")
            .await;
        tab.fill(
            &by_id("q_5_1_a_measures-0-url"),
            "https://example.org/firearms-act",
        )
        .await;
        tab.submit(MORE_MEASURES).await;
        tab.wait_for(&by_id("q_5_1_a_measures-1-title")).await;
        assert_eq!(
            tab.value(&by_id("q_5_1_a_measures-0-title")).await,
            "Firearms Act 2019",
            "the first row is not shown again after 'add another'"
        );
        assert_eq!(
            titles(&server.yaml()["answers"]["q_5_1_a_measures"]),
            ["Firearms Act 2019"],
            "'add another' did not save the first row"
        );

        tab.fill(&by_id("q_5_1_a_measures-1-title"), "Penal Code")
            .await;
        tab.fill(&by_id("q_5_1_a_measures-1-article"), "article 250")
            .await;
        tab.submit("#save").await;
        tab.wait_for("#saved").await;
        let saved = server.yaml();
        assert_eq!(
            titles(&saved["answers"]["q_5_1_a_measures"]),
            ["Firearms Act 2019", "Penal Code"],
            "both measures should be in the file; it has:\n{}",
            server.text()
        );
        // The answer and its citations in view, rather than the section's introduction.
        tab.js("document.getElementById('q-q_5_1_a').scrollIntoView({ block: 'start' });")
            .await;
        tab.readme_screenshot("serve-section.png").await;

        tab.choose("q_5_1_a-no").await;
        tab.submit("#save").await;
        tab.wait_for("#saved").await;
        let saved = server.yaml();
        assert_eq!(saved["answers"]["q_5_1_a"], "no");
        assert!(
            saved["answers"]["q_5_1_a_measures"].is_null(),
            "the measures are still active answers after 'No':\n{}",
            server.text()
        );
        assert_eq!(
            titles(&saved["inactive"]["q_5_1_a_measures"]),
            ["Firearms Act 2019", "Penal Code"],
            "the measures are not kept under `inactive:` after 'No':\n{}",
            server.text()
        );
        assert!(
            !tab.displayed("#q-q_5_1_a_measures").await,
            "the measures are still shown after 'No' is saved"
        );
        assert!(
            tab.displayed("#q-q_5_1_a_steps").await,
            "the planned steps, asked after 'No', are not shown"
        );
    });
}

/// Scenario c: a value the questionnaire refuses (words in a number) brings the page back with the error beside the field and a summary linking to it, and the
/// file on disk stays byte for byte what it was: nothing of a refused page is saved.
#[test]
fn refused_values_are_shown_and_leave_the_file_untouched() {
    let server = Server::fresh(&[]);
    run(Scripts::Off, async move |tab: Tab| {
        tab.goto(&server.page("section/profile")).await;
        tab.wait_for("form#answers").await;
        tab.choose("profile_antique_definition-year").await;
        tab.submit("#save").await;
        tab.wait_for("#saved").await;
        assert!(
            tab.displayed("#q-profile_antique_cutoff_year").await,
            "the cut-off year is not asked after 'By a cut-off year' is saved"
        );

        let before = std::fs::read(&server.file).expect("cannot read the answer file");
        tab.fill(&by_id("profile_antique_cutoff_year"), "about forty")
            .await;
        tab.submit("#save").await;
        tab.wait_for(".error-summary[role=alert]").await;
        assert_eq!(tab.status().await, 422, "a refused page is not a 422");
        assert!(
            tab.displayed(&by_id("profile_antique_cutoff_year-error"))
                .await,
            "no error is shown beside the number field"
        );
        assert!(
            tab.exists(r#".error-summary a[href*="profile_antique_cutoff_year"]"#)
                .await,
            "the error summary has no link to the number field: {}",
            tab.text(".error-summary").await
        );
        assert_eq!(
            std::fs::read(&server.file).expect("cannot read the answer file"),
            before,
            "a refused number changed the file"
        );
        tab.readme_screenshot("serve-error.png").await;
    });
}

/// Scenario c for citations: a link that is no URL is refused at its own field, and the file
/// stays as it was.
#[test]
fn a_link_that_is_no_url_is_refused() {
    let server = Server::fresh(&[]);
    run(Scripts::Off, async move |tab: Tab| {
        tab.goto(&server.page("section/article_5")).await;
        tab.wait_for("form#answers").await;
        tab.choose("q_5_1_a-yes").await;
        tab.submit("#save").await;
        tab.wait_for("#saved").await;
        let before = std::fs::read(&server.file).expect("cannot read the answer file");
        tab.fill(&by_id("q_5_1_a_measures-0-title"), "Firearms Act")
            .await;
        tab.fill(&by_id("q_5_1_a_measures-0-url"), "not a url")
            .await;
        tab.submit("#save").await;
        assert!(
            !tab.exists("#saved").await,
            "the link `not a url` was taken and saved; the file now has:\n{}",
            server
                .text()
                .lines()
                .skip_while(|line| !line.starts_with("  q_5_1_a_measures:"))
                .take(4)
                .collect::<Vec<_>>()
                .join("\n")
        );
        tab.wait_for(".error-summary[role=alert]").await;
        assert_eq!(tab.status().await, 422, "a refused page is not a 422");
        assert!(
            tab.displayed(&by_id("q_5_1_a_measures-error")).await,
            "no error is shown beside the citations with a bad link"
        );
        assert_eq!(
            std::fs::read(&server.file).expect("cannot read the answer file"),
            before,
            "a refused link changed the file"
        );
    });
}

/// Scenario d: another program (an editor, `saq fill`) changed the file after the page was
/// loaded. Saving the page would silently undo its change, so the save is refused with a
/// conflict and the other writer's text stays on disk.
#[test]
fn a_file_changed_behind_the_server_is_not_overwritten() {
    let server = Server::fresh(&[]);
    run(Scripts::Off, async move |tab: Tab| {
        tab.goto(&server.page("section/article_5")).await;
        tab.wait_for("form#answers").await;
        tab.choose("q_5_1_a-yes").await;

        // A changed answer, not only a comment: whatever the server compares (bytes or
        // answers), this is a change it must see.
        let theirs = server.text().replacen(
            "  profile_deactivated_is_firearm:",
            "  profile_deactivated_is_firearm: \"no\"",
            1,
        ) + "# changed by another program\n";
        assert_ne!(
            theirs,
            server.text(),
            "the fresh file has no answer line to change"
        );
        std::fs::write(&server.file, &theirs).expect("cannot change the answer file");

        tab.submit("#save").await;
        tab.wait_for("#conflict.error-summary[role=alert]").await;
        assert_eq!(tab.status().await, 409, "a conflict is not a 409");
        assert_eq!(
            server.text(),
            theirs,
            "the other program's change was overwritten"
        );
    });
}

/// Scenario i: the submit page of a fresh set lists what is missing, and submitting it anyway is
/// refused: a submitted set must be complete, and the file stays a draft.
#[test]
fn an_incomplete_set_cannot_be_submitted() {
    let server = Server::fresh(&[]);
    run(Scripts::Off, async move |tab: Tab| {
        tab.goto(&server.page("submit")).await;
        tab.wait_for("#submit").await;
        let missing = tab
            .js("return document.querySelectorAll('#missing li').length;")
            .await;
        assert!(
            missing.as_u64().unwrap_or(0) > 0,
            "the submit page of a fresh set lists no missing answers"
        );
        let before = server.text();
        tab.submit("#submit").await;
        tab.wait_for(".error-summary[role=alert]").await;
        assert_eq!(
            server.text(),
            before,
            "a refused submission changed the file"
        );
        assert!(
            !before.contains("status: submitted"),
            "the fresh set is already submitted"
        );
    });
}

/// The one test with the page's scripts on: choosing an answer shows its follow-up at once,
/// without a save. Everything else works without scripts; this is what they add.
#[test]
fn with_scripts_a_follow_up_appears_without_saving() {
    let server = Server::fresh(&[]);
    run(Scripts::On, async move |tab: Tab| {
        tab.goto(&server.page("section/article_5")).await;
        tab.wait_for("form#answers").await;
        assert!(!tab.displayed("#q-q_5_1_a_measures").await);
        tab.choose("q_5_1_a-partly").await;
        let start = std::time::Instant::now();
        while !tab.displayed("#q-q_5_1_a_measures").await {
            assert!(
                start.elapsed() < std::time::Duration::from_secs(2),
                "choosing 'Yes, in part' did not show the measures within 2 s"
            );
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        // Shown, and usable: its inputs are enabled again.
        let enabled = tab
            .find(&by_id("q_5_1_a_measures-0-title"))
            .await
            .is_enabled()
            .await
            .expect("cannot tell whether the title field is enabled");
        assert!(
            enabled,
            "the measures are shown but their fields stay disabled"
        );
    });
}

/// The other side of scenario i: a complete draft (the full-implementation example, made a draft
/// again) is submitted from the confirmation page, and the file says so.
#[test]
fn a_complete_set_is_submitted() {
    let example = std::fs::read_to_string(
        crate::support::repo_root()
            .join("questionnaires/firearms-protocol/examples/01-full-implementation.yaml"),
    )
    .expect("cannot read the full-implementation example");
    // A draft again: no status `submitted`, no date or digest of a submission.
    let draft: String = example
        .lines()
        .filter(|line| !line.starts_with("submitted:") && !line.starts_with("digest:"))
        .map(|line| {
            if line == "status: submitted" {
                "status: draft\n".to_string()
            } else {
                format!("{line}\n")
            }
        })
        .collect();
    assert!(
        draft.contains("status: draft\n"),
        "the example's status line has changed"
    );
    let server = Server::with_text(&draft, &[]);
    run(Scripts::Off, async move |tab: Tab| {
        tab.goto(&server.page("submit")).await;
        tab.wait_for("#submit").await;
        assert!(
            !tab.exists("#missing li").await,
            "a complete set is said to miss answers: {}",
            tab.text("#missing").await
        );
        tab.submit("#submit").await;
        let saved = server.yaml();
        assert_eq!(
            saved["status"],
            "submitted",
            "the file is not submitted after the confirmation; page:\n{}\nfile header:\n{}",
            tab.body_text().await,
            server
                .text()
                .lines()
                .take(25)
                .collect::<Vec<_>>()
                .join("\n")
        );
    });
}
