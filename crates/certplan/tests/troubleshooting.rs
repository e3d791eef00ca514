//! Before, during and after the fix (issue 10), through the public API: the checks, each
//! step's remedies, the notes beyond certificates with their exact texts and boundaries,
//! the script's stop-and-say-what-to-do machinery, the cluster cap, the paste reader and
//! the reminder file (checked against committed fixtures that tests/reminder/ also
//! parses with a real iCalendar parser).

use certplan::remedies::{Kind, RemedyEntry, CLUSTER, STEP};
use certplan::{
    check, paste, plan, quote, reminder, ClusterInput, ErrorCode, Field, NoteCode, Plan, PlanInput,
    Remedy, StepLayer, MAX_CLUSTERS,
};
use serde_json::Value;

fn input(shutdown: &str, restart: Option<&str>, today: &str, clusters: &[&str]) -> PlanInput {
    PlanInput {
        shutdown: Some(shutdown.into()),
        restart: restart.map(Into::into),
        today: Some(today.into()),
        clusters: clusters.iter().map(|c| ClusterInput::new(*c)).collect(),
        ..PlanInput::default()
    }
}

fn note(plan: &Plan, code: NoteCode) -> Option<&str> {
    plan.notes
        .iter()
        .find(|n| n.code == code)
        .map(|n| n.text.as_str())
}

/// The remedies of `kind` as the plan must show them, filled in here by hand.
fn expected(kind: Kind, step: &str, cluster: &str) -> Vec<Remedy> {
    let fill = |text: &str| {
        text.replace(STEP, step)
            .replace(CLUSTER, &format!("'{cluster}'"))
    };
    kind.remedies()
        .iter()
        .map(|e: &RemedyEntry| Remedy {
            id: e.id,
            symptom: fill(e.symptom).into(),
            action: fill(e.action).into(),
            commands: e.commands.iter().map(|c| fill(c)).collect(),
            caution: e.caution,
            source: e.source.url,
            source_date: e.source.date(),
        })
        .collect()
}

#[test]
fn each_step_gets_the_remedies_of_its_kind_filled_in() {
    let mut input = input("2026-01-01", Some("2026-03-01"), "2026-03-01", &["prod1"]);
    input
        .clusters
        .push(ClusterInput::with_load_balancer("edge2"));
    let plan = plan(&input).unwrap();
    let kinds: Vec<(Kind, &str)> = vec![
        (Kind::Management, ""),
        (Kind::Kubelet, "prod1"),
        (Kind::Kubelet, "edge2"),
        (Kind::Cloud, "prod1"),
        (Kind::Cloud, "edge2"),
        (Kind::Verify, "prod1"),
        (Kind::Verify, "edge2"),
    ];
    assert_eq!(plan.steps.len(), kinds.len());
    for (step, (kind, cluster)) in plan.steps.iter().zip(kinds) {
        assert_eq!(
            step.if_fails,
            expected(kind, &step.command, cluster),
            "{}",
            step.command
        );
    }
    // The load balancer's cloud fix runs again with its patch.
    assert_eq!(
        plan.steps[4].if_fails[0].commands,
        [
            "Repair-MocLogin",
            "Update-AksHciClusterCertificates -Name 'edge2' -patchLoadBalancer -fixCloudCredentials"
        ]
    );
    // The example: x509 after a kubelet fix.
    let x509 = &plan.steps[1].if_fails[3];
    assert_eq!(
        x509.commands,
        ["Get-AksHciCredential -Name 'prod1'", "kubectl get nodes"]
    );
    assert_eq!(
        x509.action,
        "Fetch new credentials for the cluster, wait a few minutes, then try kubectl again."
    );
    assert_eq!(
        x509.source,
        "https://learn.microsoft.com/azure/aks/aksarc/known-issues-security#error-certificate-expired-unable-to-connect-to-the-server-x509-"
    );
    assert!(plan
        .steps
        .iter()
        .all(|s| s.layer == StepLayer::Verify || s.if_fails.len() >= 4));
}

#[test]
fn the_checks_come_only_with_something_to_fix() {
    let nothing = plan(&PlanInput {
        today: Some("2026-03-01".into()),
        ..PlanInput::default()
    })
    .unwrap();
    assert!(nothing.steps.is_empty() && nothing.checks.is_empty());
    assert!(nothing.script().ends_with(
        "# Run in an elevated PowerShell session on a node where the AksHci module is installed.\n\n$ErrorActionPreference = 'Stop'\n\n# Nothing to run: no certificate layer is impacted.\n"
    ));

    let plan = plan(&input(
        "2026-02-20",
        None,
        "2026-03-01",
        &["prod1", "edge2"],
    ))
    .unwrap();
    let checks: Vec<(&str, &str, &str)> = plan
        .checks
        .iter()
        .map(|c| (c.command.as_str(), c.purpose.as_str(), c.expect.as_str()))
        .collect();
    assert_eq!(
        checks,
        [
            (
                "([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)",
                "Run everything in a PowerShell window opened as administrator on a node, signed in as the user who installed AKS (or, from the September 2022 release, a local Administrator).",
                "True.",
            ),
            (
                "Get-Module -ListAvailable -Name AksHci",
                "The AksHci PowerShell module is installed on this node.",
                "At least one line for AksHci, with its version.",
            ),
            (
                "Get-ClusterGroup -Name (Get-MocConfig).clusterRoleName",
                "The MOC cloud agent's cluster group is running: every fix talks to the cloud agent.",
                "State Online.",
            ),
            (
                "Get-AksHciCluster",
                "The management cluster answers, and the names in this plan are your clusters' names.",
                "Your workload clusters, each with its Name and ProvisioningState, among them this plan's prod1, edge2, spelled the same.",
            ),
            (
                "Get-AksHciVersion",
                "Note the AKS version: some known issues, and their fixes, depend on it.",
                "A version number such as 1.0.x.y. Write it down.",
            ),
        ]
    );
    let kinds = [
        Kind::Elevated,
        Kind::Module,
        Kind::CloudAgent,
        Kind::Clusters,
        Kind::Version,
    ];
    for (check, kind) in plan.checks.iter().zip(kinds) {
        assert_eq!(check.if_fails, expected(kind, &check.command, ""));
    }
    // The check: Get-AksHciCluster says the certificate has expired.
    assert_eq!(
        plan.checks[3].if_fails[0].commands,
        ["Repair-MocLogin", "Get-AksHciCluster"]
    );
}

#[test]
fn support_policy_notes_turn_on_at_31_60_and_91_days() {
    const OUT: &str = "Off more than 30 days: Microsoft's support policy says the control planes of clusters stopped this long are out of support and can't be updated to the latest version.";
    const NO_UPDATE: &str = "Off more than 90 days: Microsoft's support policy says clusters stopped this long can no longer be updated.";
    const LOGIN: &str = "Off 60 days or more: the mocctl login expires after 60 days without use and the KVA certificate after 60 days without an upgrade, so both have probably expired. Expect \"Certificate has expired: Expired\" from Get-AksHciCluster or the fixes, and run Repair-MocLogin first (see Before you start and If this step fails).";
    for (restart, days, out, no_update, login) in [
        ("2026-01-30", 29, false, false, false),
        ("2026-01-31", 30, false, false, false),
        ("2026-02-01", 31, true, false, false),
        ("2026-03-01", 59, true, false, false),
        ("2026-03-02", 60, true, false, true),
        ("2026-04-01", 90, true, false, true),
        ("2026-04-02", 91, true, true, true),
    ] {
        let plan = plan(&input("2026-01-01", Some(restart), "2026-05-01", &["a"])).unwrap();
        assert_eq!(plan.shutdown_days, Some(days));
        assert_eq!(
            note(&plan, NoteCode::OutOfSupport),
            out.then_some(OUT),
            "{days}"
        );
        assert_eq!(
            note(&plan, NoteCode::CannotUpdate),
            no_update.then_some(NO_UPDATE),
            "{days}"
        );
        assert_eq!(
            note(&plan, NoteCode::MocLoginExpired),
            login.then_some(LOGIN),
            "{days}"
        );
    }
    // Still off: counted to today, in the same order as after a power-on.
    let plan = plan(&input("2026-01-01", None, "2026-04-02", &["a"])).unwrap();
    let codes: Vec<&str> = plan.notes.iter().map(|n| n.code.as_str()).collect();
    assert_eq!(
        codes,
        [
            "still-off",
            "out-of-support",
            "cannot-update",
            "moc-login-expired",
            "platform-retirement",
            "azure-local-23h2"
        ]
    );
}

/// Issue 19: the newest retirement page (reviewed 01/28/2026) says AKS Arc on Windows
/// Server is supported through March 2028; only Windows node pools go earlier.
#[test]
fn the_lifecycle_note_is_dated_against_today() {
    const SUPPORTED: &str = "AKS Arc on Windows Server is supported through March 2028. Before that, only Windows worker nodes are affected: Windows Server 2019 node pools ";
    const WS2019_AFTER: &str = " (no new ones, and no security or quality updates for existing ones: move Windows workloads to Windows Server 2022 node pools); Windows Server 2022 node pools ";
    const HOST: &str = ". Windows Server 2019, 2022 and 2025 as the host operating system ";
    const PATH: &str = "; Microsoft's path beyond is AKS Arc on Azure Local.";
    for (today, ws2019, ws2022, host) in [
        (
            "2026-02-28",
            "are deprecated in March 2026",
            "are deprecated in March 2027",
            "are deprecated in March 2028",
        ),
        (
            "2026-03-01",
            "are deprecated this month, March 2026",
            "are deprecated in March 2027",
            "are deprecated in March 2028",
        ),
        (
            "2026-03-31",
            "are deprecated this month, March 2026",
            "are deprecated in March 2027",
            "are deprecated in March 2028",
        ),
        (
            "2026-04-01",
            "have been deprecated since March 2026",
            "are deprecated in March 2027",
            "are deprecated in March 2028",
        ),
        (
            "2026-12-06",
            "have been deprecated since March 2026",
            "are deprecated in March 2027",
            "are deprecated in March 2028",
        ),
        (
            "2027-02-28",
            "have been deprecated since March 2026",
            "are deprecated in March 2027",
            "are deprecated in March 2028",
        ),
        (
            "2027-03-01",
            "have been deprecated since March 2026",
            "are deprecated this month, March 2027",
            "are deprecated in March 2028",
        ),
        (
            "2027-03-31",
            "have been deprecated since March 2026",
            "are deprecated this month, March 2027",
            "are deprecated in March 2028",
        ),
        (
            "2027-04-01",
            "have been deprecated since March 2026",
            "have been deprecated since March 2027",
            "are deprecated in March 2028",
        ),
        (
            "2028-02-29",
            "have been deprecated since March 2026",
            "have been deprecated since March 2027",
            "are deprecated in March 2028",
        ),
    ] {
        let plan = plan(&PlanInput {
            today: Some(today.into()),
            ..PlanInput::default()
        })
        .unwrap();
        let text = [SUPPORTED, ws2019, WS2019_AFTER, ws2022, HOST, host, PATH].concat();
        assert_eq!(
            note(&plan, NoteCode::PlatformRetirement),
            Some(text.as_str()),
            "{today}"
        );
        assert_eq!(
            note(&plan, NoteCode::AzureLocal23h2),
            Some("Not for AKS Arc on Azure Local 23H2 or later (clusters managed with az aksarc): it allows shutdowns of up to 7 days without certificate expiry (release 2402) and repairs certificates that expired during a shutdown automatically (release 2405).")
        );
    }
    let during = plan(&PlanInput {
        today: Some("2028-03-10".into()),
        ..PlanInput::default()
    })
    .unwrap();
    assert!(note(&during, NoteCode::PlatformRetirement).unwrap().starts_with(
        "AKS Arc on Windows Server is supported through this month, March 2028, when its Windows Server architecture is retired."
    ));
    let after = plan(&PlanInput {
        today: Some("2028-04-01".into()),
        ..PlanInput::default()
    })
    .unwrap();
    let text = note(&after, NoteCode::PlatformRetirement).unwrap();
    assert!(text.starts_with("AKS Arc on Windows Server was supported through March 2028"));
    assert!(text.contains("as the host operating system have been deprecated since March 2028"));
}

/// The "done when": today 2026-12-06, clusters off 45 days.
#[test]
fn a_long_shutdown_today_never_calls_the_platform_dead() {
    let plan = plan(&input("2026-10-22", None, "2026-12-06", &["prod1"])).unwrap();
    assert_eq!(plan.shutdown_days, Some(45));
    let everything = serde_json::to_string(&plan).unwrap();
    for word in ["retired", "unsupported", "can't deploy", "cannot deploy"] {
        assert!(!everything.contains(word), "{word}");
    }
    let lifecycle = note(&plan, NoteCode::PlatformRetirement).unwrap();
    assert!(lifecycle.starts_with("AKS Arc on Windows Server is supported through March 2028."));
    assert!(
        lifecycle.contains("Windows Server 2019 node pools have been deprecated since March 2026")
    );
    assert!(lifecycle.contains("Windows Server 2022 node pools are deprecated in March 2027"));
    assert!(plan.script().contains(lifecycle));
    assert!(plan.script().contains("#   Source: Microsoft Learn, Announcing the retirement of AKS enabled by Azure Arc on Windows Server, 01/28/2026: https://learn.microsoft.com/azure/aks/aksarc/aks-windows-server-retirement#if-youre-using-windows-server-2019-nodepools\n"));
}

/// Every remedy, check and note names a source from the table, dated.
#[test]
fn every_source_in_a_plan_is_dated_from_the_table() {
    let mut input = input("2026-10-22", None, "2026-12-06", &["prod1", "Edge-2"]);
    input.last_update = Some("2026-01-01".into());
    let plan = plan(&input).unwrap();
    let remedies = plan
        .checks
        .iter()
        .chain(&plan.power_on)
        .chain(&plan.power_off)
        .flat_map(|c| &c.if_fails)
        .chain(plan.steps.iter().flat_map(|s| &s.if_fails));
    let mut seen = 0;
    for remedy in remedies {
        let source = certplan::sources::find(remedy.source).expect(remedy.source);
        assert_eq!(remedy.source_date, source.date(), "{}", remedy.id);
        assert!(!remedy.id.is_empty());
        seen += 1;
    }
    assert!(seen > 20);
    for note in &plan.notes {
        let source = certplan::sources::find(&note.source).expect(&note.source);
        assert_eq!(note.source_date, source.date(), "{:?}", note.code);
        assert_eq!(note.source, note.code.source().url);
    }
}

#[test]
fn every_note_code_names_its_source() {
    const LEARN: &str = "https://learn.microsoft.com/azure/aks/aksarc/";
    let sources: Vec<(NoteCode, String)> = NoteCode::ALL
        .iter()
        .map(|c| (*c, c.source().url.replacen(LEARN, "", 1)))
        .collect();
    let page = |p: &str| p.to_owned();
    assert_eq!(
        sources,
        [
            (NoteCode::Exactly30Days, page("update-certificates#certificate-renewal-dependencies-on-cluster-shutdown")),
            (NoteCode::StillOff, page("update-certificates#certificate-renewal-dependencies-on-cluster-shutdown")),
            (NoteCode::FutureShutdown, page("update-certificates#certificate-renewal-dependencies-on-cluster-shutdown")),
            (NoteCode::UpdateAdvice, page("certificates-overview#certificate-types")),
            (NoteCode::NoClusters, page("update-certificates#commands-for-fixing-certificates")),
            (NoteCode::ClusterNameStyle, page("reference/ps/new-akshcicluster#-name")),
            (NoteCode::OutOfSupport, page("support-policies#stopped-or-disconnected-clusters")),
            (NoteCode::CannotUpdate, page("support-policies#stopped-or-disconnected-clusters")),
            (NoteCode::MocLoginExpired, page("known-issues-security#error-system-collections-hashtable-generic-non-zero-1-error-certificate-has-expired-expired-")),
            (NoteCode::PlatformRetirement, page("aks-windows-server-retirement#if-youre-using-windows-server-2019-nodepools")),
            (NoteCode::AzureLocal23h2, page("aks-whats-new-local#release-2405")),
        ]
    );
    // Codes serialize as their stable text.
    for code in NoteCode::ALL {
        assert_eq!(
            serde_json::to_value(code).unwrap(),
            Value::String(code.as_str().into())
        );
    }
}

#[test]
fn the_script_says_which_step_failed_and_what_to_do() {
    let plan = plan(&input(
        "2026-01-01",
        Some("2026-03-01"),
        "2026-03-01",
        &["prod1"],
    ))
    .unwrap();
    let script = &plan.script();
    let trap = "trap {\n    Write-Host ''\n    Write-Host ($step.Name + ' failed: ' + $step.Command) -ForegroundColor Red\n    Write-Host ('Error: ' + $_.Exception.Message) -ForegroundColor Red\n    Write-Host 'What to do:'\n    foreach ($line in $ifFails[$step.Kind]) {\n        Write-Host ($line.Replace('<step>', $step.Command).Replace('<cluster>', '''' + $step.Cluster + ''''))\n    }\n    Write-Host $step.Then\n    if ($PSCommandPath) {\n        Write-Host ('    & ''' + $PSCommandPath + ''' -From ' + $step.From)\n    } else {\n        Write-Host ('    Run the saved script with -From ' + $step.From)\n    }\n    break\n}\n";
    assert!(script.contains(trap), "{script}");
    // Stop on the first error, before the remedies and the trap.
    let stop = script.find("\n$ErrorActionPreference = 'Stop'\n").unwrap();
    assert!(stop < script.find("$ifFails = @{").unwrap());
    assert!(script.find("$ifFails = @{").unwrap() < script.find(trap).unwrap());

    // The checks it runs itself, before any step.
    let checks = "\n# Before you start, check 1 of 5: Run everything in a PowerShell window opened as administrator on a node, signed in as the user who installed AKS (or, from the September 2022 release, a local Administrator). Expect: True.\n$step = @{ Name = 'Check 1 of 5'; Command = '([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)'; Kind = 'elevated'; Cluster = ''; Then = 'Nothing has been changed. When this is fixed, run the script again:'; From = $From }\nif (-not (([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator))) { throw 'This PowerShell session is not elevated: open PowerShell with Run as administrator.' }\n\n# Before you start, check 2 of 5: The AksHci PowerShell module is installed on this node. Expect: At least one line for AksHci, with its version.\n$step = @{ Name = 'Check 2 of 5'; Command = 'Get-Module -ListAvailable -Name AksHci'; Kind = 'module'; Cluster = ''; Then = 'Nothing has been changed. When this is fixed, run the script again:'; From = $From }\nif (-not (Get-Module -ListAvailable -Name AksHci)) { throw 'The AksHci module is not installed on this node.' }\n\n# Before you start, check 3 of 5, yours to run (the answer needs a person):\n#   Get-ClusterGroup -Name (Get-MocConfig).clusterRoleName\n# The MOC cloud agent's cluster group is running: every fix talks to the cloud agent. Expect: State Online.\n\n# Before you start, check 4 of 5: The management cluster answers, and the names in this plan are your clusters' names. Expect: Your workload clusters, each with its Name and ProvisioningState, among them this plan's prod1, spelled the same.\n$step = @{ Name = 'Check 4 of 5'; Command = 'Get-AksHciCluster'; Kind = 'clusters'; Cluster = ''; Then = 'Nothing has been changed. When this is fixed, run the script again:'; From = $From }\nGet-AksHciCluster | Out-Host\nif (-not (Get-AksHciCluster -Name 'prod1')) { throw 'Get-AksHciCluster does not list the cluster prod1.' }\n\n# Before you start, check 5 of 5, yours to run (the answer needs a person):\n#   Get-AksHciVersion\n# Note the AKS version: some known issues, and their fixes, depend on it. Expect: A version number such as 1.0.x.y. Write it down.\n";
    assert!(script.contains(checks), "{script}");

    // Each step: its record for the trap, then its command, skipped before -From.
    let steps = "\n# 1. Renew the management cluster's MOC certificates and tokens first: every workload cluster fix needs a working MOC (fix table, Management cluster).\n$step = @{ Name = 'Step 1 of 4'; Command = 'Update-AksHciCertificates'; Kind = 'management'; Cluster = ''; Then = 'No step has completed. When the cause is fixed, run the script again:'; From = 1 }\nif ($From -le 1) {\n    Update-AksHciCertificates\n}\n\n# 2. Renew the Kubernetes control plane certificates of cluster prod1 (fix table, Target cluster, Kubernetes column).\n$step = @{ Name = 'Step 2 of 4'; Command = 'Update-AksHciClusterCertificates -Name ''prod1'' -fixKubeletCredentials'; Kind = 'kubelet'; Cluster = 'prod1'; Then = 'Step 1 has completed. When the cause is fixed, resume at step 2:'; From = 2 }\nif ($From -le 2) {\n    Update-AksHciClusterCertificates -Name 'prod1' -fixKubeletCredentials\n}\n\n# 3. Renew the MOC certificates of cluster prod1 (fix table, Target cluster, MOC column).\n$step = @{ Name = 'Step 3 of 4'; Command = 'Update-AksHciClusterCertificates -Name ''prod1'' -fixCloudCredentials'; Kind = 'cloud'; Cluster = 'prod1'; Then = 'Steps 1 to 2 have completed. When the cause is fixed, resume at step 3:'; From = 3 }\nif ($From -le 3) {\n    Update-AksHciClusterCertificates -Name 'prod1' -fixCloudCredentials\n}\n\n# 4. Refresh the kubeconfig of cluster prod1 and check it answers: run kubectl get nodes right after (known-issues page, after a kubelet fix).\n$step = @{ Name = 'Step 4 of 4'; Command = 'Get-AksHciCredential -Name ''prod1'''; Kind = 'verify'; Cluster = 'prod1'; Then = 'Steps 1 to 3 have completed. When the cause is fixed, resume at step 4:'; From = 4 }\nif ($From -le 4) {\n    Get-AksHciCredential -Name 'prod1'\n    kubectl get nodes\n    if ($LASTEXITCODE -ne 0) { throw 'kubectl get nodes failed for cluster prod1: its kubeconfig was refreshed, but the cluster does not answer.' }\n}\n";
    assert!(script.ends_with(steps), "{script}");
}

/// The `$ifFails` table, rebuilt here from the remedies data in the format the script
/// documents: one block per kind in first-use order, each remedy as symptom, action,
/// commands, caution and source lines.
#[test]
fn the_script_lists_each_kinds_remedies_once() {
    let plan = plan(&input(
        "2026-01-01",
        Some("2026-03-01"),
        "2026-03-02",
        &["a", "b"],
    ))
    .unwrap();
    let mut table = String::from("$ifFails = @{\n");
    for kind in [
        Kind::Elevated,
        Kind::Module,
        Kind::Clusters,
        Kind::Management,
        Kind::Kubelet,
        Kind::Cloud,
        Kind::Verify,
    ] {
        table.push_str(&format!("    '{}' = @(\n", kind.key()));
        for r in kind.remedies() {
            let mut lines = vec![format!("- {}", r.symptom), format!("  {}", r.action)];
            lines.extend(r.commands.iter().map(|c| format!("      {c}")));
            lines.extend(r.caution.map(|c| format!("  Caution: {c}")));
            lines.push(format!("  Source: {}: {}", r.source.cite(), r.source.url));
            for line in lines {
                table.push_str(&format!("        {}\n", quote(&line)));
            }
        }
        table.push_str("    )\n");
    }
    table.push_str("}\n");
    assert!(plan.script().contains(&table), "{}", plan.script());
    assert_eq!(plan.script().matches("$ifFails = @{").count(), 1);
    assert!(plan.script().contains("\n# What to do when a check or a step fails, most likely first. <cluster> stands for\n# the cluster of the step that failed, <step> for its command.\n$ifFails"));
    // Only the kinds the plan uses: no cloud remedies when MOC is not impacted.
    let short = plan_for_short_shutdown();
    assert!(!short.script().contains("'cloud' = @("));
    assert!(!short.script().contains("'management' = @("));
    assert!(short.script().contains("'kubelet' = @("));
}

fn plan_for_short_shutdown() -> Plan {
    plan(&input(
        "2026-02-20",
        Some("2026-03-01"),
        "2026-03-01",
        &["a"],
    ))
    .unwrap()
}

/// Issue 19: still off, the script checks the cluster nodes and the control plane VMs,
/// read-only, before the checks and the first change.
#[test]
fn the_script_checks_power_on_before_its_first_change() {
    let still_off = plan(&input("2026-10-22", None, "2026-12-06", &["prod1"])).unwrap();
    let script = &still_off.script();
    let nodes = "\n# Power on: Every node is part of the cluster again. Expect: Every node with State Up.\n$step = @{ Name = 'Power-on check'; Command = 'Get-ClusterNode | Select-Object -Property Name, State'; Kind = 'power-on-3'; Cluster = ''; Then = 'Nothing has been changed. When this is fixed, run the script again:'; From = $From }\nif (Get-ClusterNode | Where-Object { $_.State -ne 'Up' }) { throw 'A cluster node is not Up: start the cluster (Start-Cluster) and check Get-ClusterNode.' }\n";
    let vms = "if (Get-VM -ComputerName (Get-ClusterNode).Name | Where-Object { $_.Name -like '*-control-plane-*' -and $_.State -ne 'Running' }) { throw 'A control plane VM is not Running: restart it with Restart-VM on the node that hosts it.' }\n";
    let (at_nodes, at_vms) = (script.find(nodes).unwrap(), script.find(vms).unwrap());
    let first_check = script.find("\n# Before you start, check 1 of 5").unwrap();
    let first_change = script.find("\n    Update-AksHciCertificates\n").unwrap();
    assert!(at_nodes < at_vms && at_vms < first_check && first_check < first_change);
    assert!(script.contains("    'power-on-4' = @(\n        '- A control plane VM''s State is not Running, or none is listed.'\n"));
    assert!(script.contains("        '      Restart-VM -Name ''<vm>'' -Force'\n"));
    assert!(script.contains(
        "\n# Power on first: the nodes, then Start-Cluster (the plan's Power on). Then:\n"
    ));
    assert!(script.is_ascii());
    // Back already: no power-on in the plan or the script.
    let back = plan(&input(
        "2026-02-20",
        Some("2026-03-01"),
        "2026-03-02",
        &["a"],
    ))
    .unwrap();
    assert!(back.power_on.is_empty() && back.power_off.is_empty());
    assert!(!back.script().contains("Power on"));
}

/// Issue 19: a shutdown ahead gets the way down and the power-on for the day after.
#[test]
fn a_planned_shutdown_gets_its_way_down() {
    let ahead = plan(&input("2026-12-20", None, "2026-12-06", &["prod1"])).unwrap();
    let down: Vec<&str> = ahead.power_off.iter().map(|c| c.command.as_str()).collect();
    assert_eq!(down, ["Stop-Cluster", "Stop-Computer"]);
    assert!(ahead.power_off[0].purpose.contains("Caution:"));
    assert_eq!(ahead.power_on.len(), 4);
    let today = plan(&input("2026-12-06", Some("2026-12-08"), "2026-12-06", &[])).unwrap();
    assert_eq!(today.power_off.len(), 2);
    assert_eq!(today.power_on.len(), 4);
    let past = plan(&input("2026-12-05", None, "2026-12-06", &[])).unwrap();
    assert!(past.power_off.is_empty());
    assert_eq!(past.power_on.len(), 4);
    let none = plan(&PlanInput {
        today: Some("2026-12-06".into()),
        ..PlanInput::default()
    })
    .unwrap();
    assert!(none.power_on.is_empty() && none.power_off.is_empty());
}

#[test]
fn a_plan_takes_at_most_50_clusters() {
    let names: Vec<String> = (0..=MAX_CLUSTERS).map(|i| format!("c{i}")).collect();
    let mut many = input("2026-01-01", None, "2026-03-01", &[]);
    many.clusters = names.iter().map(ClusterInput::new).collect();
    let err = plan(&many).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput);
    assert_eq!(*err.field(), Field::Clusters);
    assert_eq!(
        err.to_string(),
        "Too many clusters: 51 are listed, and a plan takes at most 50. Plan them in groups."
    );
    assert_eq!(check(&many).len(), 1);
    many.clusters.pop();
    let fifty = plan(&many).unwrap();
    assert_eq!(fifty.steps.len(), 1 + 3 * MAX_CLUSTERS);
    assert!(fifty.script().is_ascii());
}

#[test]
fn a_million_clusters_are_refused_without_reading_their_names() {
    // Every name the same and invalid: reading them would report a million errors, and
    // checking each against the others is quadratic (minutes for 10^5 before the cap was
    // checked first). Over the cap, the list is refused as a whole.
    let mut many = input("2026-01-01", None, "2026-03-01", &[]);
    many.clusters = vec![ClusterInput::new("same name"); 1_000_000];
    let errors = check(&many);
    assert_eq!(errors.len(), 1);
    assert_eq!(*errors[0].field(), Field::Clusters);
    assert_eq!(
        plan(&many).unwrap_err().to_string(),
        "Too many clusters: 1000000 are listed, and a plan takes at most 50. Plan them in groups."
    );
}

#[test]
fn pasted_names_become_rows_the_plan_accepts() {
    let existing = [ClusterInput::new("prod1")];
    let pasted = paste::parse(
        "Name   ProvisioningState\n----   -----------------\nedge2  provisioned\nprod1  provisioned\nedge_3 provisioned\n",
        &existing,
    );
    assert_eq!(pasted.already_listed, 1, "prod1 is not added again");
    assert_eq!(pasted.format, paste::Format::Table);
    // Each pasted name's problem is the one the plan reports for that row.
    let mut rows = existing.to_vec();
    rows.extend(
        pasted
            .names
            .iter()
            .map(|n| ClusterInput::new(n.name.as_str())),
    );
    let planned = input("2026-02-20", None, "2026-03-01", &[]);
    let errors = check(&PlanInput {
        clusters: rows,
        ..planned
    });
    let from_paste: Vec<_> = pasted
        .names
        .iter()
        .filter_map(|n| n.problem.clone())
        .collect();
    assert_eq!(errors, from_paste);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].code(), ErrorCode::InvalidClusterName);
    assert_eq!(*errors[0].field(), Field::ClusterName(2));
}

/// The reminder fixtures in tests/reminder/: the core writes exactly these files, and the
/// node test there reads them with ical.js. `CERTPLAN_BLESS=1` rewrites them after a
/// deliberate change.
#[test]
fn reminder_files_match_the_fixtures() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/reminder");
    let cases: Vec<Value> =
        serde_json::from_str(&std::fs::read_to_string(format!("{dir}/cases.json")).unwrap())
            .unwrap();
    assert!(cases.len() >= 3);
    for case in &cases {
        let input: PlanInput = serde_json::from_value(case["input"].clone()).unwrap();
        let ics = reminder::ics(
            &input,
            case["stamp"].as_str().unwrap(),
            case["link"].as_str(),
        )
        .unwrap();
        assert_eq!(
            reminder::day(&input).as_deref(),
            case["expect"]["day"].as_str(),
            "{}",
            case["file"]
        );
        let path = format!("{dir}/{}", case["file"].as_str().unwrap());
        if std::env::var_os("CERTPLAN_BLESS").is_some() {
            std::fs::write(&path, &ics).unwrap();
        }
        let fixture = std::fs::read_to_string(&path).unwrap_or_default();
        assert_eq!(
            ics, fixture,
            "{path}: run with CERTPLAN_BLESS=1 after a deliberate change"
        );
    }
}
