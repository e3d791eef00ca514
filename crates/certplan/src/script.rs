//! The plan's `.ps1` script, written when asked ([`Plan::script`]).
//!
//! The script is tens of kilobytes, and only Copy all and Download read it, so a plan
//! keeps what the script says beyond its own fields ([`ScriptFacts`]) and writes it on
//! demand.

use chrono::NaiveDate;

use crate::checks;
use crate::date;
use crate::output::{Plan, StepLayer};
use crate::power;
use crate::powershell::{self, ScriptHeader, ScriptStep};
use crate::remedies::Kind;
use crate::rules::day_count;
use crate::sources::Source;

/// What the script says that the plan's fields do not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ScriptFacts {
    /// The day it was planned on, for the script's file name.
    pub today: NaiveDate,
    /// Shutdown and power-on (today's date while still off), when a shutdown is given.
    pub night: Option<(NaiveDate, NaiveDate)>,
    /// No power-on date was given.
    pub still_off: bool,
    /// The workload clusters' names, in order, for the checks the script runs.
    pub clusters: Vec<String>,
}

/// Which remedies a step of `layer` gets: the management cluster's MOC fix has no
/// cluster, each workload cluster's has one.
pub(crate) fn step_kind(layer: StepLayer, has_cluster: bool) -> Kind {
    match layer {
        StepLayer::Moc if has_cluster => Kind::Cloud,
        StepLayer::Moc => Kind::Management,
        StepLayer::Kubernetes => Kind::Kubelet,
        StepLayer::Verify => Kind::Verify,
    }
}

impl Plan {
    /// The steps as one ASCII PowerShell script with a header saying what and why: the
    /// checks it can run itself, then each step, stopping at the first failure with
    /// what to do. Written on each call (tens of kilobytes): call it when it is needed.
    ///
    /// The JS API's `plan()` gives it as the `script` property.
    pub fn script(&self) -> String {
        let facts = &self.facts;
        let summary = match (facts.night, self.shutdown_days) {
            (Some((from, to)), Some(days)) => [
                "Shutdown ",
                &date::format(from),
                ", power-on ",
                &date::format(to),
                if facts.still_off { " (still off)" } else { "" },
                ": ",
                &day_count(days),
                ".",
            ]
            .concat(),
            _ => "No shutdown entered.".to_string(),
        };
        let notes: Vec<(&str, &Source)> = self
            .notes
            .iter()
            .map(|n| (n.text.as_str(), n.code.source()))
            .collect();
        let impacted = self.layers.moc.impacted || self.layers.kubernetes.impacted;
        let power_on: &[power::Entry] = if self.power_on.is_empty() {
            &[]
        } else {
            &power::POWER_ON
        };
        let steps: Vec<ScriptStep<'_>> = self
            .steps
            .iter()
            .map(|step| ScriptStep {
                purpose: &step.purpose,
                command: &step.command,
                cluster: step.cluster.as_deref(),
                kind: step_kind(step.layer, step.cluster.is_some()),
                verify: step.layer == StepLayer::Verify,
            })
            .collect();
        powershell::script(
            &ScriptHeader {
                summary: &summary,
                layers: [
                    ("MOC certificates", &self.layers.moc.reason),
                    ("Kubernetes certificates", &self.layers.kubernetes.reason),
                ],
                notes: &notes,
                file: &powershell::script_file_name(&date::format(facts.today)),
                // Nothing to run while impacted: the only fixes are per workload cluster,
                // and none is listed (the management cluster's fix would be a step
                // otherwise).
                no_steps: if impacted {
                    "Nothing to run yet: the Kubernetes certificates are impacted, and their fix runs once for each workload cluster. List the workload clusters (Get-AksHciCluster shows them) in the planner to get their commands."
                } else {
                    "Nothing to run: no certificate layer is impacted."
                },
            },
            power_on,
            &checks::script_checks(&self.checks, &facts.clusters),
            &steps,
        )
    }
}
