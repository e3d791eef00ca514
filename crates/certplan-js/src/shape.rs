//! The input's shape, without JavaScript: field paths, what a wrong value looks like, and
//! the errors that say so. Kept apart from the glue so it is tested natively. Texts are
//! joined with `concat`: `format!` would bring core's formatting machinery into the
//! module (about 1 KB brotli) for these messages alone.

use certplan::{ClusterInput, Error, ErrorCode, PlanInput};

/// What a JavaScript value is, in the words an error message uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Undefined,
    Null,
    Boolean,
    Number,
    BigInt,
    String,
    Symbol,
    Function,
    Array,
    /// An object that is not a plain one: a `Map`, a `Date`, a class instance...
    OtherObject,
    /// A plain object (`{...}`, `Object.create(null)`, `JSON.parse` output).
    Object,
}

impl Kind {
    /// The kind of a value whose `typeof` is `type_of`, with the object cases refined.
    pub(crate) fn from_typeof(type_of: &str, is_null: bool, is_array: bool, plain: bool) -> Kind {
        match type_of {
            "undefined" => Kind::Undefined,
            "boolean" => Kind::Boolean,
            "number" => Kind::Number,
            "bigint" => Kind::BigInt,
            "string" => Kind::String,
            "symbol" => Kind::Symbol,
            "function" => Kind::Function,
            _ if is_null => Kind::Null,
            _ if is_array => Kind::Array,
            _ if plain => Kind::Object,
            _ => Kind::OtherObject,
        }
    }

    /// "a number", "null", "an array"...
    fn described(self) -> &'static str {
        match self {
            Kind::Undefined => "undefined",
            Kind::Null => "null",
            Kind::Boolean => "a boolean",
            Kind::Number => "a number",
            Kind::BigInt => "a bigint",
            Kind::String => "a string",
            Kind::Symbol => "a symbol",
            Kind::Function => "a function",
            Kind::Array => "an array",
            Kind::OtherObject => "an object that is not a plain object",
            Kind::Object => "an object",
        }
    }
}

/// The path of a cluster: `clusters[2]`.
pub(crate) fn cluster_path(index: usize) -> String {
    ["clusters[", &index.to_string(), "]"].concat()
}

/// The input itself is not a plain object. Its field is `""`, the path of the root.
pub(crate) fn not_an_object(kind: Kind) -> Error {
    Error::new(
        ErrorCode::InvalidInput,
        "",
        [
            "The input must be a plain object like { shutdown: \"2026-01-01\", clusters: [] }, not ",
            kind.described(),
            ".",
        ]
        .concat(),
    )
}

/// A key the planner does not know, at `prefix` (`None` for the top level, or the
/// cluster's index).
pub(crate) fn unknown_field(cluster: Option<usize>, key: &str) -> Error {
    let (path, known, place): (String, &[&str], String) = match cluster {
        None => (key.to_owned(), &PlanInput::FIELDS, "the input".to_owned()),
        Some(index) => (
            [&cluster_path(index), ".", key].concat(),
            &ClusterInput::FIELDS,
            ["cluster ", &(index + 1).to_string()].concat(),
        ),
    };
    let hint = match suggestion(key, known) {
        Some(field) => ["did you mean \"", field, "\"?"].concat(),
        None => ["the known fields are ", &list(known), "."].concat(),
    };
    Error::new(
        ErrorCode::UnknownField,
        path,
        [
            "Unknown field \"",
            &printable(key),
            "\" in ",
            &place,
            ": ",
            &hint,
        ]
        .concat(),
    )
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

/// A date field holding something other than a string or null.
pub(crate) fn date_not_string(field: &'static str, kind: Kind) -> Error {
    Error::new(
        ErrorCode::InvalidInput,
        field,
        [
            date_label(field),
            " must be a YYYY-MM-DD string or null, not ",
            kind.described(),
            ".",
        ]
        .concat(),
    )
}

/// The label the core uses for each date field.
fn date_label(field: &str) -> &'static str {
    match field {
        "shutdown" => "Shutdown date",
        "restart" => "Power-on date",
        "lastUpdate" => "Last update date",
        _ => "Today's date",
    }
}

/// `clusters` holding something other than an array.
pub(crate) fn clusters_not_array(kind: Kind) -> Error {
    Error::new(
        ErrorCode::InvalidInput,
        "clusters",
        [
            "Clusters must be an array like [{ name: \"prod1\", loadBalancer: false }], not ",
            kind.described(),
            ".",
        ]
        .concat(),
    )
}

/// A cluster that is not a plain object.
pub(crate) fn cluster_not_object(index: usize, kind: Kind) -> Error {
    Error::new(
        ErrorCode::InvalidInput,
        cluster_path(index),
        [
            "Cluster ",
            &(index + 1).to_string(),
            " must be an object like { name: \"prod1\", loadBalancer: false }, not ",
            kind.described(),
            ".",
        ]
        .concat(),
    )
}

/// A cluster whose `name` is missing or not a string.
pub(crate) fn name_not_string(index: usize, kind: Kind) -> Error {
    let problem = match kind {
        Kind::Undefined => "has no name".to_owned(),
        kind => ["name must be a string, not ", kind.described()].concat(),
    };
    Error::new(
        ErrorCode::InvalidInput,
        [&cluster_path(index), ".name"].concat(),
        ["Cluster ", &(index + 1).to_string(), " ", &problem, "."].concat(),
    )
}

/// A cluster whose `loadBalancer` is not a boolean.
pub(crate) fn load_balancer_not_bool(index: usize, kind: Kind) -> Error {
    Error::new(
        ErrorCode::InvalidInput,
        [&cluster_path(index), ".loadBalancer"].concat(),
        [
            "Cluster ",
            &(index + 1).to_string(),
            " loadBalancer must be true or false, not ",
            kind.described(),
            ".",
        ]
        .concat(),
    )
}

/// A property that could not be read (a getter or a proxy that throws).
pub(crate) fn unreadable(path: String) -> Error {
    let message = ["Field \"", &printable(&path), "\" could not be read."].concat();
    Error::new(ErrorCode::InvalidInput, path, message)
}

/// An input key echoed in a message: short, and without control characters, so a
/// hostile key cannot forge extra lines.
fn printable(text: &str) -> String {
    const MAX: usize = 32;
    let mut out: String = text
        .chars()
        .take(MAX)
        .map(|c| if c.is_control() { '?' } else { c })
        .collect();
    if text.chars().nth(MAX).is_some() {
        out.push_str("...");
    }
    out
}

/// A calendar date as `YYYY-MM-DD`, from a JavaScript `Date`'s local year, month
/// (0-based, as `getMonth` gives it) and day of the month.
pub(crate) fn iso_date(year: u32, month0: u32, day: u32) -> String {
    [
        &padded(year, 4),
        "-",
        &padded(month0 + 1, 2),
        "-",
        &padded(day, 2),
    ]
    .concat()
}

/// `number` with leading zeros to `width` digits.
fn padded(number: u32, width: usize) -> String {
    let digits = number.to_string();
    ["0".repeat(width.saturating_sub(digits.len())), digits].concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_told_apart() {
        assert_eq!(Kind::from_typeof("object", true, false, false), Kind::Null);
        assert_eq!(Kind::from_typeof("object", false, true, false), Kind::Array);
        assert_eq!(
            Kind::from_typeof("object", false, false, true),
            Kind::Object
        );
        assert_eq!(
            Kind::from_typeof("object", false, false, false),
            Kind::OtherObject
        );
        assert_eq!(
            Kind::from_typeof("string", false, false, false),
            Kind::String
        );
        assert_eq!(
            Kind::from_typeof("function", false, false, false),
            Kind::Function
        );
    }

    #[test]
    fn unknown_top_level_field_lists_the_known_ones() {
        let e = unknown_field(None, "colour");
        assert_eq!(e.code(), ErrorCode::UnknownField);
        assert_eq!(e.field(), "colour");
        assert_eq!(
            e.message(),
            "Unknown field \"colour\" in the input: the known fields are shutdown, restart, lastUpdate, today and clusters."
        );
    }

    #[test]
    fn unknown_cluster_field_is_located() {
        let e = unknown_field(Some(0), "colour");
        assert_eq!(e.field(), "clusters[0].colour");
        assert_eq!(
            e.message(),
            "Unknown field \"colour\" in cluster 1: the known fields are name and loadBalancer."
        );
    }

    #[test]
    fn near_misses_get_a_suggestion() {
        let e = unknown_field(None, "last_update");
        assert_eq!(e.field(), "last_update");
        assert!(e.message().ends_with("did you mean \"lastUpdate\"?"));
        let e = unknown_field(Some(3), "load-balancer");
        assert_eq!(e.field(), "clusters[3].load-balancer");
        assert!(e.message().ends_with("did you mean \"loadBalancer\"?"));
        assert!(unknown_field(None, "Today").message().contains("\"today\""));
    }

    #[test]
    fn hostile_keys_are_echoed_safely() {
        let key = "a\nb\u{7}".to_owned() + &"x".repeat(100);
        let e = unknown_field(None, &key);
        // The field keeps the key as given; the message does not.
        assert_eq!(e.field(), key);
        assert!(!e.message().chars().any(char::is_control));
        assert!(e.message().contains("\"a?b?xxxx"));
        assert!(e.message().contains("...\""));
    }

    #[test]
    fn type_errors_name_field_and_kind() {
        let e = date_not_string("restart", Kind::Number);
        assert_eq!((e.code(), e.field()), (ErrorCode::InvalidInput, "restart"));
        assert_eq!(
            e.message(),
            "Power-on date must be a YYYY-MM-DD string or null, not a number."
        );
        let e = clusters_not_array(Kind::String);
        assert_eq!(e.field(), "clusters");
        assert!(e.message().ends_with("not a string."));
        let e = cluster_not_object(1, Kind::Null);
        assert_eq!(e.field(), "clusters[1]");
        assert!(e.message().starts_with("Cluster 2 must be an object"));
        let e = name_not_string(0, Kind::Undefined);
        assert_eq!(e.field(), "clusters[0].name");
        assert_eq!(e.message(), "Cluster 1 has no name.");
        let e = name_not_string(0, Kind::Number);
        assert_eq!(
            e.message(),
            "Cluster 1 name must be a string, not a number."
        );
        let e = load_balancer_not_bool(2, Kind::String);
        assert_eq!(e.field(), "clusters[2].loadBalancer");
        let e = not_an_object(Kind::Array);
        assert_eq!((e.code(), e.field()), (ErrorCode::InvalidInput, ""));
        assert!(e.message().ends_with("not an array."));
    }

    #[test]
    fn dates_are_padded() {
        assert_eq!(iso_date(2026, 0, 5), "2026-01-05");
        assert_eq!(iso_date(2026, 11, 31), "2026-12-31");
        assert_eq!(iso_date(987, 8, 10), "0987-09-10");
    }

    #[test]
    fn lists_read_naturally() {
        assert_eq!(list(&["a"]), "a");
        assert_eq!(list(&["a", "b"]), "a and b");
        assert_eq!(list(&["a", "b", "c"]), "a, b and c");
        assert_eq!(list(&[]), "");
    }
}
