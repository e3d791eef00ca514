//! `cargo xtask test`: every check and test the project has, in the order that fails
//! fastest: formatting, lints, native tests, browser component tests, the release
//! build with its byte budgets, then the end-to-end and JS API tests against dist/.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::build;
use crate::cmd::{self, Result};
use crate::paths;
use crate::pins::WASM_TARGET;
use crate::setup::{self, Tools};
use crate::size;

/// Crates that compile to wasm32, linted for that target too. Their libraries only: the
/// core's native test tools (proptest, tree-sitter's C grammar) do not build for wasm32.
const WASM_CRATES: [&str; 3] = ["certplan", "certplan-web", "certplan-js"];

/// Features of the native lint and test runs: the web app's build-time renderer (the
/// `prerender` binary and its tests) exists only with `ssr`.
const NATIVE_FEATURES: &str = "certplan-web/ssr";

/// Crates with `wasm-bindgen-test` tests: the web app's run in headless Chromium, the JS
/// API's input reader's in Node (they ask for no browser). Linted and tested in one cargo
/// run each, so their shared dependencies resolve to one feature set and build once.
const BROWSER_TEST_CRATES: [&str; 4] = ["-p", "certplan-web", "-p", "certplan-js"];

/// Browser test files node runs at once. Its default is one less than the cores (1 on a
/// 2-core machine), but such a file spends much of its time waiting on its browser: three
/// of them took 101 and 134 s two at a time against 156 and 145 s one by one (2026-12-07,
/// 2-core machine shared with other builds).
const BROWSER_FILES_AT_ONCE: &str = "--test-concurrency=2";

/// What marks a browser test file: it runs its tests through the browser frame.
const BROWSER_FRAME: &str = "support/suite.mjs";

pub fn run() -> Result {
    let started = Instant::now();
    step("setup", || setup::run(Tools::Test))?;
    let root = paths::root();
    let cargo = |args: &[&str]| cmd::run(cmd::new("cargo").args(args), &root);

    step("format", || cargo(&["fmt", "--all", "--", "--check"]))?;
    step("lint, native", || {
        cargo(&[
            "clippy",
            "--workspace",
            "--all-targets",
            "--features",
            NATIVE_FEATURES,
            "--",
            "-D",
            "warnings",
        ])
    })?;
    step("lint, wasm32", || {
        let mut wasm_clippy = vec!["clippy", "--target", WASM_TARGET, "--lib", "--bins"];
        for krate in WASM_CRATES {
            wasm_clippy.extend(["-p", krate]);
        }
        cargo(&[&wasm_clippy[..], &["--", "-D", "warnings"]].concat())?;
        // Their tests are wasm-bindgen tests, so they are linted as wasm too.
        let tests = ["clippy", "--target", WASM_TARGET, "--tests"];
        cargo(&[&tests[..], &BROWSER_TEST_CRATES, &["--", "-D", "warnings"]].concat())
    })?;
    step("native tests", || {
        cargo(&["test", "--workspace", "--features", NATIVE_FEATURES])
    })?;
    step("wasm32 tests", || {
        // wasm-bindgen-test-runner drives Chromium through chromedriver; it refuses -q.
        cmd::run(
            cmd::new("cargo")
                .args(["test", "--target", WASM_TARGET])
                .args(BROWSER_TEST_CRATES)
                .env(
                    "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
                    "wasm-bindgen-test-runner",
                )
                .env("CHROMEDRIVER", "/usr/bin/chromedriver"),
            &root,
        )
    })?;

    let dist = paths::dist();
    step("release build and budgets", || {
        build::release()?;
        let first_visit = size::measure(&size::first_visit_files(&dist)?)?;
        size::check("first visit", &first_visit, size::FIRST_VISIT_BUDGET)?;
        let embed = size::measure(&size::embed_files(&dist))?;
        size::check("JS API module", &embed, size::EMBED_BUDGET)?;
        let frame = size::measure(&size::frame_files(&dist))?;
        size::check("one-tag embed", &frame, size::FRAME_BUDGET)
    })?;

    let tests = paths::tests();
    let (browser_files, node_files): (Vec<_>, Vec<_>) =
        node_tests(&tests)?.into_iter().partition(|file| {
            fs::read_to_string(tests.join(file)).is_ok_and(|text| text.contains(BROWSER_FRAME))
        });
    // No `--test-force-exit`: it drops results a file has already run, and the run still
    // passes with a smaller count (nodejs/node#64833; measured here: 56 to 70 of
    // cases.test.mjs's 79 in 4 of 8 runs). A file that leaks a handle would hang instead,
    // so coreutils' `timeout` turns that into a failed step naming the time.
    let node = |concurrency: &[&str], files: &[PathBuf]| {
        cmd::run(
            cmd::new("timeout")
                .args([NODE_STEP_LIMIT, "node", "--test"])
                .args(concurrency)
                .args(files)
                .env("CERTPLAN_DIST", &dist),
            &tests,
        )
    };
    // One at a time, before the browsers start: the JS API's tests time some answers.
    step("JS API, reminder and page tests", || {
        node(&["--test-concurrency=1"], &node_files)
    })?;
    step("browser tests", || {
        node(&[BROWSER_FILES_AT_ONCE], &browser_files)
    })?;
    println!(
        "test: all steps passed in {:.0} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// The longest a node test step may take (the browser step takes about 7 minutes).
const NODE_STEP_LIMIT: &str = "30m";

/// Runs one step of the test run and prints its time, so the slow steps are plain to see.
fn step(name: &str, run: impl FnOnce() -> Result) -> Result {
    let started = Instant::now();
    let result = run();
    let verdict = if result.is_ok() { "passed" } else { "FAILED" };
    println!(
        "test: {name} {verdict} in {:.0} s",
        started.elapsed().as_secs_f64()
    );
    result
}

/// Every `*.test.mjs` below tests/, outside node_modules, relative to tests/.
fn node_tests(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        let entries = fs::read_dir(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        for path in entries.filter_map(|e| e.ok().map(|e| e.path())) {
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            if path.is_dir() && name != "node_modules" {
                pending.push(path);
            } else if name.ends_with(".test.mjs") {
                found.push(path.strip_prefix(dir).unwrap_or(&path).to_path_buf());
            }
        }
    }
    found.sort();
    if found.is_empty() {
        return Err("no *.test.mjs files under tests/".into());
    }
    Ok(found)
}
