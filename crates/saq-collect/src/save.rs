//! Saving a file so that a crash, a kill or a full disk never leaves it truncated: the new text
//! goes to a temporary file in the same folder, is synced to disk, and then replaces the old file
//! in one rename. Every command that writes an answer set saves through [`save`].

use std::io::Write;
use std::path::{Path, PathBuf};

/// Whether [`save`] may replace a file that already exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overwrite {
    /// Refuse, leaving the existing file alone (`saq init` without `--force`).
    Never,
    /// Replace it (saving a file being edited).
    Allowed,
}

/// Saving failed; the file at `path` is as it was before.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// The file exists and [`Overwrite::Never`] was asked for.
    #[error("{} already exists", path.display())]
    Exists {
        /// The file.
        path: PathBuf,
    },
    /// The operating system refused a step (folder missing, permission denied, disk full…).
    #[error("cannot save {}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

/// Replaces the content of `path` with `text`, atomically: afterwards the file holds either its
/// old content or `text`, whole, whatever happens in between.
///
/// A symbolic link is followed, so the file it points to is replaced and the link kept; an
/// existing file's permissions are kept too. A kill can leave a temporary `.NAME.*.tmp` file
/// beside it, never a damaged `NAME`.
pub fn save(path: &Path, text: &str, overwrite: Overwrite) -> Result<(), SaveError> {
    let io = |source| SaveError::Io {
        path: path.to_owned(),
        source,
    };
    let target = match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => std::fs::canonicalize(path).map_err(io)?,
        _ => path.to_owned(),
    };
    let existing = std::fs::metadata(&target).ok();
    if overwrite == Overwrite::Never && existing.is_some() {
        return Err(SaveError::Exists {
            path: path.to_owned(),
        });
    }
    let folder = match target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => PathBuf::from("."),
    };
    let name = target
        .file_name()
        .map_or_else(|| "answers".into(), |n| n.to_string_lossy().into_owned());
    // Same folder, so the final rename never crosses file systems and stays atomic.
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    // A new file gets the usual permissions (read-write, less the umask), not the owner-only
    // ones of a temporary file.
    #[cfg(unix)]
    if existing.is_none() {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut temp = builder.tempfile_in(&folder).map_err(io)?;
    temp.write_all(text.as_bytes()).map_err(io)?;
    if let Some(meta) = &existing {
        temp.as_file()
            .set_permissions(meta.permissions())
            .map_err(io)?;
    }
    // The data must be on disk before the rename makes it the file, or a power cut could leave
    // the new name pointing at blocks never written.
    temp.as_file().sync_all().map_err(io)?;
    match overwrite {
        Overwrite::Allowed => temp.persist(&target).map_err(|e| io(e.error))?,
        Overwrite::Never => temp.persist_noclobber(&target).map_err(|e| {
            if e.error.kind() == std::io::ErrorKind::AlreadyExists {
                SaveError::Exists {
                    path: path.to_owned(),
                }
            } else {
                io(e.error)
            }
        })?,
    };
    sync_folder(&folder);
    Ok(())
}

/// Makes the rename itself durable. Where folders cannot be opened (Windows), the rename is
/// already atomic and this step does not apply; a failure here cannot undo the save, so it is
/// not reported.
fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = std::fs::File::open(folder) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = folder;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_whole_file_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("answers.yaml");
        save(
            &path,
            "first version, longer than the second\n",
            Overwrite::Never,
        )
        .unwrap();
        save(&path, "second\n", Overwrite::Allowed).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "second\n");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1);
    }

    #[test]
    fn never_overwrites_unless_allowed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("answers.yaml");
        std::fs::write(&path, "precious\n").unwrap();
        let err = save(&path, "new\n", Overwrite::Never).unwrap_err();
        assert!(matches!(err, SaveError::Exists { .. }), "{err}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "precious\n");
    }

    #[test]
    fn a_failed_save_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("no-such-folder").join("answers.yaml");
        let err = save(&path, "new\n", Overwrite::Allowed).unwrap_err();
        assert!(matches!(err, SaveError::Io { .. }), "{err}");
        assert!(!path.exists());
    }

    #[cfg(unix)]
    #[test]
    fn links_and_permissions_are_kept() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.yaml");
        std::fs::write(&real, "old\n").unwrap();
        std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o640)).unwrap();
        let link = dir.path().join("link.yaml");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        save(&link, "new\n", Overwrite::Allowed).unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "new\n");
        let mode = std::fs::metadata(&real).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
    }
}
