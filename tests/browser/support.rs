//! The harness of the browser tests: chromedriver, one headless Chromium session, the real `saq
//! serve` on a copy of an answer set, and the few page helpers the scenarios need.
//!
//! Everything a test starts is stopped on drop, panics included: chromedriver runs in a process
//! group of its own so that Chromium and its helpers go with it, and the server gets SIGTERM
//! (it stops cleanly on it). Missing tools fail the test with the command that installs them:
//! a browser suite that skips itself silently would pass on every machine that cannot run it.

use std::fs;
use std::future::Future;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{Value, json};
use tempfile::TempDir;

/// The repository's root, where the inputs and `tests/browser/node_modules` are.
pub(crate) fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The tests share the machine's two cores and one Chromium each: one at a time keeps them from
/// timing each other out, and a full suite stays well under two minutes.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

fn one_at_a_time() -> MutexGuard<'static, ()> {
    // A test that panicked while holding the lock has already failed; the next one may run.
    ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// How long a page, a save or an element may take before the test fails. Generous for a loaded
/// two-core machine; a passing run never waits it out.
pub(crate) const PATIENCE: Duration = Duration::from_secs(10);

// ---------------------------------------------------------------------------------------------
// Tools: chromium, chromedriver, axe-core.

const INSTALL_BROWSER: &str = "install them with `apt-get install -y chromium chromium-driver` \
     (Debian), or run `bash .ci/run`, which installs them";

fn find_tool(names: &[&str], fixed: &[&str]) -> Option<PathBuf> {
    for path in fixed {
        if Path::new(path).is_file() {
            return Some(PathBuf::from(path));
        }
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |name| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

fn chromium() -> PathBuf {
    find_tool(&["chromium", "chromium-browser"], &["/usr/bin/chromium"]).unwrap_or_else(|| {
        panic!("the browser tests need Chromium (/usr/bin/chromium or `chromium` on PATH): {INSTALL_BROWSER}")
    })
}

fn chromedriver() -> PathBuf {
    find_tool(&["chromedriver"], &["/usr/bin/chromedriver"]).unwrap_or_else(|| {
        panic!("the browser tests need chromedriver (/usr/bin/chromedriver or on PATH): {INSTALL_BROWSER}")
    })
}

fn axe_source() -> String {
    let path = repo_root().join("tests/browser/node_modules/axe-core/axe.min.js");
    fs::read_to_string(&path).unwrap_or_else(|err| {
        panic!(
            "the browser tests need axe-core at {} ({err}): run `npm ci --prefix tests/browser` \
             at the repository's root (or `bash .ci/run`, which does)",
            path.display()
        )
    })
}

fn free_port() -> u16 {
    // The port is free when the listener goes; chromedriver takes it a moment later. A clash
    // with another process in between is possible but shows as a clear startup failure.
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("no free local port for chromedriver")
        .port()
}

/// Sends SIGTERM to a process or, with a negative id, to a process group; a process that is
/// already gone is no error here.
fn terminate(id: i64) {
    let _ = Command::new("kill")
        .arg("-TERM")
        .arg("--")
        .arg(id.to_string())
        .stderr(Stdio::null())
        .status();
}

/// Waits up to `limit` for a child to exit, then kills it.
fn reap(child: &mut Child, limit: Duration) {
    let start = Instant::now();
    while start.elapsed() < limit {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// chromedriver on a free port, in its own process group so that dropping it also ends the
/// Chromium it started even when a test panicked before closing its session.
struct Driver {
    child: Child,
    url: String,
}

impl Driver {
    fn start() -> Driver {
        let binary = chromedriver();
        let port = free_port();
        let child = Command::new(&binary)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .unwrap_or_else(|err| panic!("cannot start {}: {err}", binary.display()));
        let mut driver = Driver {
            child,
            url: format!("http://127.0.0.1:{port}"),
        };
        let start = Instant::now();
        loop {
            if let Ok(response) = http_request(port, "GET", "/status", &format!("127.0.0.1:{port}"))
                && response.status == 200
            {
                return driver;
            }
            if let Ok(Some(status)) = driver.child.try_wait() {
                panic!("{} exited at startup ({status})", binary.display());
            }
            assert!(
                start.elapsed() < PATIENCE,
                "chromedriver did not answer on {} within {PATIENCE:?}",
                driver.url
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        terminate(-i64::from(self.child.id()));
        reap(&mut self.child, Duration::from_secs(3));
    }
}

// ---------------------------------------------------------------------------------------------
// The browser session.

/// Whether the page's own scripts run. The form must work without them (it is plain HTML
/// forms, scripts only enhance), so the form tests run with them off. axe-core needs them on
/// (its checks wait on timers that do not fire otherwise), and so does the hostile-input test,
/// so that an injected script would actually run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Scripts {
    Off,
    On,
}

/// Runs one browser test: starts chromedriver and a fresh headless Chromium, hands the test a
/// [`Tab`], and closes everything afterwards, whether the test passed or panicked.
pub(crate) fn run<F, Fut>(scripts: Scripts, test: F)
where
    F: FnOnce(Tab) -> Fut + 'static,
    Fut: Future<Output = ()> + 'static,
{
    let _turn = one_at_a_time();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("cannot build a tokio runtime for a browser test");
    let driver = Driver::start();
    let profile = tempfile::tempdir().expect("cannot make a Chromium profile folder");
    let local = tokio::task::LocalSet::new();
    let outcome = local.block_on(&runtime, async {
        let client = connect(&driver, profile.path(), scripts).await;
        // The test runs as a task of its own so that its panic comes back here as a value: the
        // session is then closed properly before the panic goes on.
        let tab = Tab {
            client: client.clone(),
        };
        let outcome = tokio::task::spawn_local(test(tab)).await;
        let _ = client.close().await;
        outcome
    });
    drop(driver);
    if let Err(error) = outcome {
        match error.try_into_panic() {
            Ok(panic) => std::panic::resume_unwind(panic),
            Err(error) => panic!("the browser test did not finish: {error}"),
        }
    }
}

async fn connect(driver: &Driver, profile: &Path, scripts: Scripts) -> Client {
    let mut args = vec![
        "--headless".to_string(),
        "--no-sandbox".to_string(),
        "--disable-gpu".to_string(),
        // The machine's network is closed: Chromium's background connections (QUIC, updates,
        // sync, field trials) would only hang or log errors, and could slow page loads.
        "--disable-quic".to_string(),
        "--no-first-run".to_string(),
        "--disable-background-networking".to_string(),
        "--disable-component-update".to_string(),
        "--disable-sync".to_string(),
        "--window-size=1280,900".to_string(),
        format!("--user-data-dir={}", profile.display()),
    ];
    if scripts == Scripts::Off {
        // Blink's own switch: the page's scripts do not run, while WebDriver's `execute` (the
        // axe-core checks, the DOM queries) still does.
        args.push("--blink-settings=scriptEnabled=false".to_string());
    }
    let mut options = json!({ "args": args, "binary": chromium() });
    if scripts == Scripts::Off {
        options["prefs"] = json!({ "profile.managed_default_content_settings.javascript": 2 });
    }
    let mut capabilities = serde_json::Map::new();
    capabilities.insert("browserName".into(), json!("chrome"));
    capabilities.insert("goog:chromeOptions".into(), options);
    ClientBuilder::new(HttpConnector::new())
        .capabilities(capabilities)
        .connect(&driver.url)
        .await
        .unwrap_or_else(|err| {
            panic!(
                "cannot open a Chromium session through chromedriver at {}: {err}",
                driver.url
            )
        })
}

/// One axe-core violation, reduced to what a failure message needs.
#[derive(Debug, Clone)]
pub(crate) struct Violation {
    pub(crate) id: String,
    pub(crate) impact: String,
    pub(crate) help: String,
    pub(crate) targets: Vec<String>,
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // A page-wide rule can list hundreds of nodes: the first few locate the problem.
        let shown: Vec<&str> = self.targets.iter().take(5).map(String::as_str).collect();
        let more = self.targets.len().saturating_sub(shown.len());
        write!(
            f,
            "{} ({}): {} — at {}",
            self.id,
            self.impact,
            self.help,
            shown.join(", ")
        )?;
        if more > 0 {
            write!(f, " and {more} more")?;
        }
        Ok(())
    }
}

/// The browser tab a test drives, with helpers that fail with a message naming the selector.
#[derive(Clone)]
pub(crate) struct Tab {
    pub(crate) client: Client,
}

impl Tab {
    pub(crate) async fn goto(&self, url: &str) {
        self.client
            .goto(url)
            .await
            .unwrap_or_else(|err| panic!("cannot load {url}: {err}"));
    }

    pub(crate) async fn find(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|err| panic!("no element `{css}` on the page: {err}"))
    }

    /// Waits for an element, for the page a click has started to load.
    pub(crate) async fn wait_for(&self, css: &str) -> fantoccini::elements::Element {
        match self
            .client
            .wait()
            .at_most(PATIENCE)
            .for_element(Locator::Css(css))
            .await
        {
            Ok(element) => element,
            Err(err) => {
                let url = self.client.current_url().await.map(|u| u.to_string());
                panic!(
                    "no element `{css}` appeared within {PATIENCE:?} (page {url:?}): {err}\n\
                     page text:\n{}",
                    self.body_text().await
                )
            }
        }
    }

    pub(crate) async fn exists(&self, css: &str) -> bool {
        let found = self
            .client
            .find_all(Locator::Css(css))
            .await
            .unwrap_or_else(|err| panic!("cannot query `{css}`: {err}"));
        !found.is_empty()
    }

    pub(crate) async fn click(&self, css: &str) {
        self.find(css)
            .await
            .click()
            .await
            .unwrap_or_else(|err| panic!("cannot click `{css}`: {err}"));
    }

    /// Clears a text field, then types `text` into it as a user would.
    pub(crate) async fn fill(&self, css: &str, text: &str) {
        let field = self.find(css).await;
        field
            .clear()
            .await
            .unwrap_or_else(|err| panic!("cannot clear `{css}`: {err}"));
        field
            .send_keys(text)
            .await
            .unwrap_or_else(|err| panic!("cannot type into `{css}`: {err}"));
    }

    /// Clicks a submit button and waits until the browser shows the page that came back
    /// (a redirect's target or a refusal). The old page is marked first: the new one may carry
    /// the same element (`#saved` after a second save), so waiting for it alone would not do.
    pub(crate) async fn submit(&self, css: &str) {
        self.js("document.documentElement.dataset.saqTestOld = '1';")
            .await;
        self.click(css).await;
        let start = Instant::now();
        loop {
            // While the page changes, a script may fail to run: that is just "not yet".
            let fresh = self
                .client
                .execute(
                    "return document.readyState === 'complete' \
                     && document.documentElement.dataset.saqTestOld === undefined;",
                    vec![],
                )
                .await;
            if let Ok(Value::Bool(true)) = fresh {
                break;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "clicking `{css}` brought no new page within {PATIENCE:?}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        // A refusal other than the form's own (422 refused values, 409 conflict) means the
        // post never reached the form's logic: fail now, with the server's words, rather than
        // wait for an element that will not come.
        let status = self.status().await;
        assert!(
            status < 400 || status == 409 || status == 422,
            "clicking `{css}` posted the form and the server refused it with status {status}:\n{}",
            self.body_text().await
        );
    }

    /// Ticks a radio button or checkbox by its id. A styled control may hide the input itself,
    /// so its label is clicked when the input cannot be.
    pub(crate) async fn choose(&self, id: &str) {
        let css = by_id(id);
        let input = self.find(&css).await;
        if input.click().await.is_err() {
            self.click(&format!("label[for=\"{id}\"]")).await;
        }
        let ticked = self.find(&css).await.is_selected().await.unwrap_or(false);
        assert!(ticked, "`{css}` is not ticked after clicking it");
    }

    pub(crate) async fn text(&self, css: &str) -> String {
        self.find(css)
            .await
            .text()
            .await
            .unwrap_or_else(|err| panic!("cannot read the text of `{css}`: {err}"))
    }

    /// The value a form field holds now (what the user sees in it).
    pub(crate) async fn value(&self, css: &str) -> String {
        self.find(css)
            .await
            .prop("value")
            .await
            .unwrap_or_else(|err| panic!("cannot read the value of `{css}`: {err}"))
            .unwrap_or_default()
    }

    /// Whether an element is rendered visibly; a missing element is not displayed.
    pub(crate) async fn displayed(&self, css: &str) -> bool {
        match self.client.find(Locator::Css(css)).await {
            Ok(element) => element
                .is_displayed()
                .await
                .unwrap_or_else(|err| panic!("cannot tell whether `{css}` is displayed: {err}")),
            Err(_) => false,
        }
    }

    pub(crate) async fn source(&self) -> String {
        self.client
            .source()
            .await
            .expect("cannot read the page's HTML source")
    }

    pub(crate) async fn body_text(&self) -> String {
        match self.client.find(Locator::Css("body")).await {
            Ok(body) => body.text().await.unwrap_or_default(),
            Err(_) => String::new(),
        }
    }

    /// The HTTP status of the page now shown, as the browser received it (Navigation Timing's
    /// `responseStatus`): the only way to see a 409 or 422 through WebDriver.
    pub(crate) async fn status(&self) -> u16 {
        let status = self
            .js("return performance.getEntriesByType('navigation')[0].responseStatus;")
            .await;
        status
            .as_u64()
            .and_then(|s| u16::try_from(s).ok())
            .unwrap_or_else(|| panic!("the browser gives no HTTP status for the page: {status}"))
    }

    /// Runs JavaScript through WebDriver (it runs even when the page's own scripts are off).
    pub(crate) async fn js(&self, script: &str) -> Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|err| panic!("cannot run script `{script}`: {err}"))
    }

    pub(crate) async fn screenshot(&self, path: &Path) {
        let png = self
            .client
            .screenshot()
            .await
            .expect("cannot take a screenshot");
        fs::write(path, png).unwrap_or_else(|err| panic!("cannot write {}: {err}", path.display()));
    }

    /// For the README: with `SAQ_SCREENSHOTS` naming a folder, writes a screenshot there under
    /// `name`; does nothing otherwise, so ordinary runs leave no files behind.
    pub(crate) async fn readme_screenshot(&self, name: &str) {
        if let Some(folder) = std::env::var_os("SAQ_SCREENSHOTS") {
            let folder = PathBuf::from(folder);
            fs::create_dir_all(&folder)
                .unwrap_or_else(|err| panic!("cannot make {}: {err}", folder.display()));
            self.screenshot(&folder.join(name)).await;
        }
    }

    /// Runs axe-core over the page and returns its violations.
    pub(crate) async fn axe(&self) -> Vec<Violation> {
        self.client
            .execute(&axe_source(), vec![])
            .await
            .expect("cannot inject axe-core into the page");
        let result = self
            .client
            .execute_async(
                r#"const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then(r => done(r.violations.map(v => ({
                    id: v.id, impact: v.impact || '', help: v.help,
                    targets: v.nodes.map(n => n.target.join(' '))
                  }))))
                  .catch(e => done({ error: String(e) }));"#,
                vec![],
            )
            .await
            .expect("axe.run did not finish");
        if let Some(error) = result.get("error") {
            panic!("axe.run failed: {error}");
        }
        let list = result.as_array().expect("axe.run returned no list");
        list.iter()
            .map(|v| Violation {
                id: v["id"].as_str().unwrap_or_default().to_string(),
                impact: v["impact"].as_str().unwrap_or_default().to_string(),
                help: v["help"].as_str().unwrap_or_default().to_string(),
                targets: v["targets"]
                    .as_array()
                    .map(|t| {
                        t.iter()
                            .map(|s| s.as_str().unwrap_or_default().to_string())
                            .collect()
                    })
                    .unwrap_or_default(),
            })
            .collect()
    }

    /// Fails with the list of axe-core's violations, if any, naming the page.
    pub(crate) async fn assert_accessible(&self, page: &str) {
        let violations = self.axe().await;
        let list: Vec<String> = violations.iter().map(|v| format!("  - {v}")).collect();
        assert!(
            violations.is_empty(),
            "axe-core finds {} accessibility violation(s) on {page}:\n{}",
            violations.len(),
            list.join("\n")
        );
    }
}

/// A CSS selector for an id, quoted so that ids with digits after a hyphen need no escaping.
pub(crate) fn by_id(id: &str) -> String {
    format!("[id=\"{id}\"]")
}

// ---------------------------------------------------------------------------------------------
// The server under test.

/// `saq serve` on a copy of an answer set in a temporary folder.
pub(crate) struct Server {
    child: Child,
    /// `http://127.0.0.1:PORT/TOKEN/`, as printed.
    pub(crate) url: String,
    /// The answer file the server reads and writes.
    pub(crate) file: PathBuf,
    pub(crate) port: u16,
    pub(crate) token: String,
    stderr: Arc<Mutex<String>>,
    _dir: TempDir,
}

impl Server {
    /// Serves a copy of `answers` (a path from the repository's root).
    pub(crate) fn copy_of(answers: &str, extra: &[&str]) -> Server {
        let dir = tempfile::tempdir().expect("cannot make a temporary folder");
        let file = dir.path().join("answers.yaml");
        let source = repo_root().join(answers);
        fs::copy(&source, &file)
            .unwrap_or_else(|err| panic!("cannot copy {}: {err}", source.display()));
        Server::start(dir, file, extra)
    }

    /// Serves an answer set whose text the test made.
    pub(crate) fn with_text(text: &str, extra: &[&str]) -> Server {
        let dir = tempfile::tempdir().expect("cannot make a temporary folder");
        let file = dir.path().join("answers.yaml");
        fs::write(&file, text)
            .unwrap_or_else(|err| panic!("cannot write {}: {err}", file.display()));
        Server::start(dir, file, extra)
    }

    /// Serves a fresh answer set made by `saq init --state Testland`.
    pub(crate) fn fresh(extra: &[&str]) -> Server {
        let dir = tempfile::tempdir().expect("cannot make a temporary folder");
        let file = dir.path().join("answers.yaml");
        let output = Command::new(env!("CARGO_BIN_EXE_saq"))
            .args(["init", "--state", "Testland", "-o"])
            .arg(&file)
            .current_dir(dir.path())
            .output()
            .expect("cannot run `saq init`");
        assert!(
            output.status.success(),
            "`saq init --state Testland` failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        Server::start(dir, file, extra)
    }

    fn start(dir: TempDir, file: PathBuf, extra: &[&str]) -> Server {
        // The file by its name, from its folder: the pages show the path as given, and the
        // README's screenshots should not show a temporary folder.
        let name = file
            .file_name()
            .expect("the answer file has a name")
            .to_owned();
        let mut child = Command::new(env!("CARGO_BIN_EXE_saq"))
            .arg("serve")
            .arg(&name)
            .args(["--port", "0"])
            .args(extra)
            .current_dir(dir.path())
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("cannot start `saq serve`");
        let stderr = Arc::new(Mutex::new(String::new()));
        let mut err_pipe = child.stderr.take().expect("stderr is piped");
        let sink = Arc::clone(&stderr);
        std::thread::spawn(move || {
            let mut buffer = [0u8; 4096];
            while let Ok(n) = err_pipe.read(&mut buffer) {
                if n == 0 {
                    break;
                }
                let text = String::from_utf8_lossy(&buffer[..n]).into_owned();
                sink.lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .push_str(&text);
            }
        });
        // stdout is read on a thread of its own, to the end: the URL line goes back through the
        // channel, and a server that prints more later never blocks on a full pipe.
        let out_pipe = child.stdout.take().expect("stdout is piped");
        let (sender, receiver) = mpsc::channel();
        std::thread::spawn(move || {
            let mut sent = false;
            for line in BufReader::new(out_pipe).lines() {
                let Ok(line) = line else { break };
                if !sent && let Some(url) = url_in(&line) {
                    let _ = sender.send(url);
                    sent = true;
                }
            }
        });
        let url = match receiver.recv_timeout(PATIENCE) {
            Ok(url) => url,
            Err(_) => {
                let _ = child.kill();
                let status = child.wait().ok();
                std::thread::sleep(Duration::from_millis(100));
                panic!(
                    "`saq serve {}` printed no http://127.0.0.1: address within {PATIENCE:?} \
                     (exit: {status:?}); its stderr:\n{}",
                    file.display(),
                    stderr.lock().unwrap_or_else(|p| p.into_inner())
                )
            }
        };
        let rest = url
            .strip_prefix("http://127.0.0.1:")
            .expect("the URL starts with http://127.0.0.1:");
        let (port, token) = rest
            .split_once('/')
            .unwrap_or_else(|| panic!("the printed address {url} has no path"));
        let port: u16 = port
            .parse()
            .unwrap_or_else(|err| panic!("the printed address {url} has no port: {err}"));
        let token = token.trim_end_matches('/').to_string();
        Server {
            child,
            url,
            file,
            port,
            token,
            stderr,
            _dir: dir,
        }
    }

    /// The address of a page: `path` is relative to the printed URL (`section/article_5`).
    pub(crate) fn page(&self, path: &str) -> String {
        format!("{}{}", self.url, path)
    }

    /// The answer file's text as it is on disk now.
    pub(crate) fn text(&self) -> String {
        fs::read_to_string(&self.file)
            .unwrap_or_else(|err| panic!("cannot read {}: {err}", self.file.display()))
    }

    /// The answer file on disk as saq reads it (and checks it against the built-in
    /// questionnaire): its status, `answers` and `inactive`, as JSON values.
    pub(crate) fn yaml(&self) -> Value {
        let bundle = saq_model::Bundle::builtin()
            .value
            .expect("the built-in questionnaire loads");
        let source = saq_model::SourceFile::new("answers.yaml", self.text());
        let checked = bundle.load_answers(&source);
        let errors: Vec<String> = checked
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .map(ToString::to_string)
            .collect();
        assert!(
            errors.is_empty(),
            "the saved answer file has errors:\n{}",
            errors.join("\n")
        );
        let set = checked.value.expect("a file without errors is read").file;
        let map = |m: &std::collections::BTreeMap<
            saq_model::Located<String>,
            saq_model::Located<Value>,
        >| {
            Value::Object(
                m.iter()
                    .map(|(k, v)| (k.value.clone(), v.value.clone()))
                    .collect(),
            )
        };
        serde_json::json!({
            "status": format!("{:?}", set.status.value).to_lowercase(),
            "answers": map(&set.answers),
            "inactive": map(&set.inactive),
        })
    }

    /// What the server wrote on stderr so far, for failure messages.
    pub(crate) fn stderr(&self) -> String {
        self.stderr
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        terminate(i64::from(self.child.id()));
        reap(&mut self.child, Duration::from_secs(5));
        // A failing test is easier to read with what the server said.
        if std::thread::panicking() {
            let said = self.stderr();
            if !said.trim().is_empty() {
                eprintln!("`saq serve` wrote on stderr:\n{said}");
            }
        }
    }
}

/// The `http://127.0.0.1:PORT/…/` address in a line of `saq serve`'s output.
fn url_in(line: &str) -> Option<String> {
    let start = line.find("http://127.0.0.1:")?;
    let url: String = line[start..]
        .chars()
        .take_while(|c| !c.is_whitespace() && !matches!(c, '>' | ')' | '"' | '\''))
        .collect();
    // The contract's address ends with the token and a slash; trailing punctuation of the
    // sentence it stands in is not part of it.
    let end = url.rfind('/')?;
    Some(url[..=end].to_string())
}

// ---------------------------------------------------------------------------------------------
// Raw HTTP, for what a browser cannot show: status codes of refused requests, forged headers.

pub(crate) struct RawResponse {
    pub(crate) status: u16,
    pub(crate) body: String,
}

/// One HTTP/1.1 request on a fresh connection to 127.0.0.1:`port`, with the given Host header.
pub(crate) fn http_request(
    port: u16,
    method: &str,
    path: &str,
    host: &str,
) -> std::io::Result<RawResponse> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    stream.set_read_timeout(Some(PATIENCE))?;
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"
    )?;
    // Read the head, then as much body as Content-Length says: some servers (chromedriver)
    // keep the connection open despite `Connection: close`, so reading to the end would hang.
    let mut raw = Vec::new();
    let mut buffer = [0u8; 8192];
    let head_end = loop {
        if let Some(at) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
            break at + 4;
        }
        let n = stream.read(&mut buffer)?;
        if n == 0 {
            return Err(std::io::Error::other(format!(
                "the connection closed before the response's head ended: {:.200}",
                String::from_utf8_lossy(&raw)
            )));
        }
        raw.extend_from_slice(&buffer[..n]);
    };
    let head = String::from_utf8_lossy(&raw[..head_end]).into_owned();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok())
        .ok_or_else(|| std::io::Error::other(format!("not an HTTP response: {head:.200}")))?;
    let length = head.lines().find_map(|line| {
        let (name, value) = line.split_once(':')?;
        name.trim()
            .eq_ignore_ascii_case("content-length")
            .then(|| value.trim().parse::<usize>().ok())
            .flatten()
    });
    let mut body = raw[head_end..].to_vec();
    match length {
        Some(length) => {
            while body.len() < length {
                let n = stream.read(&mut buffer)?;
                if n == 0 {
                    break;
                }
                body.extend_from_slice(&buffer[..n]);
            }
        }
        None => {
            stream.read_to_end(&mut body)?;
        }
    }
    let body = String::from_utf8_lossy(&body).into_owned();
    Ok(RawResponse { status, body })
}
