//! Signatures of submitted answer sets, in minisign's format.
//!
//! The digest (`saq_model::digest`) catches an accidental edit, but anyone can compute it. A
//! signature made with the focal point's secret key shows that the file comes unaltered from
//! whoever holds that key: `saq submit --sign KEY` writes `FILE.minisig` beside the answer set,
//! and `saq validate --public-key KEY.pub` checks it.
//!
//! Why minisign's format: its files are one-line keys and four-line signatures that a ministry
//! can send by e-mail, its keys are ed25519 with the secret key encrypted under a password
//! (scrypt), and the signature can be checked by the secretariat without saq, with the
//! reference `minisign -V` or any of its compatible tools. Each signature names the id of the key
//! that made it, so a folder of public keys is enough to check a folder of answer sets.
//!
//! What is signed is the file's bytes, exactly as `saq submit` saved them: the signature says
//! nothing about the meaning of the answers, and a re-indented file no longer matches it (the
//! digest, which covers content only, still does). The signed ("trusted") comment names the State,
//! the submission date and the digest, so a signature shown on its own says what it is for.

use std::fmt::Write as _;
use std::io::{Cursor, Write as _};
use std::path::{Path, PathBuf};

use saq_model::Diagnostic;

/// What is appended to an answer set's file name to name its signature.
pub const SUFFIX: &str = "minisig";

/// A signature file is four short lines; anything far larger is not one, and is not read whole.
const MAX_SIGNATURE_BYTES: u64 = 16 * 1024;
/// A key file is two lines.
const MAX_KEY_BYTES: u64 = 4 * 1024;

/// The signature file of the answer set at `answers`: `FILE.minisig`, as minisign names it.
pub fn signature_path(answers: &Path) -> PathBuf {
    let mut name = answers.as_os_str().to_owned();
    name.push(".");
    name.push(SUFFIX);
    PathBuf::from(name)
}

/// Why a key could not be made, read or used.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// A key file or folder cannot be read.
    #[error("cannot read {}: {source}", path.display())]
    Read {
        /// The file or folder.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A file given as a public key is not one.
    #[error("{} is not a minisign public key: {why}", path.display())]
    NotPublicKey {
        /// The file.
        path: PathBuf,
        /// What is wrong with it.
        why: String,
    },
    /// A folder given for public keys holds none.
    #[error("{} holds no public key (.pub file)", path.display())]
    NoPublicKey {
        /// The folder.
        path: PathBuf,
    },
    /// The file given as a secret key is not one, or the password does not open it.
    #[error("{} cannot be used as a secret key: {why}", path.display())]
    NotSecretKey {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        why: String,
    },
    /// A key file to be made exists already.
    #[error("{} already exists; saq never replaces a key", path.display())]
    Exists {
        /// The file.
        path: PathBuf,
    },
    /// A key file cannot be written.
    #[error("cannot write {}: {source}", path.display())]
    Write {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The key could not be made or used (no randomness, say).
    #[error("{0}")]
    Crypto(String),
}

/// The public keys a set of answer sets is checked against.
#[derive(Debug, Default)]
pub struct PublicKeys {
    keys: Vec<PublicKey>,
}

/// One public key, and the file it was read from.
#[derive(Debug)]
pub struct PublicKey {
    /// The file, as the user named it (or as found in the folder named).
    pub file: String,
    /// The key id, as minisign prints it (16 hexadecimal digits).
    pub id: String,
    key: minisign::PublicKey,
}

impl PublicKeys {
    /// The keys in `paths`: key files, and folders whose `.pub` files are all keys.
    pub fn read(paths: &[PathBuf]) -> Result<PublicKeys, KeyError> {
        let mut keys = PublicKeys::default();
        for path in paths {
            if path.is_dir() {
                let entries = std::fs::read_dir(path).map_err(|source| KeyError::Read {
                    path: path.clone(),
                    source,
                })?;
                let mut files: Vec<PathBuf> = entries
                    .filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|e| e == "pub") && p.is_file())
                    .collect();
                if files.is_empty() {
                    return Err(KeyError::NoPublicKey { path: path.clone() });
                }
                files.sort();
                for file in files {
                    keys.keys.push(PublicKey::read(&file)?);
                }
            } else {
                keys.keys.push(PublicKey::read(path)?);
            }
        }
        Ok(keys)
    }

    /// True when no key was given, so signatures cannot be checked.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// The key whose id is `id`.
    fn find(&self, id: &[u8]) -> Option<&PublicKey> {
        self.keys.iter().find(|k| k.key.keynum() == id)
    }
}

impl PublicKey {
    /// Reads the public key file at `path`.
    pub fn read(path: &Path) -> Result<PublicKey, KeyError> {
        let text = read_key(path, |path, why| KeyError::NotPublicKey { path, why })?;
        PublicKey::parse(&path.display().to_string(), &text).map_err(|why| KeyError::NotPublicKey {
            path: path.to_owned(),
            why,
        })
    }

    /// The public key written in `text` (minisign's two-line file, or its key line alone).
    pub fn parse(file: &str, text: &str) -> Result<PublicKey, String> {
        let lines: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let encoded = match lines.as_slice() {
            [comment, key] if comment.starts_with("untrusted comment:") => *key,
            [key] => *key,
            _ => {
                return Err(
                    "expected an `untrusted comment:` line and the key, as `saq keygen` and minisign write them"
                        .into(),
                );
            }
        };
        let key = minisign::PublicKey::from_base64(encoded)
            .map_err(|e| format!("its key line does not decode ({e})"))?;
        if key.to_bytes().get(..2) != Some(b"Ed".as_slice()) {
            return Err("it is not an ed25519 key".into());
        }
        Ok(PublicKey {
            file: file.to_owned(),
            id: key_id(key.keynum()),
            key,
        })
    }
}

/// A secret key, opened, ready to sign.
pub struct SecretKey {
    key: minisign::SecretKey,
    public: minisign::PublicKey,
    /// The key id, as minisign prints it.
    pub id: String,
}

impl std::fmt::Debug for SecretKey {
    // Never print the key itself.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SecretKey").field("id", &self.id).finish()
    }
}

impl SecretKey {
    /// Opens the secret key file at `path`, calling `password` only when the key is encrypted.
    pub fn read(
        path: &Path,
        password: impl FnOnce() -> std::io::Result<String>,
    ) -> Result<SecretKey, KeyError> {
        let text = read_key(path, |path, why| KeyError::NotSecretKey { path, why })?;
        let not_secret = |why: String| KeyError::NotSecretKey {
            path: path.to_owned(),
            why,
        };
        if !text.starts_with("untrusted comment:") || text.lines().count() < 2 {
            return Err(not_secret(
                "expected an `untrusted comment:` line and the key, as `saq keygen` and minisign write them".into(),
            ));
        }
        let unencrypted = minisign::SecretKeyBox::from_string(&text)
            .and_then(minisign::SecretKeyBox::into_unencrypted_secret_key);
        let key = match unencrypted {
            Ok(key) => key,
            Err(plain) => {
                if !is_encrypted(&text) {
                    return Err(not_secret(plain.to_string()));
                }
                let password = password().map_err(|source| KeyError::Read {
                    path: path.to_owned(),
                    source,
                })?;
                minisign::SecretKeyBox::from_string(&text)
                    .and_then(|b| b.into_secret_key(Some(password)))
                    .map_err(|e| {
                        not_secret(if matches!(e.kind(), minisign::ErrorKind::Verify) {
                            "the password is wrong".into()
                        } else {
                            e.to_string()
                        })
                    })?
            }
        };
        let public =
            minisign::PublicKey::from_secret_key(&key).map_err(|e| not_secret(e.to_string()))?;
        Ok(SecretKey {
            id: key_id(key.keynum()),
            key,
            public,
        })
    }

    /// The signature of `bytes` with `comment` as its signed comment, as the text of a
    /// `.minisig` file.
    pub fn sign(&self, bytes: &[u8], comment: &str) -> Result<String, KeyError> {
        // A signed comment is one line; the State's name in it is shown escaped.
        let comment = saq_model::printable::line(comment).replace(['\n', '\r'], " ");
        minisign::sign(
            Some(&self.public),
            &self.key,
            Cursor::new(bytes),
            Some(&comment),
            Some("signature of a submitted answer set, made with saq"),
        )
        .map(|signature| signature.to_string())
        .map_err(|e| KeyError::Crypto(e.to_string()))
    }
}

/// True when the secret key in `text` says it is encrypted with a password (the key derivation
/// algorithm, bytes 2–3 of the key, is scrypt's `Sc`).
fn is_encrypted(text: &str) -> bool {
    // The key line is base64; the first 4 characters encode bytes 0–2, the next 4 bytes 3–5:
    // decoding the first 8 is enough to read bytes 2 and 3.
    let Some(line) = text.lines().nth(1) else {
        return false;
    };
    decode_prefix(line.trim()).is_some_and(|bytes| bytes.get(2..4) == Some(b"Sc".as_slice()))
}

/// The first six bytes of the base64 `text`, when it starts with eight base64 characters.
fn decode_prefix(text: &str) -> Option<Vec<u8>> {
    let value = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as u32)
    };
    let chars = text.as_bytes().get(..8)?;
    let mut out = Vec::with_capacity(6);
    for quad in chars.chunks(4) {
        let mut n = 0u32;
        for &c in quad {
            n = (n << 6) | value(c)?;
        }
        out.extend_from_slice(&n.to_be_bytes()[1..]);
    }
    Some(out)
}

/// A new key pair: the text of the public key file and of the secret key file, the secret key
/// encrypted with `password` unless it is `None`.
pub fn generate(password: Option<String>) -> Result<(String, String, String), KeyError> {
    let crypto = |e: minisign::PError| KeyError::Crypto(e.to_string());
    let pair = match password {
        Some(password) => minisign::KeyPair::generate_encrypted_keypair(Some(password)),
        None => minisign::KeyPair::generate_unencrypted_keypair(),
    }
    .map_err(crypto)?;
    let id = key_id(pair.pk.keynum());
    let public = pair.pk.to_box().map_err(crypto)?.to_string();
    let secret = pair
        .sk
        .to_box(Some(&format!("saq secret key {id}: keep it to yourself")))
        .map_err(crypto)?
        .to_string();
    Ok((id, public, secret))
}

/// Writes a new key file at `path`, never over an existing file; a secret key is readable by its
/// owner only (on Unix).
pub fn write_key(path: &Path, text: &str, secret: bool) -> Result<(), KeyError> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    if secret {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    #[cfg(not(unix))]
    let _ = secret;
    let mut file = options.open(path).map_err(|source| {
        if source.kind() == std::io::ErrorKind::AlreadyExists {
            KeyError::Exists {
                path: path.to_owned(),
            }
        } else {
            KeyError::Write {
                path: path.to_owned(),
                source,
            }
        }
    })?;
    file.write_all(text.as_bytes())
        .and_then(|()| file.sync_all())
        .map_err(|source| KeyError::Write {
            path: path.to_owned(),
            source,
        })
}

/// A signature that was checked and holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    /// The signature file.
    pub signature: String,
    /// The public key file it was checked with.
    pub key_file: String,
    /// The key id.
    pub key_id: String,
    /// The signed comment.
    pub comment: String,
}

/// What checking the signature of one answer set found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Check {
    /// There is no signature file.
    Unsigned,
    /// There is one, but no public key was given to check it with.
    NotChecked {
        /// The signature file.
        signature: String,
        /// The id of the key that made it.
        key_id: String,
    },
    /// It holds.
    Verified(Verified),
    /// It does not hold, or cannot be read, or is required and absent.
    Failed(Diagnostic),
}

/// Checks the signature of the answer set at `answers` (shown as `name`) against `keys`. With
/// keys given, a `submitted` set must be signed.
pub fn check(answers: &Path, name: &str, submitted: bool, keys: &PublicKeys) -> Check {
    let path = signature_path(answers);
    let shown = signature_name(name);
    let text = match read_small(&path, MAX_SIGNATURE_BYTES) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            return if submitted && !keys.is_empty() {
                Check::Failed(
                    Diagnostic::file_error(
                        name,
                        "missing-signature",
                        format!("the answers are submitted but not signed: there is no {shown}"),
                    )
                    .at_start()
                    .with_help(format!(
                        "ask the focal point for {shown}, made with `saq submit {name} --sign KEY`, and keep it beside the answer set"
                    )),
                )
            } else {
                Check::Unsigned
            };
        }
        Err(err) => {
            return Check::Failed(
                Diagnostic::file_error(
                    &shown,
                    "unreadable-signature",
                    format!("cannot read the signature: {err}"),
                )
                .at_start(),
            );
        }
    };
    let signature = match parse_signature(&text) {
        Ok(signature) => signature,
        Err((line, why)) => {
            let mut diagnostic = Diagnostic::file_error(
                &shown,
                "malformed-signature",
                format!("this is not a minisign signature: {why}"),
            )
            .with_help(format!(
                "sign again with `saq submit {name} --sign KEY`, or ask the focal point for the signature file as it was made"
            ));
            diagnostic.line = line;
            diagnostic.column = 1;
            diagnostic.source_line = text.lines().nth(line as usize - 1).map(str::to_owned);
            return Check::Failed(diagnostic);
        }
    };
    let key_id = key_id(signature.keynum());
    if keys.is_empty() {
        return Check::NotChecked {
            signature: shown,
            key_id,
        };
    }
    let Some(key) = keys.find(signature.keynum()) else {
        return Check::Failed(
            Diagnostic::file_error(
                &shown,
                "unknown-signer",
                format!("signed with key {key_id}, which is none of the public keys given"),
            )
            .at_start()
            .with_help(
                "give the public key of the State's focal point with --public-key FILE (or a folder of .pub files); a key received by another channel is the one to trust",
            ),
        );
    };
    let bytes = match std::fs::read(answers) {
        Ok(bytes) => bytes,
        Err(err) => {
            return Check::Failed(
                Diagnostic::file_error(name, "unreadable", format!("cannot read: {err}"))
                    .at_start(),
            );
        }
    };
    match minisign::verify(&key.key, &signature, Cursor::new(&bytes), true, false, false) {
        Ok(()) => Check::Verified(Verified {
            signature: shown,
            key_file: key.file.clone(),
            key_id,
            comment: signature.trusted_comment().unwrap_or_default(),
        }),
        Err(_) => Check::Failed(
            Diagnostic::file_error(
                name,
                "bad-signature",
                format!(
                    "the signature in {shown} does not match this file: it was changed after it was signed, or the signature is another file's"
                ),
            )
            .at_start()
            .with_help(
                "ask the focal point for the file exactly as it was signed; if the change is meant, the focal point submits and signs again",
            ),
        ),
    }
}

/// The name of the signature of the answer set shown as `name`.
fn signature_name(name: &str) -> String {
    format!("{name}.{SUFFIX}")
}

/// The signature in `text`, or the 1-based line that is wrong and why. The lines are checked
/// here before the minisign crate sees them: it trusts their lengths.
fn parse_signature(text: &str) -> Result<minisign::SignatureBox, (u64, String)> {
    let lines: Vec<&str> = text.lines().collect();
    let line = |n: usize| lines.get(n).map_or("", |l| l.trim());
    if !line(0).starts_with("untrusted comment:") {
        return Err((
            1,
            "the first line should start with `untrusted comment:`".into(),
        ));
    }
    // 74 bytes (algorithm, key id, signature) and 64 bytes (the comment's signature), in base64.
    if !is_base64_of(line(1), 74) {
        return Err((
            2,
            "the second line should be the signature, in base64".into(),
        ));
    }
    if !line(2).starts_with("trusted comment:") {
        return Err((
            3,
            "the third line should start with `trusted comment:`".into(),
        ));
    }
    if !is_base64_of(line(3), 64) {
        return Err((
            4,
            "the fourth line should be the signature of the comment, in base64".into(),
        ));
    }
    let mut canonical = String::new();
    for n in 0..4 {
        let _ = writeln!(canonical, "{}", line(n));
    }
    minisign::SignatureBox::from_string(&canonical).map_err(|e| (2, e.to_string()))
}

/// True when `text` is the padded base64 of exactly `bytes` bytes.
fn is_base64_of(text: &str, bytes: usize) -> bool {
    let padding = (3 - bytes % 3) % 3;
    let length = bytes.div_ceil(3) * 4;
    text.len() == length
        && text.bytes().enumerate().all(|(i, c)| {
            if i >= length - padding {
                c == b'='
            } else {
                c.is_ascii_alphanumeric() || c == b'+' || c == b'/'
            }
        })
}

/// A key id as minisign prints it: the 8 bytes as a little-endian number, in hexadecimal.
fn key_id(keynum: &[u8]) -> String {
    let mut bytes = [0u8; 8];
    for (to, from) in bytes.iter_mut().zip(keynum) {
        *to = *from;
    }
    format!("{:016X}", u64::from_le_bytes(bytes))
}

/// The text of the key file at `path`: one too large or not text is `not_a_key` (with why),
/// one that cannot be read an I/O error.
fn read_key(
    path: &Path,
    not_a_key: impl FnOnce(PathBuf, String) -> KeyError,
) -> Result<String, KeyError> {
    read_small(path, MAX_KEY_BYTES).map_err(|source| {
        if source.kind() == std::io::ErrorKind::InvalidData {
            not_a_key(path.to_owned(), source.to_string())
        } else {
            KeyError::Read {
                path: path.to_owned(),
                source,
            }
        }
    })
}

/// The text of the file at `path`, refused when it is over `limit` bytes.
fn read_small(path: &Path, limit: u64) -> std::io::Result<String> {
    use std::io::Read;
    let file = std::fs::File::open(path)?;
    let mut text = String::new();
    file.take(limit + 1).read_to_string(&mut text)?;
    if text.len() as u64 > limit {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("it is over {limit} bytes, too large for a key or signature file"),
        ));
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair(password: Option<&str>) -> (tempfile::TempDir, PathBuf, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let (_, public, secret) = generate(password.map(str::to_owned)).unwrap();
        let (pub_path, key_path) = (dir.path().join("k.pub"), dir.path().join("k.key"));
        write_key(&pub_path, &public, false).unwrap();
        write_key(&key_path, &secret, true).unwrap();
        (dir, pub_path, key_path)
    }

    fn no_password() -> std::io::Result<String> {
        panic!("an unencrypted key asks for no password")
    }

    #[test]
    fn a_signed_file_verifies_and_an_edited_one_does_not() {
        let (dir, public, secret) = pair(None);
        let answers = dir.path().join("a.yaml");
        std::fs::write(&answers, "status: submitted\n").unwrap();
        let key = SecretKey::read(&secret, no_password).unwrap();
        let signature = key.sign(b"status: submitted\n", "saq\nsubmission").unwrap();
        std::fs::write(signature_path(&answers), &signature).unwrap();
        let keys = PublicKeys::read(&[public]).unwrap();
        let Check::Verified(verified) = check(&answers, "a.yaml", true, &keys) else {
            panic!("verifies");
        };
        assert_eq!(verified.key_id, key.id);
        assert_eq!(verified.comment, "saq\\u{a}submission", "one line, escaped");

        std::fs::write(&answers, "status: submitted \n").unwrap();
        let Check::Failed(d) = check(&answers, "a.yaml", true, &keys) else {
            panic!("an edit fails");
        };
        assert_eq!(d.code, "bad-signature");
    }

    #[test]
    fn keys_are_never_replaced_and_the_secret_one_is_private() {
        let (_dir, public, secret) = pair(None);
        assert!(matches!(
            write_key(&public, "x", false),
            Err(KeyError::Exists { .. })
        ));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&secret).unwrap().permissions().mode();
            assert_eq!(mode & 0o077, 0, "{mode:o}");
        }
    }

    #[test]
    fn an_encrypted_key_needs_its_password() {
        let (_dir, _public, secret) = pair(Some("correct horse"));
        let wrong = SecretKey::read(&secret, || Ok("battery".into())).unwrap_err();
        assert!(wrong.to_string().contains("password is wrong"), "{wrong}");
        SecretKey::read(&secret, || Ok("correct horse".into())).unwrap();
    }

    #[test]
    fn a_hostile_signature_file_is_a_diagnostic_never_a_panic() {
        let (dir, public, secret) = pair(None);
        let answers = dir.path().join("a.yaml");
        std::fs::write(&answers, "x").unwrap();
        let good = SecretKey::read(&secret, no_password)
            .unwrap()
            .sign(b"x", "c")
            .unwrap();
        let keys = PublicKeys::read(&[public]).unwrap();
        let mut rng = fastrand::Rng::with_seed(12);
        let alphabet = b"AZaz09+/=\n\r :untrusted comment:\xff";
        for round in 0..2000 {
            let mut bytes = good.as_bytes().to_vec();
            for _ in 0..rng.usize(1..6) {
                match rng.u8(0..4) {
                    0 if !bytes.is_empty() => {
                        let at = rng.usize(..bytes.len());
                        bytes.remove(at);
                    }
                    1 => {
                        let at = rng.usize(..=bytes.len());
                        bytes.insert(at, alphabet[rng.usize(..alphabet.len())]);
                    }
                    2 if !bytes.is_empty() => {
                        let at = rng.usize(..bytes.len());
                        bytes[at] = alphabet[rng.usize(..alphabet.len())];
                    }
                    _ => {
                        let at = rng.usize(..=bytes.len());
                        let cut = rng.usize(at..=bytes.len());
                        bytes.truncate(cut.max(at));
                    }
                }
            }
            std::fs::write(signature_path(&answers), &bytes).unwrap();
            match check(&answers, "a.yaml", true, &keys) {
                Check::Verified(_) | Check::Failed(_) => {}
                other => panic!("round {round}: {other:?}"),
            }
        }
    }

    #[test]
    fn base64_lengths() {
        assert!(is_base64_of(&format!("{}==", "A".repeat(86)), 64));
        assert!(!is_base64_of(&"A".repeat(88), 64));
        assert!(is_base64_of(&format!("{}=", "A".repeat(99)), 74));
        assert_eq!(decode_prefix("U2MA"), None, "needs eight characters");
        assert_eq!(decode_prefix("AABTYwAA").unwrap(), [0, 0, b'S', b'c', 0, 0]);
    }
}
