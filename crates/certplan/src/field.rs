//! Where an error is: the input field at fault, written as the JavaScript API's path,
//! and the type of a wrong value found there.

use core::fmt;

use serde::{Serialize, Serializer};

/// The input field at fault. `Display` writes it as the JavaScript API's path:
/// `shutdown`, `clusters[2].name`, `clusters[0].colour`, or `""` for the input itself.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Field {
    /// The input as a whole (`""`): it is not an object at all.
    Input,
    /// `shutdown`.
    Shutdown,
    /// `restart`, the power-on date.
    Restart,
    /// `lastUpdate`.
    LastUpdate,
    /// `today`.
    Today,
    /// `clusters`, the list as a whole.
    Clusters,
    /// `clusters[N]`, one cluster as a whole.
    Cluster(usize),
    /// `clusters[N].name`.
    ClusterName(usize),
    /// `clusters[N].loadBalancer`.
    ClusterLoadBalancer(usize),
    /// A key the input does not have: `key` at the top level (`cluster` is `None`) or
    /// `clusters[N].key`.
    Unknown {
        /// The cluster the key is in, if any.
        cluster: Option<usize>,
        /// The key as given.
        key: String,
    },
    /// The time stamp of a reminder ([`crate::reminder::ics`]).
    Stamp,
    /// The link of a reminder ([`crate::reminder::ics`]).
    Link,
    /// The pasted error text of a lookup (the JavaScript API's `findRemedies`).
    Text,
}

impl Field {
    /// The cluster row the field belongs to (`clusters[N]`, `clusters[N].name`...).
    pub fn cluster(&self) -> Option<usize> {
        match self {
            Field::Cluster(index)
            | Field::ClusterName(index)
            | Field::ClusterLoadBalancer(index) => Some(*index),
            Field::Unknown { cluster, .. } => *cluster,
            _ => None,
        }
    }

    /// How messages name a date field ("Power-on date"); `None` for other fields.
    pub fn date_label(&self) -> Option<&'static str> {
        match self {
            Field::Shutdown => Some("Shutdown date"),
            Field::Restart => Some("Power-on date"),
            Field::LastUpdate => Some("Last update date"),
            Field::Today => Some("Today's date"),
            _ => None,
        }
    }

    /// The path as a string (the same text as `Display`).
    pub fn path(&self) -> String {
        let cluster =
            |index: usize, tail: &str| ["clusters[", &index.to_string(), "]", tail].concat();
        match self {
            Field::Input => String::new(),
            Field::Shutdown => "shutdown".into(),
            Field::Restart => "restart".into(),
            Field::LastUpdate => "lastUpdate".into(),
            Field::Today => "today".into(),
            Field::Clusters => "clusters".into(),
            Field::Cluster(index) => cluster(*index, ""),
            Field::ClusterName(index) => cluster(*index, ".name"),
            Field::ClusterLoadBalancer(index) => cluster(*index, ".loadBalancer"),
            Field::Unknown { cluster: None, key } => key.clone(),
            Field::Unknown {
                cluster: Some(index),
                key,
            } => cluster(*index, &[".", key].concat()),
            Field::Stamp => "stamp".into(),
            Field::Link => "link".into(),
            Field::Text => "text".into(),
        }
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.path())
    }
}

/// As its path, the JSON contract's `field`.
impl Serialize for Field {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.path())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_display_as_javascript_paths() {
        for (field, path) in [
            (Field::Input, ""),
            (Field::LastUpdate, "lastUpdate"),
            (Field::Clusters, "clusters"),
            (Field::Cluster(1), "clusters[1]"),
            (Field::ClusterName(12), "clusters[12].name"),
            (Field::ClusterLoadBalancer(0), "clusters[0].loadBalancer"),
            (
                Field::Unknown {
                    cluster: None,
                    key: "colour".into(),
                },
                "colour",
            ),
            (
                Field::Unknown {
                    cluster: Some(3),
                    key: "x".into(),
                },
                "clusters[3].x",
            ),
        ] {
            assert_eq!(field.to_string(), path);
        }
    }
}
