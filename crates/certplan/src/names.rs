//! Cluster name rules.
//!
//! AksHci documents no character set for cluster names, but they become Kubernetes
//! object names (DNS labels: letters, digits and `-`, at most 63 characters). Anything
//! else is refused here, which also means no name can ever carry a quote, `;`, `$(`, a
//! backtick or a newline into a command.

use crate::error::{Error, ErrorKind};
use crate::field::Field;

/// Longest accepted name: a DNS label.
pub const MAX_NAME_LEN: usize = 63;

/// Checks one name; `index` locates it in the input ([`Field::ClusterName`]).
pub(crate) fn check(index: usize, name: &str) -> Result<(), Error> {
    let problem = if name.is_empty() {
        ErrorKind::EmptyName
    } else if let Some(character) = name
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '-'))
    {
        ErrorKind::NameCharacter { character }
    } else if name.len() > MAX_NAME_LEN {
        ErrorKind::NameTooLong {
            length: name.len(),
            max: MAX_NAME_LEN,
        }
    } else {
        return Ok(());
    };
    Err(Error::new(Field::ClusterName(index), problem))
}

/// Cluster `index`, named `name`, repeats cluster `first` (names compare without regard
/// to case).
pub(crate) fn duplicate(index: usize, name: &str, first: usize) -> Error {
    let name = name.to_owned();
    Error::new(
        Field::ClusterName(index),
        ErrorKind::DuplicateName { name, first },
    )
}

/// Whether the name draws the docs' warning (hyphen or capital letter).
pub(crate) fn draws_warning(name: &str) -> bool {
    name.bytes().any(|b| b == b'-' || b.is_ascii_uppercase())
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
        assert_eq!(*err.field(), Field::ClusterName(2));
        assert_eq!(*err.kind(), ErrorKind::NameCharacter { character: ' ' });
        assert_eq!(
            err.to_string(),
            "Cluster 3: the name contains a space; use only letters A-Z, digits and hyphens."
        );
        let err = check(0, "\u{2019}x").unwrap_err();
        assert!(err.to_string().contains("U+2019"), "{err}");
        let err = check(0, &"a".repeat(64)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "Cluster 1: the name is 64 characters long; the limit is 63."
        );
        assert_eq!(
            check(4, "").unwrap_err().to_string(),
            "Cluster 5: the name is empty."
        );
        assert_eq!(
            duplicate(3, "Prod", 0).to_string(),
            "Cluster 4: \"Prod\" is already listed as cluster 1."
        );
    }

    #[test]
    fn warns_on_hyphens_and_capitals_only() {
        assert!(draws_warning("my-cluster"));
        assert!(draws_warning("Prod"));
        assert!(!draws_warning("prod2"));
    }
}
