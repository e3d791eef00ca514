//! What a long shutdown means beyond certificates: Microsoft's support policy, logins
//! that lapse after 60 days, and the lifecycle of the platform, as notes.
//!
//! # The support policy's boundaries
//! "Stopped or disconnected clusters" (AKS Arc support policies, 04/03/2025): the
//! control planes of stopped clusters "are out of support after 30 days", and clusters
//! "stopped for more than 90 days can no longer be updated". Both are strict: 30 days off
//! is still supported (the note starts at 31), 90 days can still be updated (the note
//! starts at 91). This differs on purpose from [`crate::MOC_IMPACT_DAYS`], where 30 days
//! counts as more than 30 for the certificates: there the safe side is to renew, here it
//! is to say only what the policy says.
//!
//! # Retirement, dated against today
//! "Announcing the retirement of AKS enabled by Azure Arc on Windows Server"
//! (11/19/2025) retires AKS Arc on standalone Windows Server 2019 "in March 2026" and on
//! Windows Server 2022 "in March 2027" (an older page said March 27, 2028; the newer one
//! decides). The page gives a month, not a day, so before March 1 the note says it
//! retires in that March, during March that it retires this month, and from April 1
//! ("After March 2026, you cannot deploy...") that it retired.

use chrono::NaiveDate;

use crate::output::{Note, NoteCode};

/// Off more than this many days: the control plane is out of support.
pub const OUT_OF_SUPPORT_DAYS: i64 = 30;

/// Off more than this many days: the clusters can no longer be updated.
pub const CANNOT_UPDATE_DAYS: i64 = 90;

/// Off this many days or more: the mocctl login and the KVA certificate have probably
/// expired (each lapses after 60 days).
pub const LOGIN_EXPIRY_DAYS: i64 = 60;

/// AKS Arc support policies, "Stopped or disconnected clusters".
pub const SUPPORT_POLICY_SOURCE: &str =
    "https://learn.microsoft.com/azure/aks/aksarc/support-policies#stopped-or-disconnected-clusters";

/// The retirement of AKS Arc on Windows Server.
pub const RETIREMENT_SOURCE: &str = "https://learn.microsoft.com/azure/aks/aksarc/aks-windows-server-retirement#if-youre-using-azure-kubernetes-service-on-windows-server-2019-or-windows-server-2022";

/// What's new in AKS on Azure Local, version 23H2: release 2405's automatic repair.
pub const AZURE_LOCAL_SOURCE: &str =
    "https://learn.microsoft.com/azure/aks/aksarc/aks-whats-new-23h2#release-2405";

/// Certificates overview: update within 60 days of a release.
pub const UPDATE_ADVICE_SOURCE: &str =
    "https://learn.microsoft.com/azure/aks/aksarc/certificates-overview#certificate-types";

/// New-AksHciCluster's `-name` parameter, which warns against hyphens.
pub const CLUSTER_NAME_SOURCE: &str =
    "https://learn.microsoft.com/azure/aks/aksarc/reference/ps/new-akshcicluster#-name";

/// A platform's retirement: the month Microsoft gives for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retirement {
    /// "Windows Server 2019".
    pub platform: &'static str,
    /// The year of the retirement month.
    pub year: i32,
    /// The retirement month, 1 to 12.
    pub month: u32,
    /// The month as the page writes it, "March 2026".
    pub month_text: &'static str,
}

/// AKS Arc on standalone Windows Server, from the newest retirement page.
pub const RETIREMENTS: [Retirement; 2] = [
    Retirement {
        platform: "Windows Server 2019",
        year: 2026,
        month: 3,
        month_text: "March 2026",
    },
    Retirement {
        platform: "Windows Server 2022",
        year: 2027,
        month: 3,
        month_text: "March 2027",
    },
];

impl Retirement {
    /// "retires in March 2026", "retires this month, March 2026" or "retired in March
    /// 2026", for `today`.
    pub fn tense(&self, today: NaiveDate) -> String {
        let (next_year, next_month) = match self.month {
            12 => (self.year + 1, 1),
            month => (self.year, month + 1),
        };
        let start = NaiveDate::from_ymd_opt(self.year, self.month, 1);
        let end = NaiveDate::from_ymd_opt(next_year, next_month, 1);
        let phrase = match (start, end) {
            (Some(start), _) if today < start => "retires in ",
            (_, Some(end)) if today < end => "retires this month, ",
            _ => "retired in ",
        };
        [phrase, self.month_text].concat()
    }
}

/// The notes a shutdown of `days` brings beyond the certificate verdicts, in order.
pub(crate) fn shutdown_notes(days: i64) -> Vec<Note> {
    let mut notes = Vec::new();
    if days > OUT_OF_SUPPORT_DAYS {
        notes.push(Note {
            code: NoteCode::OutOfSupport,
            text: "Off more than 30 days: Microsoft's support policy says the control planes of clusters stopped this long are out of support and can't be updated to the latest version. Source: Microsoft Learn, \"Support policies for AKS enabled by Azure Arc\", Stopped or disconnected clusters.".into(),
        });
    }
    if days > CANNOT_UPDATE_DAYS {
        notes.push(Note {
            code: NoteCode::CannotUpdate,
            text: "Off more than 90 days: Microsoft's support policy says clusters stopped this long can no longer be updated. Source: Microsoft Learn, \"Support policies for AKS enabled by Azure Arc\", Stopped or disconnected clusters.".into(),
        });
    }
    if days >= LOGIN_EXPIRY_DAYS {
        notes.push(Note {
            code: NoteCode::MocLoginExpired,
            text: "Off 60 days or more: the mocctl login expires after 60 days without use and the KVA certificate after 60 days without an upgrade, so both have probably expired. Expect \"Certificate has expired: Expired\" from Get-AksHciCluster or the fixes, and run Repair-MocLogin first (see Before you start and If this step fails). Source: Microsoft Learn, \"Fix security and identity known issues and errors in AKS Arc\".".into(),
        });
    }
    notes
}

/// The notes every plan carries: the platform's lifecycle for `today`, and who this plan
/// is not for.
pub(crate) fn platform_notes(today: NaiveDate) -> [Note; 2] {
    let [ws2019, ws2022] = &RETIREMENTS;
    [
        Note {
            code: NoteCode::PlatformRetirement,
            text: [
                "AKS Arc on standalone ",
                ws2019.platform,
                " ",
                &ws2019.tense(today),
                "; on ",
                ws2022.platform,
                " it ",
                &ws2022.tense(today),
                ". After retirement you get no more support, security or quality updates, and can't deploy, upgrade or scale; Microsoft's migration path is AKS Arc on Azure Local. Source: Microsoft Learn, \"Announcing the retirement of AKS enabled by Azure Arc on Windows Server\".",
            ]
            .concat(),
        },
        Note {
            code: NoteCode::AzureLocal23h2,
            text: "Not for AKS Arc on Azure Local 23H2 or later (clusters managed with az aksarc): it allows shutdowns of up to 7 days without certificate expiry (release 2402) and repairs certificates that expired during a shutdown automatically (release 2405). Source: Microsoft Learn, \"What's new in AKS on Azure Local, version 23H2\".".into(),
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        crate::date::parse(text).unwrap()
    }

    fn codes(days: i64) -> Vec<NoteCode> {
        shutdown_notes(days).iter().map(|n| n.code).collect()
    }

    #[test]
    fn support_policy_boundaries_are_strict() {
        assert_eq!(codes(30), []);
        assert_eq!(codes(31), [NoteCode::OutOfSupport]);
        assert_eq!(codes(59), [NoteCode::OutOfSupport]);
        assert_eq!(
            codes(60),
            [NoteCode::OutOfSupport, NoteCode::MocLoginExpired]
        );
        assert_eq!(
            codes(90),
            [NoteCode::OutOfSupport, NoteCode::MocLoginExpired]
        );
        assert_eq!(
            codes(91),
            [
                NoteCode::OutOfSupport,
                NoteCode::CannotUpdate,
                NoteCode::MocLoginExpired
            ]
        );
        assert_eq!(codes(0), []);
    }

    #[test]
    fn retirement_tense_turns_on_the_month_boundaries() {
        let ws2019 = RETIREMENTS[0];
        assert_eq!(ws2019.tense(day("2026-02-28")), "retires in March 2026");
        assert_eq!(
            ws2019.tense(day("2026-03-01")),
            "retires this month, March 2026"
        );
        assert_eq!(
            ws2019.tense(day("2026-03-31")),
            "retires this month, March 2026"
        );
        assert_eq!(ws2019.tense(day("2026-04-01")), "retired in March 2026");
        // A December retirement ends at the new year.
        let december = Retirement {
            month: 12,
            month_text: "December 2026",
            ..ws2019
        };
        assert_eq!(
            december.tense(day("2026-12-31")),
            "retires this month, December 2026"
        );
        assert_eq!(
            december.tense(day("2027-01-01")),
            "retired in December 2026"
        );
        let ws2022 = RETIREMENTS[1];
        assert_eq!(ws2022.tense(day("2027-02-28")), "retires in March 2027");
        assert_eq!(
            ws2022.tense(day("2027-03-01")),
            "retires this month, March 2027"
        );
        assert_eq!(ws2022.tense(day("2027-04-01")), "retired in March 2027");
    }

    #[test]
    fn the_lifecycle_note_reads_as_a_sentence() {
        let [lifecycle, azure_local] = platform_notes(day("2026-04-01"));
        assert_eq!(lifecycle.code, NoteCode::PlatformRetirement);
        assert!(lifecycle.text.starts_with(
            "AKS Arc on standalone Windows Server 2019 retired in March 2026; on Windows Server 2022 it retires in March 2027. After retirement"
        ), "{}", lifecycle.text);
        assert_eq!(azure_local.code, NoteCode::AzureLocal23h2);
        let [lifecycle, _] = platform_notes(day("2027-04-01"));
        assert!(lifecycle.text.starts_with(
            "AKS Arc on standalone Windows Server 2019 retired in March 2026; on Windows Server 2022 it retired in March 2027."
        ));
    }
}
