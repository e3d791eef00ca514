//! What the planner answers.

use serde::{Deserialize, Serialize};

use crate::tables::{ImpactRow, SHUTDOWN_TABLE, UPDATE_TABLE};

/// The plan: what is impacted, why, and the commands to fix it, in order.
///
/// Serializes to the JSON contract of the JavaScript API (camelCase).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Plan {
    /// Whole days from shutdown to power-on (or to today while still off); `None`
    /// without a shutdown.
    pub shutdown_days: Option<i64>,
    /// Whole days from the last update to today; `None` without a last update.
    pub update_age_days: Option<i64>,
    /// The matched row of the shutdown table.
    pub shutdown_row: Option<ShutdownRow>,
    /// The matched row of the update table.
    pub update_row: Option<UpdateRow>,
    /// Each certificate layer's verdict.
    pub layers: Layers,
    /// The fix, in the order it must run.
    pub steps: Vec<Step>,
    /// The steps as one ASCII PowerShell script with a header saying what and why.
    pub script: String,
    /// What the user should know beyond the verdicts (boundary, still off, advice).
    pub notes: Vec<Note>,
}

/// The matched row of [`SHUTDOWN_TABLE`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ShutdownRow {
    /// "Shutdown less than 30 days".
    #[serde(rename = "less-than-30-days")]
    LessThan30Days,
    /// "Shutdown more than 30 days" (and exactly 30, see [`NoteCode::Exactly30Days`]).
    #[serde(rename = "more-than-30-days")]
    MoreThan30Days,
}

impl ShutdownRow {
    /// The table row this verdict comes from.
    pub fn row(self) -> &'static ImpactRow {
        &SHUTDOWN_TABLE.rows[self as usize]
    }
}

/// The matched row of [`UPDATE_TABLE`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum UpdateRow {
    /// "Cluster updated within 90 days" (90 days or fewer).
    #[serde(rename = "within-90-days")]
    Within90Days,
    /// "Cluster not updated within 90 days".
    #[serde(rename = "not-within-90-days")]
    NotWithin90Days,
}

impl UpdateRow {
    /// The table row this verdict comes from.
    pub fn row(self) -> &'static ImpactRow {
        &UPDATE_TABLE.rows[self as usize]
    }
}

/// The verdict for both certificate layers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Layers {
    /// MOC (Microsoft On-premises Cloud) certificates.
    pub moc: Layer,
    /// AKS Arc Kubernetes certificates.
    pub kubernetes: Layer,
}

/// One layer's verdict and the reason in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Layer {
    /// Whether the layer's certificates need the fix.
    pub impacted: bool,
    /// Why, e.g. "Powered off 59 days: more than 30 days, so ...".
    pub reason: String,
}

/// One command of the fix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    /// The PowerShell command, ASCII only, ready to paste.
    pub command: String,
    /// The workload cluster it acts on; `None` for the management cluster.
    pub cluster: Option<String>,
    /// Which layer it fixes, or `Verify` for the kubeconfig refresh.
    pub layer: StepLayer,
    /// What it does and where it comes from, in a sentence.
    pub purpose: String,
}

/// What a [`Step`] is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StepLayer {
    /// A MOC certificate fix.
    Moc,
    /// A Kubernetes certificate fix.
    Kubernetes,
    /// A check after the fixes (kubeconfig refresh).
    Verify,
}

/// Something the user should know, with a stable code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// Stable code.
    pub code: NoteCode,
    /// The note in words.
    pub text: String,
}

/// The kinds of [`Note`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum NoteCode {
    /// Powered off exactly 30 days, which Microsoft's table does not cover.
    #[serde(rename = "exactly-30-days")]
    Exactly30Days,
    /// No power-on date: planned as if powering on today, with the last safe day.
    #[serde(rename = "still-off")]
    StillOff,
    /// The shutdown is in the future and no power-on date is given.
    #[serde(rename = "future-shutdown")]
    FutureShutdown,
    /// The last update is more than 60 days old: advice, never an impact.
    #[serde(rename = "update-advice")]
    UpdateAdvice,
    /// A layer is impacted but no workload cluster is listed.
    #[serde(rename = "no-clusters")]
    NoClusters,
    /// A cluster name has a hyphen or a capital letter, which Microsoft's docs warn about.
    #[serde(rename = "cluster-name-style")]
    ClusterNameStyle,
}

impl NoteCode {
    /// The stable kebab-case code.
    pub const fn as_str(self) -> &'static str {
        match self {
            NoteCode::Exactly30Days => "exactly-30-days",
            NoteCode::StillOff => "still-off",
            NoteCode::FutureShutdown => "future-shutdown",
            NoteCode::UpdateAdvice => "update-advice",
            NoteCode::NoClusters => "no-clusters",
            NoteCode::ClusterNameStyle => "cluster-name-style",
        }
    }
}
