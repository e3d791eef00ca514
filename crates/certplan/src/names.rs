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
    let field = format!("clusters[{index}].name");
    let refuse = |message: String| Err(Error::new(ErrorCode::InvalidClusterName, &field, message));
    let position = index + 1;
    if name.is_empty() {
        return refuse(format!("Cluster {position}: the name is empty."));
    }
    if let Some(bad) = name
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '-'))
    {
        return refuse(format!(
            "Cluster {position}: the name contains {}; use only letters A-Z, digits and hyphens.",
            describe(bad)
        ));
    }
    if name.len() > MAX_NAME_LEN {
        return refuse(format!(
            "Cluster {position}: the name is {} characters long; the limit is {MAX_NAME_LEN}.",
            name.len()
        ));
    }
    Ok(())
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
        c if c.is_ascii_punctuation() => format!("the character {c}"),
        c => format!("the character U+{:04X}", u32::from(c)),
    }
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
    fn warns_on_hyphens_and_capitals_only() {
        assert!(draws_warning("my-cluster"));
        assert!(draws_warning("Prod"));
        assert!(!draws_warning("prod2"));
    }
}
