//! What the planner answers.

use std::borrow::Cow;

use serde::ser::{SerializeStruct, Serializer};
use serde::{Deserialize, Serialize};

use crate::remedies::RemedyEntry;
use crate::script::ScriptFacts;
use crate::sources::{self, Source};
use crate::tables::{ImpactRow, SHUTDOWN_TABLE, UPDATE_TABLE};

/// The plan: what is impacted, why, and the commands to fix it, in order.
///
/// Serializes to the JSON contract of the JavaScript API (camelCase), `script` written
/// by [`Plan::script`] as it goes. A plan is only made by [`plan`](crate::plan), so it
/// is not deserialized: its remedies share the texts of [`remedies`](crate::remedies)
/// instead of owning copies.
#[derive(Debug, Clone, PartialEq, Eq)]
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
    /// What the user should know beyond the verdicts (boundary, still off, advice,
    /// support policy, lifecycle).
    pub notes: Vec<Note>,
    /// What to check before step 1, in order; empty when there is nothing to fix.
    pub checks: Vec<Check>,
    /// Bringing the deployment back before the checks (power on, `Start-Cluster`, nodes
    /// Up, control plane VMs Running), while the clusters are off or come back today or
    /// later; empty once they are back.
    pub power_on: Vec<Check>,
    /// The way down before a shutdown that is today or later (`Stop-Cluster`, then
    /// `Stop-Computer`); empty otherwise.
    pub power_off: Vec<Check>,
    /// What [`Plan::script`] needs beyond the fields above.
    pub(crate) facts: ScriptFacts,
}

impl Serialize for Plan {
    /// The fields in the contract's order, `script` after `steps`.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut plan = serializer.serialize_struct("Plan", 11)?;
        plan.serialize_field("shutdownDays", &self.shutdown_days)?;
        plan.serialize_field("updateAgeDays", &self.update_age_days)?;
        plan.serialize_field("shutdownRow", &self.shutdown_row)?;
        plan.serialize_field("updateRow", &self.update_row)?;
        plan.serialize_field("layers", &self.layers)?;
        plan.serialize_field("steps", &self.steps)?;
        plan.serialize_field("script", &self.script())?;
        plan.serialize_field("notes", &self.notes)?;
        plan.serialize_field("checks", &self.checks)?;
        plan.serialize_field("powerOn", &self.power_on)?;
        plan.serialize_field("powerOff", &self.power_off)?;
        plan.end()
    }
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
    /// The stable kebab-case code, as serialized.
    pub const fn as_str(self) -> &'static str {
        match self {
            ShutdownRow::LessThan30Days => "less-than-30-days",
            ShutdownRow::MoreThan30Days => "more-than-30-days",
        }
    }

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
    /// The stable kebab-case code, as serialized.
    pub const fn as_str(self) -> &'static str {
        match self {
            UpdateRow::Within90Days => "within-90-days",
            UpdateRow::NotWithin90Days => "not-within-90-days",
        }
    }

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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
///
/// The texts of its [`RemedyEntry`] are shared, not copied: only what names the step or
/// its cluster is filled in, the commands always, the symptom and action when they say
/// [`CLUSTER`](crate::remedies::CLUSTER) or [`STEP`](crate::remedies::STEP).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Remedy {
    /// Stable id, remedies.rs's ids: "mocctl-expired", "kvactl-token", ...
    pub id: &'static str,
    /// What the person sees, with the literal error text where Microsoft gives one.
    pub symptom: Cow<'static, str>,
    /// What to do, in our words.
    pub action: Cow<'static, str>,
    /// Commands ready to paste (ASCII, names filled in); empty when the remedy is manual
    /// or has a [`Remedy::caution`].
    pub commands: Vec<String>,
    /// Set for anything destructive or disruptive: then `commands` is empty and
    /// `action` points to the page instead.
    pub caution: Option<&'static str>,
    /// The https URL of the Microsoft page and section it comes from (learn.microsoft.com
    /// with its anchor, or an Azure GitHub issue).
    pub source: &'static str,
    /// `YYYY-MM-DD`: ms.date (or ms.lastreviewed where later) of the page version read.
    pub source_date: &'static str,
}

impl Remedy {
    /// `entry` for a command `step` acting on `cluster` (quoted for PowerShell, or what
    /// stands for it): its placeholders filled in, its fixed texts shared.
    pub(crate) fn filled(entry: &RemedyEntry, step: &str, cluster: &str) -> Remedy {
        let fill = |text| crate::remedies::fill(text, step, cluster);
        Remedy {
            id: entry.id,
            symptom: fill(entry.symptom),
            action: fill(entry.action),
            commands: entry
                .commands
                .iter()
                .map(|command| fill(command).into_owned())
                .collect(),
            caution: entry.caution,
            source: entry.source.url,
            source_date: entry.source.date(),
        }
    }
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

impl StepLayer {
    /// The stable lower-case code, as serialized.
    pub const fn as_str(self) -> &'static str {
        match self {
            StepLayer::Moc => "moc",
            StepLayer::Kubernetes => "kubernetes",
            StepLayer::Verify => "verify",
        }
    }
}

/// Something the user should know, with a stable code and the page that says so.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Note {
    /// Stable code.
    pub code: NoteCode,
    /// The note in words.
    pub text: String,
    /// The https URL of the Microsoft page (and section) it rests on.
    pub source: String,
    /// `YYYY-MM-DD`: the date of that page's version.
    pub source_date: String,
}

impl Note {
    /// A note with `text`, sourced from its code's page.
    pub fn new(code: NoteCode, text: String) -> Note {
        let source = code.source();
        Note {
            code,
            text,
            source: source.url.into(),
            source_date: source.date().into(),
        }
    }
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
    /// The lifecycle of AKS Arc on Windows Server (supported through March 2028, node
    /// pools deprecated earlier), dated against today.
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

    /// The Microsoft page (and section) the note rests on. The planner's own remarks
    /// about the input rest on the table they apply (no clusters: the fix table) or the
    /// page they quote.
    pub const fn source(self) -> &'static Source {
        match self {
            NoteCode::Exactly30Days | NoteCode::StillOff | NoteCode::FutureShutdown => {
                &sources::SHUTDOWN_TABLE
            }
            NoteCode::UpdateAdvice => &sources::UPDATE_ADVICE,
            NoteCode::NoClusters => &sources::FIX_TABLE,
            NoteCode::ClusterNameStyle => &sources::CLUSTER_NAME,
            NoteCode::OutOfSupport | NoteCode::CannotUpdate => &sources::SUPPORT_POLICY,
            NoteCode::MocLoginExpired => &sources::MOCCTL_EXPIRED,
            NoteCode::PlatformRetirement => &sources::RETIREMENT,
            NoteCode::AzureLocal23h2 => &sources::AZURE_LOCAL,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `value` serialized, as the string it must be.
    fn json(value: impl Serialize) -> String {
        match serde_json::to_value(value).unwrap() {
            serde_json::Value::String(text) => text,
            other => panic!("{other} is not a string"),
        }
    }

    #[test]
    fn codes_are_the_serialized_names() {
        for row in [ShutdownRow::LessThan30Days, ShutdownRow::MoreThan30Days] {
            assert_eq!(json(row), row.as_str());
        }
        for row in [UpdateRow::Within90Days, UpdateRow::NotWithin90Days] {
            assert_eq!(json(row), row.as_str());
        }
        for layer in [StepLayer::Moc, StepLayer::Kubernetes, StepLayer::Verify] {
            assert_eq!(json(layer), layer.as_str());
        }
        for code in NoteCode::ALL {
            assert_eq!(json(code), code.as_str());
        }
    }
}
