//! What to do when a check or a step fails, written once as data, each remedy with the
//! Microsoft page it comes from.
//!
//! The facts are gathered in the project's troubleshooting notes from Microsoft's
//! known-issues pages (repository MicrosoftDocs/azure-stack-docs, `AKS-Arc/*.yml`,
//! published under `https://learn.microsoft.com/azure/aks/aksarc/`) and from Azure/aksArc
//! issues. Error messages are quoted as the pages print them; everything else is in our
//! own words. Where a page prescribes a deprecated cmdlet (`Repair-AksHciCerts`), the
//! remedy runs its documented replacement and says so.
//!
//! Anything destructive or disruptive (deleting a credential file, stopping the node
//! agent, overwriting a kubeconfig, uninstalling) has a [`RemedyEntry::caution`] and no
//! commands: the person follows Microsoft's page, never a copy button.
//!
//! # Anchors
//! Learn builds the anchor of a known-issues (FAQ) entry from its question: lower case,
//! each run of other characters than `a-z` and `0-9` becomes one `-`, and the question's
//! closing line break gives the trailing `-` (links copied from the live pages end that
//! way, e.g. `...-created-in-60-days-`). The question texts and this derivation are
//! checked in the tests; a wrong anchor still opens the right page.
//!
//! # Placeholders
//! Texts and commands may hold [`CLUSTER`], replaced by the step's cluster name quoted for
//! PowerShell, and commands may hold [`STEP`], replaced by the failed command itself (so
//! "then run it again" is ready to paste).

use std::borrow::Cow;

use crate::output::Remedy;
use crate::sources::{self, Source};

/// Stands for the cluster of the step, quoted (`'prod1'`).
pub const CLUSTER: &str = "<cluster>";

/// Stands for the command that failed, as the plan gives it.
pub const STEP: &str = "<step>";

/// One documented failure and what to do about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RemedyEntry {
    /// Stable id, for tests and for the script's lookup.
    pub id: &'static str,
    /// The error texts its source quotes, exactly, and the decisive part of a long one
    /// where people meet it on its own; `<...>` stands where the source shows a value
    /// of its own site (a cluster or user name), `\u{2026}` where it leaves text out.
    /// Empty when the source quotes no message. The lookup by pasted text reads these.
    pub signatures: &'static [&'static str],
    /// What the person sees, with the literal error text where the page gives one.
    pub symptom: &'static str,
    /// What to do, in our words.
    pub action: &'static str,
    /// Commands to paste, with [`CLUSTER`] and [`STEP`] placeholders; empty for manual
    /// remedies and for every remedy with a caution.
    pub commands: &'static [&'static str],
    /// Why this needs care; set for anything destructive or disruptive.
    pub caution: Option<&'static str>,
    /// The Microsoft page and section, with the date of the version read.
    pub source: &'static Source,
}

/// "Error 'System.Collections.Hashtable.generic_non_zero 1 [Error: Certificate has
/// expired: Expired]'" (known issues, security and identity).
pub const MOCCTL_EXPIRED: RemedyEntry = RemedyEntry {
    id: "mocctl-expired",
    signatures: &[
        "System.Collections.Hashtable.generic_non_zero 1 [Error: Certificate has expired: Expired]",
        "Certificate has expired: Expired",
    ],
    symptom: "It fails with \"System.Collections.Hashtable.generic_non_zero 1 [Error: Certificate has expired: Expired]\".",
    action: "The mocctl login that AKS uses to reach the cloud agent has expired: it lapses after 60 days without use. Log in again with Repair-MocLogin, then run the command again.",
    commands: &["Repair-MocLogin", STEP],
    caution: None,
    source: &sources::MOCCTL_EXPIRED,
};

/// Azure/aksArc#169, "Token Expiry during Upgrade-AksHci".
pub const KVACTL_TOKEN: RemedyEntry = RemedyEntry {
    id: "kvactl-token",
    signatures: &[
        "System.Collections.Hashtable.generic_non_zero 1 [Error: failed to get new provider: failed to create azurestackhci session: rpc error: code = Unauthenticated desc = Valid Token Required.]",
        "rpc error: code = Unauthenticated desc = Valid Token Required",
    ],
    symptom: "It fails with \"System.Collections.Hashtable.generic_non_zero 1 [Error: failed to get new provider: failed to create azurestackhci session: rpc error: code = Unauthenticated desc = Valid Token Required.]\".",
    action: "The kvactl token has expired (it is valid for 60 days). Rotate the tokens with Update-AksHciCertificates, then run the command again. (The issue says Repair-AksHciCerts, which Microsoft has deprecated in favour of Update-AksHciCertificates.)",
    commands: &["Update-AksHciCertificates", STEP],
    caution: None,
    source: &sources::KVACTL_TOKEN,
};

/// "Delete KVA certificate if expired after 60 days".
pub const KVA_EXPIRED: RemedyEntry = RemedyEntry {
    id: "kva-expired",
    signatures: &[
        "Error: failed to get new provider: failed to create azurestackhci session: Certificate has expired: Expired",
        "Certificate has expired: Expired",
    ],
    symptom: "It fails with \"Error: failed to get new provider: failed to create azurestackhci session: Certificate has expired: Expired\".",
    action: "The KVA certificate has expired: it lapses after 60 days without an upgrade. Microsoft's fix deletes the expired file $env:UserProfile\\.wssd\\kvactl\\cloudconfig on the node that shows the error, then runs the command again there. Follow the page.",
    commands: &[],
    caution: Some("Deletes a credential file: only on the node that shows the error, and keep a copy of it first."),
    source: &sources::KVA_EXPIRED,
};

/// "Authentication handshake failed: x509: certificate signed by unknown authority".
pub const X509_UNKNOWN_AUTHORITY: RemedyEntry = RemedyEntry {
    id: "x509-unknown-authority",
    signatures: &[
        "Authentication handshake failed: x509: certificate signed by unknown authority",
        "x509: certificate signed by unknown authority",
    ],
    symptom: "It fails with \"x509: certificate signed by unknown authority\".",
    action: "First check that you are the user who installed AKS (from the September 2022 release, any local Administrator will do). If you are, Microsoft's fix deletes the old management appliance certificate, runs Repair-AksHciCerts and checks with Get-AksHciCluster. Follow the page.",
    commands: &[],
    caution: Some("Deletes a credential file."),
    source: &sources::X509_UNKNOWN_AUTHORITY,
};

/// "Error: You must be logged in to the server (Unauthorized)".
pub const UNAUTHORIZED: RemedyEntry = RemedyEntry {
    id: "unauthorized",
    signatures: &[
        "Error: You must be logged in to the server (Unauthorized)",
        "You must be logged in to the server (Unauthorized)",
    ],
    symptom: "It fails with \"Error: You must be logged in to the server (Unauthorized)\".",
    action: "The management cluster's kubeconfig has probably expired. Microsoft's page has a script that prints its expiry date, and the steps that replace it with admin.conf from the management control plane VM. Follow the page.",
    commands: &[],
    caution: Some("Overwrites the management kubeconfig: back it up first, and use your control plane VM's IP address instead of the page's sample 10.64.92.14."),
    source: &sources::UNAUTHORIZED,
};

/// "When running Get-AksHciCluster, a "release version not found" error occurs".
pub const RELEASE_NOT_FOUND: RemedyEntry = RemedyEntry {
    id: "release-not-found",
    signatures: &["A release with version 1.0.3.10818 was NOT FOUND."],
    symptom: "It fails with an error like \"A release with version 1.0.3.10818 was NOT FOUND.\" (with your version).",
    action: "The installed AKS build has expired, which no certificate command fixes: Microsoft's fix is Uninstall-AksHci and a new installation. Follow the page.",
    commands: &[],
    caution: Some("Uninstall-AksHci removes the AKS deployment."),
    source: &sources::RELEASE_NOT_FOUND,
};

/// "Nodeagent leaking ports when unable to join cloudagent due to expired token when
/// cluster not upgraded for more than 60 days".
pub const NODE_AGENT_STARTING: RemedyEntry = RemedyEntry {
    id: "node-agent-starting",
    signatures: &[],
    symptom: "It hangs or fails, and \"Get-Service wssdagent | Select-Object -Property Name, Status\" shows the node agent Starting.",
    action: "The node agent's token has expired (no upgrade for more than 60 days), so it keeps failing to join the cloud agent. Microsoft's steps stop wssdagent on every affected node, start the cloud agent and run Repair-Moc. Follow them in order.",
    commands: &[],
    caution: Some("Kills and stops the wssdagent service on each node, which interrupts MOC until Repair-Moc completes."),
    source: &sources::NODE_AGENT_STARTING,
};

/// "The workload cluster isn't found".
pub const CLUSTER_NOT_FOUND: RemedyEntry = RemedyEntry {
    id: "cluster-not-found",
    signatures: &["A workload cluster with the name '<cluster>' was not found."],
    symptom: "It fails with \"A workload cluster with the name <cluster> was not found.\"",
    action: "Check the name against Get-AksHciCluster and correct it in the plan. If the cluster is listed and still not found, two AKS deployments may share IP address pools: see the page.",
    commands: &["Get-AksHciCluster"],
    caution: None,
    source: &sources::CLUSTER_NOT_FOUND,
};

/// "Error "Certificate expired - Unable to connect to the server: x509"", its kubeconfig
/// part: new credentials, a few minutes, kubectl again.
pub const X509_EXPIRED: RemedyEntry = RemedyEntry {
    id: "x509-expired",
    signatures: &[
        "certificate expired - Unable to connect to the server: x509: certificate has expired or is not yet valid: current time 2022-07-26T12:24:15-04:00 is after 2022-07-15T15:01:07Z",
        "x509: certificate has expired or is not yet valid",
    ],
    symptom: "kubectl still fails with \"certificate expired - Unable to connect to the server: x509: certificate has expired or is not yet valid: current time 2022-07-26T12:24:15-04:00 is after 2022-07-15T15:01:07Z\" (with your dates).",
    action: "Fetch new credentials for the cluster, wait a few minutes, then try kubectl again.",
    commands: &["Get-AksHciCredential -Name <cluster>", "kubectl get nodes"],
    caution: None,
    source: &sources::X509_EXPIRED,
};

/// The same entry's note on AksHci 1.0.14.x and earlier: control plane VM names.
pub const CONTROL_PLANE_NAME: RemedyEntry = RemedyEntry {
    id: "control-plane-name",
    signatures: &[],
    symptom: "On AksHci 1.0.14.x or earlier, it does not work when the cluster's control plane VM names lack -control-plane-.",
    action: "A known bug of those versions. Renew the certificates on the control plane VM itself instead: the page gives the SSH commands (cert-tattoo-provision).",
    commands: &[],
    caution: None,
    source: &sources::X509_EXPIRED,
};

/// "The API server isn't responsive after several days".
pub const API_SERVER_DOWN: RemedyEntry = RemedyEntry {
    id: "api-server-down",
    signatures: &[
        "rpc error:code = Unauthenticated desc = Valid Token Required",
        "failed to repair cluster certificates",
    ],
    symptom: "kubectl commands don't run, the KMS plug-in log shows \"rpc error:code = Unauthenticated desc = Valid Token Required\", and a repair fails with \"failed to repair cluster certificates\".",
    action: "After 60 days or more without an upgrade the KMS plug-in token has expired and the cluster's API server is down, so the certificate cmdlets cannot reach it. Microsoft's fix rotates the token by hand and restarts the KMS plug-in container. Follow the page.",
    commands: &[],
    caution: Some("Replaces /opt/wssd/k8s/cloudlogin.yaml on the control plane VM and kills the KMS plug-in container."),
    source: &sources::API_SERVER_DOWN,
};

/// "Transport: Error while dialing dial unix
/// /var/run/moc-kms-plugin/kmsPlugin.sock: connect: no such file or directory".
pub const KMS_SOCKET: RemedyEntry = RemedyEntry {
    id: "kms-socket",
    signatures: &[
        "Transport: Error while dialing dial unix /var/run/moc-kms-plugin/kmsPlugin.sock: connect: no such file or directory",
        "dial unix /var/run/moc-kms-plugin/kmsPlugin.sock",
    ],
    symptom: "The cluster reports \"Transport: Error while dialing dial unix /var/run/moc-kms-plugin/kmsPlugin.sock: connect: no such file or directory\".",
    action: "The cluster's KMS plug-in stopped because its token expired. Rotate the tokens with Update-AksHciCertificates, then run this command again. (The page says Repair-AksHciCerts, which Microsoft has deprecated in favour of Update-AksHciCertificates.)",
    commands: &["Update-AksHciCertificates", STEP],
    caution: None,
    source: &sources::KMS_SOCKET,
};

/// "Get-AksHciCredential fails with "cannot find the path specified" error".
pub const KUBE_FOLDER_MISSING: RemedyEntry = RemedyEntry {
    id: "kube-folder-missing",
    signatures: &["Error: open C:\\Users\\<user>\\.kube\\config: The system cannot find the path specified."],
    symptom: "It fails with \"Error: open C:\\Users\\<user>\\.kube\\config: The system cannot find the path specified.\"",
    action: "You are not the administrator who installed AKS, and your profile has no .kube folder yet. Create it, then run the command again.",
    commands: &["mkdir \"$HOME/.kube\"", STEP],
    caution: None,
    source: &sources::KUBE_FOLDER_MISSING,
};

/// "Target cluster pod logs are not accessible - remote error: tls: internal error".
pub const TLS_INTERNAL_ERROR: RemedyEntry = RemedyEntry {
    id: "tls-internal-error",
    signatures: &[
        "Error from server: Get \"https://10.0.0.0:10250/containerLogs/\u{2026}\": remote error: tls: internal error",
        "remote error: tls: internal error",
    ],
    symptom: "kubectl logs fails with \"remote error: tls: internal error\".",
    action: "A known issue of AksHci 1.0.14.x and earlier after 60 days without an upgrade: run this cluster's kubelet fix again, then fetch new credentials.",
    commands: &[
        "Update-AksHciClusterCertificates -Name <cluster> -fixKubeletCredentials",
        "Get-AksHciCredential -Name <cluster>",
    ],
    caution: None,
    source: &sources::TLS_INTERNAL_ERROR,
};

/// Before you start: the session is not elevated.
pub const NOT_ELEVATED: RemedyEntry = RemedyEntry {
    id: "not-elevated",
    signatures: &[],
    symptom: "It prints False.",
    action:
        "Close this window, open PowerShell with Run as administrator on a node, and start again.",
    commands: &[],
    caution: None,
    source: &sources::ELEVATED,
};

/// Before you start: signed in as someone else than the installing user.
pub const OTHER_USER: RemedyEntry = RemedyEntry {
    id: "other-user",
    signatures: &[],
    symptom: "You are signed in as a different user from the one who installed AKS.",
    action: "Sign in as that user, or, from the September 2022 release, as any member of the local Administrators group.",
    commands: &[],
    caution: None,
    source: X509_UNKNOWN_AUTHORITY.source,
};

/// Before you start: the AksHci module is missing on this node.
pub const MODULE_MISSING: RemedyEntry = RemedyEntry {
    id: "module-missing",
    signatures: &[],
    symptom: "Nothing is listed.",
    action: "Setup installs the AksHci module on every node: run the plan on a node where it is installed, or install it as Microsoft's setup page describes.",
    commands: &[],
    caution: None,
    source: &sources::MODULE,
};

/// Before you start: the cloud agent's cluster group is not online.
pub const CLOUD_AGENT_OFFLINE: RemedyEntry = RemedyEntry {
    id: "cloud-agent-offline",
    signatures: &[],
    symptom: "Its State is not Online (Offline, PartialOnline, Failed or Pending).",
    action: "Start the cloud agent's cluster group, then check again.",
    commands: &[
        "Start-ClusterGroup -Name (Get-MocConfig).clusterRoleName",
        "Get-ClusterGroup -Name (Get-MocConfig).clusterRoleName",
    ],
    caution: None,
    source: NODE_AGENT_STARTING.source,
};

/// Before you start: a cluster of the plan is not listed.
pub const CLUSTER_NOT_LISTED: RemedyEntry = RemedyEntry {
    id: "cluster-not-listed",
    signatures: &[],
    symptom: "A cluster of this plan is missing from the list, or is spelled differently.",
    action: "Correct the name in this plan to match the list exactly. If it is listed and a command still cannot find it, two AKS deployments may share IP address pools: see the page.",
    commands: &[],
    caution: None,
    source: CLUSTER_NOT_FOUND.source,
};

/// Before you start: the version has known issues.
pub const OLD_VERSION: RemedyEntry = RemedyEntry {
    id: "old-version",
    signatures: &[],
    symptom: "The version is 1.0.14.x or earlier.",
    action: "Known issues of those versions apply: the kubelet fix may not work when control plane VM names lack -control-plane-, and pod logs may fail with a TLS error after 60 days without an upgrade. The page shows how to renew the certificates on the control plane VM instead.",
    commands: &[],
    caution: None,
    source: X509_EXPIRED.source,
};

/// What can make a check or a step fail; each kind has its own list of remedies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Check: the session is elevated and the right user's.
    Elevated,
    /// Check: the AksHci module is installed.
    Module,
    /// Check: the cloud agent's cluster group is online.
    CloudAgent,
    /// Check: `Get-AksHciCluster` answers and lists the plan's clusters.
    Clusters,
    /// Check: the AksHci version, noted.
    Version,
    /// Step: `Update-AksHciCertificates`.
    Management,
    /// Step: `-fixKubeletCredentials`.
    Kubelet,
    /// Step: `-fixCloudCredentials` (with or without `-patchLoadBalancer`).
    Cloud,
    /// Step: `Get-AksHciCredential` after a kubelet fix.
    Verify,
}

impl Kind {
    /// Every kind, checks first, then steps in plan order.
    pub const ALL: [Kind; 9] = [
        Kind::Elevated,
        Kind::Module,
        Kind::CloudAgent,
        Kind::Clusters,
        Kind::Version,
        Kind::Management,
        Kind::Kubelet,
        Kind::Cloud,
        Kind::Verify,
    ];

    /// A short stable key, used by the script to look the remedies up.
    pub const fn key(self) -> &'static str {
        match self {
            Kind::Elevated => "elevated",
            Kind::Module => "module",
            Kind::CloudAgent => "cloud-agent",
            Kind::Clusters => "clusters",
            Kind::Version => "version",
            Kind::Management => "management",
            Kind::Kubelet => "kubelet",
            Kind::Cloud => "cloud",
            Kind::Verify => "verify",
        }
    }

    /// The remedies for this kind, most likely first.
    pub const fn remedies(self) -> &'static [RemedyEntry] {
        match self {
            Kind::Elevated => &[NOT_ELEVATED, OTHER_USER],
            Kind::Module => &[MODULE_MISSING],
            Kind::CloudAgent => &[CLOUD_AGENT_OFFLINE],
            Kind::Clusters => &[
                MOCCTL_EXPIRED,
                KVACTL_TOKEN,
                CLUSTER_NOT_LISTED,
                KVA_EXPIRED,
                X509_UNKNOWN_AUTHORITY,
                UNAUTHORIZED,
                RELEASE_NOT_FOUND,
            ],
            Kind::Version => &[OLD_VERSION],
            Kind::Management => &[
                MOCCTL_EXPIRED,
                UNAUTHORIZED,
                KVA_EXPIRED,
                NODE_AGENT_STARTING,
            ],
            Kind::Kubelet => &[
                MOCCTL_EXPIRED,
                KVACTL_TOKEN,
                CLUSTER_NOT_FOUND,
                X509_EXPIRED,
                CONTROL_PLANE_NAME,
                UNAUTHORIZED,
                API_SERVER_DOWN,
            ],
            Kind::Cloud => &[
                MOCCTL_EXPIRED,
                KVACTL_TOKEN,
                CLUSTER_NOT_FOUND,
                KMS_SOCKET,
                UNAUTHORIZED,
                API_SERVER_DOWN,
            ],
            Kind::Verify => &[
                CLUSTER_NOT_FOUND,
                KUBE_FOLDER_MISSING,
                X509_EXPIRED,
                TLS_INTERNAL_ERROR,
            ],
        }
    }
}

/// `text` with [`CLUSTER`] replaced by `cluster` (already quoted) and [`STEP`] by `step`;
/// `text` itself, shared, when it has neither.
///
/// By hand: `str::replace` would bring the substring searcher into the wasm (about 3 KB).
pub(crate) fn fill(text: &'static str, step: &str, cluster: &str) -> Cow<'static, str> {
    let placeholder = |rest: &str| {
        if rest.starts_with(STEP) {
            Some((step, STEP.len()))
        } else if rest.starts_with(CLUSTER) {
            Some((cluster, CLUSTER.len()))
        } else {
            None
        }
    };
    let mut out = String::new();
    let mut done = 0;
    let mut from = 0;
    while let Some(at) = text[from..].find('<').map(|at| from + at) {
        from = at + 1;
        if let Some((value, len)) = placeholder(&text[at..]) {
            if out.is_empty() {
                out.reserve(text.len() + value.len());
            }
            out.push_str(&text[done..at]);
            out.push_str(value);
            done = at + len;
            from = done;
        }
    }
    if done == 0 {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[done..]);
    Cow::Owned(out)
}

/// The remedies of `kind` for a command `step` acting on `cluster` (`None` for the
/// management cluster and the checks), placeholders filled in.
pub(crate) fn render(kind: Kind, step: &str, cluster: Option<&str>) -> Vec<Remedy> {
    let cluster = cluster.map(crate::quote).unwrap_or_default();
    kind.remedies()
        .iter()
        .map(|entry| Remedy::filled(entry, step, &cluster))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tables::{Command, FIX_TABLE, FIX_TARGET, REFRESH_CREDENTIAL};

    fn all() -> Vec<RemedyEntry> {
        Kind::ALL
            .iter()
            .flat_map(|kind| kind.remedies().iter().copied())
            .collect()
    }

    /// Learn's anchor for a known-issues question (see the module docs).
    fn faq_anchor(question: &str) -> String {
        let mut out = String::new();
        let mut in_gap = false;
        for c in [question, "\n"].concat().chars() {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
                in_gap = false;
            } else if !in_gap {
                out.push('-');
                in_gap = true;
            }
        }
        out
    }

    #[test]
    fn anchors_derive_from_the_questions_as_published() {
        for (entry, page, question) in [
            (MOCCTL_EXPIRED, "known-issues-security", "Error 'System.Collections.Hashtable.generic_non_zero 1 [Error: Certificate has expired: Expired]'"),
            (KVA_EXPIRED, "known-issues-security", "Delete KVA certificate if expired after 60 days"),
            (X509_UNKNOWN_AUTHORITY, "known-issues-security", "Authentication handshake failed: x509: certificate signed by unknown authority"),
            (X509_EXPIRED, "known-issues-security", "Error \"Certificate expired - Unable to connect to the server: x509\""),
            (TLS_INTERNAL_ERROR, "known-issues-security", "Target cluster pod logs are not accessible - remote error: tls: internal error"),
            (KUBE_FOLDER_MISSING, "known-issues-security", "Get-AksHciCredential fails with \"cannot find the path specified\" error"),
            (UNAUTHORIZED, "known-issues-workload-clusters", "Error: You must be logged in to the server (Unauthorized)"),
            (RELEASE_NOT_FOUND, "known-issues-workload-clusters", "When running Get-AksHciCluster, a \"release version not found\" error occurs"),
            (CLUSTER_NOT_FOUND, "known-issues-workload-clusters", "The workload cluster isn't found"),
            (API_SERVER_DOWN, "known-issues-workload-clusters", "The API server isn't responsive after several days"),
            (NODE_AGENT_STARTING, "known-issues-upgrade", "Nodeagent leaking ports when unable to join cloudagent due to expired token when cluster not upgraded for more than 60 days"),
            (KMS_SOCKET, "known-issues", "Transport: Error while dialing dial unix /var/run/moc-kms-plugin/kmsPlugin.sock: connect: no such file or directory"),
        ] {
            let wanted = [
                "https://learn.microsoft.com/azure/aks/aksarc/",
                page,
                "#",
                &faq_anchor(question),
            ]
            .concat();
            assert_eq!(entry.source.url, wanted, "{}", entry.id);
        }
        // The rule reproduces the anchors Microsoft's own pages link to.
        assert_eq!(
            faq_anchor("Nodeagent leaking ports when unable to join cloudagent due to expired token when cluster not upgraded for more than 60 days"),
            "nodeagent-leaking-ports-when-unable-to-join-cloudagent-due-to-expired-token-when-cluster-not-upgraded-for-more-than-60-days-"
        );
        assert_eq!(
            faq_anchor("AKS on Azure Stack HCI goes out-of-policy if a workload cluster hasn't been created in 60 days"),
            "aks-on-azure-stack-hci-goes-out-of-policy-if-a-workload-cluster-hasn-t-been-created-in-60-days-"
        );
    }

    #[test]
    fn every_remedy_is_sourced_ascii_and_safe() {
        for entry in all() {
            let url = entry.source.url;
            let https_microsoft = url.starts_with("https://learn.microsoft.com/azure/aks/aksarc/")
                && url.contains('#')
                || url.starts_with("https://github.com/Azure/aksArc/issues/");
            assert!(https_microsoft, "{}: {url}", entry.id);
            assert!(
                crate::sources::find(url).is_some(),
                "{}: {url} is not in the sources table",
                entry.id
            );
            for text in [entry.symptom, entry.action, url]
                .into_iter()
                .chain(entry.commands.iter().copied())
                .chain(entry.caution)
            {
                assert!(text.is_ascii() && !text.contains(['\n', '\r']), "{text:?}");
                assert!(!text.trim().is_empty(), "{}", entry.id);
            }
            // A caution means: follow the page, no copy button.
            if entry.caution.is_some() {
                assert!(entry.commands.is_empty(), "{}", entry.id);
                assert!(
                    entry.action.ends_with("Follow the page.")
                        || entry.action.ends_with("Follow them in order."),
                    "{}",
                    entry.id
                );
            }
        }
    }

    #[test]
    fn an_id_names_one_remedy() {
        let entries = all();
        for a in &entries {
            for b in entries.iter().filter(|b| b.id == a.id) {
                assert_eq!(a, b);
            }
        }
    }

    #[test]
    fn only_cluster_steps_mention_a_cluster() {
        for kind in [
            Kind::Elevated,
            Kind::Module,
            Kind::CloudAgent,
            Kind::Clusters,
            Kind::Version,
            Kind::Management,
        ] {
            for entry in kind.remedies() {
                let texts = [entry.symptom, entry.action]
                    .into_iter()
                    .chain(entry.commands.iter().copied());
                for text in texts {
                    assert!(!text.contains(CLUSTER), "{kind:?} {}: {text}", entry.id);
                }
            }
        }
    }

    #[test]
    fn destructive_commands_never_get_a_copy_button() {
        for entry in all() {
            for command in entry.commands {
                for forbidden in [
                    "-force",
                    "Remove-Item",
                    "del ",
                    "Uninstall-AksHci",
                    "Restart-AksHci",
                    "Invoke-AksHciRotateCACertificate",
                    "Stop-Service",
                    "kill",
                    "scp",
                    "ssh",
                    "Repair-Moc ",
                ] {
                    assert!(
                        !command
                            .to_ascii_lowercase()
                            .contains(&forbidden.to_ascii_lowercase()),
                        "{}: {command}",
                        entry.id
                    );
                }
            }
        }
    }

    #[test]
    fn every_step_kind_has_remedies_with_a_command_to_paste() {
        for kind in [
            Kind::Management,
            Kind::Kubelet,
            Kind::Cloud,
            Kind::Verify,
            Kind::Clusters,
        ] {
            assert!(
                kind.remedies().iter().any(|r| !r.commands.is_empty()),
                "{kind:?}"
            );
        }
        for kind in Kind::ALL {
            assert!(!kind.remedies().is_empty(), "{kind:?}");
        }
    }

    #[test]
    fn commands_match_the_fix_table() {
        let kubelet: &Command = FIX_TABLE.rows[FIX_TARGET].kubernetes.as_ref().unwrap();
        assert_eq!(TLS_INTERNAL_ERROR.commands[0], kubelet.template());
        assert_eq!(
            TLS_INTERNAL_ERROR.commands[1],
            REFRESH_CREDENTIAL.template()
        );
        assert_eq!(X509_EXPIRED.commands[0], REFRESH_CREDENTIAL.template());
    }

    #[test]
    fn render_fills_the_cluster_and_the_step() {
        let step = "Get-AksHciCredential -Name 'prod1'";
        let remedies = render(Kind::Verify, step, Some("prod1"));
        assert_eq!(remedies.len(), 4);
        assert_eq!(
            remedies[0].symptom,
            "It fails with \"A workload cluster with the name 'prod1' was not found.\""
        );
        assert_eq!(remedies[1].commands, ["mkdir \"$HOME/.kube\"", step]);
        assert_eq!(
            remedies[3].commands,
            [
                "Update-AksHciClusterCertificates -Name 'prod1' -fixKubeletCredentials",
                "Get-AksHciCredential -Name 'prod1'"
            ]
        );
        assert_eq!(remedies[3].caution, None);
        let management = render(Kind::Management, "Update-AksHciCertificates", None);
        assert_eq!(
            management[0].commands,
            ["Repair-MocLogin", "Update-AksHciCertificates"]
        );
        assert_eq!(
            management[1].caution,
            Some("Overwrites the management kubeconfig: back it up first, and use your control plane VM's IP address instead of the page's sample 10.64.92.14.")
        );
        assert!(management[1].commands.is_empty());
    }

    #[test]
    fn fill_replaces_every_placeholder() {
        assert_eq!(
            fill("<step>; <cluster>, <cluster>", "s", "'c'"),
            "s; 'c', 'c'"
        );
        assert_eq!(fill("no placeholder", "s", "'c'"), "no placeholder");
        assert_eq!(fill("a < b <user> <step", "s", "'c'"), "a < b <user> <step");
        assert_eq!(fill("<<step>>", "s", "'c'"), "<s>");
        assert_eq!(fill("", "s", "'c'"), "");
        // Without a placeholder the text is shared, not copied.
        assert!(matches!(fill("a < b <user>", "s", "'c'"), Cow::Borrowed(_)));
        assert!(matches!(fill("<step>", "s", "'c'"), Cow::Owned(_)));
    }
}
