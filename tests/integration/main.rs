//! End-to-end and fixture-driven tests of `saq`: the real binary on real files, with every
//! diagnostic and output pinned by an insta snapshot.

mod atomic;
mod cli;
mod content;
mod diagnostics;
mod diff;
mod disclosure;
mod fill;
mod init;
mod reports;
mod robustness;
mod said;
mod schema;
mod status;
mod submit;
mod support;
mod treaty;
mod verbatim;
