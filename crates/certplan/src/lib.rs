//! certplan plans the certificate fix for AKS clusters on Azure Stack HCI / Windows Server
//! (the AksHci PowerShell module) that were powered off.
//!
//! Give it when the clusters were shut down, when they come back, when they were last
//! updated, today's date and the workload clusters; it answers which certificate layers
//! (MOC, Kubernetes) are impacted and why, with the PowerShell commands that fix them, in
//! order, and the same commands as one `.ps1` script.
//!
//! The rules come from Microsoft Learn, "Update certificates in AKS enabled by Azure
//! Arc" ([`tables::SOURCE_URL`]); its three tables are kept as data in [`tables`]. The
//! planner is stricter than the page: every command names its cluster (`-Name`, which
//! the page leaves out), is plain ASCII (the page uses en-dashes), and patches the load
//! balancer where there is one (the page's ordered list forgets it).
//!
//! Around the fix, the plan says what to check before step 1 ([`Plan::checks`]) and, for
//! every step, what to do when it fails ([`Step::if_fails`]): Microsoft's documented
//! symptoms with their literal error text, the commands filled in for that cluster, and
//! the page each comes from ([`remedies`]). Notes add what a long shutdown means beyond
//! certificates: the support policy, logins that lapse after 60 days, and the platform's
//! lifecycle dated against today ([`policy`]). Every fact names its Microsoft page with the
//! date of the version it was read from ([`sources`]). Around the night, [`Plan::power_on`]
//! brings a stopped deployment back before the checks and [`Plan::power_off`] takes it down
//! before a planned shutdown ([`power`]). For the web app, [`paste`] reads many
//! cluster names at once and [`reminder`] writes a calendar file for the last safe
//! power-on day.
//!
//! The crate is pure: no clock, no I/O, no browser. "Today" is an input.
//!
//! # Example: clusters powered off for 59 days
//! ```
//! use certplan::{plan, ClusterInput, PlanInput, ShutdownRow};
//!
//! let input = PlanInput {
//!     shutdown: Some("2026-01-01".into()),
//!     restart: Some("2026-03-01".into()),
//!     today: Some("2026-03-01".into()),
//!     clusters: vec![ClusterInput::new("prod1"), ClusterInput::with_load_balancer("edge2")],
//!     ..PlanInput::default()
//! };
//! let plan = plan(&input).unwrap();
//! assert_eq!(plan.shutdown_days, Some(59));
//! assert_eq!(plan.shutdown_row, Some(ShutdownRow::MoreThan30Days));
//! assert!(plan.layers.moc.impacted && plan.layers.kubernetes.impacted);
//! assert_eq!(
//!     plan.layers.moc.reason,
//!     "Powered off 59 days: more than 30 days, so MOC certificates have expired."
//! );
//! let commands: Vec<&str> = plan.steps.iter().map(|s| s.command.as_str()).collect();
//! assert_eq!(commands, [
//!     "Update-AksHciCertificates",
//!     "Update-AksHciClusterCertificates -Name 'prod1' -fixKubeletCredentials",
//!     "Update-AksHciClusterCertificates -Name 'edge2' -fixKubeletCredentials",
//!     "Update-AksHciClusterCertificates -Name 'prod1' -fixCloudCredentials",
//!     "Update-AksHciClusterCertificates -Name 'edge2' -patchLoadBalancer -fixCloudCredentials",
//!     "Get-AksHciCredential -Name 'prod1'",
//!     "Get-AksHciCredential -Name 'edge2'",
//! ]);
//! // The script is written when asked: only Copy all and Download need it.
//! let script = plan.script();
//! assert!(script.contains("$ErrorActionPreference = 'Stop'"));
//! assert!(script.is_ascii());
//! ```
//!
//! # Example: before you start, and if a step fails
//! ```
//! use certplan::{plan, ClusterInput, NoteCode, PlanInput};
//!
//! let input = PlanInput {
//!     shutdown: Some("2026-01-01".into()),
//!     restart: Some("2026-04-02".into()),
//!     today: Some("2026-04-02".into()),
//!     clusters: vec![ClusterInput::new("prod1")],
//!     ..PlanInput::default()
//! };
//! let plan = plan(&input).unwrap();
//! assert_eq!(plan.checks[3].command, "Get-AksHciCluster");
//! let expired = &plan.checks[3].if_fails[0];
//! assert!(expired.symptom.contains("Certificate has expired: Expired"));
//! assert_eq!(expired.commands, ["Repair-MocLogin", "Get-AksHciCluster"]);
//!
//! let kubelet = &plan.steps[1];
//! assert_eq!(kubelet.command, "Update-AksHciClusterCertificates -Name 'prod1' -fixKubeletCredentials");
//! let x509 = kubelet.if_fails.iter().find(|r| r.symptom.contains("x509")).unwrap();
//! assert_eq!(x509.commands, ["Get-AksHciCredential -Name 'prod1'", "kubectl get nodes"]);
//! // Anything disruptive is a caution and a link, never a command to paste.
//! assert!(kubelet.if_fails.iter().all(|r| r.caution.is_none() || r.commands.is_empty()));
//!
//! // 91 days off: out of support, no longer updatable, logins probably expired.
//! let codes: Vec<NoteCode> = plan.notes.iter().map(|n| n.code).collect();
//! assert_eq!(codes, [
//!     NoteCode::OutOfSupport,
//!     NoteCode::CannotUpdate,
//!     NoteCode::MocLoginExpired,
//!     NoteCode::PlatformRetirement,
//!     NoteCode::AzureLocal23h2,
//! ]);
//! ```
//!
//! # Example: still off, and when to power on
//! Without a power-on date the plan is for powering on today, and a note gives the last
//! day on which MOC certificates are still unaffected (shutdown + 29 days).
//! ```
//! use certplan::{plan, NoteCode, PlanInput};
//!
//! let input = PlanInput {
//!     shutdown: Some("2026-11-10".into()),
//!     today: Some("2026-11-26".into()),
//!     ..PlanInput::default()
//! };
//! let plan = plan(&input).unwrap();
//! assert_eq!(plan.shutdown_days, Some(16));
//! assert!(!plan.layers.moc.impacted);
//! let note = plan.notes.iter().find(|n| n.code == NoteCode::StillOff).unwrap();
//! assert!(note.text.contains("Power on by 2026-12-09"));
//! ```
//!
//! # Example: exactly 30 days
//! Microsoft's table says "less than 30" and "more than 30". Thirty is treated as more
//! (see [`MOC_IMPACT_DAYS`] for why), and the plan carries a note saying so.
//! ```
//! use certplan::{plan, NoteCode, PlanInput, ShutdownRow};
//!
//! let input = PlanInput {
//!     shutdown: Some("2024-02-01".into()),
//!     restart: Some("2024-03-02".into()), // 2024 is a leap year: 30 days
//!     today: Some("2024-03-02".into()),
//!     ..PlanInput::default()
//! };
//! let plan = plan(&input).unwrap();
//! assert_eq!(plan.shutdown_days, Some(30));
//! assert_eq!(plan.shutdown_row, Some(ShutdownRow::MoreThan30Days));
//! assert!(plan.notes.iter().any(|n| n.code == NoteCode::Exactly30Days));
//! ```
//!
//! # Example: a bad cluster name
//! Names are letters, digits and hyphens, at most 63 characters. Anything else is
//! refused with a located error before any command is rendered.
//! ```
//! use certplan::{plan, ClusterInput, ErrorCode, ErrorKind, Field, PlanInput};
//!
//! let input = PlanInput {
//!     today: Some("2026-11-26".into()),
//!     clusters: vec![ClusterInput::new("prod'; Remove-Item C:\\")],
//!     ..PlanInput::default()
//! };
//! let err = plan(&input).unwrap_err();
//! assert_eq!(err.code(), ErrorCode::InvalidClusterName);
//! assert_eq!(*err.field(), Field::ClusterName(0));
//! assert_eq!(err.field().to_string(), "clusters[0].name");
//! assert_eq!(*err.kind(), ErrorKind::NameCharacter { character: '\'' });
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod checks;
mod date;
mod error;
mod field;
mod input;
pub mod lookup;
mod message;
mod names;
mod output;
pub mod paste;
pub mod policy;
pub mod power;
mod powershell;
pub mod query;
pub mod remedies;
pub mod reminder;
mod rules;
mod script;
pub mod shown;
pub mod sources;
mod squeeze;
pub mod tables;

pub use error::{Error, ErrorCode, ErrorKind};
pub use field::Field;
pub use input::{check_cluster_count, ClusterInput, PlanInput, MAX_CLUSTERS};
pub use names::MAX_NAME_LEN;
pub use output::{
    Check, Layer, Layers, Note, NoteCode, Plan, Remedy, ShutdownRow, Step, StepLayer, UpdateRow,
};
pub use powershell::{quote, run_instructions, script_file_name, KUBECONFIG_NOTE};
pub use rules::{
    check, plan, plan_or_errors, MOC_IMPACT_DAYS, UPDATE_ADVICE_DAYS, UPDATE_WINDOW_DAYS,
};
