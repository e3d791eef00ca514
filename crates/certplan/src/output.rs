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
    /// What the user should know beyond the verdicts (boundary, still off, advice,
    /// support policy, lifecycle).
    pub notes: Vec<Note>,
    /// What to check before step 1, in order; empty when there is nothing to fix.
    pub checks: Vec<Check>,
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
#[serde(rename_all = "camelCase")]
pub struct Step {
    /// The PowerShell command, ASCII only, ready to paste.
    pub command: String,
    /// The workload cluster it acts on; `None` for the management cluster.
    pub cluster: Option<String>,
    /// Which layer it fixes, or `Verify` for the kubeconfig refresh.
    pub layer: StepLayer,
    /// What it does and where it comes from, in a sentence.
    pub purpose: String,
    /// What to do when it fails, most likely first; at least one for every MOC and
    /// Kubernetes step.
    pub if_fails: Vec<Remedy>,
}

/// Something to run before step 1 and compare with what a healthy system answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Check {
    /// The PowerShell command, ASCII only, ready to paste.
    pub command: String,
    /// Why it is checked, in a sentence.
    pub purpose: String,
    /// What a healthy answer looks like.
    pub expect: String,
    /// What to do when the answer is not the healthy one.
    pub if_fails: Vec<Remedy>,
}

/// What to do about one documented failure, from the Microsoft page in `source`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Remedy {
    /// Stable id, remedies.rs's ids (`mocctl-expired`, `kvactl-token`, ...).
    pub id: String,
    /// What the person sees, with the literal error text where Microsoft gives one.
    pub symptom: String,
    /// What to do, in our words.
    pub action: String,
    /// Commands ready to paste (ASCII, names filled in); empty when the remedy is manual
    /// or has a [`Remedy::caution`].
    pub commands: Vec<String>,
    /// Set for anything destructive or disruptive: then `commands` is empty and
    /// `action` points to the page instead.
    pub caution: Option<String>,
    /// The https URL of the Microsoft page and section it comes from (learn.microsoft.com
    /// with its anchor, or an Azure GitHub issue).
    pub source: String,
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
    /// Off more than 30 days: the control plane is out of support (support policy).
    #[serde(rename = "out-of-support")]
    OutOfSupport,
    /// Off more than 90 days: the clusters can no longer be updated (support policy).
    #[serde(rename = "cannot-update")]
    CannotUpdate,
    /// Off 60 days or more: the mocctl login and the KVA certificate have probably
    /// expired too, so expect `Repair-MocLogin`.
    #[serde(rename = "moc-login-expired")]
    MocLoginExpired,
    /// The retirement of AKS Arc on standalone Windows Server 2019 and 2022, dated
    /// against today.
    #[serde(rename = "platform-retirement")]
    PlatformRetirement,
    /// AKS Arc on Azure Local 23H2 and later (`az aksarc`) is not what this plan is for.
    #[serde(rename = "azure-local-23h2")]
    AzureLocal23h2,
}

impl NoteCode {
    /// Every code, for documentation and exhaustive tests.
    pub const ALL: [NoteCode; 11] = [
        NoteCode::Exactly30Days,
        NoteCode::StillOff,
        NoteCode::FutureShutdown,
        NoteCode::UpdateAdvice,
        NoteCode::NoClusters,
        NoteCode::ClusterNameStyle,
        NoteCode::OutOfSupport,
        NoteCode::CannotUpdate,
        NoteCode::MocLoginExpired,
        NoteCode::PlatformRetirement,
        NoteCode::AzureLocal23h2,
    ];

    /// The stable kebab-case code.
    pub const fn as_str(self) -> &'static str {
        match self {
            NoteCode::Exactly30Days => "exactly-30-days",
            NoteCode::StillOff => "still-off",
            NoteCode::FutureShutdown => "future-shutdown",
            NoteCode::UpdateAdvice => "update-advice",
            NoteCode::NoClusters => "no-clusters",
            NoteCode::ClusterNameStyle => "cluster-name-style",
            NoteCode::OutOfSupport => "out-of-support",
            NoteCode::CannotUpdate => "cannot-update",
            NoteCode::MocLoginExpired => "moc-login-expired",
            NoteCode::PlatformRetirement => "platform-retirement",
            NoteCode::AzureLocal23h2 => "azure-local-23h2",
        }
    }

    /// The Microsoft page (and section) the note's facts come from, for a link beside it;
    /// `None` for the planner's own remarks about the input.
    pub const fn source(self) -> Option<&'static str> {
        match self {
            NoteCode::Exactly30Days | NoteCode::StillOff | NoteCode::FutureShutdown => {
                Some(crate::tables::SOURCE_URL)
            }
            NoteCode::UpdateAdvice => Some(crate::policy::UPDATE_ADVICE_SOURCE),
            NoteCode::NoClusters => None,
            NoteCode::ClusterNameStyle => Some(crate::policy::CLUSTER_NAME_SOURCE),
            NoteCode::OutOfSupport | NoteCode::CannotUpdate => {
                Some(crate::policy::SUPPORT_POLICY_SOURCE)
            }
            NoteCode::MocLoginExpired => Some(crate::remedies::MOCCTL_EXPIRED.source),
            NoteCode::PlatformRetirement => Some(crate::policy::RETIREMENT_SOURCE),
            NoteCode::AzureLocal23h2 => Some(crate::policy::AZURE_LOCAL_SOURCE),
        }
    }
}
