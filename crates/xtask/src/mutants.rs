//! `cargo xtask mutants`: mutation testing of the core and of the JS API's input reader.
//!
//! cargo-mutants makes one small wrong change at a time (`<` into `<=`, a function body
//! into `String::new()`, a match arm deleted) and runs the tests; a change that no test
//! notices is a behaviour that no test pins down. The JS API reader's tests are
//! wasm-bindgen tests: that run builds for wasm32 and runs them in Node with
//! `wasm-bindgen-test-runner`. Mutants that cannot change behaviour are skipped in
//! `.cargo/mutants.toml`, each with its reason. Not part of `cargo xtask test`: a run
//! takes many minutes. Each run's details are in `target/mutants/<run>/mutants.out/`.

use crate::cmd::{self, Result};
use crate::pins::WASM_TARGET;
use crate::{paths, setup};

/// `cargo xtask mutants`: fails naming the runs with mutants no test noticed.
pub fn run(args: &[String]) -> Result {
    if !args.is_empty() {
        return Err("usage: cargo xtask mutants".into());
    }
    setup::mutants()?;
    let root = paths::root();
    let mut missed = Vec::new();
    // (name and folder under target/mutants/, package, the one file mutated, tests as wasm)
    for (name, package, file, wasm) in [
        ("core", "certplan", None, false),
        (
            "js-read",
            "certplan-js",
            Some("crates/certplan-js/src/read.rs"),
            true,
        ),
    ] {
        let mut command = cmd::new("cargo");
        command.args(["mutants", "--package", package]);
        command.args(file.iter().flat_map(|file| ["--file", file]));
        command
            .arg("--output")
            .arg(root.join("target/mutants").join(name));
        if wasm {
            // Run by wasm-bindgen's runner (.cargo/config.toml).
            command.arg(format!("--cargo-arg=--target={WASM_TARGET}"));
        }
        let status = cmd::status(&mut command, &root)?;
        // cargo-mutants exits with 2 when a mutant was missed, 3 when there were only
        // timeouts (the tests hung: the change was noticed); anything else is an error.
        match status.code() {
            Some(0 | 3) => {}
            Some(2) => missed.push(format!("target/mutants/{name}/mutants.out/missed.txt")),
            _ => return Err(format!("mutants: the {name} run failed without a result ({status}); see target/mutants/{name}/mutants.out/log/")),
        }
    }
    if missed.is_empty() {
        return Ok(());
    }
    Err(format!(
        "mutants: some changes survived, listed above and in {}; write a test that fails on each, or, where one cannot change behaviour, skip it in .cargo/mutants.toml with the reason",
        missed.join(" and ")
    ))
}
