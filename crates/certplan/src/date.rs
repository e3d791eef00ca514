//! Calendar dates: strict `YYYY-MM-DD` parsing and formatting, done by hand.
//!
//! chrono's own parser and formatter would pull its format machinery into the wasm
//! (several KB after brotli); a fixed ten-character shape needs none of it.

use chrono::{Datelike, NaiveDate};

use crate::error::{Error, ErrorKind};
use crate::field::Field;

/// Parses an optional input date. `None`, an empty or all-blank string mean "not given".
pub(crate) fn parse_optional(
    field: Field,
    value: Option<&str>,
) -> Result<Option<NaiveDate>, Error> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(text) => parse(text).map(Some).ok_or_else(|| {
            let text = text.to_owned();
            Error::new(field, ErrorKind::NotADate { text })
        }),
    }
}

/// `YYYY-MM-DD` with a real month and day (so `2026-02-29` is refused, `2024-02-29` is not).
pub(crate) fn parse(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let number = |range: core::ops::Range<usize>| -> Option<u32> {
        bytes[range].iter().try_fold(0u32, |acc, &b| {
            b.is_ascii_digit().then(|| acc * 10 + u32::from(b - b'0'))
        })
    };
    let year = i32::try_from(number(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(year, number(5..7)?, number(8..10)?)
}

/// Formats as `YYYY-MM-DD`.
///
/// By hand, as every text of the core: `format!` would bring core's formatting
/// machinery into the web app's wasm (about 2 KB after brotli, measured).
pub(crate) fn format(date: NaiveDate) -> String {
    let mut out = String::with_capacity(10);
    let year = date.year();
    if year < 0 {
        // As `{:04}` would: the sign counts towards the width.
        out.push('-');
        zero_padded(&mut out, year.unsigned_abs(), 3);
    } else {
        zero_padded(&mut out, year.unsigned_abs(), 4);
    }
    out.push('-');
    zero_padded(&mut out, date.month(), 2);
    out.push('-');
    zero_padded(&mut out, date.day(), 2);
    out
}

/// Appends `n` in decimal with leading zeros up to `width` digits.
fn zero_padded(out: &mut String, n: u32, width: usize) {
    let digits = n.to_string();
    for _ in digits.len()..width {
        out.push('0');
    }
    out.push_str(&digits);
}

/// Whole days from `from` to `to` (negative when `to` is earlier).
pub(crate) fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    to.signed_duration_since(from).num_days()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_real_dates_only() {
        assert_eq!(parse("2024-02-29"), NaiveDate::from_ymd_opt(2024, 2, 29));
        for bad in [
            "2026-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-01-32",
            "2026-1-01",
            "26-01-01",
            "2026/01/01",
            "2026x01-01",
            "2026-01x01",
            "２０２６-01-01",
            "+026-01-01",
            "2026-01-01T00:00",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn blank_means_absent_and_garbage_is_located() {
        assert_eq!(parse_optional(Field::Shutdown, Some("  ")), Ok(None));
        let err = parse_optional(Field::Shutdown, Some("soon\nrm")).unwrap_err();
        assert_eq!(err.code(), crate::ErrorCode::InvalidDate);
        assert_eq!(*err.field(), Field::Shutdown);
        assert_eq!(
            err.to_string(),
            "Shutdown date \"soon\u{FFFD}rm\" is not a date: use YYYY-MM-DD, e.g. 2026-03-01."
        );
    }

    #[test]
    fn formats_with_padding() {
        let date = NaiveDate::from_ymd_opt(987, 3, 4).unwrap();
        assert_eq!(format(date), "0987-03-04");
        let date = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        assert_eq!(format(date), "2026-11-30");
        let date = NaiveDate::from_ymd_opt(10_000, 1, 28).unwrap();
        assert_eq!(format(date), "10000-01-28");
        let date = NaiveDate::from_ymd_opt(-5, 1, 2).unwrap();
        assert_eq!(format(date), "-005-01-02");
        let date = NaiveDate::from_ymd_opt(0, 1, 2).unwrap();
        assert_eq!(format(date), "0000-01-02", "the year 0 has no sign");
    }
}
