//! The harness itself, without `saq serve`: chromedriver starts, Chromium opens a static HTML
//! report, axe-core runs in it and a screenshot is taken; and with the page's scripts off,
//! WebDriver's own scripts still run. When these fail, the machine's browser tooling is at
//! fault, not the server; when they pass and the others fail, the server is.

use std::process::Command;

use crate::support::{Scripts, Tab, run};

#[test]
fn chromium_loads_a_report_runs_axe_and_takes_a_screenshot() {
    let dir = tempfile::tempdir().expect("cannot make a temporary folder");
    let report = dir.path().join("report.html");
    let example = crate::support::repo_root()
        .join("questionnaires/firearms-protocol/examples/01-full-implementation.yaml");
    let output = Command::new(env!("CARGO_BIN_EXE_saq"))
        .arg("report")
        .arg(&example)
        .args(["--format", "html"])
        .output()
        .expect("cannot run `saq report`");
    assert!(
        output.status.success(),
        "`saq report --format html` failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    // One answer set without --output: the report comes on standard output.
    std::fs::write(&report, &output.stdout).expect("cannot write the report");
    let page = format!("file://{}", report.display());
    let shot = dir.path().join("report.png");
    let shot_path = shot.clone();
    run(Scripts::On, async move |tab: Tab| {
        tab.goto(&page).await;
        tab.wait_for("h1").await;
        assert!(
            tab.body_text().await.contains("Firearms Protocol"),
            "the report's text is not on the page"
        );
        // axe-core must really check: an image without a text alternative is a violation it
        // always reports. (The report's own findings are the report's business, not the
        // harness's: the server's pages are held to zero in `access`.)
        tab.js("const i = document.createElement('img'); i.src = 'x.png'; \
                document.body.appendChild(i);")
            .await;
        let violations = tab.axe().await;
        assert!(
            violations.iter().any(|v| v.id == "image-alt"),
            "axe-core did not report an image without alt text; it reported: {violations:?}"
        );
        tab.screenshot(&shot_path).await;
    });
    let png = std::fs::read(&shot).expect("no screenshot was written");
    assert!(
        png.starts_with(b"\x89PNG"),
        "the screenshot is not a PNG ({} bytes)",
        png.len()
    );
}

#[test]
fn with_scripts_off_the_page_runs_none_but_webdriver_still_can() {
    let dir = tempfile::tempdir().expect("cannot make a temporary folder");
    let file = dir.path().join("page.html");
    std::fs::write(
        &file,
        "<!doctype html><html lang=en><title>before</title>\
         <script>document.title = 'after';</script><p>text</p></html>",
    )
    .expect("cannot write the test page");
    let page = format!("file://{}", file.display());
    run(Scripts::Off, async move |tab: Tab| {
        tab.goto(&page).await;
        tab.wait_for("p").await;
        assert_eq!(
            tab.js("return document.title;").await,
            serde_json::json!("before"),
            "the page's script ran although scripts are off: the no-JS tests would not be"
        );
    });
}
