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
    // Date arithmetic, for deadlines such as "within one year of entry into force":
    // `value <= add_years(q_entry_into_force, 1)`. Dates are `YYYY-MM-DD` text, which compares
    // in calendar order.
    env.add_function("add_days", |date: Value, n: i64| {
        shift(&date, Unit::Days, n)
    });
    env.add_function("add_months", |date: Value, n: i64| {
        shift(&date, Unit::Months, n)
    });
    env.add_function("add_years", |date: Value, n: i64| {
        shift(&date, Unit::Years, n)
    });
    env.add_function("days_between", days_between);
    env
});

#[derive(Clone, Copy)]
enum Unit {
    Days,
    Months,
    Years,
}

/// `date` moved by `n` units, as `YYYY-MM-DD`; none for none (a question not answered), so a
/// condition on an unanswered date is simply not met. A month or year added to the 31st or to
/// 29 February lands on the last day of the shorter month.
fn shift(date: &Value, unit: Unit, n: i64) -> Result<Value, minijinja::Error> {
    let Some(date) = civil(date)? else {
        return Ok(Value::from(()));
    };
    let span = match unit {
        Unit::Days => jiff::Span::new().try_days(n),
        Unit::Months => jiff::Span::new().try_months(n),
        Unit::Years => jiff::Span::new().try_years(n),
    }
    .and_then(|span| date.checked_add(span))
    .map_err(|err| invalid(format!("cannot move {date} by {n}: {err}")))?;
    Ok(Value::from(span.to_string()))
}

/// The number of days from `from` to `to` (negative when `to` comes first); none when either is.
fn days_between(from: Value, to: Value) -> Result<Value, minijinja::Error> {
    let (Some(from), Some(to)) = (civil(&from)?, civil(&to)?) else {
        return Ok(Value::from(()));
    };
    let days = (to - from).get_days();
    Ok(Value::from(days))
}

/// A date value: none, or `YYYY-MM-DD` text.
fn civil(value: &Value) -> Result<Option<jiff::civil::Date>, minijinja::Error> {
    if value.is_none() || value.is_undefined() {
        return Ok(None);
    }
    let text = value
        .as_str()
        .ok_or_else(|| invalid(format!("{value} is not a date (YYYY-MM-DD)")))?;
    text.parse()
        .map(Some)
        .map_err(|_| invalid(format!("`{text}` is not a date (YYYY-MM-DD)")))
}

fn invalid(detail: String) -> minijinja::Error {
    minijinja::Error::new(minijinja::ErrorKind::InvalidOperation, detail)
}

/// Compiled expressions by source text. A questionnaire has a few hundred distinct conditions and
/// every answer set evaluates them all, so compiling each once matters for batches of hundreds of
/// States.
type Cache = HashMap<String, Result<Arc<Expression<'static, 'static>>, String>>;
static CACHE: LazyLock<RwLock<Cache>> = LazyLock::new(|| RwLock::new(HashMap::new()));

/// Beyond this many distinct expressions the cache starts afresh, so no input can grow it
/// without bound.
const CACHE_LIMIT: usize = 10_000;

/// The longest expression accepted, in characters: real conditions are under a hundred.
pub const MAX_LENGTH: usize = 1_000;

/// The deepest expression accepted, as [`depth`] estimates it. minijinja's parser and compiler
/// recurse once per nesting level, so an expression of 20,000 `-` signs overflows the stack;
/// real conditions stay under ten.
pub const MAX_DEPTH: usize = 50;

/// Why `expression` is too long or too deep to compile safely, or `None` if it is not.
pub fn too_complex(expression: &str) -> Option<String> {
    let length = expression.chars().count();
    if length > MAX_LENGTH {
        return Some(format!(
            "this expression is {length} characters long; the limit is {MAX_LENGTH}"
        ));
    }
    let depth = depth(expression);
    if depth > MAX_DEPTH {
        return Some(format!(
            "this expression nests {depth} levels deep (brackets and operators); the limit is \
             {MAX_DEPTH}"
        ));
    }
    let digits = longest_number(expression);
    if digits > MAX_DIGITS {
        return Some(format!(
            "this expression writes a number of {digits} digits; the limit is {MAX_DIGITS}"
        ));
    }
    None
}

/// The most digits a number in an expression may have. Real conditions count years, cases and
/// percentages; numbers near the edge of 64-bit integers make the expression engine's slicing
/// and `range` overflow (a panic in a debug build).
pub const MAX_DIGITS: usize = 15;

/// The longest run of digits outside string literals.
fn longest_number(expression: &str) -> usize {
    let (mut longest, mut run) = (0, 0);
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for c in expression.chars() {
        match quote {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == q {
                    quote = None;
                }
            }
            None if c == '"' || c == '\'' => {
                quote = Some(c);
                run = 0;
            }
            None if c.is_ascii_digit() => {
                run += 1;
                longest = longest.max(run);
            }
            None => run = 0,
        }
    }
    longest
}

/// An upper estimate of how deep the syntax tree of `expression` goes, from a cheap scan that
/// needs no parse: each open bracket is a level, and so is each operator (`-`, `not`, `and`,
/// `|`, `.`, `if`, …) inside the brackets still open, since a chain of them nests in the tree
/// too. Text inside string literals does not count.
pub fn depth(expression: &str) -> usize {
    // Operators seen at each open bracket level, outermost first.
    let mut levels: Vec<usize> = vec![0];
    let mut deepest = 0;
    let mut chars = expression.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' | '\'' => {
                while let Some(inner) = chars.next() {
                    if inner == '\\' {
                        chars.next();
                    } else if inner == c {
                        break;
                    }
                }
                continue;
            }
            '(' | '[' | '{' => levels.push(0),
            ')' | ']' | '}' if levels.len() > 1 => {
                levels.pop();
            }
            '-' | '+' | '*' | '/' | '%' | '~' | '|' | '.' | '<' | '>' | '=' | '!' | ',' | ':' => {
                if let Some(ops) = levels.last_mut() {
                    *ops += 1;
                }
            }
            c if c.is_alphabetic() || c == '_' => {
                let mut word = String::from(c);
                while let Some(&next) = chars.peek() {
                    if next.is_alphanumeric() || next == '_' {
                        word.push(next);
                        chars.next();
                    } else {
                        break;
                    }
                }
                if matches!(
                    word.as_str(),
                    "not" | "and" | "or" | "in" | "is" | "if" | "else"
                ) && let Some(ops) = levels.last_mut()
                {
                    *ops += 1;
                }
            }
            _ => {}
        }
        deepest = deepest.max(levels.len() - 1 + levels.iter().sum::<usize>());
    }
    deepest
}

fn compiled(expression: &str) -> Result<Arc<Expression<'static, 'static>>, String> {
    // A cached expression passed (or failed) every check when it was first seen; every answer
    // set of a batch evaluates the same few hundred, so they are looked up before anything else.
    if let Some(hit) = CACHE
        .read()
        .unwrap_or_else(|p| p.into_inner())
        .get(expression)
    {
        return hit.clone();
    }
    // Checked before compiling: too deep an expression would overflow the stack in the
    // compiler. A refused one is not cached, so no input can fill the cache with long text.
    if let Some(why) = too_complex(expression) {
        return Err(why);
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
    fn real_conditions_are_shallow() {
        assert_eq!(depth("q_a"), 0);
        assert!(depth(r#"q_8_1_a in ["yes", "partly"] and profile_industry == "yes""#) < 10);
        assert!(too_complex(r#"q_a in ["-(-(-(", "not not"]"#).is_none());
    }

    #[test]
    fn hostile_expressions_are_refused_before_compiling() {
        for hostile in [
            "-".repeat(20_000) + "1",
            "not ".repeat(200_000) + "q_a",
            "-".repeat(60) + "1",
            "not ".repeat(60) + "q_a",
            "(".repeat(60) + "1" + &")".repeat(60),
            "q_a".to_owned() + &" + 1".repeat(60),
        ] {
            assert!(too_complex(&hostile).is_some(), "{}", &hostile[..20]);
            assert!(names(&hostile).is_err());
            assert!(holds(&hostile, &Value::from(0)).is_err());
        }
    }

    #[test]
    fn dates_move_and_count() {
        let ctx = Value::from(Serde(serde_json::json!({
            "force": "2024-02-29", "report": "2025-02-28", "late": "2025-03-01", "none": null
        })));
        assert!(holds("add_years(force, 1) == '2025-02-28'", &ctx).unwrap());
        assert!(holds("report <= add_years(force, 1)", &ctx).unwrap());
        assert!(!holds("late <= add_years(force, 1)", &ctx).unwrap());
        assert!(holds("add_months('2025-01-31', 1) == '2025-02-28'", &ctx).unwrap());
        assert!(holds("add_days(force, -29) == '2024-01-31'", &ctx).unwrap());
        assert!(holds("days_between(force, late) == 366", &ctx).unwrap());
        assert!(holds("days_between(late, force) == -366", &ctx).unwrap());
        // An unanswered date meets no deadline; a malformed one is an error, not false.
        assert!(holds("add_years(none, 1) is none", &ctx).unwrap());
        assert!(holds("days_between(none, late) is none", &ctx).unwrap());
        assert!(holds("add_years('2024-13-01', 1)", &ctx).is_err());
        assert!(holds("add_days(force, 10000000000)", &ctx).is_err());
        // The functions are no answers a condition reads.
        assert_eq!(
            names("report <= add_years(force, 1)")
                .unwrap()
                .into_iter()
                .collect::<Vec<_>>(),
            ["force", "report"]
        );
    }

    #[test]
    fn numbers_at_the_edge_of_the_integers_are_refused() {
        for hostile in [
            "[1, 2][::-9223372036854775808] == [2]",
            "range(9223372036854775807, -9223372036854775808, -1) | list",
        ] {
            assert!(too_complex(hostile).is_some(), "{hostile}");
            assert!(holds(hostile, &Value::from(())).is_err());
        }
        // Long digit runs inside strings are text, and real numbers pass.
        assert!(too_complex("q_a == '12345678901234567890'").is_none());
        assert!(too_complex("value >= 1900 and value < 100000000").is_none());
    }

    #[test]
    fn runaway_expressions_stop() {
        let ctx = Value::from(Serde(serde_json::json!({})));
        assert!(holds("range(100000) | list | length > 0", &ctx).is_err());
    }
}
