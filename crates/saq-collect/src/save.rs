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
    /// Replace it whatever it holds (backup copies, reports).
    Allowed,
    /// Replace it only if it still holds the version read earlier, checked immediately before
    /// the rename: every writer of an answer set saves so, and no other writer's answers are
    /// lost (a file gone since counts as changed).
    IfUnchanged(Fingerprint),
}

/// The SHA-256 of a file's content as read, to tell whether someone else changed it since. A
/// leading byte-order mark is not content (saq drops it when reading), so it is left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fingerprint([u8; 32]);

impl Fingerprint {
    /// The fingerprint of `bytes` (a file's content, or the text saq read from it).
    pub fn of(bytes: &[u8]) -> Fingerprint {
        use sha2::Digest as _;
        let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
        Fingerprint(sha2::Sha256::digest(bytes).into())
    }

    /// The SHA-256 itself (for a form to carry the version it was made from).
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }
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
    /// The file no longer holds the version read earlier ([`Overwrite::IfUnchanged`]): another
    /// program (a second saq, an editor) saved it meanwhile. It was left as that program wrote it.
    #[error("{} was changed by another program since saq read it; saq did not overwrite it, so those changes are kept", path.display())]
    Changed {
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
/// beside it, never a damaged `NAME`; the next successful save of `NAME` removes such files
/// ([`stray_temporaries`] finds them).
pub fn save(path: &Path, text: &str, overwrite: Overwrite) -> Result<(), SaveError> {
    let target = match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            std::fs::canonicalize(path).map_err(|source| SaveError::Io {
                path: path.to_owned(),
                source,
            })?
        }
        _ => path.to_owned(),
    };
    write_atomically(path, &target, text.as_bytes(), overwrite)
}

/// Writes a report (or any output that is not an answer set) like [`save`], but never through a
/// symbolic link: a link at `path` is replaced by the file, and what it pointed to is untouched.
pub fn save_output(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    write_atomically(path, path, bytes, Overwrite::Allowed)
}

/// True when writing `output` would replace `input`: both name the same file (compared by
/// identity, so `A.yaml` and `a.yaml` on a case-insensitive file system, or `./x` and `x`, are
/// one). A link at `output` is replaced, not followed, so it never is the same file.
pub fn same_file(output: &Path, input: &Path) -> bool {
    Inputs::of([input]).contains(output)
}

/// The files a command reads, known by identity, so that each of its outputs is kept off them
/// with one look-up ([`same_file`] for many inputs: a batch of 200 States would otherwise look
/// at 40,000 pairs).
#[derive(Debug, Default)]
pub struct Inputs {
    ids: std::collections::HashSet<FileId>,
}

/// What makes two paths one file: device and inode on Unix, the canonical path elsewhere.
#[cfg(unix)]
type FileId = (u64, u64);
#[cfg(not(unix))]
type FileId = PathBuf;

fn file_id(path: &Path, follow: bool) -> Option<FileId> {
    let meta = if follow {
        std::fs::metadata(path).ok()?
    } else {
        let meta = std::fs::symlink_metadata(path).ok()?;
        // A link at an output is replaced, not followed: it never is an input.
        if meta.file_type().is_symlink() {
            return None;
        }
        meta
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some((meta.dev(), meta.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        std::fs::canonicalize(path).ok()
    }
}

impl Inputs {
    /// The files at `paths` (those that exist).
    pub fn of<'p>(paths: impl IntoIterator<Item = &'p Path>) -> Inputs {
        Inputs {
            ids: paths.into_iter().filter_map(|p| file_id(p, true)).collect(),
        }
    }

    /// True when writing `output` would replace one of the inputs.
    pub fn contains(&self, output: &Path) -> bool {
        file_id(output, false).is_some_and(|id| self.ids.contains(&id))
    }
}

/// The temporary files a killed save of a file in `folder` left behind (`.NAME.XXXXXX.tmp`, as
/// [`save`] names them), sorted.
pub fn stray_temporaries(folder: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut found: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter(|e| {
            let name = e.file_name();
            let name = name.to_string_lossy();
            temporary_of(&name).is_some()
        })
        .map(|e| e.path())
        .collect();
    found.sort();
    found
}

/// The temporary files a killed save of `file` left beside it.
pub fn stray_temporaries_of(file: &Path) -> Vec<PathBuf> {
    let folder = match file.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let name = file.file_name().map(|n| n.to_string_lossy().into_owned());
    stray_temporaries(folder)
        .into_iter()
        .filter(|stray| {
            let of = stray
                .file_name()
                .and_then(|n| n.to_str())
                .and_then(temporary_of);
            of.is_some() && of.map(str::to_owned) == name
        })
        .collect()
}

/// The name of the file whose save `name` is a temporary file of, if it is one: `.NAME.` then
/// the random letters and digits [`tempfile`] adds, then `.tmp`.
fn temporary_of(name: &str) -> Option<&str> {
    let inner = name.strip_prefix('.')?.strip_suffix(".tmp")?;
    let (file, random) = inner.rsplit_once('.')?;
    (!file.is_empty()
        && random.len() == RANDOM_LEN
        && random.chars().all(|c| c.is_ascii_alphanumeric()))
    .then_some(file)
}

/// How many random characters a temporary file's name carries.
const RANDOM_LEN: usize = 6;

/// Removes what killed saves of `name` in `folder` left behind (never another file's, never the
/// one just saved: that has been renamed).
fn remove_stray_temporaries(folder: &Path, name: &str) {
    for stray in stray_temporaries(folder) {
        let of = stray
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(temporary_of);
        if of == Some(name) {
            let _ = std::fs::remove_file(&stray);
        }
    }
}

/// The atomic write behind [`save`] and [`save_output`]: `text` to a temporary file beside
/// `target`, synced, then renamed over `target` (`path` is the name the user gave, for errors).
fn write_atomically(
    path: &Path,
    target: &Path,
    text: &[u8],
    overwrite: Overwrite,
) -> Result<(), SaveError> {
    let io = |source| SaveError::Io {
        path: path.to_owned(),
        source,
    };
    let existing = std::fs::symlink_metadata(target)
        .ok()
        .filter(|m| !m.file_type().is_symlink());
    if overwrite == Overwrite::Never && std::fs::symlink_metadata(target).is_ok() {
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
    builder
        .prefix(&prefix)
        .suffix(".tmp")
        .rand_bytes(RANDOM_LEN);
    // A new file gets the usual permissions (read-write, less the umask), not the owner-only
    // ones of a temporary file.
    #[cfg(unix)]
    if existing.is_none() {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut temp = builder.tempfile_in(&folder).map_err(io)?;
    temp.write_all(text).map_err(io)?;
    if let Some(meta) = &existing {
        temp.as_file()
            .set_permissions(meta.permissions())
            .map_err(io)?;
    }
    // The data must be on disk before the rename makes it the file, or a power cut could leave
    // the new name pointing at blocks never written.
    temp.as_file().sync_all().map_err(io)?;
    if let Overwrite::IfUnchanged(read) = overwrite {
        // As late as possible: between this check and the rename, only microseconds pass.
        let unchanged = std::fs::read(target).is_ok_and(|now| Fingerprint::of(&now) == read);
        if !unchanged {
            return Err(SaveError::Changed {
                path: path.to_owned(),
            });
        }
    }
    match overwrite {
        Overwrite::Allowed | Overwrite::IfUnchanged(_) => {
            temp.persist(target).map_err(|e| io(e.error))?
        }
        Overwrite::Never => temp.persist_noclobber(target).map_err(|e| {
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
    remove_stray_temporaries(&folder, &name);
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

    #[test]
    fn the_same_file_under_two_names_is_one() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.yaml");
        std::fs::write(&a, "").unwrap();
        assert!(same_file(&a, &dir.path().join(".").join("a.yaml")));
        assert!(!same_file(&dir.path().join("b.yaml"), &a));
        std::fs::write(dir.path().join("b.yaml"), "").unwrap();
        assert!(!same_file(&dir.path().join("b.yaml"), &a));
    }

    #[test]
    fn stray_temporary_files_are_found_and_cleaned_by_the_next_save() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("answers.yaml");
        std::fs::write(&path, "old\n").unwrap();
        // What a kill between creating the temporary file and the rename leaves.
        let stray = dir.path().join(".answers.yaml.Ab12Cd.tmp");
        std::fs::write(&stray, "half").unwrap();
        // Not temporary files of answers.yaml: another file's, and names of one's own.
        let others = [".other.yaml.Xy98Zw.tmp", ".answers.yaml.lock", "notes.tmp"];
        for other in others {
            std::fs::write(dir.path().join(other), "").unwrap();
        }
        assert_eq!(
            stray_temporaries(dir.path()),
            [stray.clone(), dir.path().join(".other.yaml.Xy98Zw.tmp")]
        );
        save(&path, "new\n", Overwrite::Allowed).unwrap();
        assert!(!stray.exists());
        for other in others {
            assert!(dir.path().join(other).exists(), "{other}");
        }
        assert_eq!(stray_temporaries(dir.path()).len(), 1);
        assert!(stray_temporaries_of(&path).is_empty());
        assert_eq!(
            stray_temporaries_of(&dir.path().join("other.yaml")),
            [dir.path().join(".other.yaml.Xy98Zw.tmp")]
        );
    }

    #[cfg(unix)]
    #[test]
    fn an_output_replaces_a_link_and_leaves_its_target_alone() {
        let dir = tempfile::tempdir().unwrap();
        let precious = dir.path().join("precious.yaml");
        std::fs::write(&precious, "precious\n").unwrap();
        let report = dir.path().join("report.md");
        std::os::unix::fs::symlink(&precious, &report).unwrap();
        save_output(&report, b"report\n").unwrap();
        assert_eq!(std::fs::read_to_string(&precious).unwrap(), "precious\n");
        assert!(
            !std::fs::symlink_metadata(&report)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read_to_string(&report).unwrap(), "report\n");
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
