//! Today's local date and the present moment, from the browser's clock (the core never
//! reads a clock).

/// The browser's local calendar date as `YYYY-MM-DD`.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    ymd(now.get_full_year(), now.get_month() + 1, now.get_date())
}

/// The present moment in UTC as `Date.prototype.toISOString` writes it
/// (`2026-03-10T08:15:00.000Z`): a calendar file's `DTSTAMP`.
pub fn now_utc() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// Formats a date by hand: `format!` with padding pulls in more formatting code.
pub fn ymd(year: u32, month: u32, day: u32) -> String {
    let mut out = String::with_capacity(10);
    for (value, width) in [(year, 4), (month, 2), (day, 2)] {
        if !out.is_empty() {
            out.push('-');
        }
        let digits = value.to_string();
        for _ in digits.len()..width {
            out.push('0');
        }
        out.push_str(&digits);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn pads_every_part() {
        assert_eq!(super::ymd(987, 3, 4), "0987-03-04");
        assert_eq!(super::ymd(2026, 12, 31), "2026-12-31");
    }
}
