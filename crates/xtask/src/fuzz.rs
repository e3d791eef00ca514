//! `cargo xtask fuzz [SECONDS]`: the cargo-fuzz targets of fuzz/, a fixed time each.
//!
//! cargo-fuzz needs nightly-only compiler flags (sanitizer coverage). No nightly can be
//! installed here, so the stable toolchain is told to accept them with
//! `RUSTC_BOOTSTRAP=1`, for this build only (the fuzz crate is outside the workspace).
//! Not part of `cargo xtask test` or CI: a run takes minutes and finds new inputs each
//! time. A crash is saved by libFuzzer under fuzz/artifacts/<target>/; copied into
//! fuzz/regressions/<target>/, it becomes a test (crates/certplan/tests/fuzz_regressions.rs
//! replays those files with the targets' own checks on every `cargo test`).

use std::fs::{self, File};

use crate::cmd::{self, Result};
use crate::pins::CARGO_FUZZ;
use crate::{paths, setup};

/// The targets of fuzz/Cargo.toml.
const TARGETS: [&str; 3] = ["query", "plan_json", "lookup"];

/// `cargo xtask fuzz [SECONDS]`: each target for SECONDS (default 60), its (long)
/// libFuzzer output in target/fuzz/<target>.log.
pub fn run(args: &[String]) -> Result {
    let seconds: u64 = match args {
        [] => 60,
        [n] => n
            .parse()
            .ok()
            .filter(|&n| n > 0)
            .ok_or_else(|| format!("fuzz: SECONDS must be a positive number, not {n:?}"))?,
        _ => return Err("usage: cargo xtask fuzz [SECONDS]".into()),
    };
    setup::cargo_tool("cargo-fuzz", CARGO_FUZZ)?;
    let root = paths::root();
    let (fuzz, logs) = (root.join("fuzz"), root.join("target/fuzz"));
    let mut report = vec![format!("fuzz: {seconds} s per target")];
    let mut crashes = 0;
    for target in TARGETS {
        let corpus = fuzz.join("corpus").join(target);
        let log_path = logs.join(format!("{target}.log"));
        let failed = |e: std::io::Error| format!("{}: {e}", log_path.display());
        fs::create_dir_all(&corpus).map_err(|e| format!("{}: {e}", corpus.display()))?;
        fs::create_dir_all(&logs).map_err(failed)?;
        let log = File::create(&log_path).map_err(failed)?;
        let log_err = log.try_clone().map_err(failed)?;
        println!(
            "fuzz: {target} for {seconds} s (output in {})",
            log_path.display()
        );
        // -s none: the core forbids unsafe code, so AddressSanitizer would find nothing
        // and cost most of the speed; --debug-assertions turns integer overflow (date
        // arithmetic) into a crash instead of a wrong answer.
        let status = cmd::run(
            cmd::new("cargo")
                .env("RUSTC_BOOTSTRAP", "1")
                .args(["fuzz", "run", "-s", "none", "--debug-assertions", target])
                .arg(&corpus)
                .arg(fuzz.join("seeds").join(target))
                .arg("--")
                .arg(format!("-max_total_time={seconds}"))
                .arg(format!(
                    "-dict={}",
                    fuzz.join(format!("dicts/{target}.dict")).display()
                ))
                .args(["-timeout=10", "-print_final_stats=1"])
                .stdout(log)
                .stderr(log_err),
            &root,
        );
        let text = fs::read_to_string(&log_path).unwrap_or_default();
        let stat = |name: &str| {
            text.lines()
                .find_map(|l| l.strip_prefix(name))
                .map_or("?", str::trim)
        };
        let crash = status.err().map(|_| {
            text.lines()
                .find_map(|l| {
                    l.split_once("Test unit written to ")
                        .map(|(_, p)| p.trim().to_owned())
                })
                .unwrap_or_else(|| format!("see {}", log_path.display()))
        });
        report.push(format!(
            "  {target:<10} {:>12} executions ({}/s){}",
            stat("stat::number_of_executed_units:"),
            stat("stat::average_exec_per_sec:"),
            crash
                .as_deref()
                .map_or(String::new(), |c| format!(", CRASH: {c}"))
        ));
        crashes += usize::from(crash.is_some());
    }
    println!("{}", report.join("\n"));
    if crashes == 0 {
        return Ok(());
    }
    Err(format!(
        "fuzz: {crashes} target(s) crashed; logs in {}; reproduce with\n  RUSTC_BOOTSTRAP=1 cargo fuzz run -s none --debug-assertions <target> <artifact>\nthen copy the artifact into fuzz/regressions/<target>/, where crates/certplan/tests/fuzz_regressions.rs replays it on every cargo test",
        logs.display()
    ))
}
