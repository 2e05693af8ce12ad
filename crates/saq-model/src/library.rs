//! The questionnaire library: every questionnaire saq knows of, so that each command finds the
//! questionnaire an answer set names (`questionnaire:` and `version:`) without being told.
//!
//! The library is, in this order:
//!
//! 1. the built-in questionnaire (the Firearms Protocol's), always;
//! 2. the folders given on the command line (`--questionnaires DIR`, in the order given);
//! 3. the folders of the [`VARIABLE`] environment variable (separated like `PATH`).
//!
//! Each folder given is either a questionnaire folder itself (it holds `instrument.yaml` or
//! `questionnaire.yaml`) or a folder of questionnaire folders, one level down. An answer set is
//! checked against the **first** questionnaire whose id and version are exactly those it names:
//! the built-in questionnaire cannot be replaced by a folder that claims its id and version
//! (such a folder is listed as shadowed), and a folder given on the command line comes before
//! one of the environment.
//!
//! Opening the library reads only the `id:` and `version:` of each `questionnaire.yaml`; a
//! questionnaire is loaded and checked only when an answer set needs it, or when everything is
//! listed ([`Library::listing`], `saq list`). So a broken questionnaire in a library folder
//! troubles no command that does not need it, and its problems are reported when it is needed.
//!
//! This module reads files (as [`Bundle::read_dir`] does) and never prints or reads the
//! environment: the command line passes the folders in, with where they came from.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::answer_set::AnswerSet;
use crate::builtin::BUILTIN_DIR;
use crate::diagnostic::Diagnostic;
use crate::error::ReadError;
use crate::load::{Bundle, Checked, INSTRUMENT_FILE, QUESTIONNAIRE_FILE};
use crate::located::Located;
use crate::source::SourceFile;
use crate::yaml;

/// The environment variable that lists library folders, separated like `PATH` (`:` on Unix,
/// `;` on Windows).
pub const VARIABLE: &str = "SAQ_QUESTIONNAIRES";

/// Where a questionnaire of the library was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Origin {
    /// Built into saq.
    BuiltIn,
    /// In a folder given on the command line (`--questionnaires DIR`).
    CommandLine,
    /// In a folder of the [`VARIABLE`] environment variable.
    Environment,
}

/// The id and version a questionnaire declares in its `questionnaire.yaml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// The questionnaire's id (`firearms-protocol-saq`).
    pub id: String,
    /// Its version (`2.0.0`).
    pub version: String,
}

/// One questionnaire folder of the library, or a library folder that could not be used.
#[derive(Debug)]
pub struct Entry {
    /// The folder as shown to users: the path as given, joined with the questionnaire's folder
    /// name, or `<built-in>/…` for the built-in questionnaire.
    pub folder: String,
    /// The folder on disk; `None` for the built-in questionnaire.
    pub path: Option<PathBuf>,
    /// The library folder it was found in, as given (`--questionnaires DIR` or an element of
    /// [`VARIABLE`]); `None` for the built-in questionnaire.
    pub library_folder: Option<PathBuf>,
    /// Where it was found.
    pub origin: Origin,
    /// Its id and version, or why they could not be read (the folder, or its
    /// `questionnaire.yaml`, cannot be read or parsed). An entry without them is never found,
    /// and is reported by [`Library::listing`].
    pub header: Result<Header, Diagnostic>,
    loaded: OnceLock<Result<Checked<Bundle>, String>>,
}

impl Entry {
    fn new(
        folder: String,
        path: Option<PathBuf>,
        library_folder: Option<PathBuf>,
        origin: Origin,
        header: Result<Header, Diagnostic>,
    ) -> Entry {
        Entry {
            folder,
            path,
            library_folder,
            origin,
            header,
            loaded: OnceLock::new(),
        }
    }

    /// True for the built-in questionnaire.
    pub fn is_builtin(&self) -> bool {
        self.origin == Origin::BuiltIn
    }

    /// `id version`, or the folder when the header could not be read.
    pub fn name(&self) -> String {
        match &self.header {
            Ok(header) => format!("{} {}", header.id, header.version),
            Err(_) => self.folder.clone(),
        }
    }

    /// The questionnaire loaded and checked, once (later calls return the same result): its
    /// diagnostics, and the bundle when its files could be parsed; `Err` with the reason when a
    /// file cannot be read at all.
    pub fn load(&self) -> &Result<Checked<Bundle>, String> {
        self.loaded.get_or_init(|| match &self.path {
            None => Ok(Bundle::builtin()),
            Some(dir) => Bundle::read_dir(dir).map_err(|err| err.to_string()),
        })
    }

    /// The bundle, when the questionnaire loads without errors.
    pub fn sound(&self) -> Option<&Bundle> {
        match self.load() {
            Ok(checked) if !checked.has_errors() => checked.value.as_ref(),
            _ => None,
        }
    }
}

/// The questionnaires saq can check answer sets against, in the order they are searched.
#[derive(Debug)]
pub struct Library {
    entries: Vec<Entry>,
}

impl Library {
    /// The built-in questionnaire, then the questionnaires of `folders` in order (each a
    /// questionnaire folder, or a folder of them). A folder that cannot be read, holds no
    /// questionnaire folder, or whose `questionnaire.yaml` cannot be parsed becomes an entry
    /// with a problem ([`Entry::header`]), never an error: it matters only if it is needed.
    pub fn open(folders: &[(PathBuf, Origin)]) -> Library {
        let mut entries = vec![Entry::new(
            BUILTIN_DIR.to_owned(),
            None,
            None,
            Origin::BuiltIn,
            builtin_header(),
        )];
        // The same questionnaire folder named twice (on the command line and in the
        // environment) is one questionnaire.
        let mut seen = HashSet::new();
        for (root, origin) in folders {
            for entry in scan(root, *origin) {
                let key = entry
                    .path
                    .as_ref()
                    .filter(|_| entry.header.is_ok())
                    .map(|p| p.canonicalize().unwrap_or_else(|_| p.clone()));
                if key.is_none_or(|key| seen.insert(key)) {
                    entries.push(entry);
                }
            }
        }
        Library { entries }
    }

    /// Every entry, in search order: the built-in questionnaire first.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The first questionnaire with exactly this id and version.
    pub fn find(&self, id: &str, version: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| {
            e.header
                .as_ref()
                .is_ok_and(|h| h.id == id && h.version == version)
        })
    }

    /// The first questionnaire with this id and version that is built in or found through the
    /// environment: the one a command finds without `--questionnaires`.
    pub fn find_without_command_line(&self, id: &str, version: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| {
            e.origin != Origin::CommandLine
                && e.header
                    .as_ref()
                    .is_ok_and(|h| h.id == id && h.version == version)
        })
    }

    /// The questionnaire with this id and version, or with this id and the highest version when
    /// `version` is `None` (`1.10.0` is above `1.9.0`; `2.0.0-rc1` below `2.0.0`).
    pub fn find_id(&self, id: &str, version: Option<&str>) -> Option<&Entry> {
        if let Some(version) = version {
            return self.find(id, version);
        }
        // The first entry of each version: the one an answer set of that version would get.
        self.with_id(id)
            .into_iter()
            .rev()
            .max_by(|a, b| compare_versions(&a.1.version, &b.1.version))
            .map(|(entry, _)| entry)
    }

    /// The entries with this id, in search order, with their headers.
    fn with_id(&self, id: &str) -> Vec<(&Entry, &Header)> {
        self.entries
            .iter()
            .filter_map(|e| e.header.as_ref().ok().map(|h| (e, h)))
            .filter(|(_, h)| h.id == id)
            .collect()
    }

    /// The questionnaire `source`, an answer set, names, found by its `questionnaire:` and
    /// `version:`. When the header cannot be read, the diagnostic is the one loading the whole
    /// file gives; when no questionnaire matches, it is located at `questionnaire:` (no such
    /// id) or `version:` (the id, in other versions) and lists what the library holds.
    pub fn resolve(&self, source: &SourceFile) -> Result<&Entry, Diagnostic> {
        let header = answer_header(source)?;
        self.find(&header.questionnaire.value, &header.version.value)
            .ok_or_else(|| self.not_found(source, &header))
    }

    /// The diagnostic of an answer set whose questionnaire is not in the library: where it
    /// names it, and what the library holds. A file that cannot be parsed at all gets its parse
    /// error instead (a duplicate key, a syntax error): that is to be fixed first, whatever the
    /// questionnaire, and it is what checking the file against any questionnaire would say.
    pub fn not_found(&self, source: &SourceFile, header: &AnswerHeader) -> Diagnostic {
        if let Err(unparsable) = yaml::parse::<AnswerSet>(source) {
            return unparsable;
        }
        let id = &header.questionnaire.value;
        let version = &header.version.value;
        let versions: Vec<String> = self
            .with_id(id)
            .iter()
            .map(|(_, h)| h.version.clone())
            .collect();
        let (at, code, message) = if versions.is_empty() {
            (
                (header.questionnaire.line, header.questionnaire.column),
                "unknown-questionnaire",
                format!(
                    "these answers are for questionnaire `{id}` {version}, which is not in the questionnaire library"
                ),
            )
        } else {
            (
                (header.version.line, header.version.column),
                "unknown-questionnaire-version",
                format!(
                    "these answers are for version {version} of questionnaire `{id}`, and the questionnaire library holds only {} {}",
                    if versions.len() == 1 {
                        "version"
                    } else {
                        "versions"
                    },
                    versions.join(", ")
                ),
            )
        };
        source
            .diagnostic(at.0, at.1, code, message)
            .with_help(format!(
                "add the folder that holds {id} {version} with --questionnaires DIR or the {VARIABLE} environment variable, or name it with --questionnaire DIR; {}",
                self.available()
            ))
    }

    /// What the library holds, for messages, on one line (messages also go into reports and
    /// JSON): each questionnaire's id, version and folder, then the folders that cannot be
    /// used.
    pub fn available(&self) -> String {
        let found: Vec<String> = self
            .entries
            .iter()
            .filter(|e| e.header.is_ok())
            .map(|e| format!("{} ({})", e.name(), e.folder))
            .collect();
        let mut text = format!("the library holds {}", found.join(", "));
        let broken: Vec<&str> = self
            .entries
            .iter()
            .filter(|e| e.header.is_err())
            .map(|e| e.folder.as_str())
            .collect();
        if !broken.is_empty() {
            text.push_str(&format!(
                "; {} cannot be used ({}): `saq list` says why",
                if broken.len() == 1 {
                    "1 folder".to_owned()
                } else {
                    format!("{} folders", broken.len())
                },
                broken.join(", ")
            ));
        }
        text
    }

    /// Every entry loaded and described, for `saq list`: what each questionnaire is, where it
    /// is, which ones are shadowed by an earlier one, and the problems of each.
    pub fn listing(&self) -> Listing {
        let questionnaires = self
            .entries
            .iter()
            .map(|entry| {
                let mut listed = Listed {
                    id: None,
                    version: None,
                    title: None,
                    instrument: None,
                    languages: Vec::new(),
                    clusters: Vec::new(),
                    folder: entry.folder.clone(),
                    origin: entry.origin,
                    shadowed_by: None,
                    problems: Vec::new(),
                };
                let header = match &entry.header {
                    Ok(header) => header,
                    Err(problem) => {
                        listed.problems.push(problem.clone());
                        return listed;
                    }
                };
                listed.id = Some(header.id.clone());
                listed.version = Some(header.version.clone());
                listed.shadowed_by = self
                    .find(&header.id, &header.version)
                    .filter(|first| !std::ptr::eq(*first, entry))
                    .map(|first| first.folder.clone());
                match entry.load() {
                    Err(why) => listed.problems.push(
                        Diagnostic::file_error(&entry.folder, "unreadable", why.clone()).with_help(
                            "a questionnaire folder holds instrument.yaml and questionnaire.yaml",
                        ),
                    ),
                    Ok(checked) => {
                        listed.problems = checked.diagnostics.clone();
                        if let Some(bundle) = &checked.value {
                            listed.title = Some(bundle.questionnaire.title.clone());
                            listed.instrument = Some(bundle.instrument.short_title.clone());
                            listed.languages = bundle.questionnaire.languages.clone();
                            listed.clusters = bundle
                                .instrument
                                .clusters
                                .iter()
                                .map(|c| ListedCluster {
                                    id: c.id.value.clone(),
                                    title: c.title.clone(),
                                })
                                .collect();
                        }
                    }
                }
                listed
            })
            .collect();
        Listing {
            format_version: crate::FORMAT_VERSION,
            questionnaires,
        }
    }
}

/// What `saq list --format json` writes: the questionnaires of the library, in search order. A
/// stable shape: fields may be added, never renamed or removed.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Listing {
    /// The version of this format: 1.
    pub format_version: u32,
    /// Each questionnaire folder of the library, and each library folder that could not be
    /// used, the built-in questionnaire first.
    pub questionnaires: Vec<Listed>,
}

/// One questionnaire of the library, or a folder that could not be used.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Listed {
    /// The questionnaire's id; null when its `questionnaire.yaml` cannot be read.
    pub id: Option<String>,
    /// Its version; null when its `questionnaire.yaml` cannot be read.
    pub version: Option<String>,
    /// The questionnaire's title; null when it cannot be loaded.
    pub title: Option<String>,
    /// The short title of the instrument it assesses; null when it cannot be loaded.
    pub instrument: Option<String>,
    /// The languages its texts are written in.
    pub languages: Vec<String>,
    /// The review clusters of its instrument.
    pub clusters: Vec<ListedCluster>,
    /// Its folder (`<built-in>/…` for the built-in questionnaire).
    pub folder: String,
    /// Where it was found: `built-in`, `command-line` (`--questionnaires`) or `environment`.
    pub origin: Origin,
    /// The folder of an earlier questionnaire with the same id and version, which answer sets
    /// naming them are checked against instead; absent when this one is used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shadowed_by: Option<String>,
    /// Every problem found in it, errors and warnings; empty when it is sound.
    pub problems: Vec<Diagnostic>,
}

/// A review cluster of an instrument.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ListedCluster {
    /// Its id, such as `I`.
    pub id: String,
    /// Its title.
    pub title: String,
}

impl Listing {
    /// The JSON Schema of this format.
    pub fn schema_json() -> String {
        crate::schema::schema_json::<Listing>()
    }

    /// True when any questionnaire listed has an error.
    pub fn has_errors(&self) -> bool {
        self.questionnaires
            .iter()
            .any(|q| q.problems.iter().any(Diagnostic::is_error))
    }
}

/// The header fields of an answer set that name the questionnaire (and cluster) it answers,
/// with where they are written.
#[derive(Debug, Clone, Deserialize)]
pub struct AnswerHeader {
    /// `questionnaire:`, the questionnaire's id.
    pub questionnaire: Located<String>,
    /// `version:`, the questionnaire's version.
    pub version: Located<String>,
    /// `cluster:`, the review cluster answered, when the set answers one only.
    #[serde(default)]
    pub cluster: Option<Located<String>>,
}

/// Reads only `questionnaire:` and `version:` of an answer set (every other field is skipped,
/// not checked). When they cannot be read, the diagnostic is the one reading the whole answer
/// set gives, so a broken file is reported the same way whichever command reads it first.
///
/// Cheaply: the header is read from the text before `answers:`, where saq writes it, when it is
/// all there (the whole text is read otherwise). Lines and columns are those of the file either
/// way, and whoever uses the answers loads the whole file, which is checked against the
/// questionnaire found (`wrong-questionnaire` if a later line disagreed).
pub fn answer_header(source: &SourceFile) -> Result<AnswerHeader, Diagnostic> {
    header(source, &["answers", "inactive"])
        .map_err(|problem| yaml::parse::<AnswerSet>(source).err().unwrap_or(problem))
}

/// The header fields `T` of `source`, read from the text before the first top-level key of
/// `blocks` (the long blocks that follow the header), or from the whole text when that text is
/// not enough.
fn header<T: serde::de::DeserializeOwned>(
    source: &SourceFile,
    blocks: &[&str],
) -> Result<T, Diagnostic> {
    // The first of the blocks, each searched for only before the earliest found so far: an
    // answer set has no `inactive:` most of the time, and 200 KB of answers need no second scan.
    let mut cut: Option<usize> = None;
    for key in blocks {
        let before = &source.text[..cut.unwrap_or(source.text.len())];
        if let Some(at) = before.find(&format!("\n{key}:")) {
            cut = Some(at);
        }
    }
    if let Some(cut) = cut {
        let prefix = SourceFile::new(source.name.clone(), &source.text[..=cut]);
        if let Ok(header) = yaml::parse::<T>(&prefix) {
            return Ok(header);
        }
    }
    yaml::parse::<T>(source)
}

/// The header fields of `questionnaire.yaml` the library searches by.
#[derive(Debug, Deserialize)]
struct QuestionnaireHeader {
    id: String,
    version: String,
}

fn builtin_header() -> Result<Header, Diagnostic> {
    let (_, questionnaire) = crate::builtin::sources();
    header_of(&questionnaire)
}

fn header_of(source: &SourceFile) -> Result<Header, Diagnostic> {
    let header: QuestionnaireHeader = header(source, &["choice_sets", "sections"])?;
    Ok(Header {
        id: header.id,
        version: header.version,
    })
}

/// The entries of one library folder: itself when it is a questionnaire folder, else each
/// questionnaire folder in it, by name; or one entry with the problem.
fn scan(root: &Path, origin: Origin) -> Vec<Entry> {
    let shown = root.display().to_string();
    let problem = |message: String, help: &str| {
        vec![Entry::new(
            shown.clone(),
            Some(root.to_owned()),
            Some(root.to_owned()),
            origin,
            Err(Diagnostic::file_error(&shown, "unreadable", message).with_help(help)),
        )]
    };
    if is_questionnaire_folder(root) {
        return vec![entry(root, root, origin)];
    }
    let children = match std::fs::read_dir(root) {
        Ok(children) => children,
        Err(err) => {
            return problem(
                format!("cannot read the questionnaire library folder {shown}: {err}"),
                "give a folder of questionnaire folders, or one questionnaire folder",
            );
        }
    };
    let mut folders: Vec<PathBuf> = children
        .filter_map(Result::ok)
        .map(|child| child.path())
        .filter(|path| is_questionnaire_folder(path))
        .collect();
    folders.sort();
    if folders.is_empty() {
        return problem(
            format!("the questionnaire library folder {shown} holds no questionnaire folder"),
            "give a folder of questionnaire folders (each holding instrument.yaml and questionnaire.yaml), or one questionnaire folder",
        );
    }
    folders
        .iter()
        .map(|folder| entry(folder, root, origin))
        .collect()
}

fn is_questionnaire_folder(path: &Path) -> bool {
    path.is_dir()
        && (path.join(QUESTIONNAIRE_FILE).is_file() || path.join(INSTRUMENT_FILE).is_file())
}

fn entry(folder: &Path, root: &Path, origin: Origin) -> Entry {
    let file = folder.join(QUESTIONNAIRE_FILE);
    let header = match SourceFile::read(&file) {
        Ok(source) => header_of(&source),
        Err(ReadError::Invalid(diagnostic)) => Err(*diagnostic),
        Err(err @ ReadError::Io { .. }) => Err(Diagnostic::file_error(
            &file.display().to_string(),
            "unreadable",
            err.to_string(),
        )
        .with_help("a questionnaire folder holds instrument.yaml and questionnaire.yaml")),
    };
    Entry::new(
        folder.display().to_string(),
        Some(folder.to_owned()),
        Some(root.to_owned()),
        origin,
        header,
    )
}

/// Orders versions as people read them: dot-separated numbers as numbers (`1.10.0` after
/// `1.9.0`), other pieces as text, and a pre-release (`2.0.0-rc1`) before its release.
pub fn compare_versions(a: &str, b: &str) -> std::cmp::Ordering {
    let split = |v: &str| {
        let (release, pre) = match v.split_once('-') {
            Some((release, pre)) => (release.to_owned(), Some(pre.to_owned())),
            None => (v.to_owned(), None),
        };
        (release, pre)
    };
    let piece = |p: &str| p.parse::<u64>().map_err(|_| p.to_owned());
    let (release_a, pre_a) = split(a);
    let (release_b, pre_b) = split(b);
    let pieces_a: Vec<_> = release_a.split('.').map(piece).collect();
    let pieces_b: Vec<_> = release_b.split('.').map(piece).collect();
    pieces_a.cmp(&pieces_b).then_with(|| match (pre_a, pre_b) {
        (None, None) => std::cmp::Ordering::Equal,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (Some(_), None) => std::cmp::Ordering::Less,
        (Some(a), Some(b)) => a.cmp(&b),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixtures() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
    }

    fn answers(text: &str) -> SourceFile {
        SourceFile::new("answers.yaml", text)
    }

    #[test]
    fn headers_read_from_the_text_before_the_long_blocks_are_those_of_the_whole_file() {
        let (_, builtin) = crate::builtin::sources();
        let whole: QuestionnaireHeader = yaml::parse(&builtin).unwrap();
        let header = header_of(&builtin).unwrap();
        assert_eq!((header.id, header.version), (whole.id, whole.version));
        let text = std::fs::read_to_string(fixtures().join("mini/examples/valid.yaml")).unwrap();
        let source = answers(&text);
        let whole: AnswerHeader = yaml::parse(&source).unwrap();
        let header = answer_header(&source).unwrap();
        assert_eq!(
            (header.questionnaire.line, header.version.line),
            (whole.questionnaire.line, whole.version.line)
        );
        // A header after the answers is read from the whole text.
        let header = answer_header(&answers(
            "format_version: 1\nanswers: {}\nquestionnaire: mini-saq\nversion: 1.0.0\n",
        ))
        .unwrap();
        assert_eq!((header.questionnaire.line, header.version.line), (3, 4));
    }

    #[test]
    fn the_builtin_questionnaire_is_always_first() {
        let library = Library::open(&[]);
        let entry = &library.entries()[0];
        assert!(entry.is_builtin());
        let header = entry.header.as_ref().unwrap();
        assert_eq!(header.id, "firearms-protocol-saq");
        assert!(
            library
                .find(&header.id, &header.version)
                .unwrap()
                .is_builtin()
        );
        assert!(entry.sound().is_some());
    }

    #[test]
    fn a_folder_of_questionnaire_folders_and_a_questionnaire_folder_both_count() {
        let library = Library::open(&[(fixtures(), Origin::CommandLine)]);
        let mini = library.find("mini-saq", "1.0.0").unwrap();
        assert_eq!(mini.origin, Origin::CommandLine);
        assert_eq!(mini.library_folder.as_deref(), Some(fixtures().as_path()));
        assert!(library.find("forces-saq", "1.0.0").is_some());
        assert!(
            library
                .find_without_command_line("mini-saq", "1.0.0")
                .is_none()
        );

        let library = Library::open(&[(fixtures().join("mini"), Origin::Environment)]);
        let mini = library.find("mini-saq", "1.0.0").unwrap();
        assert_eq!(mini.origin, Origin::Environment);
        assert!(
            library
                .find_without_command_line("mini-saq", "1.0.0")
                .is_some()
        );
        assert!(library.find("forces-saq", "1.0.0").is_none());
    }

    #[test]
    fn the_same_folder_named_twice_is_one_questionnaire() {
        let library = Library::open(&[
            (fixtures(), Origin::CommandLine),
            (fixtures().join("mini"), Origin::Environment),
        ]);
        let minis = library
            .entries()
            .iter()
            .filter(|e| e.name() == "mini-saq 1.0.0")
            .count();
        assert_eq!(minis, 1);
    }

    #[test]
    fn an_answer_set_finds_the_questionnaire_it_names() {
        let library = Library::open(&[(fixtures(), Origin::CommandLine)]);
        let found = library
            .resolve(&answers(
                "format_version: 1\nquestionnaire: forces-saq\nversion: 1.0.0\nstate: {name: X}\n",
            ))
            .unwrap();
        assert!(found.folder.ends_with("forces"), "{}", found.folder);
    }

    #[test]
    fn an_unknown_questionnaire_is_located_and_lists_the_library() {
        let library = Library::open(&[(fixtures().join("forces"), Origin::CommandLine)]);
        let d = library
            .resolve(&answers(
                "format_version: 1\nquestionnaire: mini-saq\nversion: 1.0.0\nstate: {name: X}\nstatus: draft\n",
            ))
            .unwrap_err();
        assert_eq!((d.code, d.line, d.column), ("unknown-questionnaire", 2, 16));
        let help = d.help.unwrap();
        assert!(help.contains("--questionnaires DIR"), "{help}");
        assert!(help.contains(VARIABLE), "{help}");
        assert!(help.contains("firearms-protocol-saq 2."), "{help}");
        assert!(help.contains("(<built-in>/firearms-protocol)"), "{help}");
        assert!(help.contains("forces-saq 1.0.0 ("), "{help}");
        assert!(!help.contains('\n'), "{help}");
    }

    #[test]
    fn another_version_is_located_at_the_version_and_names_those_there_are() {
        let library = Library::open(&[(fixtures(), Origin::CommandLine)]);
        let d = library
            .resolve(&answers(
                "format_version: 1\nquestionnaire: mini-saq\nversion: 1.1.0\nstate: {name: X}\nstatus: draft\n",
            ))
            .unwrap_err();
        assert_eq!(
            (d.code, d.line, d.column),
            ("unknown-questionnaire-version", 3, 10)
        );
        assert!(d.message.contains("only version 1.0.0"), "{}", d.message);
    }

    #[test]
    fn an_answer_set_that_cannot_be_parsed_gets_its_parse_error_before_any_other() {
        let library = Library::open(&[]);
        let d = library
            .resolve(&answers(
                "format_version: 1\nquestionnaire: mini-saq\nversion: 1.0.0\nanswers:\n  a: 1\n  a: 2\n",
            ))
            .unwrap_err();
        assert_eq!((d.code, d.line), ("duplicate-key", 6));
    }

    #[test]
    fn a_header_that_cannot_be_read_gives_the_whole_file_s_diagnostic() {
        let library = Library::open(&[]);
        let d = library
            .resolve(&answers("questionnaire: \"mini-saq\n"))
            .unwrap_err();
        assert_eq!(d.code, "yaml-syntax");
        let d = library
            .resolve(&answers("format_version: 1\nstate: {name: X}\n"))
            .unwrap_err();
        assert_eq!(d.code, "missing-field");
        assert!(d.message.contains("questionnaire"), "{}", d.message);
    }

    #[test]
    fn folders_with_problems_are_entries_that_are_never_found() {
        let dir = tempfile_dir();
        let broken = dir.join("broken");
        std::fs::create_dir_all(&broken).unwrap();
        std::fs::write(broken.join(QUESTIONNAIRE_FILE), "id: \"x\n").unwrap();
        let missing = dir.join("missing");
        let empty = dir.join("empty");
        std::fs::create_dir_all(&empty).unwrap();
        let library = Library::open(&[
            (dir.clone(), Origin::CommandLine),
            (missing, Origin::Environment),
            (empty, Origin::Environment),
        ]);
        let problems: Vec<&str> = library
            .entries()
            .iter()
            .filter_map(|e| e.header.as_ref().err())
            .map(|d| d.code)
            .collect();
        assert_eq!(problems, ["yaml-syntax", "unreadable", "unreadable"]);
        // The built-in questionnaire is still found, and the problems are listed.
        let builtin = library.entries()[0].header.clone().unwrap();
        assert!(library.find(&builtin.id, &builtin.version).is_some());
        let listing = library.listing();
        assert!(listing.has_errors());
        let available = library.available();
        assert!(
            available.contains("3 folders cannot be used"),
            "{available}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_folder_that_claims_the_builtin_id_and_version_is_shadowed() {
        let dir = tempfile_dir();
        let copy = dir.join("copy");
        std::fs::create_dir_all(&copy).unwrap();
        let (instrument, questionnaire) = crate::builtin::sources();
        std::fs::write(copy.join(INSTRUMENT_FILE), instrument.text).unwrap();
        std::fs::write(copy.join(QUESTIONNAIRE_FILE), questionnaire.text).unwrap();
        let library = Library::open(&[(dir.clone(), Origin::CommandLine)]);
        let header = library.entries()[0].header.clone().unwrap();
        assert!(
            library
                .find(&header.id, &header.version)
                .unwrap()
                .is_builtin()
        );
        let listing = library.listing();
        assert_eq!(listing.questionnaires.len(), 2);
        assert_eq!(
            listing.questionnaires[1].shadowed_by.as_deref(),
            Some(BUILTIN_DIR)
        );
        assert!(!listing.has_errors());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_highest_version_is_found_when_none_is_asked() {
        assert_eq!(
            compare_versions("1.10.0", "1.9.0"),
            std::cmp::Ordering::Greater
        );
        assert_eq!(
            compare_versions("2.0.0-rc1", "2.0.0"),
            std::cmp::Ordering::Less
        );
        assert_eq!(compare_versions("1.0", "1.0.0"), std::cmp::Ordering::Less);
        let library = Library::open(&[(fixtures(), Origin::CommandLine)]);
        assert_eq!(
            library
                .find_id("mini-saq", None)
                .map(Entry::name)
                .as_deref(),
            Some("mini-saq 1.0.0")
        );
        assert!(library.find_id("mini-saq", Some("9.9.9")).is_none());
        assert!(library.find_id("nothing", None).is_none());
    }

    /// A fresh folder under the system's temporary folder (saq-model has no tempfile
    /// dependency; each test removes its own).
    fn tempfile_dir() -> PathBuf {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "saq-library-test-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }
}
