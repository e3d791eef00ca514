//! Before you start: what to check before step 1, what a healthy answer looks like, and
//! which of the checks the script can run by itself.
//!
//! From Microsoft's pages: run elevated on a node (setup walkthrough), as the installing
//! user or a local Administrator (known issues, x509), with the AksHci module installed
//! (setup walkthrough); the cloud agent's cluster group online and `Get-AksHciCluster`
//! answering (known issues, upgrade and security); the AksHci version noted, because
//! several known issues depend on it.

use crate::output::Check;
use crate::remedies::{self, Kind};

/// Elevated session: the .NET call every PowerShell version has.
const ELEVATED: &str = "([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)";
const MODULE: &str = "Get-Module -ListAvailable -Name AksHci";
const CLOUD_AGENT: &str = "Get-ClusterGroup -Name (Get-MocConfig).clusterRoleName";
const CLUSTERS: &str = "Get-AksHciCluster";
const VERSION: &str = "Get-AksHciVersion";

/// One check as data: what it runs, why, what a healthy answer is, and, when the script
/// can judge it alone, the message it stops with (`if (-not (command)) { throw ... }`).
struct Entry {
    kind: Kind,
    command: &'static str,
    purpose: &'static str,
    expect: &'static str,
    stops_with: Option<&'static str>,
}

const ENTRIES: [Entry; 5] = [
    Entry {
        kind: Kind::Elevated,
        command: ELEVATED,
        purpose: "Run everything in a PowerShell window opened as administrator on a node, signed in as the user who installed AKS (or, from the September 2022 release, a local Administrator).",
        expect: "True.",
        stops_with: Some("This PowerShell session is not elevated: open PowerShell with Run as administrator."),
    },
    Entry {
        kind: Kind::Module,
        command: MODULE,
        purpose: "The AksHci PowerShell module is installed on this node.",
        expect: "At least one line for AksHci, with its version.",
        stops_with: Some("The AksHci module is not installed on this node."),
    },
    Entry {
        kind: Kind::CloudAgent,
        command: CLOUD_AGENT,
        purpose: "The MOC cloud agent's cluster group is running: every fix talks to the cloud agent.",
        expect: "State Online.",
        stops_with: None,
    },
    Entry {
        kind: Kind::Clusters,
        command: CLUSTERS,
        purpose: "The management cluster answers, and the names in this plan are your clusters' names.",
        // Completed with the plan's names, see `checks`.
        expect: "Your workload clusters, each with its Name and ProvisioningState",
        stops_with: None,
    },
    Entry {
        kind: Kind::Version,
        command: VERSION,
        purpose: "Note the AKS version: some known issues, and their fixes, depend on it.",
        expect: "A version number such as 1.0.x.y. Write it down.",
        stops_with: None,
    },
];

/// One check as the script runs it.
pub(crate) struct ScriptCheck<'a> {
    /// The plan's check.
    pub check: &'a Check,
    /// Which remedies apply.
    pub kind: Kind,
    /// The script's statements that run it and stop (by throwing) when it fails; empty
    /// when the check needs a person to judge the answer.
    pub statements: Vec<String>,
}

/// `if (-not (condition)) { throw 'message' }`.
fn stop_unless(condition: &str, message: &str) -> String {
    [
        "if (-not (",
        condition,
        ")) { throw ",
        &crate::quote(message),
        " }",
    ]
    .concat()
}

/// The checks before step 1, in order, for a plan acting on `clusters`.
pub(crate) fn checks(clusters: &[(&str, bool)]) -> Vec<Check> {
    ENTRIES
        .iter()
        .map(|entry| {
            let mut expect = entry.expect.to_owned();
            if entry.kind == Kind::Clusters {
                if clusters.is_empty() {
                    expect.push_str(". Add each one to this plan.");
                } else {
                    expect.push_str(", among them this plan's ");
                    for (index, (name, _)) in clusters.iter().enumerate() {
                        if index > 0 {
                            expect.push_str(", ");
                        }
                        expect.push_str(name);
                    }
                    expect.push_str(", spelled the same.");
                }
            }
            Check {
                command: entry.command.to_owned(),
                purpose: entry.purpose.to_owned(),
                expect,
                if_fails: remedies::render(entry.kind, entry.command, None),
            }
        })
        .collect()
}

/// The plan's `checks` (made by [`checks`] for the clusters `names`) as the script runs
/// them.
pub(crate) fn script_checks<'a>(checks: &'a [Check], names: &[String]) -> Vec<ScriptCheck<'a>> {
    ENTRIES
        .iter()
        .zip(checks)
        .map(|(entry, check)| {
            let mut statements: Vec<String> = entry
                .stops_with
                .map(|message| stop_unless(entry.command, message))
                .into_iter()
                .collect();
            if entry.kind == Kind::Clusters {
                statements.push([CLUSTERS, " | Out-Host"].concat());
                for name in names {
                    statements.push(stop_unless(
                        &[CLUSTERS, " -Name ", &crate::quote(name)].concat(),
                        &["Get-AksHciCluster does not list the cluster ", name, "."].concat(),
                    ));
                }
            }
            ScriptCheck {
                check,
                kind: entry.kind,
                statements,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_checks_in_order_and_the_script_runs_three() {
        let plan_checks = checks(&[("prod1", false), ("edge2", true)]);
        let checks = script_checks(&plan_checks, &["prod1".into(), "edge2".into()]);
        let commands: Vec<&str> = checks.iter().map(|c| c.check.command.as_str()).collect();
        assert_eq!(commands, [ELEVATED, MODULE, CLOUD_AGENT, CLUSTERS, VERSION]);
        let run: Vec<Kind> = checks
            .iter()
            .filter(|c| !c.statements.is_empty())
            .map(|c| c.kind)
            .collect();
        assert_eq!(run, [Kind::Elevated, Kind::Module, Kind::Clusters]);
        assert_eq!(
            checks[3].statements,
            [
                "Get-AksHciCluster | Out-Host",
                "if (-not (Get-AksHciCluster -Name 'prod1')) { throw 'Get-AksHciCluster does not list the cluster prod1.' }",
                "if (-not (Get-AksHciCluster -Name 'edge2')) { throw 'Get-AksHciCluster does not list the cluster edge2.' }"
            ]
        );
        assert_eq!(
            checks[3].check.expect,
            "Your workload clusters, each with its Name and ProvisioningState, among them this plan's prod1, edge2, spelled the same."
        );
        assert_eq!(
            checks[1].statements,
            ["if (-not (Get-Module -ListAvailable -Name AksHci)) { throw 'The AksHci module is not installed on this node.' }"]
        );
        for check in &checks {
            assert!(!check.check.if_fails.is_empty(), "{:?}", check.kind);
            assert!(check
                .statements
                .iter()
                .all(|s| s.contains(&check.check.command)));
        }
    }

    #[test]
    fn without_clusters_the_list_check_asks_for_them() {
        let plan_checks = checks(&[]);
        let checks = script_checks(&plan_checks, &[]);
        assert_eq!(checks[3].statements, ["Get-AksHciCluster | Out-Host"]);
        assert_eq!(
            checks[3].check.expect,
            "Your workload clusters, each with its Name and ProvisioningState. Add each one to this plan."
        );
    }

    #[test]
    fn check_remedies_rerun_the_check() {
        let checks = checks(&[]);
        assert_eq!(
            checks[3].if_fails[0].commands,
            ["Repair-MocLogin", "Get-AksHciCluster"]
        );
        assert_eq!(
            checks[2].if_fails[0].commands,
            [
                "Start-ClusterGroup -Name (Get-MocConfig).clusterRoleName",
                "Get-ClusterGroup -Name (Get-MocConfig).clusterRoleName"
            ]
        );
    }
}
