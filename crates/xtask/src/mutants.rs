//! `cargo xtask mutants`: mutation testing of the core and of the JS API's input reader.
//!
//! cargo-mutants makes one small wrong change at a time (`<` into `<=`, a function body
//! into `String::new()`, a match arm deleted) and runs the tests; a change that no test
//! notices is a behaviour that no test pins down. The JS API reader's tests are
//! wasm-bindgen tests: that run builds for wasm32 and runs them in Node with
//! `wasm-bindgen-test-runner`. Mutants that cannot change behaviour are skipped in
//! `.cargo/mutants.toml`, each with its reason. Not part of `cargo xtask test`: a run
//! takes many minutes. Each run's details are in `target/mutants/<run>/mutants.out/`.

use std::fs;
use std::io::ErrorKind;

use crate::cmd::{self, Result};
use crate::pins::WASM_TARGET;
use crate::{paths, setup};

/// One cargo-mutants run: its name (and folder under target/mutants/), the package, the
/// one file mutated (`None`: the whole package), and whether its tests run as wasm.
struct Run(&'static str, &'static str, Option<&'static str>, bool);

const RUNS: [Run; 2] = [
    Run("core", "certplan", None, false),
    Run(
        "js-read",
        "certplan-js",
        Some("crates/certplan-js/src/read.rs"),
        true,
    ),
];

/// `cargo xtask mutants`: fails listing the mutants no test noticed.
pub fn run(args: &[String]) -> Result {
    if !args.is_empty() {
        return Err("usage: cargo xtask mutants".into());
    }
    setup::mutants()?;
    let mut missed = Vec::new();
    for &Run(name, package, file, wasm) in &RUNS {
        let output = paths::root().join("target/mutants").join(name);
        let mut command = cmd::new("cargo");
        command.args(["mutants", "--package", package]);
        command.args(file.iter().flat_map(|file| ["--file", file]));
        command.arg("--output").arg(&output);
        if wasm {
            command
                .arg(format!("--cargo-arg=--target={WASM_TARGET}"))
                .env(
                    "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
                    "wasm-bindgen-test-runner",
                );
        }
        let dir = output.join("mutants.out");
        // A run that stops before its first result must not leave the last run's lists;
        // cargo-mutants creates mutants.out/ but not the folders above it.
        match fs::remove_dir_all(&dir) {
            Err(e) if e.kind() != ErrorKind::NotFound => {
                return Err(format!("{}: {e}", dir.display()))
            }
            _ => fs::create_dir_all(&output).map_err(|e| format!("{}: {e}", output.display()))?,
        }
        let status = cmd::run(&mut command, &paths::root());
        let list = |kind: &str| match fs::read_to_string(dir.join(format!("{kind}.txt"))) {
            Ok(text) => text
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(str::to_owned)
                .collect(),
            Err(_) => Vec::new(),
        };
        let (found, timeouts) = (list("missed"), list("timeout"));
        // Exit codes 2 (missed) and 3 (timeouts: the tests hung, so the change was
        // noticed) leave complete lists; anything else (a failing baseline, a bad
        // option) is an error of its own.
        if let Err(e) = status {
            if found.is_empty() && timeouts.is_empty() {
                let log = dir.join("log");
                return Err(format!(
                    "mutants: the {name} run failed without a result: {e}; see {}",
                    log.display()
                ));
            }
        }
        missed.extend(found);
    }
    if missed.is_empty() {
        return Ok(());
    }
    Err(format!(
        "mutants: {} mutant(s) survived:\n  {}\nwrite a test that fails on each change, or, where it cannot change behaviour, skip it in .cargo/mutants.toml with the reason; logs in target/mutants/<run>/mutants.out/log/",
        missed.len(),
        missed.join("\n  ")
    ))
}
