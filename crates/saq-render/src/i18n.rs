//! The words of reports and pages in each language: Project Fluent message catalogs
//! (`templates/i18n/LANG/AREA.ftl`), and the `t` function templates call for them:
//! `{{ t("summary-heading") }}`, `{{ t("questions-answered", answered=3, applicable=5) }}`.
//!
//! A message missing in a language falls back to English, so a partial catalog still gives a
//! whole page (a test over the catalogs says what is missing). The language is the `lang`
//! variable of the page being rendered (English without one).
//!
//! `dir(lang)` gives `rtl` or `ltr`, for the pages' `dir` attribute.
//!
//! Escaping: a message's own text is the catalog's, trusted like a template's; the values put
//! into it (a State's name, a title) are escaped first for the output the template makes —
//! Markdown or HTML — so a catalog can hold Markdown emphasis or a link while no answer text
//! can make any. Fluent's bidi isolation marks (FSI … PDI around each value) are used in
//! right-to-left languages only, where a Latin name inside Arabic text needs them; elsewhere the
//! text stays byte for byte what it was.

use std::collections::HashMap;
use std::sync::Arc;

pub use fluent_bundle::FluentArgs;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentResource, FluentValue};
use minijinja::value::Kwargs;
use minijinja::{AutoEscape, Error, ErrorKind, State, Value};

/// The catalog areas, one file each per language.
pub const AREAS: [&str; 5] = ["labels", "country", "views", "review", "form"];

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
        ]
    };
}

/// The built-in catalogs, in the order of [`LANGUAGES`], each in the order of [`AREAS`].
const BUILTIN: [[&str; 5]; 6] = [
    catalog!("en"),
    catalog!("fr"),
    catalog!("es"),
    catalog!("ar"),
    catalog!("zh"),
    catalog!("ru"),
];

/// The compiled catalogs of every language.
pub struct Catalogs {
    bundles: HashMap<String, FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Catalogs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut languages: Vec<&String> = self.bundles.keys().collect();
        languages.sort();
        f.debug_struct("Catalogs")
            .field("languages", &languages)
            .finish()
    }
}

/// A catalog that does not parse (a bug in a built-in one, caught by the tests).
#[derive(Debug, thiserror::Error)]
#[error("the message catalog {file} does not parse: {why}")]
pub struct CatalogError {
    /// `LANG/AREA.ftl`.
    pub file: String,
    /// What is wrong.
    pub why: String,
}

impl Catalogs {
    /// The built-in catalogs, parsed once per process and shared by every set of templates.
    pub fn shared() -> Result<Arc<Catalogs>, crate::ReportError> {
        static SHARED: std::sync::OnceLock<Result<Arc<Catalogs>, String>> =
            std::sync::OnceLock::new();
        SHARED
            .get_or_init(|| Catalogs::builtin().map(Arc::new).map_err(|e| e.to_string()))
            .clone()
            .map_err(crate::ReportError::Catalog)
    }

    /// The catalogs built into saq.
    pub fn builtin() -> Result<Catalogs, CatalogError> {
        let mut bundles = HashMap::new();
        for (lang, files) in LANGUAGES.iter().zip(BUILTIN) {
            let tag: unic_langid::LanguageIdentifier = lang.parse().map_err(|e| CatalogError {
                file: format!("{lang}/"),
                why: format!("{e}"),
            })?;
            let mut bundle = FluentBundle::new_concurrent(vec![tag]);
            // In a right-to-left language a value of the other direction (a State's name or a
            // law's title in Latin letters, a number) is isolated with Unicode's FSI … PDI, so
            // it cannot reorder the sentence around it; left-to-right text stays as it is.
            bundle.set_use_isolating(is_rtl(lang));
            for (area, text) in AREAS.iter().zip(files) {
                let file = format!("{lang}/{area}.ftl");
                let resource =
                    FluentResource::try_new(text.to_owned()).map_err(|(_, errors)| {
                        CatalogError {
                            file: file.clone(),
                            why: format!("{errors:?}"),
                        }
                    })?;
                bundle
                    .add_resource(resource)
                    .map_err(|errors| CatalogError {
                        file,
                        why: format!("{errors:?}"),
                    })?;
            }
            bundles.insert((*lang).to_owned(), bundle);
        }
        Ok(Catalogs { bundles })
    }

    /// The message `id` in `lang` (English where `lang` lacks it), with `args`; `None` when
    /// English lacks it too.
    pub fn message(&self, lang: &str, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let base = lang.split('-').next().unwrap_or(lang);
        for candidate in [lang, base, "en"] {
            let Some(bundle) = self.bundles.get(candidate) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            return Some(text.into_owned());
        }
        None
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
        self.bundles
            .get(lang)
            .is_some_and(|b| b.get_message(id).is_some())
    }

    /// Every message id of `lang`'s catalog.
    pub fn ids(&self, lang: &str) -> Vec<String> {
        let mut ids = Vec::new();
        for (l, files) in LANGUAGES.iter().zip(BUILTIN) {
            if *l != lang {
                continue;
            }
            for text in files {
                if let Ok(resource) = FluentResource::try_new(text.to_owned()) {
                    for entry in resource.entries() {
                        if let fluent_syntax::ast::Entry::Message(m) = entry {
                            ids.push(m.id.name.to_owned());
                        }
                    }
                }
            }
        }
        ids
    }
}

thread_local! {
    /// The language of the page this thread is rendering ([`in_language`]).
    static LANGUAGE: std::cell::RefCell<String> = std::cell::RefCell::new("en".to_owned());
}

/// Runs `render` with `lang` as the language `t` speaks on this thread. The language is the
/// page's, not a variable of the template: templates imported for their labels (`labels.j2`)
/// see no variable of the page that imports them, and must still speak its language.
pub fn in_language<R>(lang: &str, render: impl FnOnce() -> R) -> R {
    let before = LANGUAGE.with(|l| std::mem::replace(&mut *l.borrow_mut(), lang.to_owned()));
    let result = render();
    LANGUAGE.with(|l| *l.borrow_mut() = before);
    result
}

/// True for the languages written right to left (of the six: Arabic).
pub fn is_rtl(lang: &str) -> bool {
    matches!(
        lang.split('-').next().unwrap_or(lang),
        "ar" | "he" | "fa" | "ur"
    )
}

/// The language of the page this thread is rendering.
pub fn current_language() -> String {
    LANGUAGE.with(|l| l.borrow().clone())
}

/// Adds `t(id, **args)` to `env`, reading `catalogs` in the language of [`in_language`].
pub fn register(env: &mut minijinja::Environment<'_>, catalogs: Arc<Catalogs>) {
    env.add_function("dir", |lang: &str| if is_rtl(lang) { "rtl" } else { "ltr" });
    env.add_function(
        "t",
        move |state: &State, id: &str, kwargs: Kwargs| -> Result<Value, Error> {
            let lang = LANGUAGE.with(|l| l.borrow().clone());
            let escape: fn(&str) -> String = match state.auto_escape() {
                AutoEscape::Custom(name) if name == "markdown" => crate::escape::markdown,
                AutoEscape::Html => html,
                _ => |s: &str| s.to_owned(),
            };
            let mut args = FluentArgs::new();
            for key in kwargs.args() {
                let value: Value = kwargs.get(key)?;
                let fluent = if let Some(n) = value.as_i64() {
                    FluentValue::from(n)
                } else if value.is_number() {
                    FluentValue::from(f64::try_from(value.clone()).unwrap_or(0.0))
                } else if value.is_safe() {
                    FluentValue::from(value.to_string())
                } else {
                    FluentValue::from(escape(&value.to_string()))
                };
                args.set(key.to_owned(), fluent);
            }
            kwargs.assert_all_used()?;
            catalogs
                .message(&lang, id, Some(&args))
                .map(Value::from_safe_string)
                .ok_or_else(|| {
                    Error::new(
                        ErrorKind::UndefinedError,
                        format!("no message `{id}` in the catalogs (templates/i18n/en/)"),
                    )
                })
        },
    );
}

/// `text` escaped for HTML text and attribute values (what minijinja's auto-escape writes).
pub fn html(text: &str) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = std::fmt::write(&mut out, format_args!("{}", minijinja::HtmlEscape(text)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The areas each language must translate in full: all of them, in all six languages.
    fn required(_lang: &str) -> &'static [&'static str] {
        &AREAS
    }

    fn ids_of(lang: &str, area: &str) -> Vec<String> {
        let index = LANGUAGES.iter().position(|l| *l == lang).unwrap();
        let a = AREAS.iter().position(|x| *x == area).unwrap();
        let resource = FluentResource::try_new(BUILTIN[index][a].to_owned()).unwrap();
        resource
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_catalog_parses() {
        Catalogs::builtin().unwrap();
    }

    #[test]
    fn every_language_has_every_message_of_the_areas_it_translates() {
        let mut missing = Vec::new();
        for lang in LANGUAGES.iter().filter(|l| **l != "en") {
            for area in required(lang) {
                let theirs = ids_of(lang, area);
                for id in ids_of("en", area) {
                    if !theirs.contains(&id) {
                        missing.push(format!("{lang}/{area}.ftl: {id}"));
                    }
                }
                for id in &theirs {
                    if !ids_of("en", area).contains(id) {
                        missing.push(format!("{lang}/{area}.ftl: {id} is not an English message"));
                    }
                }
            }
        }
        assert!(missing.is_empty(), "{}", missing.join("\n"));
    }

    #[test]
    fn a_message_falls_back_to_english_and_values_are_escaped() {
        let catalogs = Catalogs::builtin().unwrap();
        assert_eq!(
            catalogs
                .message("fr", "verdict-implemented", None)
                .as_deref(),
            Some("Appliqué")
        );
        assert_eq!(
            catalogs
                .message("fr-CA", "verdict-implemented", None)
                .as_deref(),
            Some("Appliqué")
        );
        assert_eq!(
            catalogs
                .message("de", "verdict-implemented", None)
                .as_deref(),
            Some("Implemented")
        );
        assert_eq!(catalogs.message("en", "no-such-message", None), None);
        let mut env = minijinja::Environment::new();
        register(&mut env, Arc::new(catalogs));
        env.add_template(
            "x.html.j2",
            "{{ t('page-title-country', state=s, instrument='P') }}",
        )
        .unwrap();
        let html = env
            .get_template("x.html.j2")
            .unwrap()
            .render(minijinja::context! { s => "<b>X</b>" })
            .unwrap();
        assert_eq!(html, "&lt;b&gt;X&lt;&#x2f;b&gt;: implementation of the P");
        let arabic = in_language("ar", || {
            env.get_template("x.html.j2")
                .unwrap()
                .render(minijinja::context! { s => "Borealis" })
                .unwrap()
        });
        // A Latin name inside Arabic text is isolated (FSI … PDI).
        assert!(arabic.contains("\u{2068}Borealis\u{2069}"), "{arabic:?}");
        assert_eq!(dir_of("ar"), "rtl");
        assert_eq!(dir_of("fr"), "ltr");
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

    fn dir_of(lang: &str) -> &'static str {
        if is_rtl(lang) { "rtl" } else { "ltr" }
    }
}
