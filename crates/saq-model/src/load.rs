//! Loading files into checked models: parse, then run every semantic check.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::answer::Answer;
use crate::answer_set::AnswerSet;
use crate::applicability::Applicability;
use crate::check::{self, Report};
use crate::diagnostic::Diagnostic;
use crate::error::ReadError;
use crate::instrument::{Article, Instrument, Provision};
use crate::questionnaire::Questionnaire;
use crate::source::SourceFile;
use crate::yaml;

/// A loaded value (when the file could be parsed) and every problem found in it.
///
/// The value is present even when semantic checks found errors, so tools can still show what
/// they can; callers decide whether errors are fatal with [`Checked::has_errors`].
#[derive(Debug)]
pub struct Checked<T> {
    /// The parsed value, absent when the file could not be parsed at all.
    pub value: Option<T>,
    /// All problems found, sorted by file, line and column.
    pub diagnostics: Vec<Diagnostic>,
}

impl<T> Checked<T> {
    /// True when any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.value.is_none() || self.diagnostics.iter().any(Diagnostic::is_error)
    }

    fn failed(diagnostic: Diagnostic) -> Self {
        Checked {
            value: None,
            diagnostics: vec![diagnostic],
        }
    }
}

/// An instrument and a questionnaire that assesses it: everything needed to read answer sets.
#[derive(Debug, Clone)]
pub struct Bundle {
    /// The treaty: the questionnaire's own instrument, whose provisions questions name by their
    /// bare ids (`5.1.a`).
    pub instrument: Instrument,
    /// The other instruments the questionnaire also assesses (`also_assesses:`), in that order.
    /// Their provision ids are qualified by the instrument's id when loaded (`untoc:12.1`), as
    /// questions name them, so that one id names one provision across the bundle.
    pub others: Vec<Instrument>,
    /// The questionnaire.
    pub questionnaire: Questionnaire,
    /// The review cluster both are restricted to, for a bundle made by [`Bundle::scoped`].
    pub scope: Option<crate::scope::Scope>,
    /// The folder it was read from ([`Bundle::read_dir`]); `None` for the built-in one. Reports
    /// use the templates of its `templates/` subfolder, if it has one.
    pub dir: Option<PathBuf>,
    /// The translations beside it (`translations/LANG.yaml`), checked only by `saq validate`
    /// of the questionnaire ([`crate::translation::check_all`]): a missing translation is
    /// no problem of the answer sets that use it.
    pub translations: Vec<crate::translation::TranslationFile>,
}

/// The file names of a questionnaire folder.
pub const INSTRUMENT_FILE: &str = "instrument.yaml";
/// See [`INSTRUMENT_FILE`].
pub const QUESTIONNAIRE_FILE: &str = "questionnaire.yaml";
/// The subfolder of a questionnaire folder holding the other instruments it also assesses, one
/// `ID.yaml` file each.
pub const INSTRUMENTS_DIR: &str = "instruments";

impl Bundle {
    /// Loads and checks an instrument and a questionnaire from their sources. A questionnaire
    /// that also assesses other instruments needs its folder ([`Bundle::read_dir`]).
    pub fn load(instrument: &SourceFile, questionnaire: &SourceFile) -> Checked<Bundle> {
        Bundle::load_in(instrument, questionnaire, None)
    }

    /// [`Bundle::load`], reading the other instruments the questionnaire names in
    /// `also_assesses:` from `dir`'s `instruments/` subfolder.
    fn load_in(
        instrument: &SourceFile,
        questionnaire: &SourceFile,
        dir: Option<&Path>,
    ) -> Checked<Bundle> {
        let mut diagnostics = Vec::new();
        let parsed_instrument = match yaml::parse::<Instrument>(instrument) {
            Ok(parsed) => {
                let mut report = Report::new(instrument);
                check::instrument::check(&parsed, &mut report);
                diagnostics.extend(report.diagnostics);
                Some(parsed)
            }
            Err(diagnostic) => {
                diagnostics.push(diagnostic);
                None
            }
        };
        let parsed_questionnaire = match yaml::parse::<Questionnaire>(questionnaire) {
            Ok(mut parsed) => {
                parsed.expand_column_choice_sets();
                Some(parsed)
            }
            Err(diagnostic) => {
                diagnostics.push(diagnostic);
                None
            }
        };
        let value = match (parsed_instrument, parsed_questionnaire) {
            (Some(instrument), Some(parsed)) => {
                let mut report = Report::new(questionnaire);
                let others = read_others(&parsed, &instrument, dir, &mut report, &mut diagnostics);
                check::questionnaire::check(&parsed, &instrument, &others, &mut report);
                diagnostics.extend(report.diagnostics);
                Some(Bundle {
                    instrument,
                    others,
                    questionnaire: parsed,
                    scope: None,
                    dir: None,
                    translations: Vec::new(),
                })
            }
            _ => None,
        };
        crate::diagnostic::sort(&mut diagnostics);
        Checked { value, diagnostics }
    }

    /// Loads a questionnaire folder (`instrument.yaml` and `questionnaire.yaml`).
    ///
    /// Fails only when a file cannot be read at all; bad content comes back as diagnostics.
    pub fn read_dir(dir: &Path) -> Result<Checked<Bundle>, std::io::Error> {
        let read = |name: &str| match SourceFile::read(&dir.join(name)) {
            Ok(source) => Ok(Ok(source)),
            Err(ReadError::Invalid(diagnostic)) => Ok(Err(*diagnostic)),
            Err(ReadError::Io { source, path }) => Err(std::io::Error::new(
                source.kind(),
                format!("cannot read {}: {source}", path.display()),
            )),
        };
        match (read(INSTRUMENT_FILE)?, read(QUESTIONNAIRE_FILE)?) {
            (Ok(instrument), Ok(questionnaire)) => {
                let mut checked = Bundle::load_in(&instrument, &questionnaire, Some(dir));
                if let Some(bundle) = &mut checked.value {
                    bundle.dir = Some(dir.to_owned());
                    bundle.translations = read_translations(dir)?;
                }
                Ok(checked)
            }
            (Err(a), Err(b)) => Ok(Checked {
                value: None,
                diagnostics: vec![a, b],
            }),
            (Err(d), _) | (_, Err(d)) => Ok(Checked::failed(d)),
        }
    }

    /// The questionnaire built into saq: the Firearms Protocol's, from
    /// `questionnaires/firearms-protocol/`, read from its prepared form (checked when it was
    /// made, without lines and columns) when that was made from the embedded YAML, else as
    /// [`Bundle::builtin_yaml`].
    pub fn builtin() -> Checked<Bundle> {
        let Some((instrument, questionnaire)) = crate::builtin::prepared() else {
            return Bundle::builtin_yaml();
        };
        Checked {
            value: Some(Bundle {
                instrument,
                others: Vec::new(),
                questionnaire,
                scope: None,
                dir: None,
                translations: builtin_translations(),
            }),
            diagnostics: Vec::new(),
        }
    }

    /// The built-in questionnaire parsed and checked from its YAML, every value located:
    /// what `saq validate` reads.
    pub fn builtin_yaml() -> Checked<Bundle> {
        let (instrument, questionnaire) = crate::builtin::sources();
        let mut checked = Bundle::load(&instrument, &questionnaire);
        if let Some(bundle) = &mut checked.value {
            bundle.translations = builtin_translations();
        }
        checked
    }

    /// The translation into `language`, if the bundle has one that can be read.
    pub fn translation(&self, language: &str) -> Option<&crate::translation::Translation> {
        // The file named for the language first, so only it is parsed (translations are
        // parsed when first used); any other file that declares the language after it.
        let named = self.translations.iter().filter(|f| f.named == language);
        let others = self.translations.iter().filter(|f| f.named != language);
        named
            .chain(others)
            .filter_map(|f| f.parsed().as_ref().ok())
            .find(|t| t.language.value == language)
    }

    /// Every instrument the questionnaire assesses: its own first, then the others in the
    /// order `also_assesses:` lists them.
    pub fn instruments(&self) -> impl Iterator<Item = &Instrument> {
        std::iter::once(&self.instrument).chain(&self.others)
    }

    /// True when `instrument` is the questionnaire's own (its provisions have bare ids).
    pub fn is_own(&self, instrument: &Instrument) -> bool {
        instrument.id.value == self.instrument.id.value
    }

    /// The provision a question names: a bare id (`5.1.a`) in the questionnaire's own
    /// instrument, `ID:PROVISION` (`untoc:12.1`) in another one; with its instrument and
    /// article.
    pub fn provision(&self, reference: &str) -> Option<(&Instrument, &Article, &Provision)> {
        self.provisions().find(|(_, _, p)| p.id.value == reference)
    }

    /// Every provision of every instrument, with its instrument and article: the own
    /// instrument's first, in treaty order, then each other instrument's.
    pub fn provisions(&self) -> impl Iterator<Item = (&Instrument, &Article, &Provision)> {
        self.instruments()
            .flat_map(|i| i.provisions().map(move |(a, p)| (i, a, p)))
    }

    /// Loads and checks an answer set against this questionnaire; the value holds the file and
    /// the answers that could be read, interpreted by question kind.
    pub fn load_answers(&self, source: &SourceFile) -> Checked<LoadedAnswers> {
        let answers = match yaml::parse::<AnswerSet>(source) {
            Ok(answers) => answers,
            Err(diagnostic) => return Checked::failed(diagnostic),
        };
        let mut report = Report::new(source);
        // A set that answers one review cluster is read against the questionnaire restricted
        // to it, here, so that no command can read it against the whole one.
        let scoped = match (&answers.cluster, &self.scope) {
            (Some(cluster), None) => {
                let scoped = self.scoped(&cluster.value);
                if scoped.is_none() {
                    unknown_cluster(self, cluster, &mut report);
                }
                scoped
            }
            _ => None,
        };
        let bundle = scoped.as_ref().unwrap_or(self);
        let no_scope = std::collections::BTreeSet::new();
        let outside = bundle.scope.as_ref().map_or(&no_scope, |s| &s.outside);
        let (read, applicability) =
            check::answer_set::check(&answers, &bundle.questionnaire, outside, &mut report);
        let mut diagnostics = report.diagnostics;
        crate::diagnostic::sort(&mut diagnostics);
        Checked {
            value: Some(LoadedAnswers {
                file: answers,
                answers: read,
                applicability,
                scoped,
            }),
            diagnostics,
        }
    }
}

/// The built-in translations, each parsed when first used.
fn builtin_translations() -> Vec<crate::translation::TranslationFile> {
    crate::builtin::translations()
        .into_iter()
        .map(crate::translation::TranslationFile::read)
        .collect()
}

/// The instruments `also_assesses:` names, each read from `instruments/ID.yaml` in `dir`, checked
/// in its own file, and qualified ([`Instrument::qualified`]). Every problem is a located
/// diagnostic: on the `also_assesses:` entry for a file that is missing or a bad id, in the file
/// for what is wrong in it.
/// The translation files of the folder `dir` (`translations/*.yaml`), sorted by name; none when
/// it has no such folder.
fn read_translations(dir: &Path) -> std::io::Result<Vec<crate::translation::TranslationFile>> {
    let folder = dir.join(crate::translation::TRANSLATIONS_DIR);
    if !folder.is_dir() {
        return Ok(Vec::new());
    }
    let mut files = Vec::new();
    for path in answer_files_in(&folder)? {
        let source = match SourceFile::read(&path) {
            Ok(source) => Ok(source),
            Err(ReadError::Invalid(diagnostic)) => Err(*diagnostic),
            Err(ReadError::Io { source, path }) => {
                return Err(std::io::Error::new(
                    source.kind(),
                    format!("cannot read {}: {source}", path.display()),
                ));
            }
        };
        files.push(match source {
            Ok(source) => crate::translation::TranslationFile::read(source),
            Err(diagnostic) => crate::translation::TranslationFile::unreadable(
                SourceFile::new(path.display().to_string(), ""),
                diagnostic,
            ),
        });
    }
    Ok(files)
}

fn read_others(
    questionnaire: &Questionnaire,
    own: &Instrument,
    dir: Option<&Path>,
    report: &mut Report<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Instrument> {
    let mut others: Vec<Instrument> = Vec::new();
    for id in &questionnaire.also_assesses {
        // The id becomes a file name: nothing but the characters of an instrument id, so it
        // can name no other folder.
        let well_formed = id
            .value
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_lowercase())
            && id
                .value
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
        if !well_formed {
            report.error(id, "bad-instrument-id", format!("`{}` cannot be an instrument id", id.value))
                .help = Some("use lowercase letters, digits, `-` and `_`, starting with a letter, such as `untoc`: the id names the file `instruments/ID.yaml`".into());
            continue;
        }
        if id.value == own.id.value {
            report.error(id, "own-instrument-listed", format!("`{}` is the questionnaire's own instrument", id.value))
                .help = Some("list only other instruments in `also_assesses:`; provisions of the own instrument keep their bare ids".into());
            continue;
        }
        if others.iter().any(|o| o.id.value == id.value) {
            report
                .error(
                    id,
                    "duplicate-instrument",
                    format!("`{}` is listed twice in `also_assesses:`", id.value),
                )
                .help = Some("remove one of them".into());
            continue;
        }
        let name = format!("{INSTRUMENTS_DIR}/{}.yaml", id.value);
        let Some(dir) = dir else {
            report.error(id, "missing-instrument", format!("the questionnaire also assesses `{}`, but was not read from a folder that could hold `{name}`", id.value))
                .help = Some("read the questionnaire from its folder, with the instrument in it".into());
            continue;
        };
        let source = match SourceFile::read(
            &dir.join(INSTRUMENTS_DIR).join(format!("{}.yaml", id.value)),
        ) {
            Ok(source) => source,
            Err(ReadError::Invalid(diagnostic)) => {
                diagnostics.push(*diagnostic);
                continue;
            }
            Err(ReadError::Io { source, .. }) => {
                report.error(id, "missing-instrument", format!("the questionnaire also assesses `{}`, but `{name}` cannot be read: {source}", id.value))
                    .help = Some(format!("add the instrument as `{name}` in the questionnaire's folder (the format of instrument.yaml), or remove `{}` from `also_assesses:`", id.value));
                continue;
            }
        };
        let parsed = match yaml::parse::<Instrument>(&source) {
            Ok(parsed) => parsed,
            Err(diagnostic) => {
                diagnostics.push(diagnostic);
                continue;
            }
        };
        let mut own_report = Report::new(&source);
        check::instrument::check(&parsed, &mut own_report);
        if parsed.id.value != id.value {
            own_report
                .error(
                    &parsed.id,
                    "wrong-instrument",
                    format!(
                        "this file is `{name}`, but the instrument in it is `{}`",
                        parsed.id.value
                    ),
                )
                .help = Some(format!(
                "write `id: {}`, or name the file after the instrument's id and list that id in `also_assesses:`",
                id.value
            ));
        }
        diagnostics.extend(own_report.diagnostics);
        // Qualified by the id questions use, so a wrong `id:` is reported once, here.
        let mut parsed = parsed;
        parsed.id.value.clone_from(&id.value);
        others.push(parsed.qualified());
    }
    others
}

fn unknown_cluster(
    bundle: &Bundle,
    cluster: &crate::located::Located<String>,
    report: &mut Report<'_>,
) {
    let instrument = &bundle.instrument;
    let mut known: Vec<String> = Vec::new();
    for c in bundle.instruments().flat_map(|i| &i.clusters) {
        let name = format!("`{}` ({})", c.id.value, c.title);
        if !known.contains(&name) {
            known.push(name);
        }
    }
    report
        .error(
            cluster,
            "unknown-cluster",
            format!(
                "`{}` is not a review cluster of {}",
                cluster.value, instrument.short_title
            ),
        )
        .help = Some(if known.is_empty() {
        "this instrument has no review clusters: remove `cluster:` to answer the whole questionnaire"
            .into()
    } else {
        format!(
            "write one of {}, or remove `cluster:` to answer the whole questionnaire",
            known.join(", ")
        )
    });
}

impl Bundle {
    /// Loads and checks a review of answers to this questionnaire; with `answers` (the answer
    /// set it names, as it is now), also that they are still the answers the review started on.
    pub fn load_review(
        &self,
        source: &SourceFile,
        answers: Option<&AnswerSet>,
    ) -> Checked<crate::review::Review> {
        let review = match yaml::parse::<crate::review::Review>(source) {
            Ok(review) => review,
            Err(diagnostic) => return Checked::failed(diagnostic),
        };
        let mut report = Report::new(source);
        check::review::check(&review, self, answers, &mut report);
        let mut diagnostics = report.diagnostics;
        crate::diagnostic::sort(&mut diagnostics);
        Checked {
            value: Some(review),
            diagnostics,
        }
    }
}

/// An answer set as written, and its answers interpreted according to their questions.
#[derive(Debug, Clone)]
pub struct LoadedAnswers {
    /// The file's content.
    pub file: AnswerSet,
    /// Answers that fit their questions, keyed by question id.
    pub answers: BTreeMap<String, Answer>,
    /// Which questions apply given `answers`, as the check found it: assessing the set reads
    /// it rather than evaluating every condition again. (Nothing changes `answers` after
    /// loading; a changed set is loaded anew.)
    pub applicability: Applicability,
    /// The questionnaire restricted to the review cluster the set answers (`cluster:`), which
    /// the answers were read against; `None` for a set that answers the whole questionnaire.
    pub scoped: Option<Bundle>,
}

impl LoadedAnswers {
    /// The bundle these answers were read against: the one they were loaded with, or its
    /// restriction to their cluster. Progress, assessments and interviews use this one.
    pub fn bundle<'a>(&'a self, loaded_with: &'a Bundle) -> &'a Bundle {
        self.scoped.as_ref().unwrap_or(loaded_with)
    }
}

/// The answer sets in `dir`: its `.yaml` and `.yml` files, sorted by name.
pub fn answer_files_in(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
        .collect();
    files.sort();
    Ok(files)
}

/// The answer sets named by `paths`: files as given, folders replaced by the answer sets they
/// hold ([`answer_files_in`]). Fails on a folder that cannot be read.
pub fn answer_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, ReadError> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            files.extend(answer_files_in(path).map_err(|source| ReadError::Io {
                path: path.clone(),
                source,
            })?);
        } else {
            files.push(path.clone());
        }
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    const INSTRUMENT: &str = "format_version: 1\nid: p\ntitle: P\nshort_title: P\ncitation: c\narticles:\n  - number: 1\n    title: One\n    provisions:\n      - {id: \"1\", text: t, force: optional}\n";

    fn questionnaire(also: &str) -> String {
        format!(
            "format_version: 1\nid: q\nversion: 1.0.0\ntitle: Q\ninstrument: p\nalso_assesses: [{also}]\nlanguages: [en]\nsections: []\n"
        )
    }

    #[test]
    fn another_instrument_without_a_folder_is_a_located_error() {
        let checked = Bundle::load(
            &SourceFile::new("instrument.yaml", INSTRUMENT),
            &SourceFile::new("questionnaire.yaml", questionnaire("other")),
        );
        let found: Vec<_> = checked
            .diagnostics
            .iter()
            .map(|d| (d.code, d.line, d.column))
            .collect();
        assert_eq!(found, [("missing-instrument", 6, 17)]);
    }

    #[test]
    fn bad_listed_ids_are_refused_before_any_file_is_read() {
        let checked = Bundle::load(
            &SourceFile::new("instrument.yaml", INSTRUMENT),
            &SourceFile::new("questionnaire.yaml", questionnaire("../x, p, Other")),
        );
        let codes: Vec<_> = checked.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(
            codes,
            [
                "bad-instrument-id",
                "own-instrument-listed",
                "bad-instrument-id"
            ]
        );
    }
}
