//! Where the interview's answers go: after every accepted answer, the whole new text of the
//! answer file is handed to a [`Store`]. [`AnswerFile`] is the real one — an atomic save, and
//! before the first one the backup copy the rewrite calls for; tests store in memory.

use std::path::{Path, PathBuf};

use crate::backup::{Backup, BackupError, keep_own_comments};
use crate::save::{Fingerprint, Overwrite, SaveError, save};

/// Keeps the texts of an answer file as the interview makes them.
pub trait Store {
    /// Keeps `text`, the whole new answer file, and returns the backup copy made first, if one
    /// was.
    fn store(&mut self, text: &str) -> Result<Option<Backup>, StoreError>;
}

/// A text could not be kept; the file holds the previous one.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Saving the file failed.
    #[error(transparent)]
    Save(#[from] SaveError),
    /// The backup copy that must come before the first rewrite could not be written.
    #[error(transparent)]
    Backup(#[from] BackupError),
}

/// A closure that saves the text (as tests write them).
impl<F: FnMut(&str) -> Result<(), SaveError>> Store for F {
    fn store(&mut self, text: &str) -> Result<Option<Backup>, StoreError> {
        self(text)?;
        Ok(None)
    }
}

/// An answer-set file on disk. Every text is saved with [`save`]; the first rewrites the file
/// in saq's layout, so comments of one's own it would drop are first kept in a backup copy.
///
/// Each save replaces the file only if it still holds what was read or last saved: if another
/// program saved it meanwhile, the store refuses ([`SaveError::Changed`]) and keeps its
/// changes.
#[derive(Debug)]
pub struct AnswerFile {
    path: PathBuf,
    /// The text as read, until the first save.
    as_read: Option<String>,
    /// What the file holds as far as this store knows: the text read, then each text saved.
    expected: Fingerprint,
}

impl AnswerFile {
    /// The file at `path`, whose text was `as_read` when the interview started.
    pub fn new(path: &Path, as_read: String) -> AnswerFile {
        AnswerFile {
            path: path.to_owned(),
            expected: Fingerprint::of(as_read.as_bytes()),
            as_read: Some(as_read),
        }
    }
}

impl Store for AnswerFile {
    fn store(&mut self, text: &str) -> Result<Option<Backup>, StoreError> {
        let backup = match &self.as_read {
            Some(old) => keep_own_comments(&self.path, old, text)?,
            None => None,
        };
        save(&self.path, text, Overwrite::IfUnchanged(self.expected))?;
        self.expected = Fingerprint::of(text.as_bytes());
        self.as_read = None;
        Ok(backup)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_save_keeps_a_backup_of_comments_the_rewrite_drops() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("answers.yaml");
        std::fs::write(&path, "# mine\na: 1\n").unwrap();
        let mut file = AnswerFile::new(&path, "# mine\na: 1\n".into());
        let backup = file.store("a: 2\n").unwrap().unwrap();
        assert_eq!(backup.comments, 1);
        assert_eq!(
            std::fs::read_to_string(&backup.path).unwrap(),
            "# mine\na: 1\n"
        );
        assert_eq!(file.store("a: 3\n").unwrap(), None);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "a: 3\n");
    }

    #[test]
    fn a_file_saved_by_another_writer_meanwhile_is_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("answers.yaml");
        std::fs::write(&path, "a: 1\n").unwrap();
        let mut file = AnswerFile::new(&path, "a: 1\n".into());
        file.store("a: 2\n").unwrap();
        // Another writer (a second saq fill, an editor) saves between our read and our save.
        std::fs::write(&path, "a: 2\nb: theirs\n").unwrap();
        let err = file.store("a: 3\n").unwrap_err();
        assert!(
            matches!(err, StoreError::Save(SaveError::Changed { .. })),
            "{err}"
        );
        assert!(err.to_string().contains("answers.yaml"), "{err}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "a: 2\nb: theirs\n");
        // Same length, same mtime second: only the content tells.
        let mut file = AnswerFile::new(&path, "a: 2\nb: theirs\n".into());
        std::fs::write(&path, "a: 2\nb: THEIRS\n").unwrap();
        assert!(file.store("a: 4\n").is_err());
        // A file deleted meanwhile is not recreated either.
        std::fs::remove_file(&path).unwrap();
        assert!(file.store("a: 4\n").is_err());
        assert!(!path.exists());
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert!(names.is_empty(), "{names:?}");
    }

    #[test]
    fn a_byte_order_mark_read_is_not_a_change() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("answers.yaml");
        std::fs::write(&path, "\u{feff}a: 1\n").unwrap();
        let mut file = AnswerFile::new(&path, "a: 1\n".into());
        file.store("a: 2\n").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "a: 2\n");
    }

    #[test]
    fn a_failed_backup_leaves_the_file_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("answers.yaml");
        std::fs::write(&path, "# mine\n").unwrap();
        for n in 1..=crate::backup::MAX_BACKUPS {
            let suffix = if n == 1 { String::new() } else { n.to_string() };
            std::fs::write(dir.path().join(format!("answers.yaml.bak{suffix}")), "").unwrap();
        }
        let mut file = AnswerFile::new(&path, "# mine\n".into());
        let err = file.store("a: 1\n").unwrap_err();
        assert!(
            matches!(err, StoreError::Backup(BackupError::TooMany { .. })),
            "{err}"
        );
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "# mine\n");
    }
}
