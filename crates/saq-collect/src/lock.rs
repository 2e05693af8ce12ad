//! One interview per answer file: `saq fill` holds an advisory lock on a file beside the answer
//! set (`.NAME.lock`) for as long as it runs, so a second `saq fill` of the same file is refused
//! at the start instead of overwriting the first one's answers.
//!
//! The lock is the operating system's (`flock` on Unix, `LockFileEx` on Windows, through the
//! standard library's `File::try_lock`): it goes with the process, so a killed interview never
//! leaves the file locked. It is advisory — an editor ignores it — which is why every save also
//! checks that the file is still the version read ([`crate::save::Overwrite::IfUnchanged`]).

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

/// The lock of one answer file, held until dropped (the lock file is then removed).
#[derive(Debug)]
pub struct Lock {
    path: PathBuf,
    // Kept open: closing it releases the lock.
    _file: File,
}

/// The lock could not be taken.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    /// Another process holds it: a `saq fill` of the same file is running.
    #[error("{} is being filled in by another saq fill or saq serve (it holds {})", file.display(), lock.display())]
    Held {
        /// The answer file.
        file: PathBuf,
        /// The lock file.
        lock: PathBuf,
    },
    /// The lock file could not be made or locked.
    #[error("cannot lock {}: {source}", lock.display())]
    Io {
        /// The lock file.
        lock: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

/// The path of the lock file of `file`: `.NAME.lock` beside the file it names (a symbolic link
/// is followed, so two links to one file share one lock).
pub fn lock_path(file: &Path) -> PathBuf {
    let real = std::fs::canonicalize(file).unwrap_or_else(|_| file.to_owned());
    let name = real
        .file_name()
        .map_or_else(|| "answers".into(), |n| n.to_string_lossy().into_owned());
    real.with_file_name(format!(".{name}.lock"))
}

/// Takes the lock of `file` without waiting.
pub fn lock(file: &Path) -> Result<Lock, LockError> {
    let path = lock_path(file);
    let io = |source| LockError::Io {
        lock: path.clone(),
        source,
    };
    // A lock file removed by its holder between our open and our lock is locked in vain: open
    // again until the file locked is the one at the path.
    for _ in 0..10 {
        let handle = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(io)?;
        match handle.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                return Err(LockError::Held {
                    file: file.to_owned(),
                    lock: path,
                });
            }
            Err(TryLockError::Error(source)) => return Err(io(source)),
        }
        if still_at(&handle, &path) {
            return Ok(Lock {
                path,
                _file: handle,
            });
        }
    }
    Err(LockError::Held {
        file: file.to_owned(),
        lock: path,
    })
}

/// True when `path` still names the file `handle` has open.
fn still_at(handle: &File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (handle.metadata(), std::fs::metadata(path)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    // Windows: a file being removed cannot be opened, so the file opened is the one there.
    #[cfg(not(unix))]
    {
        let _ = handle;
        path.exists()
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Removed while still locked, so no other process can be holding it.
        let _ = std::fs::remove_file(&self.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_of_one_file_is_refused_until_the_first_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("answers.yaml");
        std::fs::write(&file, "a: 1\n").unwrap();
        let first = lock(&file).unwrap();
        assert!(dir.path().join(".answers.yaml.lock").exists());
        let err = lock(&file).unwrap_err();
        assert!(matches!(err, LockError::Held { .. }), "{err}");
        assert!(err.to_string().contains("answers.yaml"), "{err}");
        drop(first);
        assert!(!dir.path().join(".answers.yaml.lock").exists());
        let _again = lock(&file).unwrap();
    }
}
