//! The lookup by error text (issue 20), through the public API: every documented error
//! text finds its own remedy first, whole, wrapped at 80 columns and inside a
//! PowerShell error block; the ambiguous ones are ordered by what the text names;
//! errors that are not certificate errors find nothing; big and hostile text answers.

use std::time::Instant;

use certplan::lookup::{
    find_remedies, has_placeholder, Place, RemedyMatch, CLUSTER_PLACEHOLDER, STEP_PLACEHOLDER,
};
use certplan::remedies::{Kind, RemedyEntry};
use certplan::{ClusterInput, ErrorCode, Field, PlanInput};

fn input(clusters: &[&str]) -> PlanInput {
    PlanInput {
        shutdown: Some("2026-01-01".into()),
        restart: Some("2026-03-01".into()),
        today: Some("2026-03-01".into()),
        clusters: clusters.iter().map(|c| ClusterInput::new(*c)).collect(),
        ..PlanInput::default()
    }
}

fn ids(found: &[RemedyMatch]) -> Vec<&str> {
    found.iter().map(|m| m.remedy.id).collect()
}

/// Every remedy of the planner, once.
fn entries() -> Vec<RemedyEntry> {
    let mut out: Vec<RemedyEntry> = Vec::new();
    for kind in Kind::ALL {
        for entry in kind.remedies() {
            if !out.iter().any(|e| e.id == entry.id) {
                out.push(*entry);
            }
        }
    }
    out
}

/// A signature as a site prints it: its placeholders filled in.
fn instance(signature: &str) -> String {
    signature
        .replace("<cluster>", "prod1")
        .replace("<user>", "jdoe")
        .replace('\u{2026}', "default/web-7d4b9c-x2x/app?follow=true")
}

/// How the lookup compares texts, roughly: for telling which signatures are shared.
fn folded(text: &str) -> String {
    let text: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect();
    text.trim_end_matches('.').to_owned()
}

/// The remedies (other than `id`) that document the same text.
fn shared_with(id: &str, signature: &str) -> Vec<&'static str> {
    entries()
        .into_iter()
        .filter(|e| e.id != id && e.signatures.iter().any(|s| folded(s) == folded(signature)))
        .map(|e| e.id)
        .collect()
}

/// `text` hard-wrapped at 80 columns, the way a console breaks it: mid-word.
fn wrapped(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    chars
        .chunks(80)
        .map(|line| line.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("\r\n")
}

/// `message` as Windows PowerShell prints a failed AksHci command, with a GUID, a path,
/// an IP address and a timestamp around it.
fn powershell_block(message: &str) -> String {
    [
        "PS C:\\Users\\Administrator> Update-AksHciClusterCertificates -Name 'prod1' -fixKubeletCredentials\r\n",
        "Update-AksHciClusterCertificates : ",
        message,
        "\r\nAt C:\\Program Files\\WindowsPowerShell\\Modules\\AksHci\\1.0.16.10113\\AksHci.psm1:2386 char:5\r\n",
        "+     throw $_\r\n",
        "+     ~~~~~~~~\r\n",
        "    + CategoryInfo          : NotSpecified: (:) [Write-Error], WriteErrorException\r\n",
        "    + FullyQualifiedErrorId : Microsoft.PowerShell.Commands.WriteErrorException,Update-AksHciClusterCertificates\r\n",
        "\r\n",
        "Correlation 3f2504e0-4f89-11d3-9a0c-0305e82c3301 at 2026-12-06T18:22:03.1234567Z from 10.64.92.14\r\n",
    ]
    .concat()
}

#[test]
fn every_documented_text_finds_its_remedy_first() {
    let input = input(&["prod1"]);
    let mut documented = 0;
    for entry in entries() {
        for signature in entry.signatures {
            let text = instance(signature);
            let shared = shared_with(entry.id, signature);
            for (how, pasted) in [
                ("whole", text.clone()),
                ("wrapped", wrapped(&text)),
                ("in a PowerShell block", powershell_block(&text)),
                ("wrapped in a block", wrapped(&powershell_block(&text))),
            ] {
                let found = find_remedies(&pasted, &input).unwrap();
                let ids = ids(&found);
                let at = ids.iter().position(|id| *id == entry.id);
                if shared.is_empty() {
                    assert_eq!(at, Some(0), "{} {how}: {pasted:?} found {ids:?}", entry.id);
                    assert_eq!(found[0].reason, None);
                    // The remedy comes whole, filled in for the cluster.
                    assert_eq!(found[0].remedy.source, entry.source.url);
                    assert!(!found[0].remedy.symptom.contains("<cluster>"));
                } else {
                    let at = at.unwrap_or_else(|| panic!("{} {how}: {ids:?}", entry.id));
                    assert!(at < 2, "{} {how}: {ids:?}", entry.id);
                    assert!(found[at].reason.is_some(), "{} {how}", entry.id);
                    for other in &shared {
                        assert!(ids.contains(other), "{} {how}: {ids:?}", entry.id);
                    }
                }
                assert!(
                    folded(&found[at.unwrap_or(0)].matched)
                        .contains(&folded(&text[..text.len() / 2])[..10]),
                    "{} {how}: matched {:?}",
                    entry.id,
                    found[0].matched
                );
            }
            documented += 1;
        }
    }
    assert_eq!(documented, 21);
}

/// The documented texts as tests/lookup-cases.json lists them for the JS API's tests:
/// each remedy's signature as a site prints it, and the remedies it shares it with.
#[test]
fn the_js_api_tests_list_every_documented_text() {
    let cases: Vec<serde_json::Value> = entries()
        .iter()
        .flat_map(|entry| {
            entry.signatures.iter().map(|signature| {
                serde_json::json!({
                    "id": entry.id,
                    "text": instance(signature),
                    "shared": shared_with(entry.id, signature),
                })
            })
        })
        .collect();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/lookup-cases.json");
    let written = serde_json::to_string_pretty(&cases).unwrap() + "\n";
    if std::env::var_os("CERTPLAN_WRITE_CASES").is_some() {
        std::fs::write(path, &written).unwrap();
    }
    let file = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        file == written,
        "tests/lookup-cases.json is out of date: run this test with CERTPLAN_WRITE_CASES=1"
    );
}

#[test]
fn every_remedy_with_signatures_is_looked_up() {
    let with: Vec<&str> = entries()
        .iter()
        .filter(|e| !e.signatures.is_empty())
        .map(|e| e.id)
        .collect();
    assert_eq!(
        with,
        [
            "mocctl-expired",
            "kvactl-token",
            "kva-expired",
            "x509-unknown-authority",
            "unauthorized",
            "release-not-found",
            "cluster-not-found",
            "x509-expired",
            "api-server-down",
            "kms-socket",
            "kube-folder-missing",
            "tls-internal-error",
        ]
    );
    for entry in entries() {
        for signature in entry.signatures {
            assert!(
                signature.is_ascii() || signature.contains('\u{2026}'),
                "{signature}"
            );
        }
    }
}

#[test]
fn the_whole_messages_of_the_issue_find_their_remedies() {
    let input = input(&["prod1"]);
    let cases = [
        (
            "System.Collections.Hashtable.generic_non_zero 1 [Error: Certificate has expired: Expired]",
            "mocctl-expired",
        ),
        ("rpc error: code = Unauthenticated desc = Valid Token Required", "kvactl-token"),
        ("x509: certificate signed by unknown authority", "x509-unknown-authority"),
        (
            "Unable to connect to the server: x509: certificate has expired or is not yet valid",
            "x509-expired",
        ),
        ("You must be logged in to the server (Unauthorized)", "unauthorized"),
        (
            "Error: failed to get new provider: failed to create azurestackhci session: Certificate has expired: Expired",
            "kva-expired",
        ),
    ];
    for (text, id) in cases {
        let found = find_remedies(text, &input).unwrap();
        assert_eq!(ids(&found).first(), Some(&id), "{text}");
    }
    // The longer text explains the shorter one inside it: no second, weaker answer.
    let kva = find_remedies(cases[5].0, &input).unwrap();
    assert_eq!(ids(&kva), ["kva-expired"]);
}

#[test]
fn one_message_of_several_failures_is_ordered_by_what_the_text_names() {
    let input = input(&["prod1"]);
    let expired = "Certificate has expired: Expired";
    let token = "rpc error: code = Unauthenticated desc = Valid Token Required";
    // The text, the order of what it finds, and what each one's reason says ("": any).
    let cases: [(String, [&str; 2], [&str; 2]); 8] = [
        (
            expired.into(),
            ["mocctl-expired", "kva-expired"],
            [
                "This message is documented for more than one failure, and nothing in the text tells them apart: the more common one comes first.",
                "Same message as above; nothing in the text tells them apart.",
            ],
        ),
        (
            ["Update-AksHci : ", expired].concat(),
            ["kva-expired", "mocctl-expired"],
            [
                "This message is documented for more than one failure; \"Update-AksHci\" in the text points to this one.",
                "Same message as above; \"Update-AksHci\" in the text points there.",
            ],
        ),
        (["kvactl.exe: ", expired].concat(), ["kva-expired", "mocctl-expired"], ["", ""]),
        (
            ["Get-AksHciCluster : ", expired, "\nthen Update-AksHci"].concat(),
            ["mocctl-expired", "kva-expired"],
            ["\"Get-AksHciCluster\"", ""],
        ),
        // A longer cmdlet is not the short one: Update-AksHciCertificates is not Update-AksHci.
        (
            ["Update-AksHciCertificates : ", expired].concat(),
            ["mocctl-expired", "kva-expired"],
            ["", ""],
        ),
        (token.into(), ["kvactl-token", "api-server-down"], ["", ""]),
        (
            ["E1206 kms-plugin: ", token].concat(),
            ["api-server-down", "kvactl-token"],
            ["\"kms\"", ""],
        ),
        (["Update-AksHci : ", token].concat(), ["kvactl-token", "api-server-down"], ["", ""]),
    ];
    for (text, wanted, reasons) in &cases {
        let found = find_remedies(text, &input).unwrap();
        assert_eq!(ids(&found), wanted, "{text}");
        for (remedy, reason) in found.iter().zip(reasons) {
            let given = remedy.reason.as_deref().unwrap();
            assert!(given.contains(reason), "{text}: {given}");
        }
    }
}

#[test]
fn errors_that_are_not_certificate_errors_find_nothing() {
    let input = input(&["prod1"]);
    // Each from Microsoft's known-issues pages.
    let negatives = [
        // known-issues: an expired service principal secret.
        "Error: invalid_client. The provided client secret keys are expired",
        // known-issues: a deadlock in CloudAgent.
        "Error: unable to delete group clustergroup-spdb: failed to delete group clustergroup-spdb: rpc error: code = DeadlineExceeded desc = context deadline exceeded",
        // known-issues-upgrade: kube-vip after an OS update from HCI to HCIv2 (a network timeout).
        "Error: failed to connect to the cluster: action failed after 9 attempts: Get \"https://10.0.0.5:6443/api?timeout=10s\": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)",
        // known-issues-workload-clusters: not enough IP addresses left in the pool.
        "control plane count at 2, still waiting for desired state: 3.\nError: timed out waiting for the condition.",
        // known-issues-networking: a changed or expired Windows password.
        "WinRM service is already running on this machine.\nWinRM is already set up for remote management on this computer.\nPowershell remoting to TK5-3WP08R0733 was not successful.\nAt C:\\Program Files\\WindowsPowerShell\\Modules\\Moc\\0.2.23\\Moc.psm1:2957 char:17\n+ ...             throw \"Powershell remoting to \"+$env:computername+\" was n ...\n+                 ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n    + CategoryInfo          : OperationStopped: (Powershell remo...not successful.:String) [], RuntimeException\n    + FullyQualifiedErrorId : Powershell remoting to TK5-3WP08R0733 was not successful.",
        // known-issues-networking: a path with spaces.
        "Failed to start the cloud agent generic cluster service in failover cluster. The cluster resource group os in the 'failed' state. Resources in 'failed' or 'pending' states: 'MOC Cloud Agent Service'",
        // known-issues-security: the API server did not reload its client certificate yet (retry, not a fix).
        "error: You must be logged in to the server (the server has asked for the client to provide credentials)",
        // known-issues: a node stuck in ContainerCreating.
        "ssh: connect to host 10.0.0.21 port 22: Connection timed out",
        "",
    ];
    for text in negatives {
        let found = find_remedies(text, &input).unwrap();
        assert!(found.is_empty(), "{text}: {:?}", ids(&found));
    }
}

#[test]
fn commands_are_filled_for_the_cluster_the_text_names() {
    let none = input(&[]);
    for (text, name) in [
        ("Update-AksHciClusterCertificates -Name 'edge2' -fixKubeletCredentials\nUnable to connect to the server: x509: certificate has expired or is not yet valid", "edge2"),
        ("PS> get-akshcicredential -name edge2\nx509: certificate has expired or is not yet valid", "edge2"),
        ("kvactl.exe cluster get --clustername edge2 --kubeconfig c:\\x\nx509: certificate has expired or is not yet valid", "edge2"),
        ("A workload cluster with the name 'edge2' was not found.", "edge2"),
        ("A workload cluster with the name 'edg\ne2' was not found.", "edge2"),
        ("A workload cluster with the name \u{2018}edge2\u{2019} was not found", "edge2"),
    ] {
        let found = find_remedies(text, &none).unwrap();
        let quoted = ["'", name, "'"].concat();
        let filled = [&*found[0].remedy.symptom, &*found[0].remedy.action]
            .into_iter()
            .chain(found[0].remedy.commands.iter().map(String::as_str))
            .any(|t| t.contains(&quoted));
        assert!(filled, "{text}: {:?}", found[0].remedy);
        // No plan step for edge2: nothing to place it in.
        assert_eq!(found[0].place, None, "{text}");
    }
    // A -Name of another module's command is not a cluster.
    let service = "Get-Service -Name wssdagent\nx509: certificate has expired or is not yet valid";
    let found = find_remedies(service, &none).unwrap();
    assert_eq!(
        found[0].remedy.commands,
        [
            ["Get-AksHciCredential -Name ", CLUSTER_PLACEHOLDER].concat(),
            "kubectl get nodes".to_owned()
        ]
    );
    assert!(has_placeholder(&found[0].remedy.commands[0]));
    assert!(!has_placeholder(&found[0].remedy.commands[1]));
}

#[test]
fn a_match_belongs_to_the_step_of_the_plan_the_text_names() {
    let two = input(&["prod1", "edge2"]);
    let plan = certplan::plan(&two).unwrap();
    let text = "Update-AksHciClusterCertificates -Name edge2 -fixCloudCredentials\nSystem.Collections.Hashtable.generic_non_zero 1 [Error: Certificate has expired: Expired]";
    let found = find_remedies(text, &two).unwrap();
    let Some(Place::Step(step)) = found[0].place else {
        panic!("{:?}", found[0].place)
    };
    assert_eq!(
        plan.steps[step].command,
        "Update-AksHciClusterCertificates -Name 'edge2' -fixCloudCredentials"
    );
    assert_eq!(found[0].remedy, plan.steps[step].if_fails[0]);

    // Named nowhere, with two clusters: the first check or management step that lists it.
    let bare =
        "System.Collections.Hashtable.generic_non_zero 1 [Error: Certificate has expired: Expired]";
    let found = find_remedies(bare, &two).unwrap();
    assert_eq!(found[0].place, Some(Place::Check(3)));
    assert_eq!(
        found[0].remedy.commands,
        ["Repair-MocLogin", "Get-AksHciCluster"]
    );

    // Without a plan to follow (no dates yet): filled for the only cluster, the step a placeholder.
    let early = PlanInput {
        today: Some("2026-03-01".into()),
        clusters: vec![ClusterInput::new("prod1")],
        ..PlanInput::default()
    };
    let found =
        find_remedies("You must be logged in to the server (Unauthorized)", &early).unwrap();
    assert_eq!(found[0].place, None);
    let found = find_remedies("remote error: tls: internal error", &early).unwrap();
    assert_eq!(
        found[0].remedy.commands,
        [
            "Update-AksHciClusterCertificates -Name 'prod1' -fixKubeletCredentials",
            "Get-AksHciCredential -Name 'prod1'"
        ]
    );
    let found = find_remedies(bare, &early).unwrap();
    assert_eq!(
        found[0].remedy.commands,
        ["Repair-MocLogin", STEP_PLACEHOLDER]
    );
}

#[test]
fn a_bad_input_gets_the_plans_error() {
    let mut bad = input(&["prod1"]);
    bad.restart = Some("2026-02-30".into());
    let err = find_remedies("x509: certificate signed by unknown authority", &bad).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidDate);
    assert_eq!(*err.field(), Field::Restart);
    let no_today = PlanInput::default();
    assert_eq!(
        *find_remedies("", &no_today).unwrap_err().field(),
        Field::Today
    );
}

#[test]
fn big_and_hostile_text_answers_fast_and_never_panics() {
    let input = input(&["prod1"]);
    // A megabyte of log with the error near its end.
    let mut log = String::new();
    let mut n = 0;
    while log.len() < 1 << 20 {
        log.push_str(&format!(
            "2026-12-06T18:22:{:02}Z INFO kva reconcile cluster prod1 node 10.0.0.{} ok 3f2504e0-4f89-11d3-9a0c-{:012x}\n",
            n % 60,
            n % 250,
            n
        ));
        n += 1;
    }
    log.push_str("Get-AksHciCluster : System.Collections.Hashtable.generic_non_zero 1 [Error: Certificate has expired: Expired]\n");
    // The fastest of five: the machine is shared.
    let took = (0..5)
        .map(|_| {
            let start = Instant::now();
            find_remedies(&log, &input).unwrap();
            start.elapsed()
        })
        .min()
        .unwrap();
    let found = find_remedies(&log, &input).unwrap();
    assert_eq!(ids(&found), ["mocctl-expired"]);
    eprintln!("1 MB of log: {took:?}");
    assert!(took.as_millis() < 500, "{took:?}");

    // Each signature's own beginning over and over, never completed.
    for entry in entries() {
        for signature in entry.signatures {
            let head: String = signature.chars().take(signature.len() / 2).collect();
            let text = head.repeat((1 << 20) / head.len().max(1));
            let start = Instant::now();
            let found = find_remedies(&text, &input).unwrap();
            assert!(start.elapsed().as_millis() < 500, "{}", entry.id);
            assert!(found.len() <= 2, "{}", entry.id);
        }
    }

    let junk: String = (0..200_000u32)
        .map(|i| char::from_u32(i.wrapping_mul(2_654_435_761) % 0x11_0000).unwrap_or('\u{fffd}'))
        .collect();
    find_remedies(&junk, &input).unwrap();
    find_remedies(
        "\0\0\0[\u{0}Error: Certificate has\0 expired: Expired]",
        &input,
    )
    .unwrap();
    let lines = "x509: certificate\n".repeat(100_000);
    assert!(find_remedies(&lines, &input).unwrap().is_empty());
    let lines = "+ ~~~~\nAt line:1 char:1\n".repeat(100_000);
    assert!(find_remedies(&lines, &input).unwrap().is_empty());
    for text in [
        "<",
        "\u{2026}",
        "'",
        "\u{1b}[",
        "-name",
        " -name '",
        "--clustername=",
        "9".repeat(5000).as_str(),
    ] {
        find_remedies(text, &input).unwrap();
    }
}
