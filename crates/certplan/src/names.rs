//! Cluster name rules.
//!
//! AksHci documents no character set for cluster names, but they become Kubernetes
//! object names (DNS labels: letters, digits and `-`, at most 63 characters). Anything
//! else is refused here, which also means no name can ever carry a quote, `;`, `$(`, a
//! backtick or a newline into a command.

use crate::error::{Error, ErrorCode};

/// Longest accepted name: a DNS label.
pub const MAX_NAME_LEN: usize = 63;

/// Checks one name; `index` locates it in the input (`clusters[index].name`).
pub(crate) fn check(index: usize, name: &str) -> Result<(), Error> {
    let field = field(index);
    let position = (index + 1).to_string();
    let refuse = |message: &[&str]| {
        let message = [&["Cluster ", &position, ": "], message].concat().concat();
        Err(Error::new(ErrorCode::InvalidClusterName, &field, message))
    };
    if name.is_empty() {
        return refuse(&["the name is empty."]);
    }
    if let Some(bad) = name
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '-'))
    {
        return refuse(&[
            "the name contains ",
            &describe(bad),
            "; use only letters A-Z, digits and hyphens.",
        ]);
    }
    if name.len() > MAX_NAME_LEN {
        return refuse(&[
            "the name is ",
            &name.len().to_string(),
            " characters long; the limit is ",
            &MAX_NAME_LEN.to_string(),
            ".",
        ]);
    }
    Ok(())
}

/// Cluster `index`, named `name`, repeats cluster `first` (names compare without regard
/// to case).
pub(crate) fn duplicate(index: usize, name: &str, first: usize) -> Error {
    Error::new(
        ErrorCode::DuplicateClusterName,
        field(index),
        [
            "Cluster ",
            &(index + 1).to_string(),
            ": \"",
            name,
            "\" is already listed as cluster ",
            &(first + 1).to_string(),
            ".",
        ]
        .concat(),
    )
}

/// The path of cluster `index`'s name in the input, as errors locate it.
pub(crate) fn field(index: usize) -> String {
    ["clusters[", &index.to_string(), "].name"].concat()
}

/// Whether the name draws the docs' warning (hyphen or capital letter).
pub(crate) fn draws_warning(name: &str) -> bool {
    name.bytes().any(|b| b == b'-' || b.is_ascii_uppercase())
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
    fn accepts_dns_label_characters() {
        assert!(check(0, "prod1").is_ok());
        assert!(check(0, "My-Cluster-2").is_ok());
        assert!(check(0, &"a".repeat(63)).is_ok());
    }

    #[test]
    fn refuses_with_a_located_message() {
        let err = check(2, "a b").unwrap_err();
        assert_eq!(err.field(), "clusters[2].name");
        assert_eq!(
            err.message(),
            "Cluster 3: the name contains a space; use only letters A-Z, digits and hyphens."
        );
        let err = check(0, "\u{2019}x").unwrap_err();
        assert!(err.message().contains("U+2019"), "{err}");
        assert!(check(0, &"a".repeat(64))
            .unwrap_err()
            .message()
            .contains("64 characters"));
    }

    #[test]
    fn names_the_refused_character_in_words() {
        for (name, described) in [
            ("a b", "a space"),
            ("a'b", "a single quote (')"),
            ("a\"b", "a double quote (\")"),
            ("a`b", "a backtick (`)"),
            ("a;b", "a semicolon (;)"),
            ("a$b", "a dollar sign ($)"),
            ("a_b", "an underscore (_)"),
            ("a.b", "a dot (.)"),
            ("a\nb", "a line break"),
            ("a\rb", "a line break"),
            ("a\tb", "a tab"),
            ("a<b", "the character <"),
            ("a\u{0}b", "the character U+0000"),
            ("a\u{7f}b", "the character U+007F"),
            ("caf\u{e9}", "the character U+00E9"),
            ("a\u{2019}b", "the character U+2019"),
            ("a\u{1F600}", "the character U+1F600"),
            ("a\u{10FFFF}", "the character U+10FFFF"),
        ] {
            let err = check(0, name).unwrap_err();
            assert_eq!(
                err.message(),
                [
                    "Cluster 1: the name contains ",
                    described,
                    "; use only letters A-Z, digits and hyphens."
                ]
                .concat(),
                "{name:?}"
            );
        }
    }

    #[test]
    fn warns_on_hyphens_and_capitals_only() {
        assert!(draws_warning("my-cluster"));
        assert!(draws_warning("Prod"));
        assert!(!draws_warning("prod2"));
    }
}
