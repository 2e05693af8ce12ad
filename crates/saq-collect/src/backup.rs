//! The backup-before-rewrite rule: before saq rewrites a file in its own layout, comments of
//! one's own that the rewrite would drop are kept in a backup copy, so none is lost without a
//! trace. `saq fill` (on its first save) and a rewriting `saq submit` follow it.

use std::path::{Path, PathBuf};

use crate::comments;
use crate::save::{Overwrite, SaveError, save};

/// The most backup copies kept beside one file (`FILE.bak`, `FILE.bak2` … `FILE.bak99`).
pub const MAX_BACKUPS: usize = 99;

/// A backup copy that was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backup {
    /// The copy.
    pub path: PathBuf,
    /// How many comment lines of one's own the rewrite drops (and the copy keeps).
    pub comments: usize,
}

/// The backup copy could not be written; the file itself was not changed.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    /// Every backup name is taken already.
    #[error("{} has {MAX_BACKUPS} backup copies already", path.display())]
    TooMany {
        /// The file being rewritten.
        path: PathBuf,
    },
    /// Saving the copy failed.
    #[error(transparent)]
    Save(SaveError),
}

/// If rewriting `old` (the text of `path`) as `new` would drop comments, saves `old` as
/// `FILE.bak` (or `FILE.bak2`…, never replacing an earlier backup) and says where.
pub fn keep_own_comments(path: &Path, old: &str, new: &str) -> Result<Option<Backup>, BackupError> {
    let lost = comments::lost(old, new);
    if lost == 0 {
        return Ok(None);
    }
    for n in 1..=MAX_BACKUPS {
        let mut name = path.as_os_str().to_owned();
        name.push(if n == 1 {
            ".bak".to_owned()
        } else {
            format!(".bak{n}")
        });
        let backup = PathBuf::from(name);
        match save(&backup, old, Overwrite::Never) {
            Ok(()) => {
                return Ok(Some(Backup {
                    path: backup,
                    comments: lost,
                }));
            }
            Err(SaveError::Exists { .. }) => {}
            Err(err) => return Err(BackupError::Save(err)),
        }
    }
    Err(BackupError::TooMany {
        path: path.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_is_kept_only_when_comments_would_be_lost_and_never_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("answers.yaml");
        let old = "# mine\na: 1\n";
        assert_eq!(keep_own_comments(&path, old, old).unwrap(), None);
        let first = keep_own_comments(&path, old, "a: 1\n").unwrap().unwrap();
        assert_eq!(first.path, dir.path().join("answers.yaml.bak"));
        assert_eq!(first.comments, 1);
        let second = keep_own_comments(&path, "# other\n", "").unwrap().unwrap();
        assert_eq!(second.path, dir.path().join("answers.yaml.bak2"));
        assert_eq!(std::fs::read_to_string(&first.path).unwrap(), old);
    }

    #[test]
    fn when_every_name_is_taken_nothing_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("answers.yaml");
        for n in 1..=MAX_BACKUPS {
            let suffix = if n == 1 { String::new() } else { n.to_string() };
            std::fs::write(dir.path().join(format!("answers.yaml.bak{suffix}")), "").unwrap();
        }
        let err = keep_own_comments(&path, "# mine\n", "").unwrap_err();
        assert!(matches!(err, BackupError::TooMany { .. }), "{err}");
    }
}
