//! `saq serve` as a process: what it prints, what it refuses to start on, how it stops. (The
//! pages are tested in-process in `saq-serve`, and in Chromium in `tests/browser`.)

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};

use crate::support::{code, init_mini, mini, saq_in, transcript};

/// `saq serve` started in `dir` with `args`, and the address it printed.
fn start(dir: &std::path::Path, args: &[&str], path: Option<&str>) -> (Child, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_saq"));
    command
        .arg("serve")
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .env_remove("SAQ_QUESTIONNAIRES");
    if let Some(path) = path {
        command.env("PATH", path);
    }
    let mut child = command.spawn().expect("saq serve starts");
    let stdout = child.stdout.take().expect("piped");
    let mut lines = BufReader::new(stdout).lines();
    let url = loop {
        let line = lines
            .next()
            .expect("saq serve prints its address before anything else ends")
            .expect("utf-8");
        if let Some(at) = line.find("http://127.0.0.1:") {
            break line[at..].trim().to_owned();
        }
    };
    // Keep reading in the background so the pipe never fills.
    std::thread::spawn(move || for _ in lines {});
    (child, url)
}

/// A raw GET of `path` on the server at `url` (its host and port), with `host` as Host.
fn get(url: &str, path: &str, host: Option<&str>) -> String {
    let authority = url
        .trim_start_matches("http://")
        .split('/')
        .next()
        .unwrap()
        .to_owned();
    let mut stream = TcpStream::connect(&authority).unwrap();
    let host = host.unwrap_or(&authority);
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    response
}

#[cfg(unix)]
fn terminate(child: &mut Child) -> std::process::ExitStatus {
    let pid = child.id().to_string();
    let killed = Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    assert!(killed.success());
    child.wait().unwrap()
}

#[cfg(unix)]
#[test]
fn serves_on_loopback_with_a_secret_and_stops_cleanly_on_a_signal() {
    let dir = tempfile::tempdir().unwrap();
    let file = init_mini(dir.path());
    let before = std::fs::read_to_string(&file).unwrap();
    let (mut child, url) = start(dir.path(), &["answers.yaml", "-q", &mini()], None);
    let token = url
        .trim_end_matches('/')
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned();
    assert_eq!(token.len(), 64, "{url}");
    assert!(get(&url, &format!("/{token}/"), None).starts_with("HTTP/1.1 200"));
    assert!(get(&url, "/", None).starts_with("HTTP/1.1 403"));
    assert!(get(&url, &format!("/{token}/"), Some("attacker.example")).starts_with("HTTP/1.1 403"));
    // A second writer of the same file is refused while the server runs.
    let second = saq_in(dir.path(), &["serve", "answers.yaml", "-q", &mini()]);
    assert_eq!(code(&second), 2, "{}", transcript(&second));
    assert!(
        String::from_utf8_lossy(&second.stderr).contains("another saq fill or saq serve"),
        "{}",
        transcript(&second)
    );
    let status = terminate(&mut child);
    assert!(status.success(), "{status:?}");
    let mut out = String::new();
    if let Some(mut stderr) = child.stderr.take() {
        stderr.read_to_string(&mut out).unwrap();
    }
    assert!(out.is_empty(), "{out}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), before);
    // The lock went with the server.
    assert!(!dir.path().join(".answers.yaml.lock").exists());
}

#[cfg(unix)]
#[test]
fn open_hands_the_address_to_the_desktop_opener() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    init_mini(dir.path());
    let bin = dir.path().join("bin");
    std::fs::create_dir(&bin).unwrap();
    let opener = bin.join(if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    });
    let seen = dir.path().join("opened.txt");
    std::fs::write(
        &opener,
        format!("#!/bin/sh\nprintf '%s' \"$1\" > '{}'\n", seen.display()),
    )
    .unwrap();
    std::fs::set_permissions(&opener, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!("{}:/usr/bin:/bin", bin.display());
    let (mut child, url) = start(
        dir.path(),
        &["answers.yaml", "-q", &mini(), "--open"],
        Some(&path),
    );
    let mut opened = String::new();
    for _ in 0..100 {
        opened = std::fs::read_to_string(&seen).unwrap_or_default();
        if !opened.is_empty() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    terminate(&mut child);
    assert_eq!(opened, url);
}

#[test]
fn a_file_with_errors_a_missing_file_or_a_busy_port_is_not_served() {
    let dir = tempfile::tempdir().unwrap();
    let file = init_mini(dir.path());
    let busy = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = busy.local_addr().unwrap().port().to_string();
    let taken = saq_in(
        dir.path(),
        &["serve", "answers.yaml", "-q", &mini(), "--port", &port],
    );
    drop(busy);
    assert_eq!(code(&taken), 2, "{}", transcript(&taken));
    assert!(
        String::from_utf8_lossy(&taken.stderr).contains(&format!("127.0.0.1:{port}")),
        "{}",
        transcript(&taken)
    );
    let missing = saq_in(dir.path(), &["serve", "nowhere.yaml", "-q", &mini()]);
    assert_eq!(code(&missing), 2, "{}", transcript(&missing));
    crate::support::answer(&file, "q_1_1", "maybe");
    let output = saq_in(dir.path(), &["serve", "answers.yaml", "-q", &mini()]);
    assert_eq!(code(&output), 1, "{}", transcript(&output));
    let said = transcript(&output);
    assert!(said.contains("answers.yaml:"), "{said}");
    assert!(said.contains("then run saq serve again"), "{said}");
}
