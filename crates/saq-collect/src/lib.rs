//! Collecting a State party's answers: the answer-file template, progress and what blocks
//! submission, submission itself, and the interactive interview.
//!
//! This crate decides *what* to ask, in which order, and what to write; it never talks to a
//! terminal itself. The terminal prompts live in the CLI, behind the [`prompt::Prompt`] trait
//! defined here, and tests drive the interview with scripted prompts.

pub mod comments;
pub mod inactive;
pub mod interview;
pub mod progress;
pub mod prompt;
pub mod save;
pub mod submit;

pub use interview::{Ending, Interview, InterviewError};
pub use progress::{Counts, Progress, SectionProgress};
pub use prompt::{Asked, Command, Notice, Prompt, Reply};
pub use save::{Overwrite, SaveError, save};
