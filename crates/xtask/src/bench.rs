//! `cargo xtask bench`: size and speed side by side, in one run.
//!
//! Builds the release, then measures what users feel next to the physical limit: bytes
//! (raw, gzip, brotli) with the wasm's largest items by name; `plan()` natively, with
//! the divan benchmark crates/certplan/benches/plan.rs; and, with the scripts of
//! tests/bench/ in Node and headless Chromium, the load time of the planner against a
//! static page of the same three tables (cut from the built page), input-to-paint time,
//! `plan()` through the JS API and Lighthouse. Writes target/bench/report.md (and prints
//! it); `--record` appends a line to tests/bench/history.md.
//!
//! Timings are reported, never asserted: they depend on the machine and its load. Only
//! the byte budgets, which are deterministic, are enforced, by `cargo xtask test`.

mod history;
mod native;
mod report;
mod scripts;
mod twiggy;

use crate::build;
use crate::cmd::{self, Result};
use crate::paths;
use crate::setup::{self, Tools};
use crate::size;

/// Interleaved load rounds unless `--rounds` says otherwise.
const DEFAULT_ROUNDS: u32 = 20;
/// Fewest rounds a run may have and still be recorded in the history.
const MIN_RECORDED_ROUNDS: u32 = 15;

/// What the command line asked for.
struct Options {
    record: bool,
    build: bool,
    rounds: u32,
}

impl Options {
    fn parse(args: &[String]) -> Result<Options> {
        let mut options = Options {
            record: false,
            build: true,
            rounds: DEFAULT_ROUNDS,
        };
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--record" => options.record = true,
                "--no-build" => options.build = false,
                "--rounds" => {
                    options.rounds = args
                        .next()
                        .and_then(|n| n.parse().ok())
                        .filter(|&n| n > 0)
                        .ok_or("--rounds needs a positive number")?;
                }
                other => return Err(format!("bench: unknown option {other}")),
            }
        }
        match options {
            Options {
                record: true,
                rounds,
                ..
            } if rounds < MIN_RECORDED_ROUNDS => Err(format!(
                "bench: --record needs at least {MIN_RECORDED_ROUNDS} rounds"
            )),
            Options {
                record: true,
                build: false,
                ..
            } => Err("bench: --record measures a fresh build; drop --no-build".into()),
            _ => Ok(options),
        }
    }
}

/// Everything one run measured.
pub struct Figures {
    pub stamp: Stamp,
    pub bytes: Vec<size::Group>,
    pub top: Vec<twiggy::Top>,
    pub native: native::Native,
    /// What the scripts of tests/bench recorded.
    pub records: scripts::Records,
}

/// The run's identity: the date (UTC), the commit (`+dirty` with uncommitted changes),
/// rustc's version and the processors available (timings depend on them).
pub struct Stamp {
    pub date: String,
    pub commit: String,
    pub rustc: String,
    pub cpus: usize,
}

impl Stamp {
    fn now() -> Stamp {
        let read = |program: &str, args: &[&str]| {
            cmd::output(program, args).map_or_else(|| "?".to_owned(), |s| s.trim().to_owned())
        };
        // --match of no tag: the commit alone, never a tag's name.
        let describe = ["describe", "--always", "--dirty=+dirty", "--match=-"];
        Stamp {
            date: read("date", &["-u", "+%F"]),
            commit: read("git", &describe),
            rustc: read("rustc", &["--version"]),
            cpus: std::thread::available_parallelism().map_or(1, usize::from),
        }
    }
}

/// `cargo xtask bench [--record] [--rounds N] [--no-build]`.
pub fn run(args: &[String]) -> Result {
    let options = Options::parse(args)?;
    setup::run(Tools::Bench)?;
    if options.build {
        build::release()?;
    }
    let (dist, out) = (paths::dist(), paths::root().join("target/bench"));
    let figures = Figures {
        stamp: Stamp::now(),
        bytes: size::groups(&dist)?,
        top: twiggy::top(&out)?,
        native: native::measure()?,
        records: scripts::run(&out, options.rounds)?,
    };
    let report = report::render(&figures);
    cmd::write(&out.join("report.md"), &report)?;
    println!("\n{report}\nbench: report written to target/bench/report.md");
    if options.record {
        let line = history::record(&figures)?;
        println!("bench: recorded in tests/bench/history.md:\n{line}");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Options> {
        Options::parse(&args.iter().map(|a| (*a).to_owned()).collect::<Vec<_>>())
    }

    #[test]
    fn options() {
        let o = parse(&[]).unwrap();
        assert!(!o.record && o.build && o.rounds == DEFAULT_ROUNDS);
        let o = parse(&["--record", "--rounds", "15"]).unwrap();
        assert!(o.record && o.rounds == 15);
        assert!(parse(&["--record", "--rounds", "3"]).is_err());
        assert!(parse(&["--record", "--no-build"]).is_err());
        assert!(parse(&["--rounds"]).is_err());
        assert!(parse(&["--rounds", "0"]).is_err());
        assert!(parse(&["--fast"]).is_err());
    }
}
