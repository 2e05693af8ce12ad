//! The server's behaviour at the HTTP level, requests handed straight to the router: who is
//! refused, what a save writes, and what is never written (a refused value, a stale page, a
//! forged post). The browser tests (`tests/browser`) drive the same pages in Chromium.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use saq_model::Bundle;
use tower::ServiceExt;

use crate::Form;
use crate::guard::Guard;
use crate::routes::{App, router};

const TOKEN: &str = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
const CSRF: &str = "csrf-of-the-test";
const HOST: &str = "127.0.0.1:4000";

fn mini() -> Bundle {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/mini");
    Bundle::read_dir(&dir).unwrap().value.unwrap()
}

const DRAFT: &str = "format_version: 1\nquestionnaire: mini-saq\nversion: 1.0.0\nstate: {name: Testland}\nstatus: draft\nanswers:\n  profile_industry: \"yes\"\n";

struct Server {
    app: Arc<App>,
    _dir: tempfile::TempDir,
    path: PathBuf,
}

struct Answer {
    status: StatusCode,
    location: Option<String>,
    body: String,
}

fn server(text: &str) -> Server {
    server_with(text, mini())
}

fn server_with(text: &str, bundle: Bundle) -> Server {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("answers.yaml");
    std::fs::write(&path, text).unwrap();
    let form = Form {
        path: path.clone(),
        bundle,
        carry: String::new(),
        templates: saq_render::Templates::builtin().unwrap(),
        today: || "2026-11-30".to_owned(),
    };
    let app = App::new(form, Guard::new(TOKEN.into(), 4000), CSRF.into()).unwrap();
    Server {
        app: Arc::new(app),
        _dir: dir,
        path,
    }
}

impl Server {
    fn send(&self, request: Request<Body>) -> Answer {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        runtime.block_on(async {
            let response = router(self.app.clone()).oneshot(request).await.unwrap();
            let status = response.status();
            let location = response
                .headers()
                .get(header::LOCATION)
                .map(|l| l.to_str().unwrap().to_owned());
            let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
                .await
                .unwrap();
            Answer {
                status,
                location,
                body: String::from_utf8(bytes.to_vec()).unwrap(),
            }
        })
    }

    fn get(&self, path: &str) -> Answer {
        self.send(
            Request::get(format!("/{TOKEN}/{path}"))
                .header(header::HOST, HOST)
                .body(Body::empty())
                .unwrap(),
        )
    }

    /// Posts `fields` with the CSRF token and the version of the file as it is now.
    fn post(&self, path: &str, fields: &[(&str, &str)]) -> Answer {
        let version = self.version();
        let mut all = vec![("csrf", CSRF), ("version", version.as_str())];
        all.extend_from_slice(fields);
        self.post_raw(path, &all, None)
    }

    fn post_raw(&self, path: &str, fields: &[(&str, &str)], origin: Option<&str>) -> Answer {
        self.post_from(path, fields, origin, None)
    }

    /// A post with the headers a browser adds: `Origin`, `Sec-Fetch-Site`.
    fn post_from(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        origin: Option<&str>,
        site: Option<&str>,
    ) -> Answer {
        let body: String = fields
            .iter()
            .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
            .collect::<Vec<_>>()
            .join("&");
        let mut request = Request::post(format!("/{TOKEN}/{path}"))
            .header(header::HOST, HOST)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        if let Some(origin) = origin {
            request = request.header(header::ORIGIN, origin);
        }
        if let Some(site) = site {
            request = request.header("sec-fetch-site", site);
        }
        self.send(request.body(Body::from(body)).unwrap())
    }

    fn version(&self) -> String {
        let text = std::fs::read(&self.path).unwrap();
        crate::routes::hex(saq_collect::Fingerprint::of(&text))
    }

    fn file(&self) -> String {
        std::fs::read_to_string(&self.path).unwrap()
    }
}

fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The opening tag of the element with `id`.
fn tag<'a>(body: &'a str, id: &str) -> &'a str {
    let at = body
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no element {id}"));
    let start = body[..at].rfind('<').unwrap();
    let end = at + body[at..].find('>').unwrap();
    &body[start..=end]
}

#[test]
fn the_token_and_the_host_are_required() {
    let server = server(DRAFT);
    assert_eq!(server.get("").status, StatusCode::OK);
    for path in ["/", "/section/article_1", "/x/section/article_1"] {
        let answer = server.send(
            Request::get(path)
                .header(header::HOST, HOST)
                .body(Body::empty())
                .unwrap(),
        );
        assert_eq!(answer.status, StatusCode::FORBIDDEN, "{path}");
        assert!(answer.body.contains("secret link"), "{}", answer.body);
    }
    let wrong = &TOKEN[..63];
    let answer = server.send(
        Request::get(format!("/{wrong}0/"))
            .header(header::HOST, HOST)
            .body(Body::empty())
            .unwrap(),
    );
    assert_eq!(answer.status, StatusCode::FORBIDDEN);
    // DNS rebinding: the right path under another host name.
    for host in ["evil.example:4000", "127.0.0.1:4001"] {
        let answer = server.send(
            Request::get(format!("/{TOKEN}/"))
                .header(header::HOST, host)
                .body(Body::empty())
                .unwrap(),
        );
        assert_eq!(answer.status, StatusCode::FORBIDDEN, "{host}");
    }
}

#[test]
fn forged_posts_are_refused_and_write_nothing() {
    let server = server(DRAFT);
    let version = server.version();
    let fields = [("present", "q_1_1"), ("q_1_1", "yes"), ("action", "save")];
    let mut no_csrf = vec![("version", version.as_str())];
    no_csrf.extend_from_slice(&fields);
    let answer = server.post_raw("section/article_1", &no_csrf, None);
    assert_eq!(answer.status, StatusCode::FORBIDDEN);
    let mut from_elsewhere = vec![("csrf", CSRF), ("version", version.as_str())];
    from_elsewhere.extend_from_slice(&fields);
    let answer = server.post_raw(
        "section/article_1",
        &from_elsewhere,
        Some("http://evil.example"),
    );
    assert_eq!(answer.status, StatusCode::FORBIDDEN);
    assert_eq!(server.file(), DRAFT);
    // The same post from this origin is taken.
    let answer = server.post_raw(
        "section/article_1",
        &from_elsewhere,
        Some(&format!("http://{HOST}")),
    );
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    assert!(
        server.file().contains("q_1_1: \"yes\""),
        "{}",
        server.file()
    );
}

#[test]
fn follow_ups_appear_and_their_answers_are_set_aside_when_they_stop_applying() {
    let server = server(DRAFT);
    let page = server.get("section/article_1").body;
    assert!(tag(&page, "q-q_1_1_measures").contains("hidden"));
    let answer = server.post(
        "section/article_1",
        &[
            ("present", "q_1_1"),
            ("q_1_1", "partly"),
            ("action", "save"),
        ],
    );
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    let location = answer.location.unwrap();
    assert!(
        location.ends_with("section/article_1?saved=1"),
        "{location}"
    );
    let page = server.get("section/article_1?saved=1").body;
    assert!(!tag(&page, "q-q_1_1_measures").contains("hidden"));
    assert!(page.contains("id=\"saved\""));
    // Two measures, the second through "add another".
    let answer = server.post(
        "section/article_1",
        &[
            ("present", "q_1_1"),
            ("q_1_1", "partly"),
            ("present", "q_1_1_measures"),
            ("q_1_1_measures-0-title", "Penal Code"),
            ("q_1_1_measures-0-article", "section 12"),
            ("q_1_1_measures-1-title", "Firearms Act"),
            ("q_1_1_measures-1-url", "https://example.org/act"),
            ("present", "q_1_1_cases"),
            ("q_1_1_cases", " 12 "),
            ("action", "more:q_1_1_measures"),
        ],
    );
    let location = answer.location.unwrap();
    assert!(location.contains("more=q_1_1_measures"), "{location}");
    let file = server.file();
    assert!(file.contains("title: Penal Code"), "{file}");
    assert!(file.contains("url: https://example.org/act"), "{file}");
    assert!(file.contains("q_1_1_cases: 12"), "{file}");
    let page = server.get(&location[TOKEN.len() + 2..]).body;
    // The two measures, and two empty rows (one always, one asked for).
    assert!(page.contains("id=\"q_1_1_measures-3-title\""));
    assert!(!page.contains("id=\"q_1_1_measures-4-title\""));
    // "No": the follow-ups no longer apply; their answers are kept under `inactive:`.
    let answer = server.post(
        "section/article_1",
        &[("present", "q_1_1"), ("q_1_1", "no"), ("action", "save")],
    );
    let location = answer.location.unwrap();
    assert!(
        location.contains("aside=q_1_1_measures,q_1_1_cases"),
        "{location}"
    );
    let file = server.file();
    let inactive = &file[file.find("\ninactive:").expect(&file)..];
    assert!(inactive.contains("title: Penal Code"), "{file}");
    assert!(inactive.contains("q_1_1_cases: 12"), "{file}");
    let page = server.get(&location[TOKEN.len() + 2..]).body;
    assert!(tag(&page, "q-q_1_1_measures").contains("hidden"));
    assert!(page.contains("These questions no longer apply"));
    // "Yes" again: they come back.
    let answer = server.post(
        "section/article_1",
        &[("present", "q_1_1"), ("q_1_1", "yes"), ("action", "save")],
    );
    assert!(answer.location.unwrap().contains("restored="));
    assert!(!server.file().contains("\ninactive:"), "{}", server.file());
}

#[test]
fn a_refused_value_is_shown_at_its_field_and_nothing_is_written() {
    let server = server(DRAFT);
    server.post(
        "section/article_1",
        &[("present", "q_1_1"), ("q_1_1", "yes"), ("action", "save")],
    );
    let before = server.file();
    let answer = server.post(
        "section/article_1",
        &[
            ("present", "q_1_1"),
            ("q_1_1", "yes"),
            ("present", "q_1_1_cases"),
            ("q_1_1_cases", "about forty"),
            ("present", "q_1_2"),
            ("q_1_2-special", "unknown"),
            ("q_1_2-reason", "   "),
            ("action", "save"),
        ],
    );
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    let body = &answer.body;
    assert!(body.contains("class=\"error-summary\""), "{body}");
    assert!(body.contains("href=\"#q_1_1_cases\""), "{body}");
    assert!(tag(body, "q_1_1_cases-error").contains("field-error"));
    assert!(body.contains("“about forty” is not a number"), "{body}");
    assert!(body.contains("href=\"#q_1_2-reason\""), "{body}");
    assert!(tag(body, "q_1_2-reason-error").contains("field-error"));
    // What was typed is shown back.
    assert!(tag(body, "q_1_1_cases").contains("value=\"about forty\""));
    assert!(body.starts_with("<!doctype html>"));
    assert!(body.contains("<title>Error: "), "{body}");
    assert_eq!(server.file(), before);
    // A link that is not a web address would be shown as text nobody can follow.
    let answer = server.post(
        "section/article_1",
        &[
            ("present", "q_1_1"),
            ("q_1_1", "yes"),
            ("present", "q_1_1_measures"),
            ("q_1_1_measures-0-title", "Penal Code"),
            ("q_1_1_measures-0-url", "javascript:alert(1)"),
            ("action", "save"),
        ],
    );
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        answer.body.contains("href=\"#q_1_1_measures-0-url\""),
        "{}",
        answer.body
    );
    assert!(tag(&answer.body, "q_1_1_measures-error").contains("field-error"));
    assert_eq!(server.file(), before);
    // A value of a choice the question does not have.
    let answer = server.post(
        "section/article_1",
        &[
            ("present", "q_1_1"),
            ("q_1_1", "perhaps"),
            ("action", "save"),
        ],
    );
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        answer.body.contains("href=\"#q_1_1-yes\""),
        "{}",
        answer.body
    );
    assert_eq!(server.file(), before);
}

#[test]
fn a_forged_button_cannot_reach_the_redirect() {
    let server = server(DRAFT);
    let answer = server.post(
        "section/article_1",
        &[
            ("present", "q_1_1"),
            ("q_1_1", "yes"),
            ("action", "more:x\r\nSet-Cookie: a=b"),
        ],
    );
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    let location = answer.location.unwrap();
    assert!(
        location.ends_with("section/article_1?saved=1"),
        "{location}"
    );
    let answer = server.post("section/article_1", &[("action", "more:q_1_1\r\nX: y")]);
    assert!(!answer.location.unwrap().contains("more="));
}

#[test]
fn a_page_made_before_another_writer_saved_does_not_overwrite_it() {
    let server = server(DRAFT);
    let stale = server.version();
    // An editor saves meanwhile.
    let theirs = format!("{DRAFT}  q_1_1: \"no\"\n");
    std::fs::write(&server.path, &theirs).unwrap();
    let answer = server.post_raw(
        "section/article_1",
        &[
            ("csrf", CSRF),
            ("version", &stale),
            ("present", "q_1_1"),
            ("q_1_1", "yes"),
            ("action", "save"),
        ],
        None,
    );
    assert_eq!(answer.status, StatusCode::CONFLICT);
    assert!(answer.body.contains("id=\"conflict\""), "{}", answer.body);
    // The form shows what was typed, under the version now on disk.
    assert!(tag(&answer.body, "q_1_1-yes").contains("checked"));
    assert!(answer.body.contains(&server.version()));
    assert_eq!(server.file(), theirs);
}

#[test]
fn answer_text_is_data_in_every_page() {
    let hostile = "<script>window.__pwned=1</script><img src=x onerror=alert(1)>";
    let text = format!(
        "{DRAFT}  q_1_1: partly\n  q_1_1_measures:\n    - title: '{hostile}'\n      url: 'javascript:alert(1)'\n"
    );
    let server = server(&text.replace("Testland", "<b>Testland</b>"));
    for path in ["", "section/article_1", "report", "submit"] {
        let body = server.get(path).body;
        assert!(!body.contains("<script>"), "{path}: {body}");
        assert!(!body.contains("<img"), "{path}");
        assert!(!body.contains("<b>Testland"), "{path}");
        assert!(!body.contains("href=\"javascript:"), "{path}");
    }
    let page = server.get("section/article_1").body;
    assert!(
        page.contains("&lt;script&gt;window.__pwned=1&lt;&#x2f;script&gt;"),
        "{page}"
    );
}

#[test]
fn submitting_needs_every_required_answer_then_marks_the_file() {
    let server = server(DRAFT);
    let page = server.get("submit").body;
    assert!(page.contains("id=\"missing\""), "{page}");
    assert!(page.contains("section/article_1#q-q_1_1"), "{page}");
    let answer = server.post("submit", &[]);
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(answer.body.contains("error-summary"));
    assert_eq!(server.file(), DRAFT);
    server.post(
        "section/article_1",
        &[("present", "q_1_1"), ("q_1_1", "no"), ("action", "save")],
    );
    server.post(
        "section/article_2",
        &[
            ("present", "q_2_1"),
            ("q_2_1-special", "not-applicable"),
            ("q_2_1-reason", "no industry"),
            ("action", "next"),
        ],
    );
    let answer = server.post("submit", &[]);
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    let file = server.file();
    assert!(file.contains("status: submitted"), "{file}");
    assert!(
        file.contains("submitted: \"2026-11-30\"") || file.contains("submitted: 2026-11-30"),
        "{file}"
    );
    assert!(server.get("submit").body.contains("id=\"submitted\""));
    // A submitted set is not changed.
    let answer = server.post(
        "section/article_1",
        &[("present", "q_1_1"), ("q_1_1", "yes"), ("action", "save")],
    );
    assert_eq!(answer.status, StatusCode::CONFLICT);
    assert_eq!(server.file(), file);
}

#[test]
fn the_script_is_told_which_questions_apply_without_anything_saved() {
    let server = server(DRAFT);
    let answer = server.post(
        "applies/article_1",
        &[("present", "q_1_1"), ("q_1_1", "yes")],
    );
    assert_eq!(answer.status, StatusCode::OK);
    let applies: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
    assert_eq!(applies["q_1_1_measures"], true);
    assert_eq!(applies["q_1_2"], true);
    let answer = server.post(
        "applies/article_1",
        &[("present", "q_1_1"), ("q_1_1", "no")],
    );
    let applies: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
    assert_eq!(applies["q_1_1_measures"], false);
    assert_eq!(server.file(), DRAFT);
}

#[test]
fn a_file_broken_behind_the_server_is_reported_with_its_place() {
    let server = server(DRAFT);
    std::fs::write(&server.path, format!("{DRAFT}  q_1_1: maybe\n")).unwrap();
    let answer = server.get("section/article_1");
    assert_eq!(answer.status, StatusCode::CONFLICT);
    assert!(answer.body.contains("answers.yaml:8:"), "{}", answer.body);
    assert!(answer.body.contains("has problems"), "{}", answer.body);
}

#[test]
fn in_arabic_the_pages_read_right_to_left_and_links_keep_their_address() {
    let bundle = Bundle::builtin().value.unwrap().translated("ar");
    let draft = "format_version: 1\nquestionnaire: firearms-protocol-saq\nversion: \"2.0.0\"\nstate: {name: Borealis}\nstatus: draft\n";
    let server = server_with(draft, bundle);
    let page = server.get("section/article_5").body;
    assert!(page.contains("<html lang=\"ar\" dir=\"rtl\">"), "{page}");
    // The form's own words and the questionnaire's choices are Arabic.
    assert!(page.contains("نعم"), "{page}");
    assert!(!page.contains(">Save<"), "{page}");
    // A conflict: the link to reload the section is a link to it, isolated as a whole.
    let answer = server.post_raw(
        "section/article_5",
        &[("csrf", CSRF), ("version", "stale"), ("action", "save")],
        None,
    );
    assert_eq!(answer.status, StatusCode::CONFLICT);
    let href = saq_render::i18n::html(&format!("/{TOKEN}/section/article_5"));
    let link = format!("<a href=\"{href}\">");
    assert!(
        answer.body.contains(&format!("\u{2068}{link}")),
        "{}",
        answer.body
    );
}

#[test]
fn a_problem_page_speaks_the_forms_language() {
    let bundle = Bundle::builtin().value.unwrap().translated("fr");
    let draft = "format_version: 1\nquestionnaire: firearms-protocol-saq\nversion: \"2.0.0\"\nstate: {name: Borealis}\nstatus: draft\n";
    let server = server_with(draft, bundle);
    let answer = server.get("section/no_such_section");
    assert_eq!(answer.status, StatusCode::NOT_FOUND);
    assert!(
        answer.body.contains("<html lang=\"fr\">"),
        "{}",
        answer.body
    );
    assert!(!answer.body.contains("No such section"), "{}", answer.body);
    // The file broken behind the server: its diagnostics are listed, located.
    std::fs::write(&server.path, format!("{draft}answers:\n  q_5_1_a: maybe\n")).unwrap();
    let answer = server.get("section/article_5");
    assert_eq!(answer.status, StatusCode::CONFLICT);
    assert!(answer.body.contains("answers.yaml:7:"), "{}", answer.body);
}

#[test]
fn a_refused_value_is_said_in_the_forms_language() {
    let bundle = Bundle::builtin().value.unwrap().translated("es");
    let draft = "format_version: 1\nquestionnaire: firearms-protocol-saq\nversion: \"2.0.0\"\nstate: {name: Borealis}\nstatus: draft\nanswers:\n  profile_antique_definition: \"year\"\n";
    let server = server_with(draft, bundle);
    let answer = server.post(
        "section/profile",
        &[
            ("present", "profile_antique_definition"),
            ("profile_antique_definition", "year"),
            ("present", "profile_antique_cutoff_year"),
            ("profile_antique_cutoff_year", "about forty"),
            ("action", "save"),
        ],
    );
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!answer.body.contains("is not a number"), "{}", answer.body);
    assert!(answer.body.contains("about forty"), "{}", answer.body);
}
