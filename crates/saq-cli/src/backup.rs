//! A backup copy before saq rewrites a file in its own layout, so comments written by hand are
//! never lost without a trace.

use std::path::{Path, PathBuf};

use saq_collect::comments;
use saq_collect::{Overwrite, SaveError, save};

use crate::exit::Outcome;

/// If rewriting `old` as `new` would drop comments, saves `old` as `FILE.bak` (or `FILE.bak2`…,
/// never replacing an earlier backup) and says so.
pub(crate) fn keep_own_comments(path: &Path, old: &str, new: &str) -> Result<(), Outcome> {
    let lost = comments::lost(old, new);
    if lost == 0 {
        return Ok(());
    }
    for n in 1..=99 {
        let suffix = if n == 1 {
            ".bak".to_owned()
        } else {
            format!(".bak{n}")
        };
        let mut name = path.as_os_str().to_owned();
        name.push(&suffix);
        let backup = PathBuf::from(name);
        match save(&backup, old, Overwrite::Never) {
            Ok(()) => {
                eprintln!(
                    "note: {} rewritten in saq's layout; {lost} comment line{} of your own {} kept in {}",
                    path.display(),
                    if lost == 1 { "" } else { "s" },
                    if lost == 1 { "is" } else { "are" },
                    backup.display()
                );
                return Ok(());
            }
            Err(SaveError::Exists { .. }) => {}
            Err(err) => {
                eprintln!("error: {err}; {} was not changed", path.display());
                return Err(Outcome::UsageOrIo);
            }
        }
    }
    eprintln!(
        "error: {} has 99 backup copies already; remove old ones, then try again",
        path.display()
    );
    Err(Outcome::UsageOrIo)
}
