//! Every Microsoft page the planner's facts come from, once, with the date of the page
//! version they were read from.
//!
//! Microsoft changes these pages: the retirement notice said "retired in March 2026" in
//! one version and "supported through March 2028" in the next. So each source carries the
//! page's `ms.date` and, where the page has one, `ms.lastreviewed`, both from its front
//! matter in MicrosoftDocs/azure-stack-docs; the later of the two is the date the planner
//! shows ([`Source::date`]). Remedies, checks, notes and the reference tables refer to an
//! entry here instead of repeating a URL, and the README's "Sources" section lists
//! [`ALL`] (a test keeps the two equal).
//!
//! Dates are ISO `YYYY-MM-DD`; [`us_date`] writes them the way Learn shows them.

/// One page (and section) a fact comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    /// https URL with the section's anchor where there is one.
    pub url: &'static str,
    /// Where it is published: "Microsoft Learn" or "Azure/aksArc issue #169".
    pub site: &'static str,
    /// The page's title (its first heading), or the title.
    pub title: &'static str,
    /// `ms.date` of the page version read (for a GitHub issue: the day it was written).
    pub ms_date: &'static str,
    /// `ms.lastreviewed` of that version, where the page has one.
    pub last_reviewed: Option<&'static str>,
}

impl Source {
    /// The page's date: `ms.date`, or `ms.lastreviewed` where that is later.
    pub fn date(&self) -> &'static str {
        match self.last_reviewed {
            Some(reviewed) if reviewed > self.ms_date => reviewed,
            _ => self.ms_date,
        }
    }

    /// The URL without its anchor: the page.
    pub fn page(&self) -> &'static str {
        // By bytes: a `split` would bring its searcher into the wasm for this alone.
        let end = self.url.bytes().position(|b| b == b'#');
        &self.url[..end.unwrap_or(self.url.len())]
    }

    /// "Microsoft Learn, Fix security and identity known issues and errors in AKS Arc,
    /// 07/11/2024": where, what and which version, for a link's text or a comment.
    pub fn cite(&self) -> String {
        [self.site, ", ", self.title, ", ", &us_date(self.date())].concat()
    }
}

/// `2024-07-11` as Learn shows it, `07/11/2024`; other text unchanged.
pub fn us_date(iso: &str) -> String {
    let bytes = iso.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' || !iso.is_ascii() {
        return iso.into();
    }
    // Month, day, year, with the hyphens (positions 4 and 7) turned into slashes.
    [5, 6, 4, 8, 9, 7, 0, 1, 2, 3]
        .iter()
        .map(|&at| match bytes[at] {
            b'-' => '/',
            byte => char::from(byte),
        })
        .collect()
}

/// The source whose URL is `url`, if the planner has it.
pub fn find(url: &str) -> Option<&'static Source> {
    ALL.iter().copied().find(|source| source.url == url)
}

/// The newest date among [`ALL`]: the day the planner's facts were last checked against.
pub fn newest_date() -> &'static str {
    ALL.iter().map(|s| s.date()).max().unwrap_or_default()
}

macro_rules! learn {
    ($page:literal) => {
        concat!("https://learn.microsoft.com/azure/aks/aksarc/", $page)
    };
}

const LEARN: &str = "Microsoft Learn";
const UPDATE_CERTIFICATES_TITLE: &str = "Update certificates in AKS on Windows Server";
const SECURITY_TITLE: &str = "Fix security and identity known issues and errors in AKS Arc";
const WORKLOAD_TITLE: &str =
    "Troubleshoot Kubernetes management and workload cluster issues in AKS Arc";
const WALKTHROUGH_TITLE: &str = "Set up an Azure Kubernetes Service host on Windows Server and deploy a workload cluster using PowerShell";
const STOP_START_TITLE: &str = "Stop and restart an Azure Kubernetes Service cluster";

/// `AKS-Arc/update-certificates.md` (formerly `AKS-Hybrid/`, "Update certificates in AKS
/// enabled by Azure Arc", 07/03/2024; the rules are unchanged): the seed page.
const fn update_certificates(url: &'static str) -> Source {
    Source {
        url,
        site: LEARN,
        title: UPDATE_CERTIFICATES_TITLE,
        ms_date: "2025-04-02",
        last_reviewed: Some("2023-04-01"),
    }
}

/// `AKS-Arc/known-issues-security.yml`.
const fn security(url: &'static str) -> Source {
    Source {
        url,
        site: LEARN,
        title: SECURITY_TITLE,
        ms_date: "2024-07-11",
        last_reviewed: None,
    }
}

/// `AKS-Arc/known-issues-workload-clusters.yml`.
const fn workload(url: &'static str) -> Source {
    Source {
        url,
        site: LEARN,
        title: WORKLOAD_TITLE,
        ms_date: "2024-07-11",
        last_reviewed: None,
    }
}

/// `AKS-Arc/kubernetes-walkthrough-powershell.md`.
const fn walkthrough(url: &'static str) -> Source {
    Source {
        url,
        site: LEARN,
        title: WALKTHROUGH_TITLE,
        ms_date: "2025-03-28",
        last_reviewed: Some("2022-05-02"),
    }
}

/// `AKS-Arc/stop-start-cluster.md`.
const fn stop_start(url: &'static str) -> Source {
    Source {
        url,
        site: LEARN,
        title: STOP_START_TITLE,
        ms_date: "2024-06-26",
        last_reviewed: Some("2022-01-14"),
    }
}

/// The seed page as a whole: the rules.
pub const UPDATE_CERTIFICATES: Source = update_certificates(learn!("update-certificates"));
/// Its shutdown table.
pub const SHUTDOWN_TABLE: Source = update_certificates(learn!(
    "update-certificates#certificate-renewal-dependencies-on-cluster-shutdown"
));
/// Its update table.
pub const UPDATE_TABLE: Source = update_certificates(learn!(
    "update-certificates#certificate-renewal-dependencies-on-cluster-renewal"
));
/// Its fix commands table.
pub const FIX_TABLE: Source = update_certificates(learn!(
    "update-certificates#commands-for-fixing-certificates"
));

/// `AKS-Arc/support-policies.md`, "Stopped or disconnected clusters".
pub const SUPPORT_POLICY: Source = Source {
    site: LEARN,
    url: learn!("support-policies#stopped-or-disconnected-clusters"),
    title: "Support policies for AKS enabled by Azure Arc",
    ms_date: "2025-04-03",
    last_reviewed: None,
};

/// `AKS-Arc/aks-windows-server-retirement.md`, "If you're using Windows Server 2019
/// nodepools" (the version reviewed 01/28/2026, which replaced "retires in March 2026").
pub const RETIREMENT: Source = Source {
    site: LEARN,
    url: learn!("aks-windows-server-retirement#if-youre-using-windows-server-2019-nodepools"),
    title: "Announcing the retirement of AKS enabled by Azure Arc on Windows Server",
    ms_date: "2025-11-19",
    last_reviewed: Some("2026-01-28"),
};

/// `AKS-Arc/aks-whats-new-local.md` (formerly `aks-whats-new-23h2`), release 2405.
pub const AZURE_LOCAL: Source = Source {
    site: LEARN,
    url: learn!("aks-whats-new-local#release-2405"),
    title: "What's new in AKS on Azure Local",
    ms_date: "2025-07-22",
    last_reviewed: Some("2025-07-16"),
};

/// `AKS-Arc/certificates-overview.md`, "Certificate types": update within 60 days.
pub const UPDATE_ADVICE: Source = Source {
    site: LEARN,
    url: learn!("certificates-overview#certificate-types"),
    title: "Overview of certificate management in AKS on Windows Server",
    ms_date: "2024-01-10",
    last_reviewed: Some("2023-04-01"),
};

/// `AKS-Arc/reference/ps/new-akshcicluster.md`, `-name`: no hyphens.
pub const CLUSTER_NAME: Source = Source {
    site: LEARN,
    url: learn!("reference/ps/new-akshcicluster#-name"),
    title: "New-AksHciCluster",
    ms_date: "2023-05-03",
    last_reviewed: None,
};

/// Known issues, security: the mocctl login.
pub const MOCCTL_EXPIRED: Source = security(learn!("known-issues-security#error-system-collections-hashtable-generic-non-zero-1-error-certificate-has-expired-expired-"));
/// Known issues, security: the KVA certificate.
pub const KVA_EXPIRED: Source = security(learn!(
    "known-issues-security#delete-kva-certificate-if-expired-after-60-days-"
));
/// Known issues, security: x509 unknown authority.
pub const X509_UNKNOWN_AUTHORITY: Source = security(learn!("known-issues-security#authentication-handshake-failed-x509-certificate-signed-by-unknown-authority-"));
/// Known issues, security: x509 certificate expired.
pub const X509_EXPIRED: Source = security(learn!(
    "known-issues-security#error-certificate-expired-unable-to-connect-to-the-server-x509-"
));
/// Known issues, security: no .kube folder.
pub const KUBE_FOLDER_MISSING: Source = security(learn!(
    "known-issues-security#get-akshcicredential-fails-with-cannot-find-the-path-specified-error-"
));
/// Known issues, security: TLS internal error.
pub const TLS_INTERNAL_ERROR: Source = security(learn!("known-issues-security#target-cluster-pod-logs-are-not-accessible-remote-error-tls-internal-error-"));

/// Known issues, workload clusters: Unauthorized.
pub const UNAUTHORIZED: Source = workload(learn!(
    "known-issues-workload-clusters#error-you-must-be-logged-in-to-the-server-unauthorized-"
));
/// Known issues, workload clusters: release version not found.
pub const RELEASE_NOT_FOUND: Source = workload(learn!("known-issues-workload-clusters#when-running-get-akshcicluster-a-release-version-not-found-error-occurs-"));
/// Known issues, workload clusters: the cluster isn't found.
pub const CLUSTER_NOT_FOUND: Source = workload(learn!(
    "known-issues-workload-clusters#the-workload-cluster-isn-t-found-"
));
/// Known issues, workload clusters: API server down.
pub const API_SERVER_DOWN: Source = workload(learn!(
    "known-issues-workload-clusters#the-api-server-isn-t-responsive-after-several-days-"
));

/// `AKS-Arc/known-issues-upgrade.yml`: the node agent stuck Starting.
pub const NODE_AGENT_STARTING: Source = Source {
    site: LEARN,
    url: learn!("known-issues-upgrade#nodeagent-leaking-ports-when-unable-to-join-cloudagent-due-to-expired-token-when-cluster-not-upgraded-for-more-than-60-days-"),
    title: "Resolve issues when upgrading AKS Arc",
    ms_date: "2025-08-29",
    last_reviewed: None,
};

/// `AKS-Arc/known-issues.yml`: the KMS plug-in socket.
pub const KMS_SOCKET: Source = Source {
    site: LEARN,
    url: learn!("known-issues#transport-error-while-dialing-dial-unix-var-run-moc-kms-plugin-kmsplugin-sock-connect-no-such-file-or-directory-"),
    title: "Resolve general issues when using AKS on Windows Server",
    ms_date: "2024-07-11",
    last_reviewed: None,
};

/// Azure/aksArc#169, written by the AKS team on 2022-01-28.
pub const KVACTL_TOKEN: Source = Source {
    url: "https://github.com/Azure/aksArc/issues/169",
    site: "Azure/aksArc issue #169",
    title: "[BUG] Token Expiry during Upgrade-AksHci",
    ms_date: "2022-01-28",
    last_reviewed: None,
};

/// Setup walkthrough, step 1: PowerShell as administrator on every node.
pub const ELEVATED: Source = walkthrough(learn!(
    "kubernetes-walkthrough-powershell#step-1-prepare-your-machines-for-deployment"
));
/// Setup walkthrough: the AksHci module.
pub const MODULE: Source = walkthrough(learn!(
    "kubernetes-walkthrough-powershell#install-the-akshci-powershell-module"
));

/// Stop and restart: the way down.
pub const STOP_CLUSTER: Source = stop_start(learn!("stop-start-cluster#stop-a-cluster"));
/// Stop and restart: power on and start the cluster.
pub const START_CLUSTER: Source = stop_start(learn!("stop-start-cluster#start-a-cluster"));
/// Stop and restart: the control plane VMs running.
pub const CONTROL_PLANE_RUNNING: Source = stop_start(learn!(
    "stop-start-cluster#verify-the-control-plane-nodes-are-running"
));

/// PowerShell 5.1's execution policies: `RemoteSigned`, the Windows Server default, runs
/// a downloaded script only once it is unblocked; the `Process` scope lasts for the session.
pub const EXECUTION_POLICY: Source = Source {
    url: "https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_execution_policies?view=powershell-5.1",
    site: LEARN,
    title: "about_Execution_Policies",
    ms_date: "2024-05-16",
    last_reviewed: None,
};

/// PowerShell 5.1's `Unblock-File`: clears the mark a download leaves on a file.
pub const UNBLOCK_FILE: Source = Source {
    url: "https://learn.microsoft.com/powershell/module/microsoft.powershell.utility/unblock-file?view=powershell-5.1",
    site: LEARN,
    title: "Unblock-File",
    ms_date: "2017-06-09",
    last_reviewed: None,
};

/// `Get-AksHciCredential`'s reference: its `-configPath` defaults to the user's `.kube`.
pub const GET_CREDENTIAL: Source = Source {
    url: learn!("reference/ps/get-akshcicredential"),
    site: LEARN,
    title: "Get-AksHciCredential",
    ms_date: "2023-03-21",
    last_reviewed: Some("2022-01-14"),
};

/// Every source, in the order the README lists them.
pub const ALL: [&Source; 30] = [
    &UPDATE_CERTIFICATES,
    &SHUTDOWN_TABLE,
    &UPDATE_TABLE,
    &FIX_TABLE,
    &STOP_CLUSTER,
    &START_CLUSTER,
    &CONTROL_PLANE_RUNNING,
    &SUPPORT_POLICY,
    &RETIREMENT,
    &AZURE_LOCAL,
    &UPDATE_ADVICE,
    &CLUSTER_NAME,
    &ELEVATED,
    &MODULE,
    &MOCCTL_EXPIRED,
    &KVA_EXPIRED,
    &X509_UNKNOWN_AUTHORITY,
    &X509_EXPIRED,
    &KUBE_FOLDER_MISSING,
    &TLS_INTERNAL_ERROR,
    &UNAUTHORIZED,
    &RELEASE_NOT_FOUND,
    &CLUSTER_NOT_FOUND,
    &API_SERVER_DOWN,
    &NODE_AGENT_STARTING,
    &KMS_SOCKET,
    &KVACTL_TOKEN,
    &EXECUTION_POLICY,
    &UNBLOCK_FILE,
    &GET_CREDENTIAL,
];

#[cfg(test)]
mod tests {
    use super::*;

    fn is_iso_date(text: &str) -> bool {
        let bytes = text.as_bytes();
        bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit())
    }

    #[test]
    fn every_source_has_a_date_and_one_url_one_date() {
        for source in ALL {
            assert!(is_iso_date(source.ms_date), "{}", source.url);
            assert!(
                source.last_reviewed.is_none_or(is_iso_date),
                "{}",
                source.url
            );
            assert!(source.url.starts_with("https://") && source.url.is_ascii());
            assert!(!source.title.is_empty());
            let learn = source.url.starts_with("https://learn.microsoft.com/");
            assert_eq!(source.site == LEARN, learn, "{}", source.url);
            for other in ALL {
                if other.page() == source.page() {
                    assert_eq!(
                        (other.ms_date, other.last_reviewed, other.title),
                        (source.ms_date, source.last_reviewed, source.title),
                        "{} and {} are one page",
                        source.url,
                        other.url
                    );
                }
            }
        }
    }

    #[test]
    fn the_later_of_the_two_dates_counts() {
        assert_eq!(RETIREMENT.date(), "2026-01-28");
        assert_eq!(UPDATE_CERTIFICATES.date(), "2025-04-02");
        assert_eq!(SUPPORT_POLICY.date(), "2025-04-03");
        assert_eq!(newest_date(), "2026-01-28");
    }

    #[test]
    fn citations_read_like_learn() {
        assert_eq!(
            MOCCTL_EXPIRED.cite(),
            "Microsoft Learn, Fix security and identity known issues and errors in AKS Arc, 07/11/2024"
        );
        assert_eq!(
            KVACTL_TOKEN.cite(),
            "Azure/aksArc issue #169, [BUG] Token Expiry during Upgrade-AksHci, 01/28/2022"
        );
        assert_eq!(us_date("2026-01-28"), "01/28/2026");
        assert_eq!(us_date("2026"), "2026");
        assert_eq!(find(RETIREMENT.url), Some(&RETIREMENT));
        assert_eq!(find("https://example.com/"), None);
    }
}
