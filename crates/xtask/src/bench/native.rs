//! `plan()` natively: the divan benchmark crates/certplan/benches/plan.rs, run by cargo
//! in the bench profile, its figures read from divan's table (divan prints no
//! machine-readable form).

use crate::cmd::{self, Result};
use crate::paths;

/// divan's figures for `plan()`, in microseconds, and its sample count.
pub struct Native {
    pub fastest: f64,
    pub slowest: f64,
    pub median: f64,
    pub mean: f64,
    pub samples: u64,
}

/// Runs the benchmark.
pub fn measure() -> Result<Native> {
    println!("bench: plan() natively (divan, crates/certplan/benches/plan.rs)");
    let table = cmd::capture(
        cmd::new("cargo").args(["bench", "-p", "certplan", "--bench", "plan"]),
        &paths::root(),
    )?;
    print!("{table}");
    parse(&table).ok_or_else(|| format!("bench: no `plan` row in divan's output:\n{table}"))
}

/// The row `╰─ plan  11.31 µs │ 8.119 ms │ 12.34 µs │ 34.23 µs │ 1000 │ 1000`
/// (fastest, slowest, median, mean, samples, iterations).
fn parse(table: &str) -> Option<Native> {
    let row = table.lines().find(|line| line.contains("─ plan "))?;
    let cells: Vec<&str> = row.split('│').map(str::trim).collect();
    let [first, slowest, median, mean, samples, _] = cells.as_slice() else {
        return None;
    };
    Some(Native {
        fastest: micros(first.split_once(" plan ")?.1.trim())?,
        slowest: micros(slowest)?,
        median: micros(median)?,
        mean: micros(mean)?,
        samples: samples.parse().ok()?,
    })
}

/// `12.34 µs` (or ns, ms, s) in microseconds.
fn micros(cell: &str) -> Option<f64> {
    let (value, unit) = cell.split_once(' ')?;
    let scale = match unit {
        "ns" => 1e-3,
        "µs" => 1.0,
        "ms" => 1e3,
        "s" => 1e6,
        _ => return None,
    };
    Some(value.parse::<f64>().ok()? * scale)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_divans_row() {
        let table = "plan     fastest       │ slowest       │ median        │ mean          │ samples │ iters\n\
                     ╰─ plan  11.31 µs      │ 8.5 ms        │ 12.34 µs      │ 750 ns        │ 1000    │ 1000\n";
        let n = parse(table).unwrap();
        assert_eq!(
            (n.fastest, n.slowest, n.median, n.mean, n.samples),
            (11.31, 8500.0, 12.34, 0.75, 1000)
        );
        assert!(parse("plan  fastest │ slowest\n").is_none());
    }
}
