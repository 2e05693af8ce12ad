//! The page templates (`templates/form/`, built into the binary like the report templates), the
//! style sheet and the script. Templates ending in `.html.j2` are auto-escaped as HTML, so every
//! value — question text from the questionnaire, answer text from the file — is data.

use minijinja::{AutoEscape, Environment, UndefinedBehavior, Value};

/// The templates, by name.
const TEMPLATES: [(&str, &str); 7] = [
    (
        "layout.html.j2",
        include_str!("../templates/form/layout.html.j2"),
    ),
    (
        "macros.html.j2",
        include_str!("../templates/form/macros.html.j2"),
    ),
    (
        "start.html.j2",
        include_str!("../templates/form/start.html.j2"),
    ),
    (
        "section.html.j2",
        include_str!("../templates/form/section.html.j2"),
    ),
    (
        "report.html.j2",
        include_str!("../templates/form/report.html.j2"),
    ),
    (
        "submit.html.j2",
        include_str!("../templates/form/submit.html.j2"),
    ),
    (
        "problem.html.j2",
        include_str!("../templates/form/problem.html.j2"),
    ),
];

/// The report templates' shared words (force names), imported by the form's templates.
const LABELS: &str = include_str!("../templates/labels.j2");

/// The style sheet of every page.
pub(crate) const CSS: &str = include_str!("../templates/form/saq.css");

/// The script that enhances the pages (they work without it).
pub(crate) const JS: &str = include_str!("../templates/form/saq.js");

/// The compiled templates.
pub(crate) struct Pages {
    env: Environment<'static>,
}

impl Pages {
    pub(crate) fn new() -> Result<Pages, minijinja::Error> {
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        env.set_auto_escape_callback(|name| {
            if name.ends_with(".html.j2") {
                AutoEscape::Html
            } else {
                AutoEscape::None
            }
        });
        // The words shared with the reports (`labels.j2`) come from the message catalogs.
        let catalogs = saq_render::i18n::Catalogs::shared().map_err(|e| {
            minijinja::Error::new(minijinja::ErrorKind::InvalidOperation, e.to_string())
        })?;
        saq_render::i18n::register(&mut env, catalogs);
        // A link whose words come from a catalog message, to put into another message as one
        // value (so a right-to-left language isolates the whole link, never its address).
        env.add_function("link", |href: &str, text: Value| {
            let text = if text.is_safe() {
                text.to_string()
            } else {
                saq_render::i18n::html(&text.to_string())
            };
            Value::from_safe_string(format!(
                "<a href=\"{}\">{text}</a>",
                saq_render::i18n::html(href)
            ))
        });
        env.add_template("labels.j2", LABELS)?;
        for (name, source) in TEMPLATES {
            env.add_template(name, source)?;
        }
        Ok(Pages { env })
    }

    /// Renders the template `name` with `context`, in the language of its `frame.lang` (or its
    /// `lang`).
    pub(crate) fn render(&self, name: &str, context: Value) -> Result<String, minijinja::Error> {
        let template = self.env.get_template(name)?;
        // A page of the form carries its frame; a problem page only the language.
        let lang = context
            .get_attr("frame")
            .and_then(|f| f.get_attr("lang"))
            .ok()
            .filter(|l| !l.is_undefined())
            .or_else(|| context.get_attr("lang").ok())
            .and_then(|l| l.as_str().map(str::to_owned))
            .unwrap_or_else(|| "en".to_owned());
        saq_render::i18n::in_language(&lang, || template.render(context))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_templates_compile() {
        Pages::new().unwrap();
    }
}
