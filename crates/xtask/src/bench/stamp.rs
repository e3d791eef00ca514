//! What identifies a run: the date, the commit, and the versions that shaped the figures.

use std::time::{SystemTime, UNIX_EPOCH};

use crate::cmd;

/// The run's identity, as the report and the history show it.
pub struct Stamp {
    /// `YYYY-MM-DD`, UTC.
    pub date: String,
    /// Short commit id, with `+dirty` when the work tree has uncommitted changes.
    pub commit: String,
    /// rustc's version line.
    pub rustc: String,
    /// Processors available (timings depend on them).
    pub cpus: usize,
}

impl Stamp {
    /// Reads the clock, git and rustc.
    pub fn now() -> Stamp {
        let days = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() / 86_400);
        let commit = cmd::output("git", &["rev-parse", "--short", "HEAD"])
            .map_or_else(|| "unknown".to_owned(), |c| c.trim().to_owned());
        let dirty = cmd::output("git", &["status", "--porcelain", "--untracked-files=no"])
            .is_some_and(|s| !s.trim().is_empty());
        Stamp {
            date: civil_date(days),
            commit: if dirty {
                format!("{commit}+dirty")
            } else {
                commit
            },
            rustc: cmd::output("rustc", &["--version"])
                .map_or_else(|| "rustc ?".to_owned(), |v| v.trim().to_owned()),
            cpus: std::thread::available_parallelism().map_or(1, usize::from),
        }
    }
}

/// `YYYY-MM-DD` of a count of days since 1970-01-01 (proleptic Gregorian), after
/// Howard Hinnant's `civil_from_days`; no date crate needed for one line of a report.
fn civil_date(days: u64) -> String {
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates() {
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(11_016), "2000-02-29");
        assert_eq!(civil_date(20_513), "2026-03-01");
        assert_eq!(civil_date(20_512), "2026-02-28");
    }
}
