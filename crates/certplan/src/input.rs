//! What the caller tells the planner.

use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorKind};
use crate::field::Field;

/// Most workload clusters one plan takes (the URL query's cap too). More are refused with
/// [`crate::ErrorCode::InvalidInput`] on `clusters`: a plan's size grows with each cluster's
/// remedies, and nobody fixes 50 clusters from one page.
pub const MAX_CLUSTERS: usize = 50;

/// Refuses a plan of `count` clusters when `count` is over [`MAX_CLUSTERS`].
///
/// [`crate::plan`] and [`crate::check`] call it before they read a single name, and
/// readers of untrusted input (the JavaScript API) call it with an array's length before
/// they read its entries, so that a list of a million clusters is refused as fast as one
/// of fifty-one.
///
/// # Errors
/// [`ErrorKind::TooManyClusters`] on [`Field::Clusters`] when `count` is over
/// [`MAX_CLUSTERS`].
///
/// # Example
/// ```
/// use certplan::{check_cluster_count, ErrorCode, Field, MAX_CLUSTERS};
///
/// assert!(check_cluster_count(MAX_CLUSTERS).is_ok());
/// let err = check_cluster_count(1_000_000).unwrap_err();
/// assert_eq!(err.code(), ErrorCode::InvalidInput);
/// assert_eq!(*err.field(), Field::Clusters);
/// assert_eq!(
///     err.to_string(),
///     "Too many clusters: 1000000 are listed, and a plan takes at most 50. Plan them in groups."
/// );
/// ```
pub fn check_cluster_count(count: usize) -> Result<(), Error> {
    if count <= MAX_CLUSTERS {
        return Ok(());
    }
    Err(Error::new(
        Field::Clusters,
        ErrorKind::TooManyClusters {
            count,
            max: MAX_CLUSTERS,
        },
    ))
}

/// The planner's input: dates as `YYYY-MM-DD` strings, exactly as a form or an embedder
/// gives them, so that a bad value comes back as a located [`crate::Error`] instead of a
/// failed deserialization.
///
/// JSON shape (camelCase; unknown fields are refused):
/// `{ "shutdown": "2026-01-01", "restart": null, "lastUpdate": "2025-12-01",
///    "today": "2026-02-01", "clusters": [{ "name": "prod1", "loadBalancer": true }] }`
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PlanInput {
    /// First day the clusters were powered off. Absent or empty: no shutdown.
    #[serde(default)]
    pub shutdown: Option<String>,
    /// The day they are, were or will be powered on. Absent or empty: still off, so the
    /// plan is for powering on today.
    #[serde(default)]
    pub restart: Option<String>,
    /// Last update of the deployment. Absent or empty: unknown.
    #[serde(default)]
    pub last_update: Option<String>,
    /// The caller's local date. The planner never reads a clock: callers pass it in.
    #[serde(default)]
    pub today: Option<String>,
    /// Workload (target) clusters, in the order their fixes should run.
    #[serde(default)]
    pub clusters: Vec<ClusterInput>,
}

impl PlanInput {
    /// The JSON field names of [`PlanInput`], for deserializers that would otherwise
    /// skip unknown fields silently (serde-wasm-bindgen reads only the fields it asks for).
    pub const FIELDS: [&'static str; 5] =
        ["shutdown", "restart", "lastUpdate", "today", "clusters"];
}

/// One workload cluster.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ClusterInput {
    /// The cluster's name, as `Get-AksHciCluster` lists it.
    pub name: String,
    /// Whether the cluster has an HAProxy load balancer: its cloud fix then needs
    /// `-patchLoadBalancer`.
    #[serde(default)]
    pub load_balancer: bool,
}

impl ClusterInput {
    /// The JSON field names of [`ClusterInput`].
    pub const FIELDS: [&'static str; 2] = ["name", "loadBalancer"];

    /// A cluster without a load balancer.
    pub fn new(name: impl Into<String>) -> Self {
        ClusterInput {
            name: name.into(),
            load_balancer: false,
        }
    }

    /// A cluster with a load balancer.
    pub fn with_load_balancer(name: impl Into<String>) -> Self {
        ClusterInput {
            name: name.into(),
            load_balancer: true,
        }
    }
}
