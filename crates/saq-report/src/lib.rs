//! Gap-analysis reports: an assessment rendered as Markdown, HTML, JSON or CSV through
//! minijinja templates that live under `templates/`.
//!
//! This crate renders; it does not load files from the user's command line nor decide exit codes.
