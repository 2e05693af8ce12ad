//! Who may talk to the server: a request is answered only when its path starts with the secret
//! token printed at start and its Host header names this loopback address; every answer carries
//! headers that keep the page from loading anything from elsewhere, from being framed, and from
//! being cached.
//!
//! Why each check: binding 127.0.0.1 keeps other machines out, but not other pages open in the
//! same browser. A page from the web can make the browser send requests to 127.0.0.1 — it
//! cannot guess the token, so it gets 403. A DNS-rebinding page reaches the port under its own
//! host name — the Host check refuses it. Forms also carry a CSRF token ([`routes`]) and posts
//! from another origin are refused, so even a leaked link does not let another site post.
//!
//! [`routes`]: crate::routes

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header::{self, HeaderValue};
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::sync::Arc;

use crate::ServeError;
use crate::routes::App;

/// The secret and the addresses the server answers under.
#[derive(Debug)]
pub(crate) struct Guard {
    pub(crate) token: String,
    /// `127.0.0.1:PORT`, `localhost:PORT`, `[::1]:PORT`: the Host headers of this server.
    hosts: [String; 3],
}

impl Guard {
    pub(crate) fn new(token: String, port: u16) -> Guard {
        Guard {
            token,
            hosts: [
                format!("127.0.0.1:{port}"),
                format!("localhost:{port}"),
                format!("[::1]:{port}"),
            ],
        }
    }

    /// The path prefix every page lives under: `/TOKEN/`.
    pub(crate) fn base(&self) -> String {
        format!("/{}/", self.token)
    }

    fn host_ok(&self, host: Option<&HeaderValue>) -> bool {
        let Some(host) = host.and_then(|h| h.to_str().ok()) else {
            return false;
        };
        self.hosts.iter().any(|h| h.eq_ignore_ascii_case(host))
    }

    /// True when the path's first segment is the token, compared in constant time.
    fn token_ok(&self, path: &str) -> bool {
        let first = path
            .strip_prefix('/')
            .unwrap_or(path)
            .split('/')
            .next()
            .unwrap_or("");
        constant_time_eq(first.as_bytes(), self.token.as_bytes())
    }

    /// A post from a page of another origin is refused even with the token: browsers send
    /// `Origin` with every form post, and `Sec-Fetch-Site` tells a cross-site request.
    fn same_origin(&self, request: &Request) -> bool {
        if request.method() != Method::POST {
            return true;
        }
        let headers = request.headers();
        if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok())
            && !matches!(site, "same-origin" | "none")
        {
            return false;
        }
        let same_site = headers
            .get("sec-fetch-site")
            .is_some_and(|v| v.as_bytes() == b"same-origin");
        match headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
            None => true,
            // A browser that withholds the origin (a privacy setting, a strict referrer policy)
            // sends `null`; its own Sec-Fetch-Site then still says where the post comes from.
            Some("null") => same_site,
            Some(origin) => {
                let host = origin.strip_prefix("http://").unwrap_or("");
                self.hosts.iter().any(|h| h.eq_ignore_ascii_case(host))
            }
        }
    }
}

/// 32 random bytes from the operating system, as 64 hex digits.
pub(crate) fn random_token() -> Result<String, ServeError> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| ServeError::Random(e.to_string()))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Equality whose time does not depend on where the inputs first differ.
pub(crate) fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The middleware in front of every route: the checks, then the headers.
pub(crate) async fn check(State(app): State<Arc<App>>, request: Request, next: Next) -> Response {
    let guard = &app.guard;
    if !guard.host_ok(request.headers().get(header::HOST)) {
        return refuse(
            "This server answers only at the address saq serve printed (127.0.0.1 or localhost).",
        );
    }
    if !guard.token_ok(request.uri().path()) {
        return refuse(
            "This address needs the secret link printed by saq serve when it started: open that link.",
        );
    }
    if !guard.same_origin(&request) {
        return refuse("A form of another web site cannot post to this one.");
    }
    let mut response = next.run(request).await;
    secure(response.headers_mut());
    response
}

/// The plain-text refusal (no page, no token in it).
fn refuse(why: &'static str) -> Response {
    let mut response = (StatusCode::FORBIDDEN, Body::from(why)).into_response();
    secure(response.headers_mut());
    response
}

fn secure(headers: &mut axum::http::HeaderMap) {
    let set = |headers: &mut axum::http::HeaderMap, name, value: &'static str| {
        headers.insert(name, HeaderValue::from_static(value));
    };
    // Scripts and styles from this server only; no frames, no other origin, no plug-ins; forms
    // post here only. `style-src` allows the `style` attributes of the report's charts.
    set(
        headers,
        header::CONTENT_SECURITY_POLICY,
        "default-src 'none'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; \
         img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; \
         base-uri 'none'",
    );
    set(headers, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(headers, header::X_FRAME_OPTIONS, "DENY");
    // The secret is in every URL: never send it to another site (same-origin keeps the Origin
    // header of this server's own form posts, which `same_origin` checks), never keep pages in
    // a cache.
    set(headers, header::REFERRER_POLICY, "same-origin");
    set(headers, header::CACHE_CONTROL, "no-store");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_compared_whole() {
        let a = random_token().unwrap();
        let b = random_token().unwrap();
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        let guard = Guard::new(a.clone(), 8080);
        assert!(guard.token_ok(&format!("/{a}/section/x")));
        assert!(guard.token_ok(&format!("/{a}")));
        assert!(!guard.token_ok(&format!("/{}/", &a[..63])));
        assert!(!guard.token_ok(&format!("/{a}0/")));
        assert!(!guard.token_ok("/"));
        assert!(!guard.token_ok(&format!("/x/{a}/")));
    }

    #[test]
    fn only_loopback_hosts_of_this_port() {
        let guard = Guard::new("t".into(), 8080);
        let ok = |h: &'static str| guard.host_ok(Some(&HeaderValue::from_static(h)));
        assert!(ok("127.0.0.1:8080"));
        assert!(ok("LOCALHOST:8080"));
        assert!(!ok("127.0.0.1:8081"));
        assert!(!ok("evil.example:8080"));
        assert!(!ok("127.0.0.1"));
        assert!(!guard.host_ok(None));
    }
}
