//! `cargo xtask mutants`: mutation testing of the core and of the JS API's input reader.
//!
//! cargo-mutants makes one small wrong change at a time (`<` into `<=`, a function body
//! into `String::new()`, a match arm deleted) and runs the tests; a change that no test
//! notices is a behaviour that no test pins down. Two runs:
//!
//! - `crates/certplan`, with its native tests;
//! - `crates/certplan-js/src/read.rs`, whose tests are wasm-bindgen tests: they need a
//!   JavaScript engine, so they are built for wasm32 and run in Node by
//!   `wasm-bindgen-test-runner`.
//!
//! Mutants that cannot change behaviour are skipped in `.cargo/mutants.toml`, each with
//! its reason. Not part of `cargo xtask test`: a run takes many minutes. Each run's
//! details (log/, diff/, outcomes.json) are in `target/mutants/<run>/mutants.out/`.

use std::fs;
use std::path::Path;
use std::time::Instant;

use crate::cmd::{self, Result};
use crate::paths;
use crate::pins::WASM_TARGET;
use crate::setup;

/// One cargo-mutants run.
struct Run {
    /// Its name, also its output folder under target/mutants/.
    name: &'static str,
    package: &'static str,
    /// Only this file is mutated; `None`: the whole package.
    file: Option<&'static str>,
    /// Build and test for wasm32, with the tests run in Node.
    wasm: bool,
}

const RUNS: [Run; 2] = [
    Run {
        name: "core",
        package: "certplan",
        file: None,
        wasm: false,
    },
    Run {
        name: "js-read",
        package: "certplan-js",
        file: Some("crates/certplan-js/src/read.rs"),
        wasm: true,
    },
];

impl Run {
    /// The cargo-mutants arguments that choose what it mutates.
    fn selection(&self) -> Vec<&'static str> {
        let mut args = vec!["mutants", "--package", self.package];
        if let Some(file) = self.file {
            args.extend(["--file", file]);
        }
        args
    }
}

/// What a run found, from the lists cargo-mutants writes.
struct Outcome {
    name: &'static str,
    caught: usize,
    missed: Vec<String>,
    timeouts: Vec<String>,
    unviable: usize,
    /// Left out by `.cargo/mutants.toml` (they cannot change behaviour).
    skipped: usize,
    seconds: u64,
}

/// `cargo xtask mutants`.
pub fn run(args: &[String]) -> Result {
    if !args.is_empty() {
        return Err("usage: cargo xtask mutants".into());
    }
    setup::mutants()?;
    let mut outcomes = Vec::new();
    for run in &RUNS {
        outcomes.push(one(run)?);
    }

    println!("mutants:");
    for o in &outcomes {
        println!(
            "  {:<8} {} caught, {} missed, {} timeouts, {} unviable, {} skipped ({} min {:02} s)",
            o.name,
            o.caught,
            o.missed.len(),
            o.timeouts.len(),
            o.unviable,
            o.skipped,
            o.seconds / 60,
            o.seconds % 60
        );
        for mutant in &o.timeouts {
            println!("    timeout (the tests hung, so the change was noticed): {mutant}");
        }
        for mutant in &o.missed {
            println!("    MISSED: {mutant}");
        }
    }
    let missed: usize = outcomes.iter().map(|o| o.missed.len()).sum();
    if missed == 0 {
        return Ok(());
    }
    Err(format!(
        "mutants: {missed} mutant(s) survived: write a test that fails on each change above, or, where it cannot change behaviour, skip it in .cargo/mutants.toml with the reason; logs in target/mutants/<run>/mutants.out/log/"
    ))
}

/// Runs cargo-mutants once and reads what it found.
fn one(run: &Run) -> Result<Outcome> {
    let root = paths::root();
    let output = root.join("target").join("mutants").join(run.name);
    let mut command = cmd::new("cargo");
    command.args(run.selection()).arg("--output").arg(&output);
    if run.wasm {
        command
            .arg(format!("--cargo-arg=--target={WASM_TARGET}"))
            .env(
                "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
                "wasm-bindgen-test-runner",
            );
    }
    let dir = output.join("mutants.out");
    // A run that stops before its first result must not leave the last run's lists.
    match fs::remove_dir_all(&dir) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            return Err(format!("{}: {e}", dir.display()))
        }
        _ => {}
    }
    // cargo-mutants creates mutants.out/ but not the folders above it.
    fs::create_dir_all(&output).map_err(|e| format!("{}: {e}", output.display()))?;
    let start = Instant::now();
    // Exit codes 2 (missed) and 3 (timeouts) still leave complete lists; anything else
    // (a failing baseline, a bad option) is an error of its own.
    let status = cmd::run(&mut command, &root);
    let seconds = start.elapsed().as_secs();
    let outcome = Outcome {
        name: run.name,
        caught: lines(&dir.join("caught.txt"))?.len(),
        missed: lines(&dir.join("missed.txt"))?,
        timeouts: lines(&dir.join("timeout.txt"))?,
        unviable: lines(&dir.join("unviable.txt"))?.len(),
        skipped: skipped(run)?,
        seconds,
    };
    match status {
        Err(e) if outcome.missed.is_empty() && outcome.timeouts.is_empty() => Err(format!(
            "mutants: the {} run failed without a result: {e}; see {}",
            run.name,
            dir.join("log").display()
        )),
        _ => Ok(outcome),
    }
}

/// How many of the run's mutants `.cargo/mutants.toml` leaves out: the listed ones
/// without it, less those with it.
fn skipped(run: &Run) -> Result<usize> {
    let count = |extra: &[&str]| {
        let args = [&run.selection()[..], &["--list"], extra].concat();
        cmd::output("cargo", &args)
            .map(|list| list.lines().filter(|l| !l.trim().is_empty()).count())
            .ok_or_else(|| format!("`cargo {}` failed", args.join(" ")))
    };
    Ok(count(&["--no-config"])?.saturating_sub(count(&[])?))
}

/// The non-empty lines of one of cargo-mutants' lists (absent: none).
fn lines(path: &Path) -> Result<Vec<String>> {
    match fs::read_to_string(path) {
        Ok(text) => Ok(text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(str::to_owned)
            .collect()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}
