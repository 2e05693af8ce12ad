//! The words of reports and pages in each language, for templates: the `t` function they call
//! for a catalog message (`{{ t("summary-heading") }}`, `{{ t("questions-answered",
//! answered=3, applicable=5) }}`), `dir(lang)` for the pages' `dir` attribute, and the
//! `number` filter. The catalogs themselves are [`saq_i18n`]'s.
//!
//! The language is the page's: [`in_language`] sets it for the thread that renders (English
//! without one).
//!
//! Escaping: a message's own text is the catalog's, trusted like a template's; the values put
//! into it (a State's name, a title) are escaped first for the output the template makes —
//! Markdown or HTML — so a catalog can hold Markdown emphasis or a link while no answer text
//! can make any.

use std::sync::Arc;

use fluent_bundle::FluentValue;
use minijinja::value::Kwargs;
use minijinja::{AutoEscape, Error, ErrorKind, State, Value};
pub use saq_i18n::{AREAS, Catalogs, FluentArgs, LANGUAGES, format_number, is_rtl};

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

/// The language of the page this thread is rendering.
pub fn current_language() -> String {
    LANGUAGE.with(|l| l.borrow().clone())
}

/// Adds `t(id, **args)`, `dir(lang)` and the `number` filter to `env`, reading `catalogs` in the language of [`in_language`].
pub fn register(env: &mut minijinja::Environment<'_>, catalogs: Arc<Catalogs>) {
    env.add_function("dir", |lang: &str| if is_rtl(lang) { "rtl" } else { "ltr" });
    // A number as the page's language writes it; anything else (an empty cell) as it is.
    env.add_filter("number", |value: Value| -> Value {
        match f64::try_from(value.clone()) {
            Ok(n) if value.is_number() => {
                Value::from(format_number(&LANGUAGE.with(|l| l.borrow().clone()), n))
            }
            _ => value,
        }
    });
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

    #[test]
    fn t_escapes_values_for_the_output_and_isolates_them_in_arabic() {
        let catalogs = Catalogs::builtin().unwrap();
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
    fn the_number_filter_writes_the_pages_language() {
        let mut env = minijinja::Environment::new();
        register(&mut env, Arc::new(Catalogs::builtin().unwrap()));
        env.add_template(
            "n.md.j2",
            "{{ 12345 | number }} {{ 2.5 | number }} {{ 'x' | number }}",
        )
        .unwrap();
        let render = |lang: &str| {
            in_language(lang, || {
                env.get_template("n.md.j2")
                    .unwrap()
                    .render(minijinja::context! {})
                    .unwrap()
            })
        };
        assert_eq!(render("en"), "12,345 2.5 x");
        assert_eq!(render("fr"), "12\u{202f}345 2,5 x");
    }

    fn dir_of(lang: &str) -> &'static str {
        if is_rtl(lang) { "rtl" } else { "ltr" }
    }
}
