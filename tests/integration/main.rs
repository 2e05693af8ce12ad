//! End-to-end and fixture-driven tests of `saq`: the real binary on real files, with every
//! diagnostic and output pinned by an insta snapshot.

mod cli;
mod content;
mod diagnostics;
mod diff;
mod reports;
mod schema;
mod support;
mod verbatim;
