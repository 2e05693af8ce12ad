//! The fuzzing harness of saq: the answer-set loader, the questionnaire loader with its
//! conditions, and the report pipeline, fed mutated and random inputs.
//!
//! One harness serves two runners. `cargo test` runs a bounded number of seeded cases of each
//! target ([`run`], `tests/fuzz.rs`), the same cases on every machine. The `fuzz/` folder at
//! the top of the repository wraps the same targets for `cargo fuzz` (libFuzzer, nightly), which
//! runs them for as long as it is given, guided by coverage.
//!
//! A case is bytes. Most cases read them as choices ([`choices`]) that pick a real file — the
//! built-in questionnaire folder, the fixtures, the example answer sets ([`corpus`]) — and
//! mutate it the way a person editing it might ([`mutate`]): odd scalars and hostile text in
//! values ([`words`]), lines moved, duplicated, re-indented or cut, fragments of other files,
//! conditions replaced by generated expressions that are long, deep, half-written or at the
//! edges of the integer types ([`expression`]). One case in eight hands the bytes over as they
//! are. The targets ([`targets`]) check that nothing panics or overflows the stack, that every
//! input ends as a value or as located diagnostics, and that every report of what loads is
//! well formed and carries no markup, link or formula from input text ([`report`]).
//!
//! What the harness found is fixed, and kept as regression tests (`tests/fuzz.rs`): numbers at
//! the edge of 64-bit integers in an expression (minijinja's slicing and `range` overflow on them
//! in builds with overflow checks) are refused before compiling; multi-line text whose first
//! line starts with a space is written back with its indentation indicator moved with it; a
//! questionnaire whose sections name no article reports its articles without a link.

pub mod choices;
pub mod corpus;
pub mod expression;
pub mod mutate;
pub mod report;
pub mod run;
pub mod targets;
pub mod words;
