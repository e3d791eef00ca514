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
//! # The lifecycle, dated against today
//! "Announcing the retirement of AKS enabled by Azure Arc on Windows Server" (ms.date
//! 11/19/2025, reviewed 01/28/2026): AKS Arc on Windows Server "is supported through March
//! 2028"; what goes earlier are the Windows worker nodes: Windows Server 2019 node pools
//! are deprecated in March 2026 (no new ones, no security or quality updates for existing
//! ones), Windows Server 2022 node pools in March 2027, and Windows Server 2019, 2022 and
//! 2025 as the host operating system in March 2028, with AKS Arc on Azure Local as the
//! path. An earlier version of the same page said the platform itself retired in March
//! 2026; the newest decides. The page gives months, not days, so before the first of the
//! month the note says what will happen, during the month that it happens this month, and
//! from the first of the next month that it has happened. Nothing says the platform is
//! retired or unsupported before April 2028.

use chrono::{Datelike, NaiveDate};

use crate::output::{Note, NoteCode};

/// Off more than this many days: the control plane is out of support.
pub const OUT_OF_SUPPORT_DAYS: i64 = 30;

/// Off more than this many days: the clusters can no longer be updated.
pub const CANNOT_UPDATE_DAYS: i64 = 90;

/// Off this many days or more: the mocctl login and the KVA certificate have probably
/// expired (each lapses after 60 days).
pub const LOGIN_EXPIRY_DAYS: i64 = 60;

/// A lifecycle milestone: the month Microsoft gives for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Milestone {
    /// The year of the month.
    pub year: i32,
    /// The month, 1 to 12.
    pub month: u32,
    /// The month as the page writes it, "March 2026".
    pub month_text: &'static str,
}

/// Windows Server 2019 node pools deprecated.
pub const WS2019_NODE_POOLS: Milestone = Milestone {
    year: 2026,
    month: 3,
    month_text: "March 2026",
};

/// Windows Server 2022 node pools deprecated.
pub const WS2022_NODE_POOLS: Milestone = Milestone {
    year: 2027,
    month: 3,
    month_text: "March 2027",
};

/// Windows Server 2019, 2022 and 2025 as host OS deprecated: the end of support for AKS
/// Arc on Windows Server.
pub const HOST_OS: Milestone = Milestone {
    year: 2028,
    month: 3,
    month_text: "March 2028",
};

/// Where `today` stands against a [`Milestone`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// Before the month.
    Ahead,
    /// During the month.
    ThisMonth,
    /// From the first of the next month.
    Past,
}

impl Milestone {
    /// Where `today` stands against this month. Months are counted from year 0, so the
    /// comparison needs no calendar arithmetic (a December milestone ends at the new year
    /// by the same count).
    pub fn when(&self, today: NaiveDate) -> When {
        let month = |year: i32, month0: u32| i64::from(year) * 12 + i64::from(month0);
        let (now, then) = (
            month(today.year(), today.month0()),
            month(self.year, self.month.saturating_sub(1)),
        );
        match now.cmp(&then) {
            core::cmp::Ordering::Less => When::Ahead,
            core::cmp::Ordering::Equal => When::ThisMonth,
            core::cmp::Ordering::Greater => When::Past,
        }
    }

    /// "are deprecated in March 2026", "are deprecated this month, March 2026" or "have
    /// been deprecated since March 2026", for `today`.
    pub fn deprecated(&self, today: NaiveDate) -> String {
        let phrase = match self.when(today) {
            When::Ahead => "are deprecated in ",
            When::ThisMonth => "are deprecated this month, ",
            When::Past => "have been deprecated since ",
        };
        [phrase, self.month_text].concat()
    }
}

/// The lifecycle note's text for `today`.
#[inline(never)]
fn lifecycle(today: NaiveDate) -> String {
    let support = match HOST_OS.when(today) {
        When::Ahead => "AKS Arc on Windows Server is supported through March 2028.",
        When::ThisMonth => "AKS Arc on Windows Server is supported through this month, March 2028, when its Windows Server architecture is retired.",
        When::Past => "AKS Arc on Windows Server was supported through March 2028, when its Windows Server architecture was retired.",
    };
    [
        support,
        " Before that, only Windows worker nodes are affected: Windows Server 2019 node pools ",
        &WS2019_NODE_POOLS.deprecated(today),
        " (no new ones, and no security or quality updates for existing ones: move Windows workloads to Windows Server 2022 node pools); Windows Server 2022 node pools ",
        &WS2022_NODE_POOLS.deprecated(today),
        ". Windows Server 2019, 2022 and 2025 as the host operating system ",
        &HOST_OS.deprecated(today),
        "; Microsoft's path beyond is AKS Arc on Azure Local.",
    ]
    .concat()
}

/// The notes a shutdown of `days` brings beyond the certificate verdicts, in order.
pub(crate) fn shutdown_notes(days: i64) -> Vec<Note> {
    let mut notes = Vec::new();
    if days > OUT_OF_SUPPORT_DAYS {
        notes.push(Note::new(
            NoteCode::OutOfSupport,
            "Off more than 30 days: Microsoft's support policy says the control planes of clusters stopped this long are out of support and can't be updated to the latest version.".into(),
        ));
    }
    if days > CANNOT_UPDATE_DAYS {
        notes.push(Note::new(
            NoteCode::CannotUpdate,
            "Off more than 90 days: Microsoft's support policy says clusters stopped this long can no longer be updated.".into(),
        ));
    }
    if days >= LOGIN_EXPIRY_DAYS {
        notes.push(Note::new(
            NoteCode::MocLoginExpired,
            "Off 60 days or more: the mocctl login expires after 60 days without use and the KVA certificate after 60 days without an upgrade, so both have probably expired. Expect \"Certificate has expired: Expired\" from Get-AksHciCluster or the fixes, and run Repair-MocLogin first (see Before you start and If this step fails).".into(),
        ));
    }
    notes
}

/// The notes every plan carries: the platform's lifecycle for `today`, and who this plan
/// is not for.
pub(crate) fn platform_notes(today: NaiveDate) -> [Note; 2] {
    [
        Note::new(NoteCode::PlatformRetirement, lifecycle(today)),
        Note::new(
            NoteCode::AzureLocal23h2,
            "Not for AKS Arc on Azure Local 23H2 or later (clusters managed with az aksarc): it allows shutdowns of up to 7 days without certificate expiry (release 2402) and repairs certificates that expired during a shutdown automatically (release 2405).".into(),
        ),
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
    fn milestones_turn_on_the_month_boundaries() {
        for (today, when) in [
            ("2026-02-28", When::Ahead),
            ("2026-03-01", When::ThisMonth),
            ("2026-03-31", When::ThisMonth),
            ("2026-04-01", When::Past),
        ] {
            assert_eq!(WS2019_NODE_POOLS.when(day(today)), when, "{today}");
        }
        assert_eq!(
            WS2022_NODE_POOLS.deprecated(day("2027-02-28")),
            "are deprecated in March 2027"
        );
        assert_eq!(
            WS2022_NODE_POOLS.deprecated(day("2027-03-15")),
            "are deprecated this month, March 2027"
        );
        assert_eq!(
            WS2022_NODE_POOLS.deprecated(day("2027-04-01")),
            "have been deprecated since March 2027"
        );
        // A December milestone ends at the new year.
        let december = Milestone {
            month: 12,
            month_text: "December 2026",
            ..WS2019_NODE_POOLS
        };
        assert_eq!(december.when(day("2026-12-31")), When::ThisMonth);
        assert_eq!(december.when(day("2027-01-01")), When::Past);
    }

    #[test]
    fn the_platform_is_never_retired_before_april_2028() {
        let mut today = day("2025-01-01");
        while today < day("2028-04-01") {
            let text = lifecycle(today);
            assert!(
                text.starts_with("AKS Arc on Windows Server is supported through"),
                "{today}: {text}"
            );
            for word in [
                "retired in",
                "unsupported",
                "can't deploy",
                "no more support",
                "was retired",
            ] {
                assert!(!text.contains(word), "{today}: {text}");
            }
            today = today.succ_opt().unwrap();
        }
        assert!(lifecycle(day("2028-04-01")).starts_with(
            "AKS Arc on Windows Server was supported through March 2028, when its Windows Server architecture was retired."
        ));
    }
}
