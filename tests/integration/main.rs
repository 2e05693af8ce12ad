//! End-to-end and fixture-driven tests of `saq`: the real binary on real files, with every
//! diagnostic and output pinned by an insta snapshot.

mod atomic;
mod cli;
mod cluster;
mod content;
mod dash;
mod diagnostics;
mod diff;
mod disclosure;
mod fill;
mod formats;
mod init;
mod instrument;
mod instruments;
mod library;
mod limits;
mod outputs;
mod pipeline;
mod printing;
mod reports;
mod review;
mod review_diff;
mod review_report;
mod robustness;
mod said;
mod schema;
mod serve;
mod signature;
mod status;
mod submit;
mod submit_fallback;
mod support;
mod translate;
mod treaty;
mod verbatim;
