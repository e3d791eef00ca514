//! The night around the fix: bringing a stopped deployment back before the first check,
//! and the way down before a planned shutdown.
//!
//! From "Stop and restart an Azure Kubernetes Service cluster" (stop-start-cluster.md):
//! down is `Stop-Cluster` (it asks for confirmation and stops every clustered role) then
//! `Stop-Computer`; up is powering the nodes on, `Start-Cluster` in an elevated session on
//! a node (not remotely without CredSSP), every node `Up` in `Get-ClusterNode`, and the
//! control plane VMs (`*-control-plane-*`) `Running`, with `Restart-VM -Force` for one
//! that is not. The script runs the two read-only checks itself before it changes
//! anything; the control plane check asks every node (`Get-VM -ComputerName`, as the
//! known-issues page lists the VMs) because the VMs live on whichever node hosts them.

use crate::output::{Check, Remedy};
use crate::remedies::RemedyEntry;
use crate::sources;

const NODES: &str = "Get-ClusterNode | Select-Object -Property Name, State";
const CONTROL_PLANES: &str = "Get-VM -ComputerName (Get-ClusterNode).Name | Where-Object { $_.Name -like '*-control-plane-*' } | Select-Object -Property Name, State, ComputerName";

/// A node was left running while the others were off.
pub const NODE_LEFT_RUNNING: RemedyEntry = RemedyEntry {
    id: "node-left-running",
    signatures: &[],
    symptom: "A node was not shut down with the others and is still running from before.",
    action:
        "Restart it with Restart-Computer, run on that node, and wait until you can sign in again.",
    commands: &["Restart-Computer"],
    caution: None,
    source: &sources::START_CLUSTER,
};

/// `Start-Cluster` from another machine.
pub const START_REMOTELY: RemedyEntry = RemedyEntry {
    id: "start-cluster-remote",
    signatures: &[],
    symptom: "Start-Cluster fails when run from another machine or a remote session.",
    action:
        "It can't run remotely without CredSSP: run it in PowerShell as administrator on a node.",
    commands: &[],
    caution: None,
    source: &sources::START_CLUSTER,
};

/// A node is not `Up`.
pub const NODE_NOT_UP: RemedyEntry = RemedyEntry {
    id: "node-not-up",
    signatures: &[],
    symptom: "A node's State is not Up, or a node is missing from the list.",
    action:
        "Make sure the node has started Windows, then start the cluster again and check once more.",
    commands: &["Start-Cluster", NODES],
    caution: None,
    source: &sources::START_CLUSTER,
};

/// A control plane VM is not `Running`.
pub const CONTROL_PLANE_STOPPED: RemedyEntry = RemedyEntry {
    id: "control-plane-stopped",
    signatures: &[],
    symptom: "A control plane VM's State is not Running, or none is listed.",
    action: "On the node that hosts it (ComputerName), restart it with its Name in place of <vm>, then check again. None listed: run Start-Cluster first.",
    commands: &["Restart-VM -Name '<vm>' -Force", CONTROL_PLANES],
    caution: None,
    source: &sources::CONTROL_PLANE_RUNNING,
};

/// Stop-Cluster run a second time.
pub const ALREADY_STOPPED: RemedyEntry = RemedyEntry {
    id: "no-cluster-service",
    signatures: &[],
    symptom: "It says \"No cluster service running.\"",
    action: "The cluster service is already stopped: go on and shut the nodes down.",
    commands: &[],
    caution: None,
    source: &sources::STOP_CLUSTER,
};

/// One item as data: what it runs, why, what a healthy answer is, what to do otherwise,
/// and the script's own checks when there are any, written out whole (each stops the
/// script with a message when it finds the item unhealthy), under `key` in the script's
/// table of remedies.
pub(crate) struct Entry {
    pub key: &'static str,
    pub command: &'static str,
    pub purpose: &'static str,
    pub expect: &'static str,
    pub remedies: &'static [RemedyEntry],
    pub statements: &'static [&'static str],
}

pub(crate) const POWER_ON: [Entry; 4] = [
    Entry {
        key: "power-on-1",
        command: "",
        purpose: "Power on every node of the cluster and wait until each has started Windows.",
        expect: "You can sign in to each node as an administrator.",
        remedies: &[NODE_LEFT_RUNNING],
        statements: &[],
    },
    Entry {
        key: "power-on-2",
        command: "Start-Cluster",
        purpose: "Start the cluster service on every node: in PowerShell as administrator on one node, not remotely.",
        expect: "The cluster's name, and no error.",
        remedies: &[START_REMOTELY],
        statements: &[],
    },
    Entry {
        key: "power-on-3",
        command: NODES,
        purpose: "Every node is part of the cluster again.",
        expect: "Every node with State Up.",
        remedies: &[NODE_NOT_UP],
        statements: &["if (Get-ClusterNode | Where-Object { $_.State -ne 'Up' }) { throw 'A cluster node is not Up: start the cluster (Start-Cluster) and check Get-ClusterNode.' }"],
    },
    Entry {
        key: "power-on-4",
        command: CONTROL_PLANES,
        purpose: "The control plane VMs run, on whichever node hosts them.",
        expect: "Every VM named *-control-plane-* with State Running.",
        remedies: &[CONTROL_PLANE_STOPPED],
        statements: &[
            "if (-not (Get-VM -ComputerName (Get-ClusterNode).Name | Where-Object { $_.Name -like '*-control-plane-*' })) { throw 'No control plane VM was found on the cluster''s nodes: is the cluster started?' }",
            "if (Get-VM -ComputerName (Get-ClusterNode).Name | Where-Object { $_.Name -like '*-control-plane-*' -and $_.State -ne 'Running' }) { throw 'A control plane VM is not Running: restart it with Restart-VM on the node that hosts it.' }",
        ],
    },
];

pub(crate) const POWER_OFF: [Entry; 2] = [
    Entry {
        key: "power-off-1",
        command: "Stop-Cluster",
        purpose: "Stop the cluster service on all nodes: in PowerShell as administrator on one node, then type Y. Caution: it stops every clustered role and VM-based application, AKS included.",
        expect: "After Y, no error. Run it once.",
        remedies: &[ALREADY_STOPPED],
        statements: &[],
    },
    Entry {
        key: "power-off-2",
        command: "Stop-Computer",
        purpose: "Then shut down each node: run it on each, yours last.",
        expect: "The node powers off.",
        remedies: &[],
        statements: &[],
    },
];

/// The items as the plan gives them.
pub(crate) fn items(entries: &[Entry]) -> Vec<Check> {
    entries
        .iter()
        .map(|entry| Check {
            command: entry.command.to_owned(),
            purpose: entry.purpose.to_owned(),
            expect: entry.expect.to_owned(),
            // These name no cluster; a `<step>` would be the item's own command.
            if_fails: entry
                .remedies
                .iter()
                .map(|remedy| Remedy::filled(remedy, entry.command, ""))
                .collect(),
        })
        .collect()
}

/// Every remedy of the power items, for tests.
pub fn remedies() -> impl Iterator<Item = &'static RemedyEntry> {
    POWER_ON
        .iter()
        .chain(POWER_OFF.iter())
        .flat_map(|entry| entry.remedies.iter())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn power_on_runs_in_the_documented_order() {
        let items = items(&POWER_ON);
        let commands: Vec<&str> = items.iter().map(|i| i.command.as_str()).collect();
        assert_eq!(commands, ["", "Start-Cluster", NODES, CONTROL_PLANES]);
        assert_eq!(
            POWER_ON[2].statements,
            ["if (Get-ClusterNode | Where-Object { $_.State -ne 'Up' }) { throw 'A cluster node is not Up: start the cluster (Start-Cluster) and check Get-ClusterNode.' }"]
        );
        assert_eq!(POWER_ON[3].statements.len(), 2);
        assert!(POWER_ON[3].statements[0].starts_with("if (-not (Get-VM -ComputerName"));
        assert_eq!(
            items[3].if_fails[0].commands,
            ["Restart-VM -Name '<vm>' -Force", CONTROL_PLANES]
        );
        assert!(items.iter().all(|i| !i.if_fails.is_empty()));
        assert_eq!(POWER_ON[3].key, "power-on-4");
    }

    #[test]
    fn the_way_down_stops_the_cluster_then_the_machines() {
        let items = items(&POWER_OFF);
        let commands: Vec<&str> = items.iter().map(|i| i.command.as_str()).collect();
        assert_eq!(commands, ["Stop-Cluster", "Stop-Computer"]);
        assert!(items[0]
            .purpose
            .contains("Caution: it stops every clustered role"));
    }

    #[test]
    fn power_remedies_are_sourced_from_the_stop_start_page() {
        for remedy in remedies() {
            assert!(
                remedy.source.url.contains("/stop-start-cluster#"),
                "{}",
                remedy.id
            );
            assert!(sources::find(remedy.source.url).is_some());
            for text in [remedy.symptom, remedy.action]
                .into_iter()
                .chain(remedy.commands.iter().copied())
            {
                assert!(text.is_ascii(), "{text}");
            }
        }
    }
}
