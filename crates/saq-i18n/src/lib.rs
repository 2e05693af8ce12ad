//! The words saq prints, in each language: Project Fluent message catalogs
//! (`templates/i18n/LANG/AREA.ftl`), with dates and numbers written as each language writes
//! them.
//!
//! Every crate that speaks to a person reads these catalogs: the reports and the browser form
//! (through `saq_render::i18n`, which adds the templates' `t` function), the comments of answer
//! files, the interview in the terminal and the commands' own output. A message missing in a
//! language falls back to English, so a partial catalog still gives whole sentences (a test over
//! the catalogs says what is missing).
//!
//! Values put into a message are the caller's to escape: a catalog's own text is trusted like a
//! template's, a State's name is not. Fluent's bidi isolation marks (FSI … PDI around each value)
//! are used in right-to-left languages only, where a Latin name inside Arabic text needs them;
//! elsewhere the text stays byte for byte what it was.

mod number;

use std::sync::{Arc, OnceLock};

pub use fluent_bundle::FluentArgs;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentResource, FluentValue};

pub use number::format_number;

/// The catalog areas, one file each per language.
pub const AREAS: [&str; 8] = [
    "labels", "country", "views", "review", "form", "file", "fill", "cli",
];

/// The languages with built-in catalogs: the six of the United Nations.
pub const LANGUAGES: [&str; 6] = ["en", "fr", "es", "ar", "zh", "ru"];

macro_rules! catalog {
    ($lang:literal) => {
        [
            include_str!(concat!("../templates/i18n/", $lang, "/labels.ftl")),
            include_str!(concat!("../templates/i18n/", $lang, "/country.ftl")),
            include_str!(concat!("../templates/i18n/", $lang, "/views.ftl")),
            include_str!(concat!("../templates/i18n/", $lang, "/review.ftl")),
            include_str!(concat!("../templates/i18n/", $lang, "/form.ftl")),
            include_str!(concat!("../templates/i18n/", $lang, "/file.ftl")),
            include_str!(concat!("../templates/i18n/", $lang, "/fill.ftl")),
            include_str!(concat!("../templates/i18n/", $lang, "/cli.ftl")),
        ]
    };
}

/// The built-in catalogs, in the order of [`LANGUAGES`], each in the order of [`AREAS`].
const BUILTIN: [[&str; AREAS.len()]; LANGUAGES.len()] = [
    catalog!("en"),
    catalog!("fr"),
    catalog!("es"),
    catalog!("ar"),
    catalog!("zh"),
    catalog!("ru"),
];

/// The compiled catalogs of every language. English is compiled at once; each other language
/// when first asked for, so that a run in one language does not parse the other five (a sixth
/// of the start-up cost of a report).
pub struct Catalogs {
    bundles: [OnceLock<Option<FluentBundle<FluentResource>>>; LANGUAGES.len()],
}

impl std::fmt::Debug for Catalogs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let compiled: Vec<&str> = LANGUAGES
            .iter()
            .zip(&self.bundles)
            .filter(|(_, b)| b.get().is_some())
            .map(|(lang, _)| *lang)
            .collect();
        f.debug_struct("Catalogs")
            .field("compiled", &compiled)
            .finish()
    }
}

/// A catalog that does not parse (a bug in a built-in one, caught by the tests).
#[derive(Debug, Clone, thiserror::Error)]
#[error("the message catalog {file} does not parse: {why}")]
pub struct CatalogError {
    /// `LANG/AREA.ftl`.
    pub file: String,
    /// What is wrong.
    pub why: String,
}

impl Catalogs {
    /// The built-in catalogs, parsed once per process and shared by every user.
    pub fn shared() -> Result<Arc<Catalogs>, CatalogError> {
        static SHARED: OnceLock<Result<Arc<Catalogs>, CatalogError>> = OnceLock::new();
        SHARED
            .get_or_init(|| Catalogs::builtin().map(Arc::new))
            .clone()
    }

    /// The catalogs built into saq, English compiled (an error in it is reported here), the
    /// other languages when first used.
    pub fn builtin() -> Result<Catalogs, CatalogError> {
        let catalogs = Catalogs {
            bundles: Default::default(),
        };
        let english = compile(0)?;
        let _ = catalogs.bundles[0].set(Some(english));
        Ok(catalogs)
    }

    /// Compiles every language's catalogs now, or says which one does not parse: what the
    /// tests check, since a language compiled when first used falls back to English if its
    /// catalog is broken.
    pub fn compile_all(&self) -> Result<(), CatalogError> {
        for (i, slot) in self.bundles.iter().enumerate() {
            if slot.get().is_none() {
                let bundle = compile(i)?;
                let _ = slot.set(Some(bundle));
            }
        }
        Ok(())
    }

    /// The compiled catalogs of `lang`, one of [`LANGUAGES`].
    fn bundle(&self, lang: &str) -> Option<&FluentBundle<FluentResource>> {
        let i = LANGUAGES.iter().position(|l| *l == lang)?;
        // A broken built-in catalog (caught by the tests) reads as missing: English speaks.
        self.bundles[i].get_or_init(|| compile(i).ok()).as_ref()
    }

    /// The message `id` in `lang` (English where `lang` lacks it), with `args`; `None` when
    /// English lacks it too.
    pub fn message(&self, lang: &str, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let base = lang.split('-').next().unwrap_or(lang);
        for candidate in [lang, base, "en"] {
            let Some(bundle) = self.bundle(candidate) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let proxied = number::arabic_plurals(candidate, args);
            let text = bundle.format_pattern(pattern, proxied.as_ref().or(args), &mut errors);
            return Some(text.into_owned());
        }
        None
    }

    /// The message `id` in `lang` with text values `args`; the id itself when no catalog has it
    /// (a bug the catalog tests catch), so a sentence is never lost to a missing word.
    pub fn say(&self, lang: &str, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fluent = FluentArgs::new();
        for (key, value) in args {
            let value = match value {
                Arg::Text(text) => FluentValue::from(text.to_string()),
                Arg::Number(n) => FluentValue::from(*n),
            };
            fluent.set(key.to_string(), value);
        }
        self.message(lang, id, Some(&fluent))
            .unwrap_or_else(|| id.to_owned())
    }

    /// `iso` (`YYYY-MM-DD`) as `lang` writes a date: its `date` message, with the day, the
    /// month's name (`month-N`) and the year; `None` when `iso` is no such date.
    pub fn date(&self, lang: &str, iso: &str) -> Option<String> {
        let bytes = iso.as_bytes();
        let well_formed = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && iso
                .bytes()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !well_formed {
            return None;
        }
        let month: i64 = iso[5..7].parse().ok()?;
        let day: i64 = iso[8..].parse().ok()?;
        if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return None;
        }
        let name = self.message(lang, &format!("month-{month}"), None)?;
        let mut args = FluentArgs::new();
        args.set("iso", iso.to_owned());
        args.set("day", day);
        args.set("month", name);
        // The year as written: a number would be grouped ("2 025") by some languages.
        args.set("year", iso[..4].to_owned());
        self.message(lang, "date", Some(&args))
    }

    /// True when `lang` itself (not English in its place) has `id`.
    pub fn has(&self, lang: &str, id: &str) -> bool {
        self.bundle(lang)
            .is_some_and(|b| b.get_message(id).is_some())
    }

    /// Every message id of `lang`'s catalog.
    pub fn ids(&self, lang: &str) -> Vec<String> {
        let mut ids = Vec::new();
        for area in AREAS {
            ids.extend(area_ids(lang, area));
        }
        ids
    }
}

/// Compiles the catalogs of the `i`-th of [`LANGUAGES`].
fn compile(i: usize) -> Result<FluentBundle<FluentResource>, CatalogError> {
    let lang = LANGUAGES[i];
    let tag: unic_langid::LanguageIdentifier = lang.parse().map_err(|e| CatalogError {
        file: format!("{lang}/"),
        why: format!("{e}"),
    })?;
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    // In a right-to-left language a value of the other direction (a State's name or a
    // law's title in Latin letters, a number) is isolated with Unicode's FSI … PDI, so
    // it cannot reorder the sentence around it; left-to-right text stays as it is.
    bundle.set_use_isolating(is_rtl(lang));
    // Numbers put into a message are written as the language writes them.
    bundle.set_formatter(Some(number::fluent_formatter));
    for (area, text) in AREAS.iter().zip(BUILTIN[i]) {
        let file = format!("{lang}/{area}.ftl");
        let resource =
            FluentResource::try_new(text.to_owned()).map_err(|(_, errors)| CatalogError {
                file: file.clone(),
                why: format!("{errors:?}"),
            })?;
        bundle
            .add_resource(resource)
            .map_err(|errors| CatalogError {
                file,
                why: format!("{errors:?}"),
            })?;
    }
    Ok(bundle)
}

/// A value put into a message by [`Catalogs::say`].
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    /// Text, put in as it is.
    Text(&'a str),
    /// A number: written as the language writes numbers, and the one plural forms choose by.
    Number(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(text)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg::Text(text)
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        // Counts of questions and States: far below 2^53, exact as f64.
        Arg::Number(n as f64)
    }
}

impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Arg::Number(f64::from(n))
    }
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Number(n as f64)
    }
}

/// The message ids of one built-in catalog file (none for a language or area saq lacks).
pub fn area_ids(lang: &str, area: &str) -> Vec<String> {
    let (Some(l), Some(a)) = (
        LANGUAGES.iter().position(|x| *x == lang),
        AREAS.iter().position(|x| *x == area),
    ) else {
        return Vec::new();
    };
    let Ok(resource) = FluentResource::try_new(BUILTIN[l][a].to_owned()) else {
        return Vec::new();
    };
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// True for the languages written right to left (of the six: Arabic).
pub fn is_rtl(lang: &str) -> bool {
    matches!(
        lang.split('-').next().unwrap_or(lang),
        "ar" | "he" | "fa" | "ur"
    )
}

/// The language a person reads: `chosen` (`--lang`) when given, else the answers' own
/// `written_in`, else English. Only the language's own tag is kept (`fr-CA` stays `fr-CA`; the
/// catalogs fall back to `fr`, then English).
pub fn reader_language(chosen: Option<&str>, written_in: Option<&str>) -> String {
    chosen
        .or(written_in)
        .filter(|l| !l.trim().is_empty())
        .unwrap_or("en")
        .to_owned()
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    #[test]
    fn every_catalog_parses() {
        let catalogs = Catalogs::builtin().unwrap();
        assert_eq!(format!("{catalogs:?}"), r#"Catalogs { compiled: ["en"] }"#);
        catalogs.compile_all().unwrap();
        assert_eq!(
            format!("{catalogs:?}"),
            r#"Catalogs { compiled: ["en", "fr", "es", "ar", "zh", "ru"] }"#
        );
    }

    /// All areas, in all six languages: English is the source, every other language has its
    /// messages and none of its own.
    #[test]
    fn every_language_has_every_message_of_every_area() {
        let mut missing = Vec::new();
        for lang in LANGUAGES.iter().filter(|l| **l != "en") {
            for area in AREAS {
                let theirs = area_ids(lang, area);
                let english = area_ids("en", area);
                for id in &english {
                    if !theirs.contains(id) {
                        missing.push(format!("{lang}/{area}.ftl: {id}"));
                    }
                }
                for id in &theirs {
                    if !english.contains(id) {
                        missing.push(format!("{lang}/{area}.ftl: {id} is not an English message"));
                    }
                }
            }
        }
        assert!(missing.is_empty(), "{}", missing.join("\n"));
    }

    /// Two areas holding one id would make one of them unreachable.
    #[test]
    fn no_message_id_is_in_two_areas() {
        let mut seen: HashMap<String, &str> = HashMap::new();
        let mut twice = Vec::new();
        for area in AREAS {
            for id in area_ids("en", area) {
                if let Some(other) = seen.insert(id.clone(), area) {
                    twice.push(format!("{id}: {other}.ftl and {area}.ftl"));
                }
            }
        }
        assert!(twice.is_empty(), "{}", twice.join("\n"));
    }

    #[test]
    fn a_message_falls_back_to_english() {
        let catalogs = Catalogs::builtin().unwrap();
        let say = |lang: &str| catalogs.message(lang, "verdict-implemented", None);
        assert_eq!(say("fr").as_deref(), Some("Appliqué"));
        assert_eq!(say("fr-CA").as_deref(), Some("Appliqué"));
        assert_eq!(say("de").as_deref(), Some("Implemented"));
        assert_eq!(catalogs.message("en", "no-such-message", None), None);
        assert_eq!(
            catalogs.say("fr", "no-such-message", &[]),
            "no-such-message"
        );
    }

    #[test]
    fn dates_are_written_as_each_language_writes_them() {
        let catalogs = Catalogs::builtin().unwrap();
        let date = |lang: &str, iso: &str| catalogs.date(lang, iso);
        assert_eq!(date("en", "2025-07-01").as_deref(), Some("2025-07-01"));
        assert_eq!(
            date("fr", "2025-07-01").as_deref(),
            Some("1er juillet 2025")
        );
        assert_eq!(date("fr", "2025-07-21").as_deref(), Some("21 juillet 2025"));
        assert_eq!(
            date("es", "2025-07-21").as_deref(),
            Some("21 de julio de 2025")
        );
        assert_eq!(date("zh", "2025-07-21").as_deref(), Some("2025年7月21日"));
        assert_eq!(date("ru", "2025-07-21").as_deref(), Some("21 июля 2025 г."));
        assert_eq!(date("fr", "2025-13-01"), None);
        assert_eq!(date("fr", "21/07/2025"), None);
        assert_eq!(date("fr", "2025-07-2x"), None);
    }

    #[test]
    fn the_reader_language_is_the_chosen_one_then_the_answers_then_english() {
        assert_eq!(reader_language(Some("fr"), Some("es")), "fr");
        assert_eq!(reader_language(None, Some("es")), "es");
        assert_eq!(reader_language(None, None), "en");
        assert_eq!(reader_language(None, Some(" ")), "en");
    }
}
