//! Reading an input file safely: bounded size, UTF-8 checked, never trusted.

use std::io::Read;
use std::path::Path;

use crate::diagnostic::Diagnostic;
use crate::error::ReadError;

/// Largest file saq reads. A complete answer set is well under 1 MiB; the limit stops a wrong or
/// hostile file from exhausting memory before parsing starts.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// The text of one input file and the name to show for it in messages.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The file as the user named it (or `<built-in>/…` for embedded files).
    pub name: String,
    /// The whole text, valid UTF-8.
    pub text: String,
}

impl SourceFile {
    /// A source from text already in memory.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        SourceFile {
            name: name.into(),
            text: text.into(),
        }
    }

    /// Reads `path`, refusing files over [`MAX_FILE_BYTES`], and files that are not UTF-8 or are
    /// empty (each reported as a located [`Diagnostic`], not an I/O error).
    pub fn read(path: &Path) -> Result<SourceFile, ReadError> {
        let name = path.display().to_string();
        let io = |source| ReadError::Io {
            path: path.to_owned(),
            source,
        };
        let file = std::fs::File::open(path).map_err(io)?;
        let mut bytes = Vec::new();
        // `take` also bounds files whose reported size is wrong (pipes, /proc files).
        file.take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(io)?;
        if bytes.len() as u64 > MAX_FILE_BYTES {
            let size = std::fs::metadata(path)
                .map(|m| m.len())
                .unwrap_or(bytes.len() as u64);
            return Err(ReadError::Invalid(Box::new(
                Diagnostic::file_error(
                    &name,
                    "file-too-large",
                    format!(
                        "the file is {}, more than the {} saq reads",
                        human_size(size),
                        human_size(MAX_FILE_BYTES)
                    ),
                )
                .at_start()
                .with_help("check that this is the right file; questionnaires and answer sets are far smaller"),
            )));
        }
        Self::from_bytes(name, bytes).map_err(|d| ReadError::Invalid(Box::new(d)))
    }

    /// Checks bytes already read: they must be non-empty UTF-8.
    pub fn from_bytes(name: String, bytes: Vec<u8>) -> Result<SourceFile, Diagnostic> {
        let text = match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(err) => {
                return Err(not_utf8(
                    &name,
                    err.as_bytes(),
                    err.utf8_error().valid_up_to(),
                ));
            }
        };
        // A byte-order mark is legal UTF-8 but not YAML content: drop it so columns stay right.
        let text = match text.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_owned(),
            None => text,
        };
        if text
            .lines()
            .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
        {
            let message = if text.trim().is_empty() {
                "the file is empty"
            } else {
                "the file holds only comments"
            };
            return Err(Diagnostic::file_error(&name, "empty-file", message)
                .at_start()
                .with_help(
                    "write the document into it; the README shows an example of each format",
                ));
        }
        Ok(SourceFile { name, text })
    }

    /// Line `line` (1-based) of the text, without its line break.
    pub fn line_text(&self, line: u64) -> Option<&str> {
        let index = usize::try_from(line.checked_sub(1)?).ok()?;
        self.text.lines().nth(index)
    }

    /// A diagnostic located at `line`:`column` of this file, with the line's text attached.
    pub fn diagnostic(
        &self,
        line: u64,
        column: u64,
        code: &'static str,
        message: impl Into<String>,
    ) -> Diagnostic {
        let mut diagnostic = Diagnostic::file_error(&self.name, code, message);
        diagnostic.line = line;
        diagnostic.column = column;
        diagnostic.source_line = self.line_text(line).map(str::to_owned);
        diagnostic
    }
}

/// The diagnostic for bytes that are not UTF-8, located at the first bad byte.
fn not_utf8(name: &str, bytes: &[u8], valid_up_to: usize) -> Diagnostic {
    let valid = String::from_utf8_lossy(&bytes[..valid_up_to]);
    let line = valid.matches('\n').count() as u64 + 1;
    let line_start = valid.rfind('\n').map_or(0, |i| i + 1);
    let column = valid[line_start..].chars().count() as u64 + 1;
    let line_end = bytes[valid_up_to..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes.len(), |i| valid_up_to + i);
    let mut diagnostic = Diagnostic::file_error(
        name,
        "not-utf8",
        format!(
            "the file is not UTF-8 text (byte 0x{:02X} at offset {valid_up_to})",
            bytes[valid_up_to]
        ),
    )
    .with_help("save the file as UTF-8 (most editors offer it under \"Save as… / Encoding\")");
    diagnostic.line = line;
    diagnostic.column = column;
    diagnostic.source_line =
        Some(String::from_utf8_lossy(&bytes[line_start..line_end]).into_owned());
    diagnostic
}

fn human_size(bytes: u64) -> String {
    const MIB: f64 = 1024.0 * 1024.0;
    if bytes >= 1024 * 1024 {
        format!("{:.1} MiB", bytes as f64 / MIB)
    } else {
        format!("{bytes} bytes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn non_utf8_is_located_at_the_first_bad_byte() {
        let err = SourceFile::from_bytes("f".into(), b"a: 1\nb: caf\xe9\n".to_vec()).unwrap_err();
        assert_eq!((err.line, err.column, err.code), (2, 7, "not-utf8"));
    }

    #[test]
    fn whitespace_only_is_empty() {
        let err = SourceFile::from_bytes("f".into(), b" \n\n".to_vec()).unwrap_err();
        assert_eq!(err.code, "empty-file");
    }

    #[test]
    fn byte_order_mark_is_dropped() {
        let src = SourceFile::from_bytes("f".into(), "\u{feff}a: 1".into()).unwrap();
        assert_eq!(src.text, "a: 1");
    }
}
