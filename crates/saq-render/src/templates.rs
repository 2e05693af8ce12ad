//! The report templates: the built-in ones from `templates/`, or a folder given at run time.

use std::path::Path;

use minijinja::{AutoEscape, Environment, UndefinedBehavior, Value};
use serde::Deserialize;

use crate::error::ReportError;
use crate::escape;

/// The files of a complete templates folder.
pub const REQUIRED: [&str; 9] = [
    MARKDOWN,
    COMPARATIVE,
    NAMED,
    INDEX,
    DIFF,
    PAGE,
    REVIEW,
    REVIEW_OVERVIEW,
    REVIEW_DIFF,
];
/// The Markdown country report.
pub(crate) const MARKDOWN: &str = "country.md.j2";
/// The Markdown comparative report over many States.
pub(crate) const COMPARATIVE: &str = "comparative.md.j2";
/// The Markdown named view (restricted): the provision × State matrix.
pub(crate) const NAMED: &str = "comparative-named.md.j2";
/// The Markdown index of a batch of reports.
pub(crate) const INDEX: &str = "index.md.j2";
/// The HTML page around rendered Markdown.
pub(crate) const PAGE: &str = "page.html.j2";
/// The Markdown comparison of two answer sets.
pub(crate) const DIFF: &str = "diff.md.j2";
/// The Markdown report of one country review.
pub(crate) const REVIEW: &str = "review.md.j2";
/// The Markdown overview of many reviews, for the secretariat.
pub(crate) const REVIEW_OVERVIEW: &str = "review-overview.md.j2";
/// The Markdown comparison of two versions of one review.
pub(crate) const REVIEW_DIFF: &str = "review-diff.md.j2";
/// The words the reports share: labels, page titles, the words of the charts. Optional in a
/// templates folder: without it, the built-in one is used.
pub(crate) const LABELS: &str = "labels.j2";

/// Fuel per render: minijinja spends one unit per instruction it runs. The built-in templates
/// need under 2 million for the named view of 2,000 States (the largest render; a country
/// report needs under 30,000); 20 million stops a runaway loop in under a second (release).
pub(crate) const FUEL: u64 = 20_000_000;

/// The built-in templates. `templates/` in this crate is a link to `templates/` at the top of the
/// repository, where they are read and edited: kept once, and carried when the crate is packaged.
const BUILTIN: [(&str, &str); 9] = [
    (MARKDOWN, include_str!("../templates/country.md.j2")),
    (COMPARATIVE, include_str!("../templates/comparative.md.j2")),
    (NAMED, include_str!("../templates/comparative-named.md.j2")),
    (INDEX, include_str!("../templates/index.md.j2")),
    (PAGE, include_str!("../templates/page.html.j2")),
    (DIFF, include_str!("../templates/diff.md.j2")),
    (REVIEW, include_str!("../templates/review.md.j2")),
    (
        REVIEW_OVERVIEW,
        include_str!("../templates/review-overview.md.j2"),
    ),
    (REVIEW_DIFF, include_str!("../templates/review-diff.md.j2")),
];
const BUILTIN_LABELS: &str = include_str!("../templates/labels.j2");

/// A compiled set of report templates.
#[derive(Debug)]
pub struct Templates {
    env: Environment<'static>,
    /// Each template's text by name, to locate errors by column.
    sources: Vec<(String, String)>,
    /// For a templates folder: where it is, so a template it lacks is named when needed.
    dir: Option<std::path::PathBuf>,
}

impl Templates {
    /// The templates built into saq, each compiled when first used: a country report needs
    /// three of the ten, and compiling all of them was a tenth of its time. (The tests compile
    /// every one.)
    pub fn builtin() -> Result<Templates, ReportError> {
        let mut templates = Self::from_sources(std::iter::empty())?;
        templates.env.set_loader(|name| {
            Ok(BUILTIN
                .iter()
                .chain([&(LABELS, BUILTIN_LABELS)])
                .find(|(n, _)| *n == name)
                .map(|(_, text)| (*text).to_owned()))
        });
        templates.sources = BUILTIN
            .iter()
            .chain([&(LABELS, BUILTIN_LABELS)])
            .map(|(name, text)| ((*name).to_owned(), (*text).to_owned()))
            .collect();
        Ok(templates)
    }

    /// The templates in `dir`, which must hold every file of [`REQUIRED`].
    ///
    /// A folder may hold only the templates a job needs (say, `country.md.j2` and `page.html.j2`
    /// for country reports): a missing one is an error naming its path when it is needed.
    pub fn from_dir(dir: &Path) -> Result<Templates, ReportError> {
        if !dir.is_dir() {
            return Err(ReportError::MissingTemplate {
                path: dir.to_owned(),
            });
        }
        let mut sources = Vec::new();
        for name in REQUIRED.into_iter().chain([LABELS]) {
            let path = dir.join(name);
            match std::fs::read_to_string(&path) {
                Ok(text) => sources.push((name.to_owned(), text)),
                Err(err) if err.kind() == std::io::ErrorKind::NotFound && name == LABELS => {
                    sources.push((LABELS.to_owned(), BUILTIN_LABELS.to_owned()));
                }
                Err(err) if err.kind() == std::io::ErrorKind::NotFound => {}
                Err(source) => return Err(ReportError::ReadTemplate { path, source }),
            }
        }
        let mut templates = Self::from_sources(sources)?;
        templates.dir = Some(dir.to_owned());
        Ok(templates)
    }

    /// The built-in templates, each replaced by the file of the same name in `dir` when there
    /// is one: the `templates/` folder a questionnaire folder may carry, which overrides what it
    /// needs (its `labels.j2`, say) for that questionnaire only.
    pub fn over_builtin(dir: &Path) -> Result<Templates, ReportError> {
        let mut sources = Vec::new();
        for (name, builtin) in BUILTIN.iter().chain([&(LABELS, BUILTIN_LABELS)]) {
            let path = dir.join(name);
            match std::fs::read_to_string(&path) {
                Ok(text) => sources.push(((*name).to_owned(), text)),
                Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                    sources.push(((*name).to_owned(), (*builtin).to_owned()));
                }
                Err(source) => return Err(ReportError::ReadTemplate { path, source }),
            }
        }
        Self::from_sources(sources)
    }

    fn from_sources(
        sources: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Templates, ReportError> {
        let mut env = Environment::new();
        // A budget per render, so a template that loops without end stops with an error.
        env.set_fuel(Some(FUEL));
        // A misspelt field is an error naming the template and line, never an empty cell.
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        env.set_auto_escape_callback(|name| {
            if name.ends_with(".md.j2") {
                AutoEscape::Custom("markdown".into())
            } else if name.ends_with(".html.j2") {
                AutoEscape::Html
            } else {
                AutoEscape::None
            }
        });
        env.set_formatter(|out, state, value| {
            let markdown =
                matches!(state.auto_escape(), AutoEscape::Custom(name) if name == "markdown");
            if markdown && !value.is_safe() && !value.is_none() {
                out.write_str(&escape::markdown(&value.to_string()))?;
                Ok(())
            } else {
                minijinja::escape_formatter(out, state, value)
            }
        });
        env.add_filter("safe_url", |url: Option<String>| -> Value {
            url.and_then(|u| escape::safe_url(&u))
                .map_or(Value::from(()), Value::from)
        });
        let catalogs = crate::i18n::Catalogs::shared()?;
        let words = catalogs.clone();
        env.add_filter(
            "provision_ref",
            move |id: &str, instruments: Option<Value>| provision_ref(&words, id, instruments),
        );
        // A date (`YYYY-MM-DD`) as the page's language writes it (the catalog's `date`
        // message); anything else as it is.
        let dates = catalogs.clone();
        env.add_filter("date", move |value: Value| -> Value {
            let Some(iso) = value.as_str() else {
                return value;
            };
            dates
                .date(&crate::i18n::current_language(), iso)
                // Digits and the catalog's month names: made here, safe as they are (and the
                // bidi isolation an Arabic date carries must not be shown as escapes).
                .map_or(value.clone(), Value::from_safe_string)
        });
        // The in-page anchor of a heading with this text, as the HTML step and GitHub make it.
        env.add_filter("anchor", |heading: &str| {
            Value::from_safe_string(crate::markdown::anchor(heading))
        });
        env.add_filter("relative_link", |name: &str| {
            Value::from_safe_string(escape::relative_link(name))
        });
        crate::i18n::register(&mut env, catalogs);
        let sources: Vec<(String, String)> = sources.into_iter().collect();
        for (name, text) in &sources {
            env.add_template_owned(name.clone(), text.clone())
                .map_err(|err| ReportError::template(&err, name, Some(text)))?;
        }
        Ok(Templates {
            env,
            sources,
            dir: None,
        })
    }

    /// Renders template `name` with `context`.
    pub(crate) fn render(&self, name: &str, context: Value) -> Result<String, ReportError> {
        if let Some(dir) = &self.dir
            && !self.sources.iter().any(|(n, _)| n == name)
        {
            return Err(ReportError::MissingTemplate {
                path: dir.join(name),
            });
        }
        let located = |err: minijinja::Error| {
            let file = err.name().unwrap_or(name);
            let source = self
                .sources
                .iter()
                .find(|(n, _)| n == file)
                .map(|(_, text)| text.as_str());
            ReportError::template(&err, name, source)
        };
        let template = self.env.get_template(name).map_err(located)?;
        // The page's language, for `t` and for the labels it imports.
        let lang = context
            .get_attr("lang")
            .ok()
            .and_then(|l| l.as_str().map(str::to_owned))
            .unwrap_or_else(|| "en".to_owned());
        crate::i18n::in_language(&lang, || template.render(context)).map_err(located)
    }
}

impl Templates {
    /// The title of an HTML page of kind `page` (`country`, `comparative`, `named`, `index`,
    /// `diff`, `review`, `review-overview`), from the `page_title` macro of `labels.j2`.
    pub(crate) fn page_title(
        &self,
        lang: &str,
        page: &str,
        state: &str,
        instrument: &str,
    ) -> Result<String, ReportError> {
        let args = [
            Value::from(page),
            Value::from(state),
            Value::from(instrument),
        ];
        crate::i18n::in_language(lang, || {
            self.with_labels(|labels| labels.call_macro("page_title", &args))
        })
    }

    /// The words of the charts, in `lang`: the `chart` map of `labels.j2`.
    pub(crate) fn chart_words(&self, lang: &str) -> Result<ChartWords, ReportError> {
        let value = crate::i18n::in_language(lang, || {
            self.with_labels(|labels| {
                labels.lookup("chart").ok_or_else(|| {
                    minijinja::Error::new(
                        minijinja::ErrorKind::UndefinedError,
                        "labels.j2 sets no `chart`",
                    )
                })
            })
        })?;
        ChartWords::deserialize(value)
            .map_err(|err| ReportError::template(&err, LABELS, self.source_of(LABELS)))
    }

    /// Runs `f` on the state of `labels.j2`, once it has set its labels.
    fn with_labels<R>(
        &self,
        f: impl for<'s> FnOnce(&mut minijinja::State<'s, 's>) -> Result<R, minijinja::Error>,
    ) -> Result<R, ReportError> {
        let located =
            |err: minijinja::Error| ReportError::template(&err, LABELS, self.source_of(LABELS));
        let template = self.env.get_template(LABELS).map_err(located)?;
        let mut captured = template.render_captured(()).map_err(located)?;
        captured.with_state_mut(f).map_err(located)
    }

    fn source_of(&self, name: &str) -> Option<&str> {
        self.sources
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, text)| text.as_str())
    }
}

/// The words of the charts, as `labels.j2` gives them.
#[derive(Debug, Clone, serde::Deserialize)]
pub(crate) struct ChartWords {
    /// The statuses in chart order, grouped, each group with its colour and legend label.
    pub(crate) groups: Vec<ChartGroup>,
    /// The title of the bars per article.
    pub(crate) per_article_title: String,
    /// A bar's tooltip: `{article}`, `{count}`, `{status}`.
    pub(crate) per_article_bar: String,
    /// The title of the heat map.
    pub(crate) heat_map_title: String,
    /// A draft State's row label: `{state}`.
    pub(crate) heat_map_draft: String,
    /// A cell's tooltip: `{state}`, `{provision}`, `{status}`.
    pub(crate) heat_map_cell: String,
}

/// One group of statuses in a chart.
#[derive(Debug, Clone, serde::Deserialize)]
pub(crate) struct ChartGroup {
    /// The statuses drawn in it.
    pub(crate) statuses: Vec<saq_model::verdict::Verdict>,
    /// Its colour.
    pub(crate) colour: String,
    /// Its legend label.
    pub(crate) label: String,
}

/// `8.1.b` → `Article 8(1)(b)`; `7` → `Article 7`. A provision of another instrument than the
/// questionnaire's own, `untoc:12.1`, reads `UNTOC, article 12(1)`: the instrument's short title
/// comes from `instruments` (the assessment's `questionnaire.instruments`), as data, so no
/// instrument is named in code; without it, the id stands for the title. Made from a validated
/// id, so it is safe Markdown as it is; a short title is escaped.
fn provision_ref(catalogs: &crate::i18n::Catalogs, id: &str, instruments: Option<Value>) -> Value {
    let (prefix, provision) = saq_model::instrument::split_reference(id);
    // "Article 8(1)(b)" in the page's language (the catalog places the number).
    let lang = crate::i18n::current_language();
    let reference = |message: &str| {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("ref", provision_numbers(provision));
        catalogs
            .message(&lang, message, Some(&args))
            .unwrap_or_else(|| format!("Article {}", provision_numbers(provision)))
    };
    let Some(prefix) = prefix else {
        return Value::from_safe_string(reference("provision-article"));
    };
    let title = instruments
        .and_then(|list| list.try_iter().ok())
        .into_iter()
        .flatten()
        .find(|i| {
            i.get_attr("id")
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .as_deref()
                == Some(prefix)
        })
        .and_then(|i| i.get_attr("short_title").ok())
        .and_then(|t| t.as_str().map(str::to_owned))
        .unwrap_or_else(|| prefix.to_owned());
    Value::from_safe_string(format!(
        "{}, {}",
        escape::markdown(&title),
        reference("provision-article-after-title")
    ))
}

/// The numbers of a provision as the treaty writes them: `8.1.b` is `8(1)(b)`.
fn provision_numbers(id: &str) -> String {
    let mut parts = id.split('.');
    let mut text = parts.next().unwrap_or_default().to_owned();
    for part in parts {
        text.push('(');
        text.push_str(part);
        text.push(')');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_template_compiles() {
        // The built-in templates are compiled when first used: here, every one of them.
        let templates = Templates::builtin().unwrap();
        for (name, _) in BUILTIN.iter().chain([&(LABELS, BUILTIN_LABELS)]) {
            if let Err(err) = templates.env.get_template(name) {
                panic!("{name}: {err:#}");
            }
        }
        assert!(templates.env.get_template("no-such.md.j2").is_err());
    }

    #[test]
    fn provision_references_read_like_the_treaty() {
        assert_eq!(provision_numbers("8.1.b"), "8(1)(b)");
        assert_eq!(provision_numbers("3.d.ii"), "3(d)(ii)");
        assert_eq!(provision_numbers("14"), "14");
        let catalogs = crate::i18n::Catalogs::builtin().unwrap();
        let instrument: std::collections::BTreeMap<&str, Value> = [
            ("id", Value::from("ocean")),
            ("short_title", Value::from("Ocean Convention")),
            ("own", Value::from(false)),
        ]
        .into_iter()
        .collect();
        let instruments = Value::from(vec![Value::from(instrument)]);
        assert_eq!(
            provision_ref(&catalogs, "ocean:12.1", Some(instruments)).to_string(),
            "Ocean Convention, article 12(1)"
        );
        assert_eq!(
            provision_ref(&catalogs, "sea:2", None).to_string(),
            "sea, article 2"
        );
        assert_eq!(
            provision_ref(&catalogs, "5.1.a", None).to_string(),
            "Article 5(1)(a)"
        );
        let es =
            crate::i18n::in_language("es", || provision_ref(&catalogs, "5.1.a", None).to_string());
        assert_eq!(es, "Artículo 5(1)(a)");
    }

    #[test]
    fn builtin_templates_compile() {
        Templates::builtin().unwrap();
    }

    #[test]
    fn a_questionnaire_s_templates_override_the_built_in_ones_file_by_file() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(MARKDOWN), "# {{ 1 + 1 }} reefs\n").unwrap();
        let templates = Templates::over_builtin(dir.path()).unwrap();
        assert_eq!(templates.source_of(MARKDOWN), Some("# {{ 1 + 1 }} reefs\n"));
        assert_eq!(
            templates.render(MARKDOWN, Value::from(())).unwrap(),
            "# 2 reefs"
        );
        // The others are the built-in ones, and nothing is missing.
        let builtin = Templates::builtin().unwrap();
        for name in REQUIRED.iter().chain([&LABELS]).filter(|n| **n != MARKDOWN) {
            assert_eq!(templates.source_of(name), builtin.source_of(name), "{name}");
        }
        // A folder that does not exist is the built-in set.
        let none = Templates::over_builtin(&dir.path().join("absent")).unwrap();
        assert_eq!(none.source_of(MARKDOWN), builtin.source_of(MARKDOWN));
    }
}
