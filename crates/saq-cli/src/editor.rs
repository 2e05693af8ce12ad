//! `/edit`: the answer written in the user's own editor (`$VISUAL`, else `$EDITOR`).
//!
//! The variable names a program and, often, its arguments (`code --wait`). On Unix it is split
//! as a shell would (shell-words: quotes and backslashes), as git does. On Windows a path is
//! whole — `C:\Program Files\Notepad++\notepad++.exe` has spaces and backslashes that are
//! neither separators nor escapes — so a value that names an existing file is that file, a
//! quoted first word is the program, and otherwise the longest run of words that names a file
//! is (as Windows itself reads an unquoted command line).

use std::ffi::OsStr;
use std::io;
use std::path::Path;

/// Opens `initial` in `editor` (the value of `$VISUAL` or `$EDITOR`), waits for it, and returns
/// the text saved, without its final line breaks.
pub(crate) fn edit(editor: &OsStr, initial: &str) -> io::Result<String> {
    let editor = editor.to_string_lossy();
    let (program, args) = command(&editor, cfg!(windows), &|p| p.is_file())
        .ok_or_else(|| io::Error::other(format!("cannot read the editor's name in `{editor}`")))?;
    let file = tempfile::Builder::new()
        .prefix("saq-answer-")
        .suffix(".txt")
        .tempfile()?;
    std::fs::write(file.path(), initial)?;
    let status = std::process::Command::new(&program)
        .args(&args)
        .arg(file.path())
        .status()
        .map_err(|err| io::Error::new(err.kind(), format!("cannot start {program}: {err}")))?;
    if !status.success() {
        return Err(io::Error::other(format!("{program} ended with {status}")));
    }
    let text = std::fs::read_to_string(file.path())?;
    Ok(text.trim_end_matches(['\n', '\r']).to_owned())
}

/// The program and arguments `value` names; `None` when it names none (empty, or an unclosed
/// quote). `windows` chooses the rules; `is_file` tells whether a path names a file.
fn command(
    value: &str,
    windows: bool,
    is_file: &dyn Fn(&Path) -> bool,
) -> Option<(String, Vec<String>)> {
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    // A whole value that names a file is the program, spaces and all, on any system.
    if is_file(Path::new(value)) {
        return Some((value.to_owned(), Vec::new()));
    }
    if !windows {
        let mut words = shell_words::split(value).ok()?.into_iter();
        return Some((words.next()?, words.collect()));
    }
    if let Some(quoted) = value.strip_prefix('"') {
        let (program, rest) = quoted.split_once('"')?;
        return Some((program.to_owned(), windows_args(rest)));
    }
    let words: Vec<&str> = value.split(' ').collect();
    let program_words = (1..=words.len())
        .rev()
        .find(|&n| is_file(Path::new(&words[..n].join(" "))))
        .unwrap_or(1);
    let program = words[..program_words].join(" ");
    Some((program, windows_args(&words[program_words..].join(" "))))
}

/// Arguments after the program on Windows: separated by spaces, a double-quoted one kept whole.
fn windows_args(rest: &str) -> Vec<String> {
    let mut args = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    for c in rest.chars() {
        match c {
            '"' => quoted = !quoted,
            ' ' | '\t' if !quoted => {
                if !current.is_empty() {
                    args.push(std::mem::take(&mut current));
                }
            }
            c => current.push(c),
        }
    }
    if !current.is_empty() {
        args.push(current);
    }
    args
}

#[cfg(test)]
mod tests {
    use super::*;

    fn none(_: &Path) -> bool {
        false
    }

    fn owned(program: &str, args: &[&str]) -> Option<(String, Vec<String>)> {
        Some((
            program.to_owned(),
            args.iter().map(|a| (*a).to_owned()).collect(),
        ))
    }

    #[test]
    fn unix_values_are_split_as_a_shell_would() {
        assert_eq!(command("vim", false, &none), owned("vim", &[]));
        assert_eq!(
            command("code --wait", false, &none),
            owned("code", &["--wait"])
        );
        assert_eq!(
            command("'/opt/My Editor/edit' -w", false, &none),
            owned("/opt/My Editor/edit", &["-w"])
        );
        assert_eq!(command("  ", false, &none), None);
        assert_eq!(command("'unclosed", false, &none), None);
    }

    #[test]
    fn windows_paths_keep_their_spaces_and_backslashes() {
        let notepad = r"C:\Program Files\Notepad++\notepad++.exe";
        let exists = |p: &Path| p == Path::new(notepad);
        assert_eq!(command(notepad, true, &exists), owned(notepad, &[]));
        assert_eq!(
            command(&format!("{notepad} -multiInst -nosession"), true, &exists),
            owned(notepad, &["-multiInst", "-nosession"])
        );
        assert_eq!(
            command(
                r#""C:\Program Files\Editor\e.exe" --wait "a b""#,
                true,
                &none
            ),
            owned(r"C:\Program Files\Editor\e.exe", &["--wait", "a b"])
        );
        assert_eq!(command("notepad", true, &none), owned("notepad", &[]));
        assert_eq!(
            command("code --wait", true, &none),
            owned("code", &["--wait"])
        );
    }

    #[test]
    fn a_whole_value_naming_a_file_is_the_program_on_unix_too() {
        let exists = |p: &Path| p == Path::new("/Applications/My Editor");
        assert_eq!(
            command("/Applications/My Editor", false, &exists),
            owned("/Applications/My Editor", &[])
        );
    }

    #[cfg(unix)]
    #[test]
    fn the_text_saved_in_the_editor_comes_back() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        // A path with a space, as editors installed under "Program Files" have.
        let script = dir.path().join("fake editor");
        std::fs::write(
            &script,
            "#!/bin/sh\n# appends to the file it is given\nprintf ' and more\\n' >> \"$1\"\n",
        )
        .unwrap();
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
        let text = edit(script.as_os_str(), "Three workshops").unwrap();
        assert_eq!(text, "Three workshops and more");
        let failing = dir.path().join("failing");
        std::fs::write(&failing, "#!/bin/sh\nexit 3\n").unwrap();
        std::fs::set_permissions(&failing, std::fs::Permissions::from_mode(0o755)).unwrap();
        let err = edit(failing.as_os_str(), "").unwrap_err();
        assert!(err.to_string().contains("ended with"), "{err}");
    }
}
