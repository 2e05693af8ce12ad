//! The browser form of saq (`saq serve`): one answer set, filled in section by section in a web
//! browser, served from this machine to this machine only.
//!
//! The answer file on disk stays the one truth. Every page is made from the file as it is when
//! the page is asked for; every save reads it again, refuses to go on if it changed since the
//! page was made (the `version` each form carries), builds the new answer set, moves the answers
//! of questions that stop applying to `inactive:` ([`saq_collect::inactive::reconcile`], as
//! `saq fill` does), checks the new text as `saq validate` would, and writes it with
//! [`saq_collect::save()`] — the old file or the new one, never a torn one. The server keeps
//! no answers of its own, so nothing is lost when it stops, and a second writer (an editor,
//! `saq fill` after the server stops) is never overwritten.
//!
//! What each module holds: [`guard`](crate::guard) the address's secret, the Host check and the
//! security headers; [`posted`](crate::posted) a posted section read into answers, by question
//! kind, with the errors to show at each field; [`change`](crate::change) a section's answers
//! applied to the file; [`view`](crate::view) what a page shows; [`pages`](crate::pages) the
//! templates; [`routes`](crate::routes) the handlers.
//!
//! Safe by default: it binds 127.0.0.1 only; every path starts with a random secret printed at
//! start (as Jupyter does), without which a request is refused; the Host header must name the
//! loopback address (no DNS rebinding); every form carries a CSRF token; answer text reaches the
//! templates as data, escaped as HTML. Nothing is fetched from anywhere: the style sheet and the
//! script are built into the binary, and the Content-Security-Policy forbids any other origin.

mod change;
mod fields;
mod guard;
mod pages;
mod posted;
mod routes;
mod view;

#[cfg(test)]
mod http_tests;

use std::net::{Ipv4Addr, SocketAddr, TcpListener};
use std::path::PathBuf;
use std::sync::Arc;

use saq_model::Bundle;

/// What the server needs: one answer file and the questionnaire it answers.
pub struct Form {
    /// The answer file, read again for every page and saved after every accepted change.
    pub path: PathBuf,
    /// The questionnaire the file names (the whole one; a set answering one cluster is scoped
    /// on each read, as everywhere else).
    pub bundle: Bundle,
    /// What a later `saq` command on this file must be given to find its questionnaire (such as
    /// ` --questionnaires DIR`), for the commands the pages suggest.
    pub carry: String,
    /// The report templates, for the page of the report so far (the questionnaire's own, if it
    /// brings some, as for `saq report`).
    pub templates: saq_render::Templates,
    /// Today's date (`YYYY-MM-DD`) in the user's time zone, for `updated:` and `submitted:`.
    pub today: fn() -> String,
}

/// The server could not start or stopped on an error.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// The port could not be bound (in use, or not allowed).
    #[error("cannot listen on 127.0.0.1:{port}: {source}")]
    Bind {
        /// The port asked for.
        port: u16,
        /// Why.
        source: std::io::Error,
    },
    /// The operating system's random generator failed (for the secret token).
    #[error("cannot make a secret token: {0}")]
    Random(String),
    /// The runtime or the connection loop failed.
    #[error("the server stopped: {0}")]
    Io(#[from] std::io::Error),
    /// A built-in template does not compile (a bug, caught by the tests).
    #[error("a built-in page template is broken: {0}")]
    Template(#[from] minijinja::Error),
}

/// A server bound to its port, not yet answering.
pub struct Server {
    listener: TcpListener,
    url: String,
    app: Arc<routes::App>,
}

impl Server {
    /// Binds 127.0.0.1:`port` (0: a free port the system picks) for `form`.
    pub fn bind(form: Form, port: u16) -> Result<Server, ServeError> {
        let listener = TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, port)))
            .map_err(|source| ServeError::Bind { port, source })?;
        let port = listener.local_addr()?.port();
        let token = guard::random_token()?;
        let csrf = guard::random_token()?;
        let url = format!("http://127.0.0.1:{port}/{token}/");
        let app = routes::App::new(form, guard::Guard::new(token, port), csrf)?;
        Ok(Server {
            listener,
            url,
            app: Arc::new(app),
        })
    }

    /// The address to open, secret included.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Answers requests until Ctrl-C (or SIGTERM on Unix). A request being handled when the
    /// signal comes is finished first, so a save in progress is never cut short.
    pub fn run(self) -> Result<(), ServeError> {
        // One thread: one person fills in the form, and every save then runs alone.
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_io()
            .build()?;
        runtime.block_on(async move {
            self.listener.set_nonblocking(true)?;
            let listener = tokio::net::TcpListener::from_std(self.listener)?;
            axum::serve(listener, routes::router(self.app))
                .with_graceful_shutdown(stop_signal())
                .await
        })?;
        Ok(())
    }
}

/// Resolves on Ctrl-C, or on SIGTERM where there is one.
async fn stop_signal() {
    let interrupt = async {
        // If the handler cannot be installed, wait for the other signal (or forever).
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    {
        let terminate = async {
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(mut signal) => {
                    signal.recv().await;
                }
                Err(_) => std::future::pending::<()>().await,
            }
        };
        tokio::select! {
            () = interrupt => {}
            () = terminate => {}
        }
    }
    #[cfg(not(unix))]
    interrupt.await;
}
