//! Numbers as each language writes them: `12,345` in English, `12 345` in French (a narrow
//! no-break space), `12.345` in Spanish, from CLDR's data through ICU4X.
//!
//! The formatter of each language is made once per catalog bundle (Fluent's memoizer keeps it),
//! so a report with thousands of numbers builds none twice.

use std::str::FromStr;

use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentValue};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use intl_memoizer::Memoizable;
use intl_memoizer::concurrent::IntlLangMemoizer;

/// The ICU4X formatter of one language, as Fluent's memoizer builds and keeps it.
pub(crate) struct NumberFormatter(DecimalFormatter);

impl Memoizable for NumberFormatter {
    type Args = ();
    type Error = String;

    fn construct(lang: unic_langid::LanguageIdentifier, _: ()) -> Result<Self, String> {
        formatter(&lang.to_string()).map(NumberFormatter)
    }
}

/// The ICU4X formatter for `lang`. Arabic is written with Western digits, as in the United
/// Nations' Arabic documents (and in saq's Arabic catalogs, whose dates give the year as
/// written), where CLDR's default for `ar` would be Arabic-Indic digits; a tag that names its
/// own numbering system (`ar-u-nu-arab`) keeps it.
fn formatter(lang: &str) -> Result<DecimalFormatter, String> {
    let tag = if lang.split('-').next() == Some("ar") && !lang.contains("-u-") {
        format!("{lang}-u-nu-latn")
    } else {
        lang.to_owned()
    };
    let locale = icu_locale_core::Locale::try_from_str(&tag)
        .or_else(|_| icu_locale_core::Locale::try_from_str("en"))
        .map_err(|e| e.to_string())?;
    DecimalFormatter::try_new((&locale).into(), Default::default()).map_err(|e| e.to_string())
}

/// `text` (a decimal number as Rust or Fluent writes it: `-12`, `3.50`) in `formatter`'s
/// language; `None` when it is no such number (infinity, NaN).
fn format_with(formatter: &DecimalFormatter, text: &str) -> Option<String> {
    let decimal = Decimal::from_str(text).ok()?;
    Some(formatter.format(&decimal).to_string())
}

/// Fluent's hook: every number put into a message (a count, a percentage, a day) is written
/// as the message's language writes numbers. Plural forms still choose by the number itself.
pub(crate) fn fluent_formatter(value: &FluentValue<'_>, memo: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    // Fluent's own text keeps the options a message gave (minimum fraction digits); a number
    // standing in for another one ([`arabic_plurals`]) shows the one it stands for.
    let text = match number
        .options
        .currency
        .as_deref()
        .and_then(|c| c.strip_prefix(STANDS_FOR))
    {
        Some(real) => real.to_owned().into(),
        None => number.as_string(),
    };
    memo.with_try_get::<NumberFormatter, _, _>((), |f| format_with(&f.0, &text))
        .ok()
        .flatten()
}

/// Marks a number that stands in for another in a message's arguments: `STANDS_FOR` then the
/// number shown. Fluent carries it in an option that plain decimal numbers never use.
const STANDS_FOR: &str = "saq-stands-for:";

/// The arguments of an Arabic message with each whole number of 100 or more replaced by a
/// small number of the same CLDR plural category, which still shows as the number itself;
/// `None` when nothing needed replacing (another language, no such number).
///
/// Why: the plural rules under Fluent (`intl_pluralrules` 7.0) put every Arabic number from
/// 100 up in `other`, where CLDR has `few` for 103–110, `many` for 111–199 and so on (the rules
/// look at the last two digits). Russian and the other languages are right; for Arabic, a
/// message counting 278 questions would take the wrong noun form.
pub(crate) fn arabic_plurals<'a>(
    lang: &str,
    args: Option<&'a FluentArgs<'a>>,
) -> Option<FluentArgs<'a>> {
    let args = args?;
    if lang.split('-').next() != Some("ar") {
        return None;
    }
    let needs = |n: &FluentNumber| n.value >= 100.0 && n.value.fract() == 0.0;
    if !args
        .iter()
        .any(|(_, v)| matches!(v, FluentValue::Number(n) if needs(n)))
    {
        return None;
    }
    let mut out = FluentArgs::new();
    for (key, value) in args.iter() {
        let value = match value {
            FluentValue::Number(n) if needs(n) => {
                // CLDR: few when n % 100 is 3–10, many when it is 11–99, other otherwise.
                let proxy = match n.value % 100.0 {
                    r if (3.0..=10.0).contains(&r) => 3.0,
                    r if r >= 11.0 => 11.0,
                    _ => 100.0,
                };
                let mut options = n.options.clone();
                options.currency = Some(format!("{STANDS_FOR}{}", n.as_string()));
                FluentValue::Number(FluentNumber::new(proxy, options))
            }
            other => other.clone(),
        };
        out.set(key.to_owned(), value);
    }
    Some(out)
}

/// `n` as `lang` writes numbers; English's way for a language ICU4X cannot read.
pub fn format_number(lang: &str, n: f64) -> String {
    let text = n.to_string();
    formatter(lang)
        .ok()
        .and_then(|f| format_with(&f, &text))
        .unwrap_or(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_groups_and_separates_as_it_writes() {
        assert_eq!(format_number("en", 12345.0), "12,345");
        assert_eq!(format_number("fr", 12345.0), "12\u{202f}345");
        assert_eq!(format_number("es", 12345.0), "12.345");
        // Spanish groups only from five digits.
        assert_eq!(format_number("es", 1234.0), "1234");
        assert_eq!(format_number("ru", 12345.0), "12\u{a0}345");
        assert_eq!(format_number("zh", 12345.0), "12,345");
        assert_eq!(format_number("ar", 12345.0), "12,345");
        assert_eq!(format_number("ar-u-nu-arab", 12.0), "١٢");
        assert_eq!(format_number("fr", 2.5), "2,5");
        assert_eq!(format_number("en", 7.0), "7");
        assert_eq!(format_number("xx-not a tag", 1234.0), "1,234");
    }

    /// CLDR's Arabic categories, through a real message, with the number shown as itself.
    #[test]
    fn arabic_plurals_follow_cldr_past_one_hundred() {
        use fluent_bundle::FluentResource;
        use fluent_bundle::concurrent::FluentBundle;
        let resource = FluentResource::try_new(
            "x = { $n ->\n [zero] zero\n [one] one\n [two] two\n [few] few\n [many] many\n *[other] other\n} { $n }\n"
                .to_owned(),
        )
        .unwrap();
        let mut bundle = FluentBundle::new_concurrent(vec!["ar".parse().unwrap()]);
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(fluent_formatter));
        bundle.add_resource(resource).unwrap();
        let say = |n: i64| {
            let mut args = FluentArgs::new();
            args.set("n", n);
            let proxied = arabic_plurals("ar", Some(&args));
            let pattern = bundle.get_message("x").unwrap().value().unwrap();
            let mut errors = Vec::new();
            bundle
                .format_pattern(pattern, proxied.as_ref().or(Some(&args)), &mut errors)
                .into_owned()
        };
        for (n, expected) in [
            (0, "zero 0"),
            (1, "one 1"),
            (2, "two 2"),
            (3, "few 3"),
            (11, "many 11"),
            (100, "other 100"),
            (102, "other 102"),
            (103, "few 103"),
            (110, "few 110"),
            (111, "many 111"),
            (199, "many 199"),
            (278, "many 278"),
            (1003, "few 1,003"),
        ] {
            assert_eq!(say(n), expected, "{n}");
        }
        assert!(arabic_plurals("ru", Some(&FluentArgs::new())).is_none());
    }

    #[test]
    fn numbers_in_messages_are_the_languages_own() {
        let catalogs = crate::Catalogs::builtin().unwrap();
        let mut args = crate::FluentArgs::new();
        args.set("answered", 12345);
        args.set("applicable", 20000);
        args.set("percent", 61);
        let fr = catalogs
            .message("fr", "country-questions-answered", Some(&args))
            .unwrap();
        assert!(fr.contains("12\u{202f}345"), "{fr}");
        let en = catalogs
            .message("en", "country-questions-answered", Some(&args))
            .unwrap();
        assert!(en.contains("12,345"), "{en}");
    }
}
