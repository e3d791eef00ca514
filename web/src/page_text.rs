//! The page's fixed text around the planner, as markup (see [`crate::markup`]).

/// The heading and what the planner is for.
pub const MASTHEAD: &str = "<header class=\"masthead\"><h1>AKS certificate planner</h1><p>AKS on Azure Stack HCI and Windows Server clusters that were powered off: which certificates need renewing, and the exact PowerShell to fix them, in order. Runs in your browser; nothing is sent anywhere.</p></header>";

/// Where the rules come from, and a last check before running anything.
pub const FOOTER: &str = "<footer class=\"footer\"><p>Rules from Microsoft's page as of 07/2024, with the 30-day boundary treated as more than 30 days. Check names against Get-AksHciCluster before running.</p></footer>";
