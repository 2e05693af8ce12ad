//! Numbers as each language writes them: `12,345` in English, `12 345` in French (a narrow
//! no-break space), `12.345` in Spanish, from CLDR's data through ICU4X.
//!
//! The formatter of each language is made once per catalog bundle (Fluent's memoizer keeps it),
//! so a report with thousands of numbers builds none twice.

use std::str::FromStr;

use fluent_bundle::FluentValue;
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
    // Fluent's own text keeps the options a message gave (minimum fraction digits).
    let text = number.as_string();
    memo.with_try_get::<NumberFormatter, _, _>((), |f| format_with(&f.0, &text))
        .ok()
        .flatten()
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
