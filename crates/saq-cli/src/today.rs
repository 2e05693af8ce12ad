//! Today's date, as written in `created:`, `updated:` and `submitted:`.

/// Today in the user's own time zone, `YYYY-MM-DD`: a focal point in Wellington submitting at
/// nine in the morning expects that day's date, not yesterday's in UTC. Where the time zone
/// cannot be found, jiff falls back to UTC.
pub(crate) fn today() -> String {
    jiff::ZonedDateTime::now().date().to_string()
}
