//! A calendar reminder for the last safe power-on day: an RFC 5545 `.ics` file with one
//! all-day event on shutdown + 29 days.
//!
//! Microsoft's table leaves MOC certificates unaffected by a shutdown of less than 30
//! days, so day 29 is the last on which powering on keeps them so ([`day`] says when a
//! reminder is worth offering). The file is plain ASCII: lines end in CRLF and are folded
//! at 75 octets, TEXT values are escaped, and the event is all-day (`DTSTART;VALUE=DATE`,
//! `DTEND` the day after, as RFC 5545 section 3.6.1 has it), with two alarms: a week
//! before and at 09:00 the day before. The crate has no clock, so the `DTSTAMP` is the
//! caller's. The `UID` depends only on the shutdown day and the clusters, so downloading
//! the reminder again updates the same event instead of adding one.
//!
//! # Example: still off since 1 March
//! ```
//! use certplan::{reminder, ClusterInput, PlanInput};
//!
//! let input = PlanInput {
//!     shutdown: Some("2026-03-01".into()),
//!     today: Some("2026-03-10".into()),
//!     clusters: vec![ClusterInput::new("prod1")],
//!     ..PlanInput::default()
//! };
//! assert_eq!(reminder::day(&input).as_deref(), Some("2026-03-30"));
//! let ics = reminder::ics(&input, "2026-03-10T08:15:00.000Z", None).unwrap();
//! assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
//! assert!(ics.contains("\r\nDTSTART;VALUE=DATE:20260330\r\nDTEND;VALUE=DATE:20260331\r\n"));
//! assert!(ics.contains("\r\nDTSTAMP:20260310T081500Z\r\n"));
//! ```

use chrono::{Days, NaiveDate};

use crate::date;
use crate::error::{Error, ErrorKind};
use crate::field::Field;
use crate::input::PlanInput;

/// Days from the shutdown to the last power-on with MOC certificates unaffected.
pub const LAST_SAFE_DAY: u64 = 29;

/// Longest line of the file, in octets, before folding (RFC 5545 section 3.1).
const FOLD_AT: usize = 75;

/// The last safe power-on day, `YYYY-MM-DD`, when a reminder for it makes sense: there
/// is a shutdown, that day is today or later, and the clusters are not back on yet (no
/// power-on date, or one after today). `None` otherwise, and for input [`crate::plan`]
/// would refuse.
pub fn day(input: &PlanInput) -> Option<String> {
    due(input).ok().map(date::format)
}

/// The reminder as the text of an `.ics` file.
///
/// `stamp` is the moment the file is made, in UTC, as JavaScript's
/// `Date.prototype.toISOString` writes it (`2026-03-10T08:15:00.000Z`, milliseconds
/// optional). `link`, when given, is the plan's address: it goes into the event's
/// description and `URL`.
///
/// # Errors
/// The errors of [`crate::plan`] for bad input; then, in this order:
/// - [`ErrorKind::ReminderNeedsShutdown`] on [`Field::Shutdown`] without a shutdown date;
/// - [`ErrorKind::AlreadyBackOn`] on [`Field::Restart`] when the clusters are back on;
/// - [`ErrorKind::LastSafeDayPassed`] on [`Field::Shutdown`] when the last safe day has
///   passed;
/// - [`ErrorKind::TooFarForReminder`] for dates at the ends of the calendar;
/// - [`ErrorKind::NotAStamp`] on [`Field::Stamp`] for a stamp that is not a UTC time;
/// - [`ErrorKind::NotALink`] on [`Field::Link`] for a link with spaces, controls or
///   non-ASCII characters (an URL must be percent-encoded).
pub fn ics(input: &PlanInput, stamp: &str, link: Option<&str>) -> Result<String, Error> {
    let last_safe = due(input)?;
    let stamp = utc_stamp(stamp)?;
    if let Some(link) = link {
        if link.is_empty() || !link.bytes().all(|b| b.is_ascii_graphic()) {
            let text = link.to_owned();
            return Err(Error::new(Field::Link, ErrorKind::NotALink { text }));
        }
    }
    let shutdown = input.shutdown.as_deref().map(str::trim).unwrap_or_default();
    let names: Vec<&str> = input.clusters.iter().map(|c| c.name.as_str()).collect();
    let day_after = last_safe
        .checked_add_days(Days::new(1))
        .unwrap_or(last_safe);
    let last_text = date::format(last_safe);

    let mut description = [
        "The AKS clusters were shut down on ",
        shutdown,
        ". Power them on by ",
        &last_text,
        " (shutdown + 29 days): after a shutdown of less than 30 days, Microsoft's table leaves the MOC certificates unaffected; from 30 days, they need Update-AksHciCertificates and every cluster's MOC fix.",
    ]
    .concat();
    if !names.is_empty() {
        description.push_str("\nClusters: ");
        description.push_str(&names.join(", "));
        description.push('.');
    }
    description.push_str("\nSource: ");
    description.push_str(crate::tables::SOURCE_URL);
    if let Some(link) = link {
        description.push_str("\nPlan: ");
        description.push_str(link);
    }
    let summary = ["Last safe day to power on the AKS clusters: ", &last_text].concat();

    let mut out = String::new();
    let mut line = |name: &str, value: &str| fold_into(&mut out, &[name, ":", value].concat());
    line("BEGIN", "VCALENDAR");
    line("VERSION", "2.0");
    line("PRODID", "-//certplan//AKS Arc certificate planner//EN");
    line("CALSCALE", "GREGORIAN");
    line("METHOD", "PUBLISH");
    line("BEGIN", "VEVENT");
    line("UID", &uid(shutdown, &names));
    line("DTSTAMP", &stamp);
    line("DTSTART;VALUE=DATE", &compact(last_safe));
    line("DTEND;VALUE=DATE", &compact(day_after));
    line("SUMMARY", &text(&summary));
    line("DESCRIPTION", &text(&description));
    if let Some(link) = link {
        line("URL;VALUE=URI", link);
    }
    line("TRANSP", "TRANSPARENT");
    for (trigger, when) in [("-P7D", "in a week"), ("-PT15H", "tomorrow")] {
        line("BEGIN", "VALARM");
        line("ACTION", "DISPLAY");
        line("TRIGGER", trigger);
        line(
            "DESCRIPTION",
            &text(
                &[
                    "Last safe day to power on the AKS clusters ",
                    when,
                    ": ",
                    &last_text,
                ]
                .concat(),
            ),
        );
        line("END", "VALARM");
    }
    line("END", "VEVENT");
    line("END", "VCALENDAR");
    Ok(out)
}

/// The last safe day, or why there is no reminder.
fn due(input: &PlanInput) -> Result<NaiveDate, Error> {
    if let Some(problem) = crate::check(input).into_iter().next() {
        return Err(problem);
    }
    let parse = |value: &Option<String>| value.as_deref().and_then(|v| date::parse(v.trim()));
    // A date the planner accepted but cannot use (only at the ends of the calendar).
    let too_far = |field| Error::new(field, ErrorKind::TooFarForReminder);
    let today = parse(&input.today).ok_or_else(|| too_far(Field::Today))?;
    let shutdown = parse(&input.shutdown)
        .ok_or_else(|| Error::new(Field::Shutdown, ErrorKind::ReminderNeedsShutdown))?;
    if let Some(restart) = parse(&input.restart).filter(|r| *r <= today) {
        return Err(Error::new(
            Field::Restart,
            ErrorKind::AlreadyBackOn { restart },
        ));
    }
    let last_safe = shutdown
        .checked_add_days(Days::new(LAST_SAFE_DAY))
        .ok_or_else(|| too_far(Field::Shutdown))?;
    if last_safe < today {
        return Err(Error::new(
            Field::Shutdown,
            ErrorKind::LastSafeDayPassed { last_safe },
        ));
    }
    Ok(last_safe)
}

/// `2026-03-10T08:15:00.000Z` (milliseconds optional) as `20260310T081500Z`.
fn utc_stamp(stamp: &str) -> Result<String, Error> {
    let refuse = || {
        let text = stamp.to_owned();
        Error::new(Field::Stamp, ErrorKind::NotAStamp { text })
    };
    let b = stamp.as_bytes();
    let millis_ok = match b.len() {
        20 => true,
        24 => b[19] == b'.' && b[20..23].iter().all(u8::is_ascii_digit),
        _ => false,
    };
    let digits = |range: core::ops::Range<usize>| b[range].iter().all(u8::is_ascii_digit);
    if !millis_ok
        || b.last() != Some(&b'Z')
        || b[10] != b'T'
        || b[13] != b':'
        || b[16] != b':'
        || !digits(11..13)
        || !digits(14..16)
        || !digits(17..19)
    {
        return Err(refuse());
    }
    let day = date::parse(&stamp[..10]).ok_or_else(refuse)?;
    let number = |range: core::ops::Range<usize>| -> u32 {
        b[range].iter().fold(0, |n, d| n * 10 + u32::from(d - b'0'))
    };
    if number(11..13) > 23 || number(14..16) > 59 || number(17..19) > 60 {
        return Err(refuse());
    }
    Ok([
        &compact(day),
        "T",
        &stamp[11..13],
        &stamp[14..16],
        &stamp[17..19],
        "Z",
    ]
    .concat())
}

/// `YYYYMMDD`, the form of an iCalendar DATE.
fn compact(day: NaiveDate) -> String {
    date::format(day).replace('-', "")
}

/// The event's UID: the shutdown day and a hash of the cluster names (FNV-1a, so no
/// dependency), the same for the same plan.
fn uid(shutdown: &str, names: &[&str]) -> String {
    let mut hash: u32 = 0x811c_9dc5;
    for byte in names.iter().flat_map(|n| n.bytes().chain([b','])) {
        hash = (hash ^ u32::from(byte.to_ascii_lowercase())).wrapping_mul(0x0100_0193);
    }
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = ["certplan-", &shutdown.replace('-', ""), "-"].concat();
    for shift in (0..8).rev() {
        out.push(char::from(HEX[((hash >> (shift * 4)) & 15) as usize]));
    }
    out.push_str("@certplan");
    out
}

/// A TEXT value, escaped (RFC 5545 section 3.3.11).
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` folded at [`FOLD_AT`] octets (continuations start with a space, which
/// counts), never inside a UTF-8 character, then CRLF.
fn fold_into(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > FOLD_AT {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ClusterInput, ErrorCode};

    fn input(shutdown: &str, restart: Option<&str>, today: &str) -> PlanInput {
        PlanInput {
            shutdown: Some(shutdown.into()),
            restart: restart.map(Into::into),
            today: Some(today.into()),
            ..PlanInput::default()
        }
    }

    #[test]
    fn offered_up_to_and_on_the_last_safe_day() {
        assert_eq!(
            day(&input("2026-03-01", None, "2026-03-30")).as_deref(),
            Some("2026-03-30")
        );
        assert_eq!(day(&input("2026-03-01", None, "2026-03-31")), None);
        assert_eq!(
            day(&input("2026-03-01", None, "2026-03-01")).as_deref(),
            Some("2026-03-30")
        );
        // Before a planned shutdown, and with a planned power-on still ahead.
        assert_eq!(
            day(&input("2026-04-01", None, "2026-03-01")).as_deref(),
            Some("2026-04-30")
        );
        assert_eq!(
            day(&input("2026-03-01", Some("2026-03-11"), "2026-03-10")).as_deref(),
            Some("2026-03-30")
        );
        // Back on today or earlier: nothing to remind.
        assert_eq!(
            day(&input("2026-03-01", Some("2026-03-10"), "2026-03-10")),
            None
        );
        // No shutdown, or input the planner refuses.
        assert_eq!(
            day(&PlanInput {
                today: Some("2026-03-01".into()),
                ..PlanInput::default()
            }),
            None
        );
        assert_eq!(day(&input("2026-02-30", None, "2026-03-01")), None);
    }

    #[test]
    fn errors_say_why_there_is_no_reminder() {
        let err = |input: &PlanInput, stamp: &str, link: Option<&str>| {
            let e = ics(input, stamp, link).unwrap_err();
            (e.code(), e.field().to_string(), e.to_string())
        };
        const STAMP: &str = "2026-03-10T08:15:00Z";
        assert_eq!(
            err(&input("2026-01-01", None, "2026-03-10"), STAMP, None),
            (
                ErrorCode::InvalidInput,
                "shutdown".into(),
                "No reminder: the last safe power-on day, 2026-01-30, has passed.".into()
            )
        );
        assert_eq!(
            err(
                &input("2026-03-01", Some("2026-03-05"), "2026-03-10"),
                STAMP,
                None
            ),
            (
                ErrorCode::InvalidInput,
                "restart".into(),
                "No reminder needed: the clusters are back on since 2026-03-05.".into()
            )
        );
        let no_shutdown = PlanInput {
            today: Some("2026-03-10".into()),
            ..PlanInput::default()
        };
        assert_eq!(err(&no_shutdown, STAMP, None).1, "shutdown");
        assert_eq!(
            err(&input("soon", None, "2026-03-10"), STAMP, None).0,
            ErrorCode::InvalidDate
        );
        let ok = input("2026-03-01", None, "2026-03-10");
        for bad in [
            "2026-03-10 08:15:00Z",
            "2026-03-10T08:15:00",
            "2026-03-10T24:00:00Z",
            "2026-02-30T08:15:00Z",
            "2026-03-10T08:15:00.1Z",
            "2026-03-10T08:60:00Z",
            "",
            "2026-03-10T08:15:00+01:00",
        ] {
            assert_eq!(err(&ok, bad, None).1, "stamp", "{bad:?}");
        }
        assert_eq!(
            err(&ok, "x\n", None).2,
            "Time stamp \"x\u{FFFD}\" is not a UTC time: use YYYY-MM-DDTHH:MM:SSZ, e.g. 2026-03-10T08:15:00Z."
        );
        for bad in ["", "https://x/a b", "https://x/\u{e9}", "https://x/\r\nX:1"] {
            assert_eq!(err(&ok, STAMP, Some(bad)).1, "link", "{bad:?}");
        }
    }

    #[test]
    fn the_file_is_folded_crlf_ascii_and_escaped() {
        let mut plan = input("2026-03-01", None, "2026-03-10");
        plan.clusters = vec![
            ClusterInput::new("prod1"),
            ClusterInput::with_load_balancer("edge2"),
        ];
        let link =
            "https://example.com/certplan/?shutdown=2026-03-01&cluster=prod1&cluster=edge2:lb&x="
                .to_owned()
                + &"y".repeat(80);
        let ics = ics(&plan, "2026-03-10T08:15:00.000Z", Some(&link)).unwrap();
        assert!(ics.is_ascii());
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        for line in ics.split("\r\n") {
            assert!(line.len() <= FOLD_AT, "{line:?}");
            assert!(!line.contains('\n') && !line.contains('\r'));
        }
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains("\r\nURL;VALUE=URI:https://example.com/certplan/?shutdown=2026-03-01&cluster=prod1&cluster=edge2:lb&x=yyyy"));
        assert!(unfolded
            .contains("\r\nSUMMARY:Last safe day to power on the AKS clusters: 2026-03-30\r\n"));
        assert!(unfolded.contains("\\nClusters: prod1\\, edge2.\\nSource: https://"));
        assert!(unfolded.contains("\r\nUID:certplan-20260301-"));
        assert!(
            unfolded.contains("\r\nTRIGGER:-P7D\r\n")
                && unfolded.contains("\r\nTRIGGER:-PT15H\r\n")
        );
        // The same plan gives the same UID; other clusters another.
        let again = super::ics(&plan, "2026-03-11T00:00:00Z", None).unwrap();
        let uid_of = |text: &str| {
            text.split("\r\n")
                .find(|l| l.starts_with("UID:"))
                .unwrap()
                .to_owned()
        };
        assert_eq!(uid_of(&again), uid_of(&ics));
        plan.clusters.pop();
        assert_ne!(
            uid_of(&super::ics(&plan, "2026-03-11T00:00:00Z", None).unwrap()),
            uid_of(&ics)
        );
    }

    #[test]
    fn text_escapes_and_folding_keeps_characters_whole() {
        assert_eq!(
            text("a\\b;c,d\ne\u{7}f"),
            "a\\\\b\\;c\\,d\\ne".to_owned() + "f"
        );
        let mut out = String::new();
        fold_into(&mut out, &"\u{e9}".repeat(40));
        let lines: Vec<&str> = out.trim_end_matches("\r\n").split("\r\n").collect();
        assert_eq!(
            lines[0].len(),
            74,
            "37 two-octet characters fit in 75 octets"
        );
        assert_eq!(lines[1], " \u{e9}\u{e9}\u{e9}");
        let mut out = String::new();
        fold_into(&mut out, &"a".repeat(75));
        assert_eq!(out, "a".repeat(75) + "\r\n");
        let mut out = String::new();
        fold_into(&mut out, &"a".repeat(76));
        assert_eq!(out, "a".repeat(75) + "\r\n a\r\n");
    }

    proptest::proptest! {
        /// Any valid plan and link: CRLF lines of at most 75 octets, nothing but ASCII,
        /// and unfolding gives back the escaped description with every cluster in it.
        #[test]
        fn any_reminder_is_well_formed(
            names in proptest::collection::btree_set("[a-z][a-z0-9-]{0,62}", 0..8),
            link in proptest::option::of("[!-~]{1,300}"),
            offset in 0u64..29,
        ) {
            let shutdown = crate::date::parse("2026-03-01").unwrap();
            let today = crate::date::format(shutdown.checked_add_days(Days::new(offset)).unwrap());
            let mut plan = input("2026-03-01", None, &today);
            plan.clusters = names.iter().map(ClusterInput::new).collect();
            let ics = ics(&plan, "2026-03-01T00:00:00Z", link.as_deref()).unwrap();
            proptest::prop_assert!(ics.is_ascii() && ics.ends_with("\r\n"));
            for line in ics.trim_end_matches("\r\n").split("\r\n") {
                proptest::prop_assert!(line.len() <= FOLD_AT, "{:?}", line);
                proptest::prop_assert!(!line.contains(['\r', '\n']));
            }
            let unfolded = ics.replace("\r\n ", "");
            for name in &names {
                proptest::prop_assert!(unfolded.contains(name.as_str()));
            }
            proptest::prop_assert!(unfolded.contains("\r\nDTSTART;VALUE=DATE:20260330\r\n"));
        }
    }

    #[test]
    fn stamps_read_with_and_without_milliseconds() {
        assert_eq!(
            utc_stamp("2026-03-10T08:15:09Z").unwrap(),
            "20260310T081509Z"
        );
        assert_eq!(
            utc_stamp("2026-12-31T23:59:60.999Z").unwrap(),
            "20261231T235960Z"
        );
    }

    #[test]
    fn a_stamp_wrong_in_one_place_is_refused_with_the_format_to_use() {
        for stamp in [
            "2026-03-10T08:15:09",  // no Z
            "2026-03-10 08:15:09Z", // a space for the T
            "2026-03-10T08-15:09Z", // the first colon
            "2026-03-10T08:15-09Z", // the second colon
            "2026-03-10T0x:15:09Z", // the hour
            "2026-03-10T08:1x:09Z", // the minute
            "2026-03-10T08:15:0xZ", // the second
            // ':' is the byte after '9': read as a digit it would give a time in range.
            "2026-03-10T0::15:09Z",
            "2026-03-10T08:0::09Z",
            "2026-03-10T08:15:0:Z",
            "2026-03-10T08:15:09,123Z", // a comma before the milliseconds
            "2026-03-10T08:15:09.12xZ", // the milliseconds
            "2026-03-10T24:15:09Z",
            "2026-03-10T08:60:09Z",
            "2026-03-10T08:15:61Z",
            "2026-02-30T08:15:09Z",
        ] {
            let error = utc_stamp(stamp).unwrap_err();
            assert_eq!(*error.field(), Field::Stamp, "{stamp}");
            assert_eq!(
                error.to_string(),
                format!(
                    "Time stamp \"{stamp}\" is not a UTC time: use YYYY-MM-DDTHH:MM:SSZ, e.g. \
                     2026-03-10T08:15:00Z."
                ),
            );
        }
    }
}
