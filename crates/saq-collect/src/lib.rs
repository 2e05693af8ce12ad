//! Collecting a State party's answers, the third step of the pipeline (model → assess → collect
//! → render → cli): how far an answer set has come and what blocks its submission ([`progress`],
//! and the `saq status --format json` shape in [`status`]); the interview, which asks each
//! applicable question in order through a [`prompt::Prompt`] and reads typed answers by question
//! kind ([`typed`]); answers of questions that stop applying kept under `inactive:`
//! ([`inactive`]); submission ([`submit`]); and writing answer sets: the atomic save every writer
//! goes through ([`save()`]) and the backup copy kept before a rewrite drops comments of one's own
//! ([`backup`], [`comments`]).
//!
//! It decides *what* to ask, in which order, and what to write, and it writes answer files (and
//! their backups) itself; it never talks to a terminal. The terminal prompts live in the CLI,
//! behind the [`prompt::Prompt`] trait defined here, and tests drive the interview with scripted
//! prompts. It prints nothing, decides no exit code, and neither assesses answers nor renders
//! reports; the layout of an answer file is `saq-model`'s ([`saq_model::answer_file`]).

pub mod backup;
pub mod comments;
pub mod inactive;
pub mod interview;
pub mod lock;
pub mod progress;
pub mod prompt;
pub mod save;
pub mod signature;
pub mod status;
pub mod store;
pub mod submit;
pub mod typed;

pub use interview::{Ending, Interview, InterviewError};
pub use lock::{Lock, LockError};
pub use progress::{Counts, Progress, SectionProgress};
pub use prompt::{Asked, Command, Notice, Prompt, Reply};
pub use save::{Fingerprint, Inputs, Overwrite, SaveError, same_file, save, save_output};
pub use store::{AnswerFile, Store, StoreError};
