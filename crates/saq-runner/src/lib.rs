//! Collecting a State party's answers: the answer-file template, the interactive interview and,
//! later, a local web form.
//!
//! This crate decides *what* to ask and in which order; it never talks to a terminal itself. The
//! terminal prompts live in the CLI, behind a prompt trait defined here.
