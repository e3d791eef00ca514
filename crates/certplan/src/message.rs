//! The messages of errors, built from the field and the kind's values.
//!
//! Joined with `concat` rather than `format!`, which would pull core's formatting
//! machinery into the web app's wasm.

use chrono::NaiveDate;

use crate::date;
use crate::error::ErrorKind;
use crate::field::Field;
use crate::shown::shown;

/// The message a person reads for `kind` on `field`.
pub(crate) fn message(field: &Field, kind: &ErrorKind) -> String {
    let label = field.date_label().unwrap_or("Date");
    let position = field.cluster().map_or(0, |index| index + 1).to_string();
    let cluster = ["Cluster ", &position].concat();
    match kind {
        ErrorKind::NotADate { text } => [
            label,
            " \"",
            &shown(text, 32),
            "\" is not a date: use YYYY-MM-DD, e.g. 2026-03-01.",
        ]
        .concat(),
        ErrorKind::IncompleteDate => [
            label,
            " is incomplete or not a real date (such as February 30): complete or correct it, or clear it.",
        ]
        .concat(),
        ErrorKind::UpdateInFuture { last_update, today } => dated(
            &["Last update date ", " is in the future (today is ", ")."],
            &[*last_update, *today],
        ),
        ErrorKind::TooFarForReminder => "This date is too far from today for a reminder.".into(),
        ErrorKind::NotAStamp { text } => [
            "Time stamp \"",
            &shown(text, 32),
            "\" is not a UTC time: use YYYY-MM-DDTHH:MM:SSZ, e.g. 2026-03-10T08:15:00Z.",
        ]
        .concat(),
        ErrorKind::RestartBeforeShutdown { shutdown, restart } => dated(
            &["Power-on date ", " is before the shutdown date ", "."],
            &[*restart, *shutdown],
        ),
        ErrorKind::EmptyName => [&cluster, ": the name is empty."].concat(),
        ErrorKind::NameCharacter { character } => [
            &cluster,
            ": the name contains ",
            &describe(*character),
            "; use only letters A-Z, digits and hyphens.",
        ]
        .concat(),
        ErrorKind::NameTooLong { length, max } => [
            &cluster,
            ": the name is ",
            &length.to_string(),
            " characters long; the limit is ",
            &max.to_string(),
            ".",
        ]
        .concat(),
        ErrorKind::DuplicateName { name, first } => [
            &cluster,
            ": \"",
            name,
            "\" is already listed as cluster ",
            &(first + 1).to_string(),
            ".",
        ]
        .concat(),
        ErrorKind::ShutdownMissing { restart } => dated(
            &[
                "Shutdown date is missing: the power-on date ",
                " needs the day the clusters were powered off.",
            ],
            &[*restart],
        ),
        ErrorKind::TodayMissing => "Today's date is missing: the planner needs it to plan a power-on today and to age the last update.".into(),
        ErrorKind::TooManyClusters { count, max } => [
            "Too many clusters: ",
            &count.to_string(),
            " are listed, and a plan takes at most ",
            &max.to_string(),
            ". Plan them in groups.",
        ]
        .concat(),
        ErrorKind::ReminderNeedsShutdown => "A reminder needs the shutdown date: the last safe power-on day is 29 days after it.".into(),
        ErrorKind::AlreadyBackOn { restart } => dated(
            &["No reminder needed: the clusters are back on since ", "."],
            &[*restart],
        ),
        ErrorKind::LastSafeDayPassed { last_safe } => dated(
            &["No reminder: the last safe power-on day, ", ", has passed."],
            &[*last_safe],
        ),
        ErrorKind::NotALink { text } => [
            "Link \"",
            &shown(text, 64),
            "\" is not a URL: use an address without spaces, percent-encoded.",
        ]
        .concat(),
    }
}

/// `pieces` with `dates` between them, as `YYYY-MM-DD`.
fn dated(pieces: &[&str], dates: &[NaiveDate]) -> String {
    let mut out = String::new();
    for (index, piece) in pieces.iter().enumerate() {
        out.push_str(piece);
        if let Some(day) = dates.get(index) {
            out.push_str(&date::format(*day));
        }
    }
    out
}

/// Names a refused character without echoing anything that could be markup or a control.
fn describe(c: char) -> String {
    match c {
        ' ' => "a space".into(),
        '\'' => "a single quote (')".into(),
        '"' => "a double quote (\")".into(),
        '`' => "a backtick (`)".into(),
        ';' => "a semicolon (;)".into(),
        '$' => "a dollar sign ($)".into(),
        '_' => "an underscore (_)".into(),
        '.' => "a dot (.)".into(),
        '\n' | '\r' => "a line break".into(),
        '\t' => "a tab".into(),
        c if c.is_ascii_punctuation() => ["the character ", c.encode_utf8(&mut [0; 4])].concat(),
        c => ["the character U+", &hex(u32::from(c))].concat(),
    }
}

/// `n` in upper-case hexadecimal, at least four digits (as `{:04X}` would write it).
fn hex(n: u32) -> String {
    const DIGITS: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(8);
    for shift in (0..8).rev() {
        let digit = (n >> (shift * 4)) & 0xF;
        if digit != 0 || !out.is_empty() || shift < 4 {
            out.push(char::from(DIGITS[digit as usize]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_refused_character_in_words() {
        for (c, described) in [
            (' ', "a space"),
            ('\'', "a single quote (')"),
            ('"', "a double quote (\")"),
            ('`', "a backtick (`)"),
            (';', "a semicolon (;)"),
            ('$', "a dollar sign ($)"),
            ('_', "an underscore (_)"),
            ('.', "a dot (.)"),
            ('\n', "a line break"),
            ('\r', "a line break"),
            ('\t', "a tab"),
            ('<', "the character <"),
            ('\u{0}', "the character U+0000"),
            ('\u{7f}', "the character U+007F"),
            ('\u{e9}', "the character U+00E9"),
            ('\u{2019}', "the character U+2019"),
            ('\u{1F600}', "the character U+1F600"),
            ('\u{10FFFF}', "the character U+10FFFF"),
        ] {
            assert_eq!(describe(c), described, "{c:?}");
        }
    }
}
