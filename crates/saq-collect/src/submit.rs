//! Submitting an answer set: once every required applicable question is answered, the set is
//! marked `submitted` with the date and the digest of its content.
//!
//! The file is changed in place — `status`, `submitted` and `digest` are the only lines
//! touched — so a file kept by hand keeps its own layout and comments. Only a file whose header
//! cannot be edited line by line (a flow-style mapping, say) is rewritten in saq's layout.

use saq_model::answer_file;
use saq_model::answer_set::{AnswerSet, Status};
use saq_model::digest;
use saq_model::error::WriteError;
use saq_model::{Bundle, Diagnostic, Located, SourceFile};

use crate::progress::Progress;

/// The new text of a submitted answer set.
#[derive(Debug, Clone)]
pub struct Submission {
    /// The whole file.
    pub text: String,
    /// The digest it carries.
    pub digest: String,
    /// True when the file had to be rewritten in saq's layout rather than edited in place.
    pub rewritten: bool,
}

/// One diagnostic per required applicable question without an answer, at its key when the file
/// lists it (at `status:` otherwise), saying how to answer it. `fill` is the command that asks
/// this file's questions, with whatever it needs to find the questionnaire (`saq fill
/// answers.yaml --questionnaires DIR`); the help adds `--from ID` to it.
pub fn missing_answers(
    source: &SourceFile,
    set: &AnswerSet,
    bundle: &Bundle,
    progress: &Progress,
    fill: &str,
) -> Vec<Diagnostic> {
    progress
        .missing()
        .map(|id| {
            let at = set
                .answers
                .keys()
                .find(|k| k.value == id)
                .map_or((set.status.line, set.status.column), |k| (k.line, k.column));
            let text = bundle
                .questionnaire
                .questions()
                .find(|(_, q)| q.id.value == id)
                .map(|(_, q)| q.text.as_str())
                .unwrap_or_default();
            source
                .diagnostic(
                    at.0,
                    at.1,
                    "missing-answer",
                    format!("`{id}` is required and not answered: {text}"),
                )
                .with_help(format!(
                    "write its answer after `{id}:`, or {{not-applicable: \"why\"}} or {{unknown: \"why\"}}; `{fill} --from {id}` asks it"
                ))
        })
        .collect()
}

/// `set` (read from `source`, valid and complete) marked submitted on `today`.
pub fn submit(
    bundle: &Bundle,
    source: &SourceFile,
    set: &AnswerSet,
    today: &str,
) -> Result<Submission, WriteError> {
    let digest = digest::of(set);
    if let Some(text) = edit_in_place(&source.text, set, today, &digest)
        && confirms(bundle, source, &text, today, &digest)
    {
        return Ok(Submission {
            text,
            digest,
            rewritten: false,
        });
    }
    let mut submitted = set.clone();
    submitted.status = Located::new(Status::Submitted);
    submitted.submitted = Some(Located::new(today.to_owned()));
    submitted.digest = Some(Located::new(digest.clone()));
    // The rewrite is read back like the edit: what is saved must be exactly what was checked.
    let text = answer_file::render(bundle, &submitted)?;
    if !confirms(bundle, source, &text, today, &digest) {
        return Err(WriteError::NotConfirmed(source.name.clone()));
    }
    Ok(Submission {
        text,
        digest,
        rewritten: true,
    })
}

/// True when `text` reads back as the same content, submitted on `today` with `digest`.
fn confirms(bundle: &Bundle, source: &SourceFile, text: &str, today: &str, digest: &str) -> bool {
    let checked = bundle.load_answers(&SourceFile::new(source.name.clone(), text));
    match (&checked.value, checked.has_errors()) {
        (Some(loaded), false) => {
            let file = &loaded.file;
            file.status.value == Status::Submitted
                && file.submitted.as_ref().is_some_and(|d| d.value == today)
                && file.digest.as_ref().is_some_and(|d| d.value == digest)
                && digest::of(file) == digest
        }
        _ => false,
    }
}

/// The text with `status: submitted`, `submitted:` and `digest:` set, each on its own line, or
/// `None` when the header is not laid out one key per line.
fn edit_in_place(text: &str, set: &AnswerSet, today: &str, digest: &str) -> Option<String> {
    let mut lines: Vec<String> = text.split_inclusive('\n').map(str::to_owned).collect();
    let status_line = usize::try_from(set.status.line).ok()?.checked_sub(1)?;
    if !lines.get(status_line)?.starts_with("status:") {
        return None;
    }
    let ending = if lines[status_line].ends_with("\r\n") {
        "\r\n"
    } else {
        "\n"
    };
    replace_scalar(&mut lines, &set.status, "submitted")?;
    // Inserted lines go right after `status:`, submitted date first.
    let mut inserted = Vec::new();
    let date = format!("\"{today}\"");
    match &set.submitted {
        Some(at) => replace_scalar(&mut lines, at, &date)?,
        None => inserted.push(format!("submitted: {date}{ending}")),
    }
    let quoted = format!("\"{digest}\"");
    match &set.digest {
        Some(at) => replace_scalar(&mut lines, at, &quoted)?,
        None => inserted.push(format!("digest: {quoted}{ending}")),
    }
    if !lines[status_line].ends_with('\n') {
        lines[status_line].push_str(ending);
    }
    for (offset, line) in inserted.into_iter().enumerate() {
        lines.insert(status_line + 1 + offset, line);
    }
    Some(lines.concat())
}

/// Replaces the scalar that starts at `at` (a plain, single- or double-quoted value on one
/// line) with `new`, keeping whatever follows it (such as a comment).
fn replace_scalar<T>(lines: &mut [String], at: &Located<T>, new: &str) -> Option<()> {
    let line = lines.get_mut(usize::try_from(at.line).ok()?.checked_sub(1)?)?;
    let start = line
        .char_indices()
        .nth(usize::try_from(at.column).ok()?.checked_sub(1)?)
        .map(|(i, _)| i)?;
    let rest = &line[start..];
    let length = match rest.chars().next()? {
        '"' => {
            let mut escaped = false;
            let end = rest[1..].char_indices().find(|&(_, c)| {
                let closes = c == '"' && !escaped;
                escaped = c == '\\' && !escaped;
                closes
            })?;
            end.0 + 2
        }
        '\'' => {
            let bytes = rest.as_bytes();
            let mut i = 1;
            loop {
                match bytes.get(i)? {
                    b'\'' if bytes.get(i + 1) == Some(&b'\'') => i += 2,
                    b'\'' => break i + 1,
                    _ => i += 1,
                }
            }
        }
        _ => {
            let end = rest
                .find(" #")
                .or_else(|| rest.find(['\r', '\n']))
                .unwrap_or(rest.len());
            rest[..end].trim_end().len()
        }
    };
    line.replace_range(start..start + length, new);
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn located(line: u64, column: u64) -> Located<()> {
        Located {
            value: (),
            line,
            column,
        }
    }

    #[test]
    fn scalars_are_replaced_and_what_follows_is_kept() {
        let mut lines = vec![
            "status: draft   # to do\n".to_owned(),
            "submitted: \"2020-01-01\" # old\n".to_owned(),
            "digest: 'sha256:it''s'\r\n".to_owned(),
        ];
        replace_scalar(&mut lines, &located(1, 9), "submitted").unwrap();
        replace_scalar(&mut lines, &located(2, 12), "\"2026-05-01\"").unwrap();
        replace_scalar(&mut lines, &located(3, 9), "\"x\"").unwrap();
        assert_eq!(
            lines,
            [
                "status: submitted   # to do\n",
                "submitted: \"2026-05-01\" # old\n",
                "digest: \"x\"\r\n"
            ]
        );
    }
}
