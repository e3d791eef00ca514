//! The exact words a user reads: each layer's reason, the notes at their boundaries, the
//! script's numbered steps, and the stable error codes. Written by hand from the rules;
//! a wrong word, a lost sentence or a step numbered from 0 fails here.

mod common;

use certplan::{plan, ClusterInput, ErrorCode, NoteCode, Plan, PlanInput};

fn planned(
    shutdown: Option<&str>,
    restart: Option<&str>,
    last_update: Option<&str>,
    today: &str,
) -> Plan {
    let input = PlanInput {
        shutdown: shutdown.map(Into::into),
        restart: restart.map(Into::into),
        last_update: last_update.map(Into::into),
        today: Some(today.into()),
        clusters: vec![ClusterInput::new("prod1")],
    };
    plan(&input).unwrap_or_else(|e| panic!("{input:?}: {e}"))
}

fn note(plan: &Plan, code: NoteCode) -> &str {
    plan.notes
        .iter()
        .find(|n| n.code == code)
        .map(|n| n.text.as_str())
        .unwrap_or_else(|| panic!("no {code:?} note in {:?}", plan.notes))
}

#[test]
fn each_layer_gives_its_reason_in_full() {
    const UPDATES: &str = "updates do not impact certificates.";
    let cases = [
        (
            "nothing entered",
            planned(None, None, None, "2026-03-01"),
            "No shutdown entered, so no shutdown row applies. Nothing to fix.".to_owned(),
            "No shutdown entered, so no shutdown row applies. Nothing to fix.".to_owned(),
        ),
        (
            "only an update, today",
            planned(None, None, Some("2026-03-01"), "2026-03-01"),
            format!("No shutdown entered, so no shutdown row applies. Last updated today (within 90 days): {UPDATES}"),
            format!("No shutdown entered, so no shutdown row applies. Last updated today (within 90 days): {UPDATES}"),
        ),
        (
            "one day off, Kubernetes alone impacted",
            planned(Some("2026-02-28"), Some("2026-03-01"), None, "2026-03-01"),
            "Powered off 1 day: less than 30 days, so MOC certificates are still valid.".to_owned(),
            "Powered off 1 day: less than 30 days, and the short-lived Kubernetes certificates missed their renewals.".to_owned(),
        ),
        (
            "ten days off, updated yesterday",
            planned(Some("2026-02-01"), Some("2026-02-11"), Some("2026-02-28"), "2026-03-01"),
            format!("Powered off 10 days: less than 30 days, so MOC certificates are still valid. Last updated 1 day ago (within 90 days): {UPDATES}"),
            format!("Powered off 10 days: less than 30 days, and the short-lived Kubernetes certificates missed their renewals. Last updated 1 day ago (within 90 days): {UPDATES}"),
        ),
        (
            "exactly 30 days off",
            planned(Some("2026-01-01"), Some("2026-01-31"), None, "2026-03-01"),
            "Powered off 30 days: exactly 30 days, treated as more than 30 days, so MOC certificates need renewal.".to_owned(),
            "Powered off 30 days: exactly 30 days, treated as more than 30 days, and the short-lived Kubernetes certificates missed their renewals.".to_owned(),
        ),
        (
            "59 days off, updated 120 days ago",
            planned(Some("2026-01-01"), Some("2026-03-01"), Some("2025-11-01"), "2026-03-01"),
            format!("Powered off 59 days: more than 30 days, so MOC certificates have expired. Last updated 120 days ago (not within 90 days): {UPDATES}"),
            format!("Powered off 59 days: more than 30 days, and the short-lived Kubernetes certificates missed their renewals. Last updated 120 days ago (not within 90 days): {UPDATES}"),
        ),
    ];
    for (what, plan, moc, kubernetes) in cases {
        assert_eq!(plan.layers.moc.reason, moc, "{what}: MOC");
        assert_eq!(
            plan.layers.kubernetes.reason, kubernetes,
            "{what}: Kubernetes"
        );
    }
}

#[test]
fn a_power_on_still_ahead_is_told_as_a_plan() {
    // Planned power-on: nothing has expired yet.
    let ahead = planned(Some("2026-10-01"), Some("2026-12-20"), None, "2026-12-06");
    assert_eq!(
        ahead.layers.moc.reason,
        "Will be powered off 80 days: more than 30 days, so MOC certificates will have expired."
    );
    assert_eq!(
        ahead.layers.kubernetes.reason,
        "Will be powered off 80 days: more than 30 days, and the short-lived Kubernetes certificates will miss their renewals."
    );
    // A shutdown still ahead, and the plan for powering on the same day.
    let shutdown_ahead = planned(Some("2026-12-20"), None, None, "2026-12-06");
    assert_eq!(
        shutdown_ahead.layers.moc.reason,
        "Will be powered off 0 days: less than 30 days, so MOC certificates will still be valid."
    );
    for plan in [&ahead, &shutdown_ahead] {
        for reason in [&plan.layers.moc.reason, &plan.layers.kubernetes.reason] {
            for past in [
                "certificates have expired",
                "missed",
                "Powered off",
                "are still valid",
            ] {
                assert!(!reason.contains(past), "{reason}");
            }
        }
    }
    // Back today: it has happened.
    let today = planned(Some("2026-10-01"), Some("2026-12-06"), None, "2026-12-06");
    assert!(today.layers.moc.reason.starts_with("Powered off 66 days"));
    assert!(today.layers.moc.reason.ends_with("have expired."));
}

#[test]
fn one_note_names_every_hyphenated_or_capitalised_cluster() {
    let mut input = PlanInput {
        shutdown: Some("2026-10-01".into()),
        today: Some("2026-12-06".into()),
        ..PlanInput::default()
    };
    input.clusters = (1..=20)
        .map(|i| ClusterInput::new(format!("prod-weu-{i:02}")))
        .chain([ClusterInput::new("plain"), ClusterInput::new("Edge")])
        .collect();
    let plan = plan(&input).unwrap();
    let style = common::note_texts(&plan, NoteCode::ClusterNameStyle);
    assert_eq!(style.len(), 1);
    assert!(
        style[0].starts_with("Cluster names \"prod-weu-01\", \"prod-weu-02\", \"prod-weu-03\", ")
    );
    assert!(style[0].contains("\"prod-weu-20\", \"Edge\" have a hyphen or capital letter"));
    assert!(!style[0].contains("\"plain\""));
    assert_eq!(
        plan.script().matches("hyphen or capital letter").count(),
        1,
        "one line in the .ps1 header too"
    );
    input.clusters.truncate(1);
    let one = plan_note(&input);
    assert!(
        one.starts_with("Cluster name \"prod-weu-01\" has a hyphen"),
        "{one}"
    );
}

fn plan_note(input: &PlanInput) -> String {
    let plan = plan(input).unwrap();
    note(&plan, NoteCode::ClusterNameStyle).to_owned()
}

#[test]
fn update_advice_says_how_long_ago() {
    let plan = planned(None, None, Some("2025-12-30"), "2026-03-01");
    assert_eq!(
        note(&plan, NoteCode::UpdateAdvice),
        "Last updated 61 days ago. Advice, not an impact: Microsoft recommends updating within 60 days of a new release, and each update renews the certificates for another 90 days."
    );
}

/// Still off for 29 days, MOC is unaffected if the clusters come back today; from 30
/// days on, the last safe day has passed and the note says so in the past tense.
#[test]
fn still_off_note_turns_at_30_days() {
    let day_29 = planned(Some("2026-01-01"), None, None, "2026-01-30");
    assert_eq!(
        note(&day_29, NoteCode::StillOff),
        "Still powered off: this plan is for powering on today, 2026-01-30. Power on by 2026-01-30 to keep MOC certificates unaffected."
    );
    let day_30 = planned(Some("2026-01-01"), None, None, "2026-01-31");
    assert_eq!(
        note(&day_30, NoteCode::StillOff),
        "Still powered off: this plan is for powering on today, 2026-01-31. The last day to power on with MOC certificates unaffected was 2026-01-30."
    );
}

/// The script's steps, after its checks: each with a numbered comment, the step's name
/// for the failure handler ("Step n of 4", what has completed) and its command,
/// counted from 1.
#[test]
fn script_numbers_its_steps_from_one() {
    let plan = planned(Some("2026-01-01"), Some("2026-03-01"), None, "2026-03-01");
    let at = plan
        .script()
        .find("\n# 1. ")
        .expect("the script has a first step");
    assert_eq!(
        &plan.script()[at..],
        r#"
# 1. Renew the management cluster's MOC certificates and tokens first: every workload cluster fix needs a working MOC (fix table, Management cluster).
$step = @{ Name = 'Step 1 of 4'; Command = 'Update-AksHciCertificates'; Kind = 'management'; Cluster = ''; Then = 'No step has completed. When the cause is fixed, run the script again:'; From = 1 }
if ($From -le 1) {
    Update-AksHciCertificates
}

# 2. Renew the Kubernetes control plane certificates of cluster prod1 (fix table, Target cluster, Kubernetes column).
$step = @{ Name = 'Step 2 of 4'; Command = 'Update-AksHciClusterCertificates -Name ''prod1'' -fixKubeletCredentials'; Kind = 'kubelet'; Cluster = 'prod1'; Then = 'Step 1 has completed. When the cause is fixed, resume at step 2:'; From = 2 }
if ($From -le 2) {
    Update-AksHciClusterCertificates -Name 'prod1' -fixKubeletCredentials
}

# 3. Renew the MOC certificates of cluster prod1 (fix table, Target cluster, MOC column).
$step = @{ Name = 'Step 3 of 4'; Command = 'Update-AksHciClusterCertificates -Name ''prod1'' -fixCloudCredentials'; Kind = 'cloud'; Cluster = 'prod1'; Then = 'Steps 1 to 2 have completed. When the cause is fixed, resume at step 3:'; From = 3 }
if ($From -le 3) {
    Update-AksHciClusterCertificates -Name 'prod1' -fixCloudCredentials
}

# 4. Refresh the kubeconfig of cluster prod1 and check it answers: run kubectl get nodes right after (known-issues page, after a kubelet fix).
$step = @{ Name = 'Step 4 of 4'; Command = 'Get-AksHciCredential -Name ''prod1'''; Kind = 'verify'; Cluster = 'prod1'; Then = 'Steps 1 to 3 have completed. When the cause is fixed, resume at step 4:'; From = 4 }
if ($From -le 4) {
    Get-AksHciCredential -Name 'prod1'
    kubectl get nodes
    if ($LASTEXITCODE -ne 0) { throw 'kubectl get nodes failed for cluster prod1: its kubeconfig was refreshed, but the cluster does not answer.' }
}
"#
    );
}

#[test]
fn script_with_nothing_to_run_says_so() {
    let plan = planned(None, None, None, "2026-03-01");
    assert!(plan.steps.is_empty());
    assert!(
        plan.script().ends_with(
            "\n$ErrorActionPreference = 'Stop'\n\n# Nothing to run: no certificate layer is impacted.\n"
        ),
        "{}",
        plan.script()
    );
}

#[test]
fn the_year_0_is_written_with_four_digits() {
    let plan = planned(Some("0000-01-01"), Some("0000-03-01"), None, "2026-03-01");
    // The year 0 is a leap year in the proleptic Gregorian calendar.
    assert!(
        plan.script()
            .contains("\n# Shutdown 0000-01-01, power-on 0000-03-01: 60 days.\n"),
        "{}",
        plan.script()
    );
}

#[test]
fn error_codes_display_as_their_stable_codes() {
    let shown: Vec<String> = ErrorCode::ALL.iter().map(ToString::to_string).collect();
    assert_eq!(
        shown,
        [
            "invalid-date",
            "restart-before-shutdown",
            "invalid-cluster-name",
            "duplicate-cluster-name",
            "unknown-field",
            "invalid-input",
        ]
    );
}

/// The script says how to run it as Microsoft documents it (unblock, the policy for this
/// session, run), takes `-From n`, says the line that resumes when a step fails, and
/// warns about the kubeconfig before it starts.
#[test]
fn the_script_says_how_to_run_and_resume_it() {
    let plan = planned(Some("2026-10-01"), None, None, "2026-12-06");
    let script = plan.script();
    let script = script.as_str();
    for line in [
        "#   Unblock-File -Path .\\aks-certificate-fix-2026-12-06.ps1\n",
        "#   Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope Process\n",
        "#   .\\aks-certificate-fix-2026-12-06.ps1\n",
        "#   .\\aks-certificate-fix-2026-12-06.ps1 -From 3\n",
        "about_execution_policies",
        "unblock-file",
        "\nparam([ValidateRange(1, 4)][int]$From = 1)\n",
        "        Write-Host ('    & ''' + $PSCommandPath + ''' -From ' + $step.From)\n",
        "if ($From -gt 1) {",
    ] {
        assert!(script.contains(line), "{line:?} not in the script");
    }
    let param = script.find("\nparam(").unwrap();
    let warning = script
        .find("Write-Host 'Each verify step runs Get-AksHciCredential")
        .unwrap();
    let first_step = script.find("\nif ($From -le 1) {").unwrap();
    assert!(
        param < warning && warning < first_step,
        "the kubeconfig warning comes before the first step"
    );
    assert!(script.contains("overwrites the previous kubeconfig"));
    // Nothing to run: nothing to resume, and no parameter.
    let nothing = planned(None, None, None, "2026-12-06");
    assert!(!nothing.script().contains("param(") && !nothing.script().contains("-From"));
}
