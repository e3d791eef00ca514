//! What the JavaScript API refuses before the core sees the input: a value of the wrong
//! type, an unknown key, a property that throws; and a `Date`'s calendar date. Kept apart
//! from the glue so it is tested natively. The core's [`certplan::Error`] has no such
//! kinds: its callers are Rust, and the web app's wasm need not carry these texts.
//! Texts are joined with `concat`: `format!` would bring core's formatting machinery into
//! the module (about 1 KB brotli).

use certplan::{ClusterInput, ErrorCode, Field, PlanInput};

/// What a value of the wrong type is, in the words an error message uses ("a number",
/// "null"): the JavaScript API reads plain objects by hand and says what it found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum ValueType {
    /// `undefined` (a missing property).
    Undefined,
    /// `null`.
    Null,
    /// `true` or `false`.
    Boolean,
    /// A number.
    Number,
    /// A bigint.
    BigInt,
    /// A string.
    String,
    /// A symbol.
    Symbol,
    /// A function.
    Function,
    /// An array.
    Array,
    /// An object that is not a plain one: a `Map`, a `Date`, a class instance...
    OtherObject,
    /// A plain object (`{...}`, `Object.create(null)`, `JSON.parse` output).
    Object,
}

impl ValueType {
    /// "a number", "null", "an array"...
    const fn described(self) -> &'static str {
        match self {
            ValueType::Undefined => "undefined",
            ValueType::Null => "null",
            ValueType::Boolean => "a boolean",
            ValueType::Number => "a number",
            ValueType::BigInt => "a bigint",
            ValueType::String => "a string",
            ValueType::Symbol => "a symbol",
            ValueType::Function => "a function",
            ValueType::Array => "an array",
            ValueType::OtherObject => "an object that is not a plain object",
            ValueType::Object => "an object",
        }
    }
}

/// The type of a value whose `typeof` is `type_of`, with the object cases refined.
pub(crate) fn value_type(type_of: &str, is_null: bool, is_array: bool, plain: bool) -> ValueType {
    match type_of {
        "undefined" => ValueType::Undefined,
        "boolean" => ValueType::Boolean,
        "number" => ValueType::Number,
        "bigint" => ValueType::BigInt,
        "string" => ValueType::String,
        "symbol" => ValueType::Symbol,
        "function" => ValueType::Function,
        _ if is_null => ValueType::Null,
        _ if is_array => ValueType::Array,
        _ if plain => ValueType::Object,
        _ => ValueType::OtherObject,
    }
}

/// What the reader finds wrong with a field of a JavaScript value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Problem {
    /// A value of a type the field does not take; what it takes follows from the field.
    WrongType(ValueType),
    /// A key the input does not know (the field is [`Field::Unknown`]).
    UnknownKey,
    /// A value that could not be read (a getter or a proxy that throws).
    Unreadable,
}

/// Why the JavaScript API refuses an input: the reader's finding, or the core's error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Refusal {
    /// The value is not a `PlanInput` at all.
    Read(Field, Problem),
    /// The core refuses the input it was given.
    Core(certplan::Error),
}

impl From<certplan::Error> for Refusal {
    fn from(error: certplan::Error) -> Self {
        Refusal::Core(error)
    }
}

impl Refusal {
    /// The stable code, as the thrown `Error`'s `code`.
    pub(crate) fn code(&self) -> ErrorCode {
        match self {
            Refusal::Read(_, Problem::UnknownKey) => ErrorCode::UnknownField,
            Refusal::Read(..) => ErrorCode::InvalidInput,
            Refusal::Core(error) => error.code(),
        }
    }

    /// The field at fault, as the thrown `Error`'s `field` (its path).
    pub(crate) fn field(&self) -> &Field {
        match self {
            Refusal::Read(field, _) => field,
            Refusal::Core(error) => error.field(),
        }
    }

    /// What a person reads, as the thrown `Error`'s `message`.
    pub(crate) fn message(&self) -> String {
        match self {
            Refusal::Read(field, Problem::WrongType(found)) => wrong_type(field, *found),
            Refusal::Read(field, Problem::UnknownKey) => unknown_field(field),
            Refusal::Read(field, Problem::Unreadable) => [
                "Field \"",
                &printable(&field.path()),
                "\" could not be read.",
            ]
            .concat(),
            Refusal::Core(error) => error.message(),
        }
    }
}

/// The message of a value of the wrong type: what `field` takes, and what was `found`.
fn wrong_type(field: &Field, found: ValueType) -> String {
    let position = field.cluster().map_or(0, |index| index + 1).to_string();
    let cluster = ["Cluster ", &position].concat();
    let cluster = cluster.as_str();
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
    certplan::shown::shown_with(text, 32, '?')
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
    fn types_are_told_apart() {
        for (type_of, is_null, is_array, plain, found) in [
            ("object", true, false, false, ValueType::Null),
            ("object", false, true, false, ValueType::Array),
            ("object", false, false, true, ValueType::Object),
            ("object", false, false, false, ValueType::OtherObject),
            ("string", false, false, false, ValueType::String),
            ("function", false, false, false, ValueType::Function),
        ] {
            assert_eq!(value_type(type_of, is_null, is_array, plain), found);
        }
    }

    #[test]
    fn dates_are_padded() {
        assert_eq!(iso_date(2026, 0, 5), "2026-01-05");
        assert_eq!(iso_date(2026, 11, 31), "2026-12-31");
        assert_eq!(iso_date(987, 8, 10), "0987-09-10");
    }

    fn unknown(cluster: Option<usize>, key: &str) -> Refusal {
        let key = key.to_owned();
        Refusal::Read(Field::Unknown { cluster, key }, Problem::UnknownKey)
    }

    #[test]
    fn unknown_fields_list_the_known_ones_or_suggest_one() {
        assert_eq!(
            unknown(None, "colour").message(),
            "Unknown field \"colour\" in the input: the known fields are shutdown, restart, lastUpdate, today and clusters."
        );
        assert_eq!(
            unknown(Some(0), "colour").message(),
            "Unknown field \"colour\" in cluster 1: the known fields are name and loadBalancer."
        );
        assert!(unknown(None, "last_update")
            .message()
            .ends_with("did you mean \"lastUpdate\"?"));
        assert!(unknown(Some(3), "load-balancer")
            .message()
            .ends_with("did you mean \"loadBalancer\"?"));
        assert!(unknown(None, "Today").message().contains("\"today\""));
    }

    #[test]
    fn hostile_keys_are_echoed_safely() {
        let key = "a\nb\u{7}".to_owned() + &"x".repeat(100);
        let e = unknown(None, &key);
        // The field keeps the key as given; the message does not.
        assert_eq!(e.field().to_string(), key);
        let message = e.message();
        assert!(!message.chars().any(char::is_control));
        assert!(message.contains("\"a?b?xxxx"));
        assert!(message.contains("...\""));
    }

    #[test]
    fn wrong_types_name_what_the_field_takes_and_what_was_found() {
        let message = |field: Field, found: ValueType| {
            Refusal::Read(field, Problem::WrongType(found)).message()
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
    fn lists_read_naturally() {
        assert_eq!(list(&["a"]), "a");
        assert_eq!(list(&["a", "b"]), "a and b");
        assert_eq!(list(&["a", "b", "c"]), "a, b and c");
        assert_eq!(list(&[]), "");
    }
}
