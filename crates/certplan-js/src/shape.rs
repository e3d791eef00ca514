//! What JavaScript values are, without JavaScript: the type an error names, and a
//! `Date`'s calendar date. Kept apart from the glue so it is tested natively. Texts are
//! joined with `concat`: `format!` would bring core's formatting machinery into the
//! module (about 1 KB brotli).

use certplan::ValueType;

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
}
