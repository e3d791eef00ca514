//! Microsoft's three tables, written once as data.
//!
//! Source: Microsoft Learn, "Update certificates in AKS on Windows Server" (ms.date
//! 04/02/2025; repository MicrosoftDocs/azure-stack-docs, file
//! `AKS-Arc/update-certificates.md`; until 2024 `AKS-Hybrid/update-certificates.md`,
//! "Update certificates in AKS enabled by Azure Arc", with the same rules). The rules in
//! [`crate::plan`] read these rows; the web app's reference view renders them. Each row
//! keeps the page's own wording in `label`, so a reader can match it against the page.

use crate::sources::{self, Source};

/// Where the tables come from.
pub const SOURCE_URL: &str = sources::UPDATE_CERTIFICATES.url;

/// Title of the source page.
pub const SOURCE_TITLE: &str = sources::UPDATE_CERTIFICATES.title;

/// A table whose rows say whether each certificate layer is impacted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImpactTable {
    /// The page and section the table is on.
    pub source: &'static Source,
    /// The heading above the table on the source page.
    pub heading: &'static str,
    /// The three column headers, as on the page.
    pub columns: [&'static str; 3],
    /// The rows, in page order.
    pub rows: &'static [ImpactRow],
}

/// One row of an [`ImpactTable`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImpactRow {
    /// Stable id, also the value of `shutdownRow` / `updateRow` in a [`crate::Plan`].
    pub id: &'static str,
    /// The row's first cell, as on the page.
    pub label: &'static str,
    /// Whether MOC certificates are impacted.
    pub moc_impacted: bool,
    /// Whether AKS Arc Kubernetes certificates are impacted.
    pub kubernetes_impacted: bool,
}

/// The fix commands table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FixTable {
    /// The page and section the table is on.
    pub source: &'static Source,
    /// The heading above the table on the source page.
    pub heading: &'static str,
    /// The three column headers, as on the page.
    pub columns: [&'static str; 3],
    /// The rows, in page order.
    pub rows: &'static [FixRow],
}

/// One row of the [`FixTable`]: a scope and its fix for each layer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FixRow {
    /// Stable id.
    pub id: &'static str,
    /// The row's first cell, as on the page.
    pub label: &'static str,
    /// The MOC fix, corrected (see [`FixRow::as_published`]).
    pub moc: Option<Command>,
    /// The Kubernetes fix, corrected; `None` where the page says N/A.
    pub kubernetes: Option<Command>,
    /// The MOC and Kubernetes cells exactly as the page prints them, defects included
    /// (`-name` without a value).
    pub as_published: [&'static str; 2],
}

/// A fix command as data: cmdlet, whether it names a cluster, and its switches in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Command {
    /// The cmdlet, e.g. `Update-AksHciClusterCertificates`.
    pub cmdlet: &'static str,
    /// Whether the command takes the mandatory `-Name <cluster>`.
    pub takes_name: bool,
    /// Switch parameters, each with its leading ASCII hyphen.
    pub switches: &'static [&'static str],
}

impl Command {
    /// The command with a `<cluster>` placeholder for the name, for reference tables.
    pub fn template(&self) -> String {
        let mut out = String::from(self.cmdlet);
        if self.takes_name {
            out.push_str(" -Name <cluster>");
        }
        for switch in self.switches {
            out.push(' ');
            out.push_str(switch);
        }
        out
    }
}

const UPDATE_MANAGEMENT: Command = Command {
    cmdlet: "Update-AksHciCertificates",
    takes_name: false,
    switches: &[],
};
const FIX_CLOUD: Command = Command {
    cmdlet: "Update-AksHciClusterCertificates",
    takes_name: true,
    switches: &["-fixCloudCredentials"],
};
const FIX_CLOUD_WITH_LOAD_BALANCER: Command = Command {
    cmdlet: "Update-AksHciClusterCertificates",
    takes_name: true,
    switches: &["-patchLoadBalancer", "-fixCloudCredentials"],
};
const FIX_KUBELET: Command = Command {
    cmdlet: "Update-AksHciClusterCertificates",
    takes_name: true,
    switches: &["-fixKubeletCredentials"],
};

/// Refreshes a cluster's kubeconfig after a kubelet fix. Not from the seed page: the
/// AKS hybrid known-issues page gives it as the step after `-fixKubeletCredentials`.
pub const REFRESH_CREDENTIAL: Command = Command {
    cmdlet: "Get-AksHciCredential",
    takes_name: true,
    switches: &[],
};

/// "Certificate renewal dependencies on cluster shutdown".
pub const SHUTDOWN_TABLE: ImpactTable = ImpactTable {
    source: &sources::SHUTDOWN_TABLE,
    heading: "Certificate renewal dependencies on cluster shutdown",
    columns: [
        "Shutdown",
        "MOC certificates",
        "AKS on Windows Server Kubernetes certificates",
    ],
    rows: &[
        ImpactRow {
            id: "less-than-30-days",
            label: "Shutdown less than 30 days",
            moc_impacted: false,
            kubernetes_impacted: true,
        },
        ImpactRow {
            id: "more-than-30-days",
            label: "Shutdown more than 30 days",
            moc_impacted: true,
            kubernetes_impacted: true,
        },
    ],
};

/// "Certificate renewal dependencies on cluster renewal". Every cell really says "Not
/// impacted" on the page, in every version since 04/2023.
pub const UPDATE_TABLE: ImpactTable = ImpactTable {
    source: &sources::UPDATE_TABLE,
    heading: "Certificate renewal dependencies on cluster renewal",
    columns: [
        "Cluster",
        "MOC certificates",
        "AKS on Windows Server Kubernetes certificates",
    ],
    rows: &[
        ImpactRow {
            id: "within-90-days",
            label: "Cluster updated within 90 days",
            moc_impacted: false,
            kubernetes_impacted: false,
        },
        ImpactRow {
            id: "not-within-90-days",
            label: "Cluster not updated within 90 days",
            moc_impacted: false,
            kubernetes_impacted: false,
        },
    ],
};

/// "Commands for fixing certificates", with `-Name` restored.
pub const FIX_TABLE: FixTable = FixTable {
    source: &sources::FIX_TABLE,
    heading: "Commands for fixing certificates",
    columns: [
        "Cluster",
        "MOC certificates",
        "AKS on Windows Server Kubernetes control plane certificates",
    ],
    rows: &[
        FixRow {
            id: "management-cluster",
            label: "Management cluster",
            moc: Some(UPDATE_MANAGEMENT),
            kubernetes: None,
            as_published: ["Update-AksHciCertificates", "N/A"],
        },
        FixRow {
            id: "target-cluster",
            label: "Target cluster",
            moc: Some(FIX_CLOUD),
            kubernetes: Some(FIX_KUBELET),
            as_published: [
                "Update-AksHciClusterCertificates -name -fixCloudCredentials",
                "Update-AksHciClusterCertificates -name -fixKubeletCredentials",
            ],
        },
        FixRow {
            id: "load-balancer",
            label: "Load balancer",
            moc: Some(FIX_CLOUD_WITH_LOAD_BALANCER),
            kubernetes: None,
            as_published: [
                "Update-AksHciClusterCertificates -name -patchLoadBalancer -fixCloudCredentials",
                "",
            ],
        },
    ],
};

/// Index of the row in [`FIX_TABLE`]: management cluster.
pub(crate) const FIX_MANAGEMENT: usize = 0;
/// Index of the row in [`FIX_TABLE`]: target (workload) cluster.
pub(crate) const FIX_TARGET: usize = 1;
/// Index of the row in [`FIX_TABLE`]: target cluster with a load balancer.
pub(crate) const FIX_LOAD_BALANCER: usize = 2;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shutdown_table_says_what_the_page_says() {
        let cells: Vec<_> = SHUTDOWN_TABLE
            .rows
            .iter()
            .map(|r| (r.id, r.moc_impacted, r.kubernetes_impacted))
            .collect();
        assert_eq!(
            cells,
            [
                ("less-than-30-days", false, true),
                ("more-than-30-days", true, true)
            ]
        );
        assert!(UPDATE_TABLE
            .rows
            .iter()
            .all(|r| !r.moc_impacted && !r.kubernetes_impacted));
    }

    #[test]
    fn fix_table_indices_name_their_rows() {
        assert_eq!(FIX_TABLE.rows[FIX_MANAGEMENT].id, "management-cluster");
        assert_eq!(FIX_TABLE.rows[FIX_TARGET].id, "target-cluster");
        assert_eq!(FIX_TABLE.rows[FIX_LOAD_BALANCER].id, "load-balancer");
    }

    #[test]
    fn templates_restore_the_missing_name() {
        assert_eq!(
            FIX_TABLE.rows[FIX_LOAD_BALANCER].moc.unwrap().template(),
            "Update-AksHciClusterCertificates -Name <cluster> -patchLoadBalancer -fixCloudCredentials"
        );
        assert_eq!(FIX_TABLE.rows[FIX_MANAGEMENT].kubernetes, None);
    }
}
