//! The messages of errors, built from the field and the kind's values.
//!
//! Joined with `concat` rather than `format!`, which would pull core's formatting
//! machinery into the web app's wasm.

use chrono::NaiveDate;

use crate::date;
use crate::error::ErrorKind;
use crate::field::{Field, ValueType};
use crate::input::{ClusterInput, PlanInput};
use crate::shown::{shown, shown_with};

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
        ErrorKind::UnknownField => unknown_field(field),
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
        ErrorKind::WrongType { found } => wrong_type(field, &cluster, *found),
        ErrorKind::Unreadable => {
            ["Field \"", &printable(&field.path()), "\" could not be read."].concat()
        }
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

/// The message of a value of the wrong type: what `field` takes, and what was `found`.
fn wrong_type(field: &Field, cluster: &str, found: ValueType) -> String {
    let takes = match field {
        Field::Input => {
            "The input must be a plain object like { shutdown: \"2026-01-01\", clusters: [] }, not "
                .into()
        }
        Field::Clusters => {
            "Clusters must be an array like [{ name: \"prod1\", loadBalancer: false }], not ".into()
        }
        Field::Cluster(_) => [
            cluster,
            " must be an object like { name: \"prod1\", loadBalancer: false }, not ",
        ]
        .concat(),
        Field::ClusterName(_) if found == ValueType::Undefined => {
            return [cluster, " has no name."].concat()
        }
        Field::ClusterName(_) => [cluster, " name must be a string, not "].concat(),
        Field::ClusterLoadBalancer(_) => {
            [cluster, " loadBalancer must be true or false, not "].concat()
        }
        Field::Text => return "The error text must be a string.".into(),
        Field::Shutdown | Field::Restart | Field::LastUpdate | Field::Today => [
            field.date_label().unwrap_or_default(),
            " must be a YYYY-MM-DD string or null, not ",
        ]
        .concat(),
        Field::Unknown { .. } | Field::Stamp | Field::Link => {
            ["Field \"", &printable(&field.path()), "\" must not be "].concat()
        }
    };
    [&takes, found.described(), "."].concat()
}

/// The message of an unknown key: where it is, and the known field it probably meant or
/// the list of known fields.
fn unknown_field(field: &Field) -> String {
    let (key, known, place): (&str, &[&'static str], String) = match field {
        Field::Unknown {
            cluster: Some(index),
            key,
        } => (
            key,
            &ClusterInput::FIELDS,
            ["cluster ", &(index + 1).to_string()].concat(),
        ),
        Field::Unknown { cluster: None, key } => (key, &PlanInput::FIELDS, "the input".into()),
        other => return ["Unknown field \"", &printable(&other.path()), "\"."].concat(),
    };
    let hint = match suggestion(key, known) {
        Some(field) => ["did you mean \"", field, "\"?"].concat(),
        None => ["the known fields are ", &list(known), "."].concat(),
    };
    [
        "Unknown field \"",
        &printable(key),
        "\" in ",
        &place,
        ": ",
        &hint,
    ]
    .concat()
}

/// The known field `key` probably meant: the same letters ignoring case, `_` and `-`
/// (`last_update`, `LastUpdate`, `load-balancer`).
fn suggestion(key: &str, known: &[&'static str]) -> Option<&'static str> {
    let folded = |text: &str| -> String {
        text.chars()
            .filter(|c| !matches!(c, '_' | '-'))
            .map(|c| c.to_ascii_lowercase())
            .collect()
    };
    let key = folded(key);
    known.iter().copied().find(|field| folded(field) == key)
}

/// `a, b and c`.
fn list(fields: &[&str]) -> String {
    match fields.split_last() {
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => [&rest.join(", "), " and ", last].concat(),
        None => String::new(),
    }
}

/// An input key echoed in a message: at most 32 characters, controls as `?`.
fn printable(text: &str) -> String {
    shown_with(text, 32, '?')
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
    use crate::Error;

    fn unknown(cluster: Option<usize>, key: &str) -> Error {
        let key = key.to_owned();
        Error::new(Field::Unknown { cluster, key }, ErrorKind::UnknownField)
    }

    #[test]
    fn unknown_fields_list_the_known_ones_or_suggest_one() {
        assert_eq!(
            unknown(None, "colour").to_string(),
            "Unknown field \"colour\" in the input: the known fields are shutdown, restart, lastUpdate, today and clusters."
        );
        assert_eq!(
            unknown(Some(0), "colour").to_string(),
            "Unknown field \"colour\" in cluster 1: the known fields are name and loadBalancer."
        );
        assert!(unknown(None, "last_update")
            .to_string()
            .ends_with("did you mean \"lastUpdate\"?"));
        assert!(unknown(Some(3), "load-balancer")
            .to_string()
            .ends_with("did you mean \"loadBalancer\"?"));
        assert!(unknown(None, "Today").to_string().contains("\"today\""));
    }

    #[test]
    fn hostile_keys_are_echoed_safely() {
        let key = "a\nb\u{7}".to_owned() + &"x".repeat(100);
        let e = unknown(None, &key);
        // The field keeps the key as given; the message does not.
        assert_eq!(e.field().to_string(), key);
        let message = e.to_string();
        assert!(!message.chars().any(char::is_control));
        assert!(message.contains("\"a?b?xxxx"));
        assert!(message.contains("...\""));
    }

    #[test]
    fn wrong_types_name_what_the_field_takes_and_what_was_found() {
        let message = |field: Field, found: ValueType| {
            Error::new(field, ErrorKind::WrongType { found }).to_string()
        };
        assert_eq!(
            message(Field::Restart, ValueType::Number),
            "Power-on date must be a YYYY-MM-DD string or null, not a number."
        );
        assert!(message(Field::Clusters, ValueType::String).ends_with("not a string."));
        assert!(
            message(Field::Cluster(1), ValueType::Null).starts_with("Cluster 2 must be an object")
        );
        assert_eq!(
            message(Field::ClusterName(0), ValueType::Undefined),
            "Cluster 1 has no name."
        );
        assert_eq!(
            message(Field::ClusterName(0), ValueType::Number),
            "Cluster 1 name must be a string, not a number."
        );
        assert!(message(Field::Input, ValueType::Array).ends_with("not an array."));
        assert_eq!(
            message(Field::Text, ValueType::Number),
            "The error text must be a string."
        );
    }

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

    #[test]
    fn lists_read_naturally() {
        assert_eq!(list(&["a"]), "a");
        assert_eq!(list(&["a", "b"]), "a and b");
        assert_eq!(list(&["a", "b", "c"]), "a, b and c");
        assert_eq!(list(&[]), "");
    }
}
