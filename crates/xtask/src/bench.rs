//! `cargo xtask bench`: size and speed side by side, in one run.
//!
//! Builds the release, then measures what users feel next to the physical limit:
//! bytes (raw, gzip, brotli) with the wasm's largest items by name; load time of the
//! planner against a static page of the same three tables; input-to-paint time;
//! `plan()` natively and through the JS API; Lighthouse. Prints the report and writes
//! it to target/bench/report.md; `--record` appends a line to tests/bench/history.md.
//!
//! Timings are reported, never asserted: they depend on the machine and its load. Only
//! the byte budgets, which are deterministic, are enforced, by `cargo xtask test`.

mod bytes;
mod engine;
mod figures;
mod history;
mod node;
mod records;
mod report;
mod stamp;
mod static_page;
mod stats;
mod twiggy;

use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};

use crate::build;
use crate::cmd::Result;
use crate::paths;
use crate::setup::{self, Tools};

use figures::Figures;
use records::Records;

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
        if options.record && options.rounds < MIN_RECORDED_ROUNDS {
            return Err(format!(
                "bench: --record needs at least {MIN_RECORDED_ROUNDS} rounds"
            ));
        }
        if options.record && !options.build {
            return Err("bench: --record measures a fresh build; drop --no-build".into());
        }
        Ok(options)
    }
}

/// `cargo xtask bench [--record] [--rounds N] [--no-build]`.
pub fn run(args: &[String]) -> Result {
    // Internal: the native loop, run by `engine::native` in a release build.
    if let [flag, file] = args {
        if flag == engine::NATIVE_FLAG {
            return engine::measure(Path::new(file));
        }
    }
    let options = Options::parse(args)?;
    setup::run(Tools::Bench)?;
    if options.build {
        build::release()?;
    }
    let dist = paths::dist();
    let out = out_dir()?;
    static_page::write(&out.join("static"))?;

    let bytes = bytes::measure(&dist)?;
    let budgets = bytes::budgeted(&dist)?;
    let top = twiggy::top(&out.join("names"))?;

    let native = out.join("native.tsv");
    engine::native(&native)?;
    let mut records = Records::read(&native)?;

    node::install()?;
    let input = out.join("engine-input.json");
    fs::write(&input, engine::input_json()).map_err(|e| format!("{}: {e}", input.display()))?;
    let rounds = options.rounds.to_string();
    records.merge(node::run(
        "load.mjs",
        &["--rounds".into(), rounds.into()],
        &out,
    )?);
    records.merge(node::run(
        "engine.mjs",
        &["--input".into(), OsString::from(&input)],
        &out,
    )?);
    records.merge(node::run(
        "lighthouse.mjs",
        &["--reports".into(), OsString::from(&out)],
        &out,
    )?);

    let figures = Figures {
        stamp: stamp::Stamp::now(),
        bytes,
        budgets,
        top,
        records,
    };
    let report = report::render(&figures);
    let file = out.join("report.md");
    fs::write(&file, &report).map_err(|e| format!("{}: {e}", file.display()))?;
    println!("\n{report}");
    println!("bench: report written to {}", file.display());
    if options.record {
        let line = history::record(&figures)?;
        println!("bench: recorded in {}:\n{line}", history::file().display());
    }
    Ok(())
}

/// target/bench/, where every output of the run goes.
fn out_dir() -> Result<PathBuf> {
    let out = paths::root().join("target").join("bench");
    fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    Ok(out)
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
