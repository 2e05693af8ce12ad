//! Condition and constraint expressions (`q_5_1_a in ["yes", "partly"]`), compiled and evaluated
//! by minijinja's expression engine rather than a parser of our own.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, LazyLock, RwLock};

#[cfg(test)]
use minijinja::value::Serde;
use minijinja::{Environment, Expression, UndefinedBehavior, Value};

/// Evaluation budget per expression: enough for any real condition, and a hard stop for
/// something like `range(10**9) | list` in a hostile questionnaire.
const FUEL: u64 = 50_000;

static ENV: LazyLock<Environment<'static>> = LazyLock::new(|| {
    let mut env = Environment::new();
    // An unknown name is a mistake in the questionnaire, never "false".
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_fuel(Some(FUEL));
    env
});

/// Compiled expressions by source text. A questionnaire has a few hundred distinct conditions and
/// every answer set evaluates them all, so compiling each once matters for batches of hundreds of
/// States.
type Cache = HashMap<String, Result<Arc<Expression<'static, 'static>>, String>>;
static CACHE: LazyLock<RwLock<Cache>> = LazyLock::new(|| RwLock::new(HashMap::new()));

/// Beyond this many distinct expressions the cache starts afresh, so no input can grow it
/// without bound.
const CACHE_LIMIT: usize = 10_000;

fn compiled(expression: &str) -> Result<Arc<Expression<'static, 'static>>, String> {
    if let Some(hit) = CACHE
        .read()
        .unwrap_or_else(|p| p.into_inner())
        .get(expression)
    {
        return hit.clone();
    }
    let result = ENV
        .compile_expression_owned(expression.to_owned())
        .map(Arc::new)
        .map_err(describe);
    let mut cache = CACHE.write().unwrap_or_else(|p| p.into_inner());
    if cache.len() >= CACHE_LIMIT {
        cache.clear();
    }
    cache.insert(expression.to_owned(), result.clone());
    result
}

/// The names an expression reads, or the reason it does not compile.
pub fn names(expression: &str) -> Result<BTreeSet<String>, String> {
    let compiled = compiled(expression)?;
    Ok(compiled
        .undeclared_variables(false)
        .into_iter()
        // Built-in functions such as `range` are not answers.
        .filter(|name| ENV.globals().all(|(global, _)| global != name.as_str()))
        .collect())
}

/// Evaluates `expression` against `context` (a map from names to values) and tells whether it
/// holds. Any value minijinja considers true counts as true.
pub fn holds(expression: &str, context: &Value) -> Result<bool, String> {
    let compiled = compiled(expression)?;
    compiled
        .eval(context)
        .map(|v| v.is_true())
        .map_err(describe)
}

fn describe(err: minijinja::Error) -> String {
    match err.detail() {
        Some(detail) => format!("{}: {detail}", err.kind()),
        None => err.kind().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_lists_answers_read() {
        let found = names(r#"q_a in ["yes", "partly"] and q_b > 3 and range(3)"#).unwrap();
        assert_eq!(found.into_iter().collect::<Vec<_>>(), ["q_a", "q_b"]);
    }

    #[test]
    fn syntax_errors_are_reported() {
        assert!(names("q_a in [").is_err());
    }

    #[test]
    fn evaluates_membership() {
        let ctx = Value::from(Serde(serde_json::json!({"q_a": "partly", "q_b": null})));
        assert!(holds(r#"q_a in ["yes", "partly"]"#, &ctx).unwrap());
        assert!(!holds(r#"q_b in ["yes"]"#, &ctx).unwrap());
    }

    #[test]
    fn runaway_expressions_stop() {
        let ctx = Value::from(Serde(serde_json::json!({})));
        assert!(holds("range(100000) | list | length > 0", &ctx).is_err());
    }
}
