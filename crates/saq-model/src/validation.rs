//! Checking files as `saq validate` does: which path is checked as what, against which
//! questionnaire (the one each answer set names, found in the [`Library`], or one folder for
//! all), and what was found in each — a value the command line prints as lines or as
//! JSON (`saq validate --format json`, described by `validation.schema.json`).

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use schemars::JsonSchema;
use serde::Serialize;

use crate::answer_set::Status;
use crate::error::ReadError;
use crate::library::{Entry, Library};
use crate::load::{
    Bundle, Checked, INSTRUMENT_FILE, INSTRUMENTS_DIR, QUESTIONNAIRE_FILE, answer_files_in,
};
use crate::{Diagnostic, SourceFile};

/// Everything a validation checked, file by file in the order checked. A stable shape: fields
/// may be added, never renamed or removed.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Validation {
    /// The version of this format: 1.
    pub format_version: u32,
    /// Each questionnaire folder and answer set checked, and each that could not be.
    pub files: Vec<FileCheck>,
    /// The languages whose translations must be complete and current (`--lang`).
    #[serde(skip)]
    #[schemars(skip)]
    languages: Vec<String>,
}

/// One questionnaire folder or answer set, and what was found in it.
#[derive(Debug, Serialize, JsonSchema)]
pub struct FileCheck {
    /// The folder or file as the user named it (`<built-in>/…` for the built-in questionnaire).
    pub file: String,
    /// What it was checked as.
    pub kind: Kind,
    /// What it holds, when it has no errors.
    pub summary: Option<Summary>,
    /// Every problem found, errors and warnings.
    pub diagnostics: Vec<Diagnostic>,
    /// Why it was not checked at all, when it was not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub not_checked: Option<NotChecked>,
    /// The answer set's signature (`FILE.minisig`), when it has one that holds or was not
    /// checked; one that fails is an error among the diagnostics.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signature: Option<SignatureCheck>,
    /// True when the user asked for it (named it, its folder, or nothing for the built-in
    /// questionnaire); false for a questionnaire loaded only to check answer sets against, which
    /// is listed only when it has problems.
    #[serde(skip)]
    #[schemars(skip)]
    pub asked: bool,
}

/// The signature of an answer set, as found by the command that checks signatures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct SignatureCheck {
    /// The signature file.
    pub file: String,
    /// The id of the key that made it, as minisign prints it (16 hexadecimal digits).
    pub key_id: String,
    /// The public key file it was checked with and holds for; absent when no public key was
    /// given, so it was not checked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verified_with: Option<String>,
    /// The signed comment (State, submission date, digest), once checked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}

/// What a file is checked as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A questionnaire folder: `instrument.yaml` and `questionnaire.yaml`.
    Questionnaire,
    /// An answer set.
    Answers,
}

/// What a sound file holds, in a few numbers.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Summary {
    /// A questionnaire.
    Questionnaire {
        /// The questionnaire's id.
        id: String,
        /// Its version.
        version: String,
        /// The short title of the instrument it assesses.
        instrument: String,
        /// Articles in the instrument.
        articles: usize,
        /// Provisions in the instrument.
        provisions: usize,
        /// Questions in the questionnaire.
        questions: usize,
        /// The other instruments it also assesses, in the order it lists them.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        also_assesses: Vec<OtherInstrument>,
    },
    /// An answer set.
    Answers {
        /// The State answering, as the file names it.
        state: String,
        /// Draft or submitted.
        status: Status,
        /// How many answers the file gives.
        answers: usize,
    },
}

/// An instrument a questionnaire also assesses, as validation sums it up.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct OtherInstrument {
    /// Its short title.
    pub instrument: String,
    /// Articles in it.
    pub articles: usize,
    /// Provisions in it.
    pub provisions: usize,
}

/// Why a file was not checked.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum NotChecked {
    /// The file (or folder) could not be read: what could not be read, and the operating
    /// system's reason.
    Unreadable(String),
    /// It is an answer set, and the questionnaire to check it against has errors.
    QuestionnaireHasProblems,
}

impl FileCheck {
    /// True when the file has errors or could not be checked.
    pub fn has_errors(&self) -> bool {
        self.not_checked.is_some() || self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// True when the file could not be read at all (a usage or I/O problem rather than a
    /// problem in its content).
    pub fn is_unreadable(&self) -> bool {
        matches!(self.not_checked, Some(NotChecked::Unreadable(_)))
    }
}

impl Validation {
    /// Checks `paths` as `saq validate` does: a folder (or its `instrument.yaml` or
    /// `questionnaire.yaml`) as a questionnaire folder with the answer sets under its
    /// `examples/`, any other file as an answer set, against the questionnaire it names in the
    /// library or against the one folder `against` gives. With no paths, the built-in
    /// questionnaire (or that folder) itself is checked, with its examples when it is a folder.
    ///
    /// A questionnaire's translations are checked too: what is missing or stale is a warning,
    /// and an error for the `languages` given (`saq validate --lang fr`), as is a language the
    /// questionnaire has no translation into.
    pub fn run(paths: &[PathBuf], against: Against<'_>, languages: &[String]) -> Validation {
        let mut run = Validation {
            format_version: crate::FORMAT_VERSION,
            files: Vec::new(),
            languages: languages.to_vec(),
        };
        if paths.is_empty() {
            match against {
                Against::Folder(dir) => run.folder(dir, true),
                Against::Library(_) => run.builtin(true),
            };
            return run;
        }
        // The questionnaire folder answer sets are checked against, loaded only if one needs
        // it; the library's questionnaires, each listed (when it has problems) the first time
        // an answer set needs it.
        let mut folder: Option<Option<Bundle>> = None;
        let mut listed = HashSet::new();
        // Answer sets given one after another are checked in parallel, on every core, and
        // reported in the order given.
        let mut pending: Vec<&Path> = Vec::new();
        for path in paths {
            if path.is_dir() {
                run.answer_sets(&pending, against, &mut folder, &mut listed);
                pending.clear();
                run.folder(path, true);
            } else if let Some(dir) = questionnaire_folder_of(path) {
                run.answer_sets(&pending, against, &mut folder, &mut listed);
                pending.clear();
                run.folder(&dir, true);
            } else {
                pending.push(path);
            }
        }
        run.answer_sets(&pending, against, &mut folder, &mut listed);
        run.files.retain(|f| f.asked || !f.diagnostics.is_empty());
        run
    }

    /// The JSON Schema of this format.
    pub fn schema_json() -> String {
        crate::schema::schema_json::<Validation>()
    }

    /// The files with errors, and how many files were checked (those asked for, and any other
    /// with errors); files that could not be checked at all are in neither number.
    pub fn counts(&self) -> (usize, usize) {
        let checked = self.files.iter().filter(|f| f.not_checked.is_none());
        let (mut with_errors, mut files) = (0, 0);
        for file in checked {
            let errors = file.has_errors();
            with_errors += usize::from(errors);
            files += usize::from(errors || file.asked);
        }
        (with_errors, files)
    }

    fn builtin(&mut self, asked: bool) -> Option<Bundle> {
        // From the YAML: its diagnostics point at lines and columns.
        self.bundle(crate::builtin::BUILTIN_DIR, Bundle::builtin_yaml(), asked)
    }

    /// A questionnaire folder and, when `asked`, the answer sets under its `examples/`.
    fn folder(&mut self, dir: &Path, asked: bool) -> Option<Bundle> {
        let name = dir.display().to_string();
        let checked = match Bundle::read_dir(dir) {
            Ok(checked) => checked,
            Err(err) => {
                self.files.push(FileCheck {
                    file: name,
                    kind: Kind::Questionnaire,
                    summary: None,
                    diagnostics: Vec::new(),
                    not_checked: Some(NotChecked::Unreadable(err.to_string())),
                    signature: None,
                    asked: true,
                });
                return None;
            }
        };
        let bundle = self.bundle(&name, checked, asked);
        if asked {
            let files = answer_files_in(&dir.join("examples")).unwrap_or_default();
            let checks: Vec<FileCheck> = files
                .par_iter()
                .map(|file| answer_set(file, Target::Bundle(bundle.as_ref())).0)
                .collect();
            self.files.extend(checks);
        }
        bundle
    }

    fn bundle(&mut self, name: &str, checked: Checked<Bundle>, asked: bool) -> Option<Bundle> {
        let sound = !checked.has_errors();
        let bundle = checked.value.filter(|_| sound);
        let mut diagnostics = checked.diagnostics;
        if asked && let Some(bundle) = &bundle {
            diagnostics.extend(self.translations(name, bundle));
        }
        self.files.push(FileCheck {
            file: name.to_owned(),
            kind: Kind::Questionnaire,
            summary: bundle.as_ref().map(|b| Summary::Questionnaire {
                id: b.questionnaire.id.value.clone(),
                version: b.questionnaire.version.value.clone(),
                instrument: b.instrument.short_title.clone(),
                articles: b.instrument.articles.len(),
                provisions: b.instrument.provisions().count(),
                questions: b.questionnaire.questions().count(),
                also_assesses: b
                    .others
                    .iter()
                    .map(|o| OtherInstrument {
                        instrument: o.short_title.clone(),
                        articles: o.articles.len(),
                        provisions: o.provisions().count(),
                    })
                    .collect(),
            }),
            diagnostics,
            not_checked: None,
            signature: None,
            asked,
        });
        bundle
    }

    /// The problems of `bundle`'s translations; those of the languages asked for are errors.
    fn translations(&self, name: &str, bundle: &Bundle) -> Vec<Diagnostic> {
        let mut diagnostics = crate::translation::check_all(bundle);
        for language in &self.languages {
            let file = bundle.translations.iter().find(|f| {
                f.parsed()
                    .as_ref()
                    .map_or(f.named == *language, |t| t.language.value == *language)
            });
            let Some(file) = file else {
                diagnostics.push(
                    Diagnostic::file_error(
                        name,
                        "translation-missing",
                        format!("the questionnaire has no translation into `{language}`"),
                    )
                    .with_help(format!(
                        "`saq translate FOLDER --lang {language}` starts one in its `translations/` \
                         folder"
                    )),
                );
                continue;
            };
            for d in &mut diagnostics {
                if d.file == file.source.name
                    && matches!(d.code, "translation-missing" | "translation-stale")
                {
                    d.severity = crate::diagnostic::Severity::Error;
                }
            }
        }
        diagnostics
    }

    /// Checks `paths` (answer sets) in parallel against `against`, and records them in order,
    /// each after the library questionnaire it is the first to need.
    fn answer_sets(
        &mut self,
        paths: &[&Path],
        against: Against<'_>,
        folder: &mut Option<Option<Bundle>>,
        listed: &mut HashSet<String>,
    ) {
        if paths.is_empty() {
            return;
        }
        let checks: Vec<(FileCheck, Option<&Entry>)> = match against {
            Against::Folder(dir) => {
                let bundle = folder
                    .get_or_insert_with(|| self.folder(dir, false))
                    .as_ref();
                paths
                    .par_iter()
                    .map(|path| (answer_set(path, Target::Bundle(bundle)).0, None))
                    .collect()
            }
            Against::Library(library) => paths
                .par_iter()
                .map(|path| answer_set(path, Target::Library(library)))
                .collect(),
        };
        for (check, entry) in checks {
            if let Some(entry) = entry
                && listed.insert(entry.folder.clone())
            {
                self.entry(entry);
            }
            self.files.push(check);
        }
    }

    /// A questionnaire of the library an answer set needs, listed only when it has problems.
    fn entry(&mut self, entry: &Entry) {
        match entry.load() {
            Ok(checked) => self.files.push(FileCheck {
                file: entry.folder.clone(),
                kind: Kind::Questionnaire,
                summary: None,
                diagnostics: checked.diagnostics.clone(),
                not_checked: None,
                signature: None,
                asked: false,
            }),
            Err(why) => self.files.push(FileCheck {
                file: entry.folder.clone(),
                kind: Kind::Questionnaire,
                summary: None,
                diagnostics: Vec::new(),
                not_checked: Some(NotChecked::Unreadable(why.clone())),
                signature: None,
                asked: true,
            }),
        }
    }
}

/// What answer sets are checked against.
#[derive(Debug, Clone, Copy)]
pub enum Against<'a> {
    /// Each answer set against the questionnaire it names, found in this library.
    Library(&'a Library),
    /// Every answer set against this questionnaire folder (`--questionnaire DIR`), whatever
    /// it names.
    Folder(&'a Path),
}

/// What one answer set is checked against: a questionnaire already loaded (`None` when it has
/// problems), or the one it names in the library.
#[derive(Clone, Copy)]
enum Target<'b, 'l> {
    Bundle(Option<&'b Bundle>),
    Library(&'l Library),
}

/// Checks one answer set against `target`; with the library questionnaire it was checked
/// against, if it was found in one.
fn answer_set<'l>(path: &Path, target: Target<'_, 'l>) -> (FileCheck, Option<&'l Entry>) {
    let mut check = FileCheck {
        file: path.display().to_string(),
        kind: Kind::Answers,
        summary: None,
        diagnostics: Vec::new(),
        not_checked: None,
        signature: None,
        asked: true,
    };
    let source = match SourceFile::read(path) {
        Ok(source) => source,
        Err(err @ ReadError::Io { .. }) => {
            check.not_checked = Some(NotChecked::Unreadable(err.to_string()));
            return (check, None);
        }
        Err(ReadError::Invalid(diagnostic)) => {
            check.diagnostics.push(*diagnostic);
            return (check, None);
        }
    };
    check.file = source.name.clone();
    let (bundle, entry) = match target {
        Target::Bundle(bundle) => (bundle, None),
        Target::Library(library) => match library.resolve(&source) {
            Err(diagnostic) => {
                check.diagnostics.push(diagnostic);
                return (check, None);
            }
            Ok(entry) => (entry.sound(), Some(entry)),
        },
    };
    match bundle {
        None => check.not_checked = Some(NotChecked::QuestionnaireHasProblems),
        Some(bundle) => {
            let checked = bundle.load_answers(&source);
            let sound = !checked.has_errors();
            check.summary = checked
                .value
                .filter(|_| sound)
                .map(|loaded| Summary::Answers {
                    state: loaded.file.state.name.clone(),
                    status: loaded.file.status.value,
                    answers: loaded.answers.len(),
                });
            check.diagnostics = checked.diagnostics;
        }
    }
    (check, entry)
}

/// The questionnaire folder a file of it belongs to, which is checked as a whole: the file's
/// folder for `instrument.yaml` and `questionnaire.yaml`, the folder above for another
/// instrument's `instruments/ID.yaml` (when that folder holds a questionnaire).
fn questionnaire_folder_of(path: &Path) -> Option<PathBuf> {
    let parent = path.parent().unwrap_or(Path::new("."));
    if path
        .file_name()
        .is_some_and(|n| n == INSTRUMENT_FILE || n == QUESTIONNAIRE_FILE)
    {
        return Some(parent.to_owned());
    }
    let above = parent.parent()?;
    (parent.file_name().is_some_and(|n| n == INSTRUMENTS_DIR)
        && above.join(QUESTIONNAIRE_FILE).is_file())
    .then(|| above.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Answer sets are checked in parallel but reported in the order given, a questionnaire
    /// folder between them keeping its place.
    #[test]
    fn answer_sets_are_reported_in_the_order_given() {
        let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
        let mini = fixtures.join("mini");
        let valid = std::fs::read_to_string(mini.join("examples/valid.yaml")).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let mut paths = Vec::new();
        for i in 0..24_usize {
            let path = dir.path().join(format!("set-{i:02}.yaml"));
            // Every third file is broken, so good and bad ones interleave.
            let text = if i.is_multiple_of(3) {
                format!("{valid}\nnot: [closed\n")
            } else {
                valid.clone()
            };
            std::fs::write(&path, text).unwrap();
            paths.push(path);
            if i == 11 {
                paths.push(mini.clone());
            }
        }
        let run = Validation::run(&paths, Against::Folder(&mini), &[]);
        let files: Vec<&str> = run
            .files
            .iter()
            .filter(|f| f.asked)
            .map(|f| f.file.as_str())
            .collect();
        let mut expected: Vec<String> = Vec::new();
        for (i, path) in paths.iter().enumerate() {
            expected.push(path.display().to_string());
            if i == 12 {
                // The folder's own example comes right after it.
                expected.push(mini.join("examples/valid.yaml").display().to_string());
            }
        }
        assert_eq!(files, expected);
        for (i, file) in run
            .files
            .iter()
            .filter(|f| f.kind == Kind::Answers)
            .enumerate()
        {
            let broken = file.file.contains("set-") && {
                let n: usize = file.file[file.file.len() - 7..file.file.len() - 5]
                    .parse()
                    .unwrap();
                n.is_multiple_of(3)
            };
            assert_eq!(file.has_errors(), broken, "{i}: {}", file.file);
        }
    }
}
