//! Browser tests of `saq serve`: the real binary, driven through headless Chromium by
//! chromedriver (WebDriver), checked on the page and on the answer file on disk.
//!
//! They need the Debian packages `chromium` and `chromium-driver`, and axe-core
//! (`npm ci --prefix tests/browser`); a missing tool fails the suite with the command that
//! installs it. `bash .ci/run` installs all three. Run them alone with
//! `cargo test -p saq-cli --test browser`; with `SAQ_SCREENSHOTS=DIR` they also write the
//! README's screenshots there.
//!
//! Unix only: the harness stops chromedriver and the server by process group and signal.
#![cfg(unix)]

mod access;
mod form;
mod harness;
mod hostile;
mod support;
