//! The pages and what each request does. Every page reads the answer file afresh; every post
//! checks its CSRF token, then that the file is still the version the page was made from, and
//! saves through [`saq_collect::save()`] only a text that passed the checks — then redirects,
//! so reloading a page never posts twice.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::extract::{Form as Posted_, Path, Query, State};
use axum::http::{StatusCode, header};
use axum::middleware;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use minijinja::value::Serde;
use minijinja::{Value, context};
use saq_collect::backup::keep_own_comments;
use saq_collect::submit::submit;
use saq_collect::{Fingerprint, Overwrite, Progress, SaveError, save};
use saq_model::answer_set::Status;
use saq_model::applicability::Applicability;
use saq_model::{Bundle, Diagnostic, LoadedAnswers, SourceFile};
use saq_render::{Format, markdown_to_html};
use serde::Serialize;

use crate::change::{self, Refused};
use crate::fields::{self, Fields};
use crate::guard::{self, Guard, constant_time_eq};
use crate::pages::{CSS, JS, Pages};
use crate::posted::{self, FieldError, Posted};
use crate::view::{self, Frame};
use crate::{Form, ServeError};

/// Everything a request needs.
pub(crate) struct App {
    pub(crate) guard: Guard,
    csrf: String,
    form: Form,
    pages: Pages,
    /// The file as the person named it, for messages.
    name: String,
    /// Held from reading the file to saving it, so two posts never interleave.
    writing: Mutex<()>,
}

impl App {
    pub(crate) fn new(form: Form, guard: Guard, csrf: String) -> Result<App, ServeError> {
        Ok(App {
            guard,
            csrf,
            name: form.path.display().to_string(),
            form,
            pages: Pages::new()?,
            writing: Mutex::new(()),
        })
    }
}

/// The routes, each under `/TOKEN/`, behind [`guard::check`].
pub(crate) fn router(app: Arc<App>) -> Router {
    let base = app.guard.base();
    Router::new()
        .route(&base, get(start))
        .route(&base[..base.len() - 1], get(to_start))
        .route(
            &format!("{base}section/{{id}}"),
            get(section).post(save_section),
        )
        .route(&format!("{base}applies/{{id}}"), post(applies))
        .route(&format!("{base}report"), get(report))
        .route(
            &format!("{base}submit"),
            get(submit_page).post(submit_answers),
        )
        .route(&format!("{base}static/saq.css"), get(css))
        .route(&format!("{base}static/saq.js"), get(js))
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(app.clone(), guard::check))
        .with_state(app)
}

/// The answer file as read for one request.
struct Current {
    source: SourceFile,
    version: String,
    loaded: LoadedAnswers,
}

impl Current {
    /// The questionnaire the set is read against: scoped to its cluster if it names one.
    fn bundle<'a>(&'a self, app: &'a App) -> &'a Bundle {
        self.loaded.bundle(&app.form.bundle)
    }
}

/// A response that is a page (or a refusal already made into one).
type Page = Result<Response, Response>;

impl App {
    fn read(&self) -> Result<Current, Response> {
        let source = SourceFile::read(&self.form.path).map_err(|err| {
            self.problem(
                StatusCode::INTERNAL_SERVER_ERROR,
                "unreadable",
                Some(err.to_string()),
                &[],
            )
        })?;
        let checked = self.form.bundle.load_answers(&source);
        let errors: Vec<Diagnostic> = checked
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .cloned()
            .collect();
        match checked.value {
            Some(loaded) if errors.is_empty() => Ok(Current {
                version: hex(Fingerprint::of(source.text.as_bytes())),
                source,
                loaded,
            }),
            _ => Err(self.problem(StatusCode::CONFLICT, "invalid", None, &errors)),
        }
    }

    /// The form's catalog message `id` with `args`, in the pages' language.
    fn say(&self, id: &str, args: &[(&str, &str)]) -> String {
        let mut fluent = saq_render::i18n::FluentArgs::new();
        for (key, value) in args {
            fluent.set(*key, (*value).to_owned());
        }
        saq_render::i18n::Catalogs::shared()
            .ok()
            .and_then(|catalogs| catalogs.message(&self.lang(), id, Some(&fluent)))
            .unwrap_or_else(|| id.to_owned())
    }

    /// The language of the pages: the questionnaire's, as `--lang` or the answers made it.
    fn lang(&self) -> String {
        self.form
            .bundle
            .questionnaire
            .languages
            .first()
            .cloned()
            .unwrap_or_else(|| "en".into())
    }

    fn frame(&self, current: &Current, progress: &Progress) -> Frame {
        Frame::new(
            &self.guard.base(),
            &self.csrf,
            &current.version,
            &self.name,
            current.bundle(self),
            &current.loaded,
            progress,
        )
    }

    fn render(&self, status: StatusCode, name: &str, context: minijinja::Value) -> Response {
        match self.pages.render(name, context) {
            Ok(html) => (status, Html(html)).into_response(),
            // A bug in a built-in template: say so rather than show half a page.
            Err(err) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                format!("saq serve: the page {name} cannot be made: {err:#}"),
            )
                .into_response(),
        }
    }

    /// A page that says what went wrong and what to do; `diagnostics` are listed with their
    /// places in the file.
    ///
    /// `what` names the problem: the page's title and text are the catalog's
    /// `form-problem-WHAT` and `form-problem-WHAT-text`; `detail` is the system's own reason,
    /// shown as it is.
    fn problem(
        &self,
        status: StatusCode,
        what: &str,
        detail: Option<String>,
        diagnostics: &[Diagnostic],
    ) -> Response {
        let listed: Vec<_> = diagnostics
            .iter()
            .map(|d| {
                context! {
                    place => format!("{}:{}:{}", d.file, d.line, d.column),
                    message => d.message.clone(),
                    help => d.help.clone(),
                }
            })
            .collect();
        self.render(
            status,
            "problem.html.j2",
            context! {
                base => self.guard.base(),
                lang => self.lang(),
                what,
                detail,
                diagnostics => listed,
            },
        )
    }

    fn csrf_ok(&self, posted: &str) -> Result<(), Response> {
        if constant_time_eq(posted.as_bytes(), self.csrf.as_bytes()) {
            Ok(())
        } else {
            Err(self.problem(StatusCode::FORBIDDEN, "expired", None, &[]))
        }
    }

    /// Saves `text` over the file read as `current`: the backup copy of comments of one's own
    /// the rewrite drops, then the atomic save, refused if the file changed since.
    fn save(&self, current: &Current, text: &str) -> Result<(), SaveFailed> {
        let path = &self.form.path;
        keep_own_comments(path, &current.source.text, text)
            .map_err(|e| SaveFailed::Other(e.to_string()))?;
        let read = Fingerprint::of(current.source.text.as_bytes());
        save(path, text, Overwrite::IfUnchanged(read)).map_err(|err| match err {
            SaveError::Changed { .. } => SaveFailed::Changed,
            other => SaveFailed::Other(other.to_string()),
        })
    }
}

enum SaveFailed {
    Changed,
    Other(String),
}

/// Hex digits of a fingerprint: the version a form carries.
pub(crate) fn hex(fingerprint: Fingerprint) -> String {
    fingerprint
        .as_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

async fn to_start(State(app): State<Arc<App>>) -> Redirect {
    Redirect::to(&app.guard.base())
}

async fn start(State(app): State<Arc<App>>) -> Response {
    page(start_page(&app))
}

fn start_page(app: &App) -> Page {
    let current = app.read()?;
    let bundle = current.bundle(app);
    let progress = Progress::of(&bundle.questionnaire, &current.loaded.answers);
    let mut frame = app.frame(&current, &progress);
    frame.page = "start";
    Ok(app.render(
        StatusCode::OK,
        "start.html.j2",
        context! {
            frame => Value::from(Serde(&frame)),
            complete => progress.is_complete(),
        },
    ))
}

/// What a section page shows besides its questions.
#[derive(Default, Serialize)]
struct Notes {
    saved: bool,
    unchanged: bool,
    conflict: bool,
    read_only: bool,
    /// Texts of the questions whose answers were set aside or brought back by the last save.
    kept_aside: Vec<String>,
    restored: Vec<String>,
    /// The errors of the summary: field errors and whole-file ones.
    errors: Vec<FieldError>,
}

#[derive(serde::Deserialize, Default)]
struct SectionQuery {
    #[serde(default)]
    saved: Option<String>,
    #[serde(default)]
    more: Option<String>,
    #[serde(default)]
    aside: Option<String>,
    #[serde(default)]
    restored: Option<String>,
}

async fn section(
    State(app): State<Arc<App>>,
    Path(id): Path<String>,
    Query(query): Query<SectionQuery>,
) -> Response {
    page(section_get(&app, &id, &query))
}

fn section_get(app: &App, id: &str, query: &SectionQuery) -> Page {
    let current = app.read()?;
    let bundle = current.bundle(app);
    let index = section_index(app, bundle, id)?;
    let texts = |ids: &Option<String>| -> Vec<String> {
        ids.as_deref()
            .unwrap_or("")
            .split(',')
            .filter_map(|id| {
                bundle
                    .questionnaire
                    .questions()
                    .find(|(_, q)| q.id.value == id)
                    .map(|(_, q)| q.text.clone())
            })
            .collect()
    };
    let notes = Notes {
        saved: query.saved.as_deref() == Some("1"),
        unchanged: query.saved.as_deref() == Some("0"),
        kept_aside: texts(&query.aside),
        restored: texts(&query.restored),
        ..Notes::default()
    };
    let (values, kept_aside) = file_values(bundle, index, &current.loaded);
    Ok(section_page(
        app,
        &current,
        index,
        &values,
        &kept_aside,
        notes,
        query.more.as_deref(),
        StatusCode::OK,
    ))
}

fn section_index(app: &App, bundle: &Bundle, id: &str) -> Result<usize, Response> {
    bundle
        .questionnaire
        .sections
        .iter()
        .position(|s| s.id.value == id)
        .ok_or_else(|| app.problem(StatusCode::NOT_FOUND, "no-section", None, &[]))
}

/// The fields of section `index` as the file has them: each question's answer, or else the
/// answer kept aside for it (listed second).
fn file_values(bundle: &Bundle, index: usize, loaded: &LoadedAnswers) -> (Fields, Vec<String>) {
    let mut values = Fields::new();
    let mut kept_aside = Vec::new();
    let set = &loaded.file;
    for question in &bundle.questionnaire.sections[index].questions {
        let id = question.id.value.as_str();
        if let Some(value) = set.answer(id) {
            fields::of_answer(question, value, &mut values);
        } else if let Some(value) = set.inactive_answer(id) {
            fields::of_answer(question, value, &mut values);
            kept_aside.push(id.to_owned());
        }
    }
    (values, kept_aside)
}

#[allow(clippy::too_many_arguments)]
fn section_page(
    app: &App,
    current: &Current,
    index: usize,
    values: &Fields,
    kept_aside: &[String],
    mut notes: Notes,
    more: Option<&str>,
    status: StatusCode,
) -> Response {
    let bundle = current.bundle(app);
    let questionnaire = &bundle.questionnaire;
    let answers = &current.loaded.answers;
    let progress = Progress::of(questionnaire, answers);
    let applicability = Applicability::evaluate(questionnaire, answers);
    let mut frame = app.frame(current, &progress);
    let section = &questionnaire.sections[index];
    frame.current = Some(section.id.value.clone());
    frame.page = "section";
    notes.read_only = current.loaded.file.status.value == Status::Submitted;
    let questions = view::questions(
        bundle,
        index,
        &applicability,
        values,
        kept_aside,
        &notes.errors,
        more,
        notes.read_only,
    );
    let shown = progress.sections.get(index);
    let neighbour = |i: Option<usize>| i.and_then(|i| frame.sections.get(i).cloned());
    let previous = neighbour(index.checked_sub(1));
    let next = neighbour(Some(index + 1));
    app.render(
        status,
        "section.html.j2",
        context! {
            section => context! {
                id => section.id.value.clone(),
                title => section.title.clone(),
                intro => section.intro.clone(),
                obligation => section.obligation,
                applies => shown.is_none_or(|s| s.applies),
                skip_reason => shown.and_then(|s| s.skip_reason.clone()),
            },
            questions => Value::from(Serde(&questions)),
            notes => Value::from(Serde(&notes)),
            previous => Value::from(Serde(&previous)),
            next => Value::from(Serde(&next)),
            frame => Value::from(Serde(&frame)),
        },
    )
}

async fn save_section(
    State(app): State<Arc<App>>,
    Path(id): Path<String>,
    Posted_(pairs): Posted_<Vec<(String, String)>>,
) -> Response {
    page(section_post(&app, &id, Posted::new(pairs)))
}

fn section_post(app: &App, id: &str, posted: Posted) -> Page {
    app.csrf_ok(&posted.csrf)?;
    // Poisoned only if a handler panicked mid-save; the file is whole either way.
    let _writing = app.writing.lock().unwrap_or_else(|e| e.into_inner());
    let current = app.read()?;
    let bundle = current.bundle(app);
    let index = section_index(app, bundle, id)?;
    let section = &bundle.questionnaire.sections[index];
    // Only a question of this section can get another row (the value goes into a URL).
    let more = posted
        .action
        .strip_prefix("more:")
        .filter(|q| section.questions.iter().any(|x| x.id.value == *q))
        .map(str::to_owned);
    // What the person typed, shown back when it is not saved.
    let refused = |notes: Notes, status| {
        Ok(section_page(
            app,
            &current,
            index,
            &posted.fields,
            &[],
            notes,
            more.as_deref(),
            status,
        ))
    };
    if posted.version != current.version {
        return refused(
            Notes {
                conflict: true,
                ..Notes::default()
            },
            StatusCode::CONFLICT,
        );
    }
    if current.loaded.file.status.value == Status::Submitted {
        return Err(app.problem(StatusCode::CONFLICT, "submitted", None, &[]));
    }
    let (changes, errors) = posted::read(&bundle.questionnaire, section, &posted, &|id, args| {
        app.say(id, args)
    });
    if !errors.is_empty() {
        return refused(
            Notes {
                errors,
                ..Notes::default()
            },
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    let today = (app.form.today)();
    let applied = match change::apply(
        bundle,
        &current.loaded.file,
        &changes,
        &today,
        &current.source.name,
    ) {
        Ok(applied) => applied,
        Err(Refused::Invalid(diagnostics)) => {
            let errors = diagnostics
                .into_iter()
                .map(|d| whole_file_error(bundle, index, d))
                .collect();
            return refused(
                Notes {
                    errors,
                    ..Notes::default()
                },
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
        Err(Refused::Write(err)) => {
            return Err(app.problem(
                StatusCode::INTERNAL_SERVER_ERROR,
                "write",
                Some(err.to_string()),
                &[],
            ));
        }
    };
    let mut query = vec![];
    if let Some(applied) = &applied {
        match app.save(&current, &applied.text) {
            Ok(()) => {}
            Err(SaveFailed::Changed) => {
                return refused(
                    Notes {
                        conflict: true,
                        ..Notes::default()
                    },
                    StatusCode::CONFLICT,
                );
            }
            Err(SaveFailed::Other(why)) => {
                return Err(app.problem(StatusCode::INTERNAL_SERVER_ERROR, "save", Some(why), &[]));
            }
        }
        query.push("saved=1".to_owned());
        if !applied.moved.kept_aside.is_empty() {
            query.push(format!("aside={}", applied.moved.kept_aside.join(",")));
        }
        if !applied.moved.restored.is_empty() {
            query.push(format!("restored={}", applied.moved.restored.join(",")));
        }
    } else {
        query.push("saved=0".to_owned());
    }
    let base = app.guard.base();
    let sections = &bundle.questionnaire.sections;
    let target = match (posted.action.as_str(), &more) {
        ("next", _) if index + 1 < sections.len() => {
            format!("{base}section/{}", sections[index + 1].id.value)
        }
        (_, Some(question)) => {
            query.push(format!("more={question}"));
            format!("{base}section/{id}")
        }
        _ => format!("{base}section/{id}"),
    };
    let anchor = more.map(|q| format!("#q-{q}")).unwrap_or_default();
    Ok(Redirect::to(&format!("{target}?{}{anchor}", query.join("&"))).into_response())
}

/// An error of the whole new file, tied to the question of this section it names if any.
fn whole_file_error(bundle: &Bundle, index: usize, d: Diagnostic) -> FieldError {
    let question = bundle.questionnaire.sections[index]
        .questions
        .iter()
        .find(|q| d.message.contains(&format!("`{}`", q.id.value)));
    // At the question, its id is no news: "answer to `q_x`: too large" says "too large".
    let message = question
        .and_then(|q| {
            d.message
                .strip_prefix(&format!("answer to `{}`: ", q.id.value))
                .map(str::to_owned)
        })
        .unwrap_or(d.message);
    FieldError {
        question: question.map(|q| q.id.value.clone()).unwrap_or_default(),
        target: question
            .map(|q| posted::first_input(&bundle.questionnaire, q))
            .unwrap_or_else(|| "answers".into()),
        message,
        help: d.help,
    }
}

/// For the script: which questions of the section apply with the answers on the page as they
/// stand (not saved). Values that cannot be read count as no answer.
async fn applies(
    State(app): State<Arc<App>>,
    Path(id): Path<String>,
    Posted_(pairs): Posted_<Vec<(String, String)>>,
) -> Response {
    let posted = Posted::new(pairs);
    if let Err(refusal) = app.csrf_ok(&posted.csrf) {
        return refusal;
    }
    let current = match app.read() {
        Ok(current) => current,
        Err(refusal) => return refusal,
    };
    let bundle = current.bundle(&app);
    let Ok(index) = section_index(&app, bundle, &id) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let section = &bundle.questionnaire.sections[index];
    let (changes, _) = posted::read(&bundle.questionnaire, section, &posted, &|id, args| {
        app.say(id, args)
    });
    let applicability = change::preview(bundle, &current.loaded.file, &changes);
    let applies: HashMap<&str, bool> = section
        .questions
        .iter()
        .map(|q| (q.id.value.as_str(), applicability.of(&q.id.value).is_yes()))
        .collect();
    axum::Json(applies).into_response()
}

async fn report(State(app): State<Arc<App>>) -> Response {
    page(report_page(&app))
}

fn report_page(app: &App) -> Page {
    let current = app.read()?;
    let bundle = current.bundle(app);
    let progress = Progress::of(&bundle.questionnaire, &current.loaded.answers);
    let mut frame = app.frame(&current, &progress);
    frame.page = "report";
    let assessment = saq_assess::assessment::assess(&app.form.bundle, &current.loaded);
    let markdown =
        saq_render::render(Format::Markdown, &assessment, &app.form.templates).map_err(|err| {
            app.problem(
                StatusCode::INTERNAL_SERVER_ERROR,
                "report",
                Some(err.to_string()),
                &[],
            )
        })?;
    // The Markdown step escapes answer text; this step keeps only safe links and no raw HTML.
    let report = markdown_to_html(&markdown);
    Ok(app.render(
        StatusCode::OK,
        "report.html.j2",
        context! { frame => Value::from(Serde(&frame)), report => Value::from_safe_string(report) },
    ))
}

async fn submit_page(State(app): State<Arc<App>>) -> Response {
    page(submit_get(&app, StatusCode::OK, false))
}

fn submit_get(app: &App, status: StatusCode, refused: bool) -> Page {
    let current = app.read()?;
    let bundle = current.bundle(app);
    let progress = Progress::of(&bundle.questionnaire, &current.loaded.answers);
    let mut frame = app.frame(&current, &progress);
    frame.page = "submit";
    let missing: Vec<_> = progress
        .sections
        .iter()
        .flat_map(|s| {
            s.missing.iter().map(move |id| {
                let text = bundle
                    .questionnaire
                    .questions()
                    .find(|(_, q)| q.id.value == *id)
                    .map(|(_, q)| q.text.clone())
                    .unwrap_or_default();
                context! { id, text, section => s.id.clone(), section_title => s.title.clone() }
            })
        })
        .collect();
    Ok(app.render(
        status,
        "submit.html.j2",
        context! {
            frame => Value::from(Serde(&frame)),
            missing,
            refused,
            submitted => current.loaded.file.status.value == Status::Submitted,
            digest => current.loaded.file.digest.as_ref().map(|d| d.value.clone()),
            carry => app.form.carry.clone(),
        },
    ))
}

async fn submit_answers(
    State(app): State<Arc<App>>,
    Posted_(pairs): Posted_<Vec<(String, String)>>,
) -> Response {
    page(submit_post(&app, Posted::new(pairs)))
}

fn submit_post(app: &App, posted: Posted) -> Page {
    app.csrf_ok(&posted.csrf)?;
    let _writing = app.writing.lock().unwrap_or_else(|e| e.into_inner());
    let current = app.read()?;
    if posted.version != current.version {
        return Err(app.problem(StatusCode::CONFLICT, "changed-before-submit", None, &[]));
    }
    let bundle = current.bundle(app);
    let set = &current.loaded.file;
    if set.status.value == Status::Submitted {
        return Ok(Redirect::to(&format!("{}submit", app.guard.base())).into_response());
    }
    let progress = Progress::of(&bundle.questionnaire, &current.loaded.answers);
    if !progress.is_complete() {
        return submit_get(app, StatusCode::UNPROCESSABLE_ENTITY, true);
    }
    let today = (app.form.today)();
    let submission = submit(bundle, &current.source, set, &today).map_err(|err| {
        app.problem(
            StatusCode::INTERNAL_SERVER_ERROR,
            "submit",
            Some(err.to_string()),
            &[],
        )
    })?;
    match app.save(&current, &submission.text) {
        Ok(()) => Ok(Redirect::to(&format!("{}submit", app.guard.base())).into_response()),
        Err(SaveFailed::Changed) => {
            Err(app.problem(StatusCode::CONFLICT, "changed-while-submitting", None, &[]))
        }
        Err(SaveFailed::Other(why)) => {
            Err(app.problem(StatusCode::INTERNAL_SERVER_ERROR, "submit", Some(why), &[]))
        }
    }
}

async fn css() -> Response {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], CSS).into_response()
}

async fn js() -> Response {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        JS,
    )
        .into_response()
}

async fn not_found(State(app): State<Arc<App>>) -> Response {
    app.problem(StatusCode::NOT_FOUND, "no-page", None, &[])
}

fn page(result: Page) -> Response {
    result.unwrap_or_else(|refusal| refusal)
}
