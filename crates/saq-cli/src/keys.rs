//! `saq keygen`, and the secret key's password for `saq submit --sign`.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use saq_collect::signature::{self, KeyError, SecretKey};

use crate::args::KeygenArgs;
use crate::error::{CliError, Outcome};
use crate::output::say;

/// Where a script (or a test) gives the password when there is no terminal to ask it in.
pub(crate) const PASSWORD_VARIABLE: &str = "SAQ_KEY_PASSWORD";

pub(crate) fn keygen(args: &KeygenArgs) -> Result<Outcome, CliError> {
    let secret_path = with_extension(&args.name, "key");
    let public_path = with_extension(&args.name, "pub");
    // Refused before a password is asked for, not after.
    for path in [&secret_path, &public_path] {
        if std::fs::symlink_metadata(path).is_ok() {
            return Err(CliError::Key(KeyError::Exists { path: path.clone() }));
        }
    }
    let password = if args.no_password {
        None
    } else {
        let password = password(true)?;
        if password.is_empty() {
            return Err(CliError::EmptyPassword);
        }
        Some(password)
    };
    let (id, public, secret) = signature::generate(password).map_err(CliError::Key)?;
    signature::write_key(&secret_path, &secret, true).map_err(CliError::Key)?;
    signature::write_key(&public_path, &public, false).map_err(CliError::Key)?;
    say!("made key {id}:");
    say!(
        "  {}  the secret key: keep it{} to yourself; `saq submit FILE --sign {}` signs with it",
        secret_path.display(),
        if args.no_password {
            ""
        } else {
            ", and its password,"
        },
        secret_path.display()
    );
    say!(
        "  {}  the public key: send it to the secretariat by another channel than the answers",
        public_path.display()
    );
    Ok(Outcome::Ok)
}

/// Opens the secret key at `path`, asking its password only if it has one.
pub(crate) fn secret_key(path: &Path) -> Result<SecretKey, CliError> {
    let mut asked = None;
    let key = SecretKey::read(path, || {
        password(false).map_err(|err| {
            let message = err.to_string();
            asked = Some(err);
            std::io::Error::other(message)
        })
    });
    match (key, asked) {
        (_, Some(err)) => Err(err),
        (key, None) => key.map_err(CliError::Key),
    }
}

/// The password, from [`PASSWORD_VARIABLE`] or asked in the terminal (twice when `confirm`).
fn password(confirm: bool) -> Result<String, CliError> {
    if let Ok(password) = std::env::var(PASSWORD_VARIABLE) {
        return Ok(password);
    }
    if !std::io::stdin().is_terminal() {
        return Err(CliError::NoPassword);
    }
    let read = |prompt: &str| {
        rpassword::prompt_password(prompt).map_err(|source| CliError::Read {
            path: PathBuf::from("the terminal"),
            source,
        })
    };
    let first = read("Password of the secret key: ")?;
    if confirm && read("The same password again: ")? != first {
        return Err(CliError::PasswordsDiffer);
    }
    Ok(first)
}

/// `name` with `.extension` appended (not replacing an extension it has: `borealis.2026`
/// gives `borealis.2026.key`).
fn with_extension(name: &Path, extension: &str) -> PathBuf {
    let mut path = name.as_os_str().to_owned();
    path.push(".");
    path.push(extension);
    PathBuf::from(path)
}
