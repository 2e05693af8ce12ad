//! Translations of a questionnaire and its instruments, as data beside them: one file per
//! language (`translations/fr.yaml`), each text keyed by a stable id (`question.q_5_1_a.text`)
//! so a translator never touches the questions' logic.
//!
//! Each translated text records the fingerprint of the English it was translated from (`from:`,
//! as gettext's "fuzzy" flag does): when the English changes, the translation is stale, and saq
//! says so and shows the English instead until the translator confirms the new text.
//!
//! The treaty's own words (a provision's text, its elements, qualifiers and conditions) are
//! translated only by an authentic text of the instrument: a file may hold them only when it
//! names that text (`authentic_text:`). saq never translates a treaty; without one, the English
//! is shown, marked as such.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Deserialize;

use crate::Located;
use crate::check::Report;
use crate::instrument::Instrument;
use crate::load::Bundle;
use crate::source::SourceFile;

/// The subfolder of a questionnaire folder holding its translations, one `LANG.yaml` each.
pub const TRANSLATIONS_DIR: &str = "translations";

/// The official languages of the United Nations, in the order the UN lists them.
pub const UN_LANGUAGES: [&str; 6] = ["ar", "zh", "en", "fr", "ru", "es"];

/// One language's translations (`translations/LANG.yaml`).
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    /// Version of this file format; 1.
    pub format_version: Located<u32>,
    /// The language, as a BCP 47 tag (`fr`, `es`, `ar`, `zh`, `ru`).
    pub language: Located<String>,
    /// The authentic text of the instrument in this language that the treaty's own words are
    /// taken from (such as "United Nations, Treaty Series, vol. 2326, p. 208"). Without it,
    /// the file may not translate the treaty's words.
    #[serde(default)]
    pub authentic_text: Option<String>,
    /// The texts, by key.
    #[serde(default)]
    pub texts: BTreeMap<Located<String>, Entry>,
    /// The file it was read from, for diagnostics (not in the file).
    #[serde(skip)]
    #[schemars(skip)]
    pub file: String,
}

/// One translated text.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The fingerprint of the English it translates ([`fingerprint`]).
    pub from: Located<String>,
    /// The translation; empty means not translated yet.
    pub text: String,
}

/// What a translatable text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Wording of the questionnaire or the instrument's titles and recommendations: translated
    /// by translators.
    Wording,
    /// The treaty's own words: only from an authentic text.
    Treaty,
}

/// A translatable text of a bundle, in English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// Its stable key.
    pub key: String,
    /// The English.
    pub english: String,
    /// Wording or treaty text.
    pub kind: Kind,
}

/// True for a BCP 47 language tag as saq takes them: letters and digits in parts joined by
/// `-`, the first of two or three letters (`fr`, `es-419`, `zh-Hans`).
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let first_ok = parts.next().is_some_and(|first| {
        (2..=3).contains(&first.len()) && first.chars().all(|c| c.is_ascii_alphabetic())
    });
    first_ok
        && parts
            .all(|p| !p.is_empty() && p.len() <= 8 && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// The fingerprint of an English text: the first 8 hex digits of its SHA-256, enough to tell
/// that it changed.
pub fn fingerprint(english: &str) -> String {
    use sha2::Digest as _;
    let digest = sha2::Sha256::digest(english.as_bytes());
    digest[..4].iter().map(|b| format!("{b:02x}")).collect()
}

/// Every translatable text of `bundle`, in the order a reader meets them: the questionnaire
/// (its title, then section by section), then each instrument. The keys are those of the one
/// walk [`Bundle::translated`] makes, so what is offered for translation is what is translated.
pub fn sources(bundle: &Bundle) -> Vec<Source> {
    let mut copy = bundle.clone();
    let mut out = Vec::new();
    walk_mut(&mut copy, &mut |key, text, kind| {
        if !text.trim().is_empty() {
            out.push(Source {
                key,
                english: text.clone(),
                kind,
            });
        }
    });
    out
}

impl Translation {
    /// The translation of `source`, if there is one and it translates the English as it is
    /// now (a stale one is not used: its English changed since).
    pub fn text(&self, source: &Source) -> Option<&str> {
        if source.kind == Kind::Treaty && self.authentic_text.is_none() {
            return None;
        }
        let entry = self.texts.get(source.key.as_str())?;
        (entry.from.value == fingerprint(&source.english) && !entry.text.trim().is_empty())
            .then_some(entry.text.as_str())
    }

    /// How far the translation has come: the texts to translate (treaty texts only with an
    /// authentic text), those translated and current, and the stale ones.
    pub fn coverage(&self, bundle: &Bundle) -> Coverage {
        let mut coverage = Coverage::default();
        for source in sources(bundle) {
            if source.kind == Kind::Treaty && self.authentic_text.is_none() {
                continue;
            }
            coverage.total += 1;
            match self.texts.get(source.key.as_str()) {
                Some(entry) if entry.text.trim().is_empty() => {
                    coverage.missing.push(source.key);
                }
                Some(entry) if entry.from.value != fingerprint(&source.english) => {
                    coverage.stale.push(source.key);
                }
                Some(_) => coverage.translated += 1,
                None => coverage.missing.push(source.key),
            }
        }
        coverage
    }
}

impl Bundle {
    /// This bundle with every text translated into `language` where the bundle's translation
    /// has it, current (a stale translation is not used), and the English elsewhere — the
    /// treaty's own words included, unless the translation names an authentic text. Every
    /// report, page and prompt made from it speaks the language as far as it is translated.
    pub fn translated(&self, language: &str) -> Bundle {
        let mut bundle = self.clone();
        let Some(translation) = self.translation(language) else {
            return bundle;
        };
        // The language reports and pages declare (`<html lang>`) comes first.
        let languages = &mut bundle.questionnaire.languages;
        languages.retain(|l| l != language);
        languages.insert(0, language.to_owned());
        walk_mut(&mut bundle, &mut |key, text, kind| {
            let source = Source {
                key,
                english: text.clone(),
                kind,
            };
            if let Some(translated) = translation.text(&source) {
                *text = translated.to_owned();
            }
        });
        bundle
    }
}

/// Visits every translatable text of `bundle` mutably, with its stable key and its kind: the
/// one place the keys are made ([`sources`] lists what this walk visits).
fn walk_mut(bundle: &mut Bundle, f: &mut dyn FnMut(String, &mut String, Kind)) {
    let w = Kind::Wording;
    let q = &mut bundle.questionnaire;
    f("title".into(), &mut q.title, w);
    for (name, choices) in &mut q.choice_sets {
        for c in choices {
            f(
                format!("choice_set.{name}.{}", c.value.value),
                &mut c.label,
                w,
            );
        }
    }
    let sets = q.choice_sets.clone();
    for section in &mut q.sections {
        let s = section.id.value.clone();
        f(format!("section.{s}.title"), &mut section.title, w);
        if let Some(intro) = &mut section.intro {
            f(format!("section.{s}.intro"), intro, w);
        }
        if let Some(reason) = &mut section.skip_reason {
            f(format!("section.{s}.skip_reason"), reason, w);
        }
        for question in &mut section.questions {
            let id = question.id.value.clone();
            f(format!("question.{id}.text"), &mut question.text, w);
            if let Some(help) = &mut question.help {
                f(format!("question.{id}.help"), help, w);
            }
            if let Some(reason) = &mut question.skip_reason {
                f(format!("question.{id}.skip_reason"), reason, w);
            }
            if let Some(source) = &mut question.source {
                f(format!("question.{id}.source"), source, w);
            }
            for c in &mut question.choices {
                f(
                    format!("question.{id}.choice.{}", c.value.value),
                    &mut c.label,
                    w,
                );
            }
            for col in &mut question.columns {
                let cid = col.id.value.clone();
                f(format!("question.{id}.column.{cid}"), &mut col.label, w);
                match &col.choice_set {
                    // Copied from a choice set: translated as the set is.
                    Some(set) => {
                        if let Some(translated) = sets.get(&set.value) {
                            col.choices.clone_from(translated);
                        }
                    }
                    None => {
                        for c in &mut col.choices {
                            f(
                                format!("question.{id}.column.{cid}.choice.{}", c.value.value),
                                &mut c.label,
                                w,
                            );
                        }
                    }
                }
            }
            for (n, constraint) in question.constraints.iter_mut().enumerate() {
                f(
                    format!("question.{id}.constraint.{}", n + 1),
                    &mut constraint.message,
                    w,
                );
            }
            for (n, rule) in question.verdict_rules.iter_mut().enumerate() {
                if let Some(reason) = &mut rule.reason {
                    f(format!("question.{id}.verdict_rule.{}", n + 1), reason, w);
                }
            }
            for (n, finding) in question.findings.iter_mut().enumerate() {
                f(
                    format!("question.{id}.finding.{}", n + 1),
                    &mut finding.text,
                    w,
                );
            }
        }
    }
    instrument_mut(&mut bundle.instrument, "", f);
    for other in &mut bundle.others {
        let prefix = format!("{}:", other.id.value);
        instrument_mut(other, &prefix, f);
    }
}

fn instrument_mut(i: &mut Instrument, prefix: &str, f: &mut dyn FnMut(String, &mut String, Kind)) {
    let (w, t) = (Kind::Wording, Kind::Treaty);
    let scope = if prefix.is_empty() {
        "instrument".to_owned()
    } else {
        format!("instrument.{}", prefix.trim_end_matches(':'))
    };
    f(format!("{scope}.title"), &mut i.title, w);
    f(format!("{scope}.short_title"), &mut i.short_title, w);
    for part in &mut i.parts {
        f(
            format!("{scope}.part.{}", part.id.value),
            &mut part.title,
            w,
        );
    }
    for cluster in &mut i.clusters {
        f(
            format!("{scope}.cluster.{}", cluster.id.value),
            &mut cluster.title,
            w,
        );
    }
    for theme in &mut i.themes {
        f(
            format!("{scope}.theme.{}", theme.id.value),
            &mut theme.title,
            w,
        );
    }
    for article in &mut i.articles {
        f(
            format!("{scope}.article.{}", article.number.value),
            &mut article.title,
            w,
        );
        for p in &mut article.provisions {
            let id =
                p.id.value
                    .strip_prefix(prefix)
                    .unwrap_or(&p.id.value)
                    .to_owned();
            let key = format!("{prefix}provision.{id}");
            f(format!("{key}.text"), &mut p.text, t);
            if let Some(q) = &mut p.qualifier {
                f(format!("{key}.qualifier"), q, t);
            }
            if let Some(c) = &mut p.condition {
                f(format!("{key}.condition"), c, t);
            }
            for e in &mut p.elements {
                let eid = e.id.value.clone();
                f(format!("{key}.element.{eid}"), &mut e.text, t);
                if let Some(q) = &mut e.qualifier {
                    f(format!("{key}.element.{eid}.qualifier"), q, t);
                }
            }
            if let Some(r) = &mut p.recommendation {
                f(format!("{key}.recommendation"), r, w);
            }
        }
    }
}

/// See [`Translation::coverage`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Coverage {
    /// Texts to translate.
    pub total: usize,
    /// Translated from the English as it is now.
    pub translated: usize,
    /// Keys not translated yet, in reading order.
    pub missing: Vec<String>,
    /// Keys translated from an English text that has changed since, in reading order.
    pub stale: Vec<String>,
}

/// A translation file as read: its source, and what it holds (or why it cannot be read).
///
/// The file is parsed the first time its content is asked for, not when it is read: a bundle
/// carries every language's translation (the built-in one, five files of 200–370 KB), and a
/// report in one language, or in none, must not pay for parsing the others.
#[derive(Debug, Clone)]
pub struct TranslationFile {
    /// The file.
    pub source: SourceFile,
    /// The language its name gives (`fr` for `fr.yaml`).
    pub named: String,
    /// Its content, or the diagnostic of a file that does not parse, once asked for.
    parsed: std::sync::OnceLock<Result<Translation, crate::Diagnostic>>,
}

impl TranslationFile {
    /// `source`, named `NAME.yaml` for language `NAME`; parsed when first used.
    pub fn read(source: SourceFile) -> TranslationFile {
        let named = std::path::Path::new(&source.name)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        TranslationFile {
            source,
            named,
            parsed: std::sync::OnceLock::new(),
        }
    }

    /// A file that could not be read at all (`diagnostic` says why).
    pub fn unreadable(source: SourceFile, diagnostic: crate::Diagnostic) -> TranslationFile {
        TranslationFile {
            source,
            named: String::new(),
            parsed: std::sync::OnceLock::from(Err(diagnostic)),
        }
    }

    /// Its content, or the diagnostic of a file that does not parse.
    pub fn parsed(&self) -> &Result<Translation, crate::Diagnostic> {
        self.parsed.get_or_init(|| {
            crate::yaml::parse::<Translation>(&self.source).map(|mut t| {
                t.file = self.source.name.clone();
                t
            })
        })
    }
}

/// Every problem of the translations of `bundle`: files that do not parse, then each file's
/// checks ([`check`]). They are warnings, but for a file that does not parse or translates
/// the treaty's words without an authentic text.
pub fn check_all(bundle: &Bundle) -> Vec<crate::Diagnostic> {
    let mut out = Vec::new();
    for file in &bundle.translations {
        match file.parsed() {
            Ok(translation) => out.extend(check(
                bundle,
                translation,
                &file.source,
                Some(file.named.as_str()),
            )),
            Err(diagnostic) => out.push(diagnostic.clone()),
        }
    }
    out
}

/// Checks `translation` (read from `source`) against `bundle`: its language, unknown keys,
/// stale texts, the treaty's words without an authentic text, and what is missing.
pub fn check(
    bundle: &Bundle,
    translation: &Translation,
    source: &SourceFile,
    expected_language: Option<&str>,
) -> Vec<crate::Diagnostic> {
    let mut report = Report::new(source);
    report.format_version(&translation.format_version);
    let language = &translation.language;
    if !is_language_tag(&language.value) {
        report
            .error(
                language,
                "translation-language",
                format!("`{}` is not a language tag", language.value),
            )
            .help = Some("write a BCP 47 tag such as `fr`, `es`, `ar`, `zh` or `ru`".into());
    } else if let Some(expected) = expected_language
        && expected != language.value
    {
        report
            .error(
                language,
                "translation-language",
                format!(
                    "the file is named for `{expected}` but says `language: {}`",
                    language.value
                ),
            )
            .help = Some(format!(
            "name the file {}.yaml, or correct `language:`",
            language.value
        ));
    }
    let all = sources(bundle);
    let by_key: BTreeMap<&str, &Source> = all.iter().map(|s| (s.key.as_str(), s)).collect();
    for (key, entry) in &translation.texts {
        let Some(english) = by_key.get(key.value.as_str()) else {
            let suggestion = crate::check::closest(&key.value, by_key.keys().copied());
            report
                .warning(
                    key,
                    "translation-unknown-key",
                    format!("`{}` names no text of the questionnaire", key.value),
                )
                .help = Some(match suggestion {
                Some(s) => {
                    format!("did you mean `{s}`? a question or section may have been renamed")
                }
                None => "remove it: the text it translated is gone".into(),
            });
            continue;
        };
        if english.kind == Kind::Treaty && translation.authentic_text.is_none() {
            report
                .error(
                    key,
                    "translation-of-treaty-text",
                    format!("`{}` is the treaty's own text", key.value),
                )
                .help = Some(
                "the treaty's words come only from an authentic text of it: name that text in \
                 `authentic_text:` and copy its words, or remove the entry (the English is then \
                 shown, marked as such)"
                    .into(),
            );
            continue;
        }
        let now = fingerprint(&english.english);
        if !entry.text.trim().is_empty() && entry.from.value != now {
            report
                .warning(
                    &entry.from,
                    "translation-stale",
                    format!(
                        "`{}` was translated from an English text that has changed since",
                        key.value
                    ),
                )
                .help = Some(format!(
                "the English is now: \"{}\"; bring the translation up to date, then set `from: \
                 {now}` (until then the English is shown)",
                excerpt(&english.english)
            ));
        }
    }
    let coverage = translation.coverage(bundle);
    if !coverage.missing.is_empty() {
        let shown: Vec<String> = coverage
            .missing
            .iter()
            .take(3)
            .map(|k| format!("`{k}`"))
            .collect();
        let more = coverage.missing.len().saturating_sub(shown.len());
        let rest = if more > 0 {
            format!(" and {more} more")
        } else {
            String::new()
        };
        report
            .warning(
                language,
                "translation-missing",
                format!(
                    "{} of {} texts are not translated into `{}`: {}{rest}",
                    coverage.missing.len(),
                    coverage.total,
                    language.value,
                    shown.join(", ")
                ),
            )
            .help = Some(format!(
            "`saq translate FOLDER --lang {}` adds every missing text to this file, with its English \
             beside it; the English is shown until then",
            language.value
        ));
    }
    report.diagnostics
}

/// The start of a text, for a message.
fn excerpt(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() > 80 {
        let cut: String = flat.chars().take(77).collect();
        format!("{cut}…")
    } else {
        flat
    }
}

/// The text of `translations/LANG.yaml` for `bundle`, in reading order: every text to
/// translate, its English beside it as a comment and the fingerprint of that English in
/// `from:`. What `existing` already holds is kept as it is — a stale text keeps its old
/// fingerprint (so it stays stale until the translator confirms it), and a text whose key is
/// gone is kept at the end — so running it again never loses a translator's work.
pub fn skeleton(bundle: &Bundle, language: &str, existing: Option<&Translation>) -> String {
    let mut out = String::new();
    let line = |out: &mut String, text: &str| {
        out.push_str(text);
        out.push('\n');
    };
    let quote = |text: &str| serde_json::to_string(text).unwrap_or_else(|_| "\"\"".into());
    let comment = |out: &mut String, indent: &str, label: &str, text: &str| {
        let mut first = true;
        for l in text.lines() {
            let lead = if first { label } else { "" };
            first = false;
            out.push_str(&format!("{indent}# {lead}{l}\n").replace(" \n", "\n"));
        }
    };
    let title = &bundle.questionnaire.title;
    line(
        &mut out,
        &format!(
            "# Translation into `{language}` of: {}",
            title.replace('\n', " ")
        ),
    );
    for l in [
        "#",
        "# Each text is keyed by a stable id. Above it, its English; `from:` is the fingerprint of",
        "# that English, `text:` the translation (empty: not translated yet, the English is shown).",
        "# When the English changes, `saq validate` reports the translation as stale and shows the",
        "# English until it is brought up to date and `from:` set to the new fingerprint it gives.",
        "# `saq translate DIR --lang LANG` adds the texts that are missing; it never removes any.",
        "# The treaty's own words are not listed: they come only from an authentic text of it.",
    ] {
        line(&mut out, l);
    }
    line(&mut out, "format_version: 1");
    line(&mut out, &format!("language: {}", quote(language)));
    if let Some(authentic) = existing.and_then(|t| t.authentic_text.as_deref()) {
        line(&mut out, &format!("authentic_text: {}", quote(authentic)));
    }
    line(&mut out, "texts:");
    let authentic = existing.is_some_and(|t| t.authentic_text.is_some());
    let all = sources(bundle);
    let mut listed = std::collections::BTreeSet::new();
    let key_text = |key: &str| {
        if key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._-".contains(c))
        {
            key.to_owned()
        } else {
            quote(key)
        }
    };
    for source in &all {
        if source.kind == Kind::Treaty && !authentic {
            continue;
        }
        listed.insert(source.key.as_str());
        let now = fingerprint(&source.english);
        let entry = existing.and_then(|t| t.texts.get(source.key.as_str()));
        match entry {
            Some(e) if e.from.value != now && !e.text.trim().is_empty() => {
                line(
                    &mut out,
                    &format!(
                        "  # STALE: the English changed since this was translated; update the text, then set `from: {now}`"
                    ),
                );
            }
            _ => {}
        }
        comment(&mut out, "  ", "EN: ", &source.english);
        line(&mut out, &format!("  {}:", key_text(&source.key)));
        let (from, text) = match entry {
            Some(e) if !e.text.trim().is_empty() => (e.from.value.clone(), e.text.clone()),
            _ => (now, String::new()),
        };
        line(&mut out, &format!("    from: {}", quote(&from)));
        line(&mut out, &format!("    text: {}", quote(&text)));
    }
    if let Some(existing) = existing {
        let gone: Vec<_> = existing
            .texts
            .iter()
            .filter(|(k, _)| !listed.contains(k.value.as_str()))
            .collect();
        if !gone.is_empty() {
            line(
                &mut out,
                "  # No longer in the questionnaire (kept so no work is lost; remove when done):",
            );
            for (key, entry) in gone {
                line(&mut out, &format!("  {}:", key_text(&key.value)));
                line(&mut out, &format!("    from: {}", quote(&entry.from.value)));
                line(&mut out, &format!("    text: {}", quote(&entry.text)));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::Severity;

    fn mini() -> Bundle {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/mini");
        Bundle::read_dir(&dir).unwrap().value.unwrap()
    }

    fn translation(text: &str) -> (SourceFile, Translation) {
        let source = SourceFile::new("translations/fr.yaml", text);
        let file = TranslationFile::read(source.clone());
        (source, file.parsed().clone().expect("parses"))
    }

    fn codes(diagnostics: &[crate::Diagnostic]) -> Vec<(&'static str, Severity, u64)> {
        diagnostics
            .iter()
            .map(|d| (d.code, d.severity, d.line))
            .collect()
    }

    #[test]
    fn the_skeleton_lists_every_text_and_reads_back_as_untranslated() {
        let bundle = mini();
        let text = skeleton(&bundle, "fr", None);
        let (_, t) = translation(&text);
        let coverage = t.coverage(&bundle);
        let wording = sources(&bundle)
            .iter()
            .filter(|s| s.kind == Kind::Wording)
            .count();
        assert_eq!(coverage.total, wording);
        assert_eq!(coverage.missing.len(), wording);
        assert!(
            text.contains("  # EN: Has your country established the offences?"),
            "{text}"
        );
        // The treaty's words are not offered for translation without an authentic text.
        assert!(!text.contains("provision.1.1.text"), "{text}");
    }

    #[test]
    fn a_translation_is_used_until_its_english_changes_then_it_is_stale() {
        let mut bundle = mini();
        let key = "question.q_1_1.text";
        let english = bundle.questionnaire.sections[1].questions[0].text.clone();
        let text = format!(
            "format_version: 1\nlanguage: fr\ntexts:\n  {key}:\n    from: \"{}\"\n    text: \"L'État a-t-il incriminé ?\"\n",
            fingerprint(&english)
        );
        let (source, t) = translation(&text);
        let find = |bundle: &Bundle| {
            sources(bundle)
                .into_iter()
                .find(|s| s.key == key)
                .map(|s| (s.key, s.english, s.kind))
                .unwrap()
        };
        let (k, e, kind) = find(&bundle);
        let now = Source {
            key: k,
            english: e.clone(),
            kind,
        };
        assert_eq!(t.text(&now), Some("L'État a-t-il incriminé ?"));
        assert_eq!(t.coverage(&bundle).translated, 1);
        let found = check(&bundle, &t, &source, Some("fr"));
        assert!(
            !found.iter().any(|d| d.code == "translation-stale"),
            "{found:?}"
        );
        // The English changes: the translation is stale, located at its `from:`, and unused.
        bundle.questionnaire.sections[1].questions[0].text = format!("{english} (amended)");
        let (k, e, kind) = find(&bundle);
        let changed = Source {
            key: k,
            english: e.clone(),
            kind,
        };
        assert_eq!(t.text(&changed), None);
        let found = check(&bundle, &t, &source, Some("fr"));
        let stale = found
            .iter()
            .find(|d| d.code == "translation-stale")
            .unwrap();
        assert_eq!((stale.line, stale.severity), (5, Severity::Warning));
        assert!(stale.help.as_deref().unwrap().contains(&fingerprint(&e)));
        assert_eq!(t.coverage(&bundle).stale, [key]);
    }

    #[test]
    fn unknown_keys_treaty_words_and_a_wrong_language_are_reported_where_they_are() {
        let bundle = mini();
        let text = "format_version: 1\nlanguage: es\ntexts:\n  question.q_1_l.text:\n    from: \"00000000\"\n    text: \"x\"\n  provision.1.1.text:\n    from: \"00000000\"\n    text: \"y\"\n";
        let (source, t) = translation(text);
        let found = check(&bundle, &t, &source, Some("fr"));
        let got = codes(&found);
        assert!(
            got.contains(&("translation-language", Severity::Error, 2)),
            "{got:?}"
        );
        assert!(
            got.contains(&("translation-unknown-key", Severity::Warning, 4)),
            "{got:?}"
        );
        assert!(
            got.contains(&("translation-of-treaty-text", Severity::Error, 7)),
            "{got:?}"
        );
        assert!(
            got.contains(&("translation-missing", Severity::Warning, 2)),
            "{got:?}"
        );
        let unknown = found
            .iter()
            .find(|d| d.code == "translation-unknown-key")
            .unwrap();
        assert!(
            unknown
                .help
                .as_deref()
                .unwrap()
                .contains("question.q_1_1.text")
        );
    }

    #[test]
    fn with_an_authentic_text_the_treaty_words_can_be_translated() {
        let bundle = mini();
        let english = bundle.instrument.articles[0].provisions[0].text.clone();
        let id = bundle.instrument.articles[0].provisions[0].id.value.clone();
        let text = format!(
            "format_version: 1\nlanguage: fr\nauthentic_text: \"Recueil des Traités, vol. 1\"\ntexts:\n  provision.{id}.text:\n    from: \"{}\"\n    text: \"Texte authentique\"\n",
            fingerprint(&english)
        );
        let (source, t) = translation(&text);
        let found = check(&bundle, &t, &source, Some("fr"));
        assert!(!found.iter().any(|d| d.is_error()), "{found:?}");
        let skeleton = skeleton(&bundle, "fr", Some(&t));
        assert!(
            skeleton.contains(&format!("provision.{id}.text")),
            "{skeleton}"
        );
        assert!(skeleton.contains("authentic_text: \"Recueil des Traités, vol. 1\""));
        assert!(skeleton.contains("text: \"Texte authentique\""));
    }

    #[test]
    fn a_translated_bundle_speaks_the_language_and_the_treaty_stays_english() {
        let bundle = mini();
        // Every text translated: the bundle speaks French, the treaty's words stay English.
        let all = sources(&bundle)
            .iter()
            .filter(|s| s.kind == Kind::Wording)
            .map(|s| {
                format!(
                    "  {}:\n    from: \"{}\"\n    text: \"FR {}\"\n",
                    s.key,
                    fingerprint(&s.english),
                    s.key
                )
            })
            .collect::<String>();
        let mut with = bundle.clone();
        with.translations = vec![TranslationFile::read(SourceFile::new(
            "fr.yaml",
            format!("format_version: 1\nlanguage: fr\ntexts:\n{all}"),
        ))];
        let fr = with.translated("fr");
        assert_eq!(
            fr.questionnaire.sections[1].questions[0].text,
            "FR question.q_1_1.text"
        );
        assert_eq!(fr.instrument.articles[0].title, "FR instrument.article.1");
        assert_eq!(
            fr.instrument.articles[0].provisions[0].text,
            bundle.instrument.articles[0].provisions[0].text
        );
        // No translation into a language: the bundle as it is.
        assert_eq!(
            with.translated("de").questionnaire.title,
            bundle.questionnaire.title
        );
    }

    #[test]
    fn running_the_skeleton_again_keeps_every_translation() {
        let bundle = mini();
        let first = skeleton(&bundle, "fr", None);
        let filled = first.replacen("text: \"\"", "text: \"Questionnaire\"", 1);
        let with_gone = format!(
            "{filled}  question.gone.text:\n    from: \"00000000\"\n    text: \"ancien\"\n"
        );
        let (_, t) = translation(&with_gone);
        let again = skeleton(&bundle, "fr", Some(&t));
        let (_, t2) = translation(&again);
        assert_eq!(t2.coverage(&bundle).translated, 1);
        assert!(again.contains("question.gone.text"), "{again}");
        assert!(again.contains("text: \"ancien\""));
    }
}
