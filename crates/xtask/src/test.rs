//! `cargo xtask test`: every check and test the project has, in the order that fails
//! fastest: formatting, lints, native tests, browser component tests, the release
//! build with its byte budgets, then the end-to-end and JS API tests against dist/.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::build;
use crate::cmd::{self, Result};
use crate::paths;
use crate::setup::{self, Tools};
use crate::size;

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
    // The aliases of .cargo/config.toml, which say what each one covers.
    step("lint, native", || cargo(&["lint"]))?;
    step("lint, wasm32", || {
        cargo(&["lint-wasm"])?;
        cargo(&["lint-wasm-tests"])
    })?;
    step("native tests", || cargo(&["test-native"]))?;
    step("wasm32 tests", || cargo(&["test-wasm"]))?;

    let dist = paths::dist();
    step("release build and budgets", || {
        build::release()?;
        size::groups(&dist)?.iter().try_for_each(size::check)
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

/// Every `*.test.mjs` below tests/ that git tracks or would (not node_modules/), relative
/// to tests/.
fn node_tests(dir: &Path) -> Result<Vec<PathBuf>> {
    let listed = "ls-files --cached --others --exclude-standard *.test.mjs".split(' ');
    let found: Vec<PathBuf> = cmd::capture(cmd::new("git").args(listed), dir)?
        .lines()
        .map(PathBuf::from)
        .filter(|file| dir.join(file).exists())
        .collect();
    if found.is_empty() {
        return Err("no *.test.mjs files under tests/".into());
    }
    Ok(found)
}
