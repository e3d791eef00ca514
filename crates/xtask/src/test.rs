//! `cargo xtask test`: every check and test the project has, in the order that fails
//! fastest: formatting, lints, native tests, browser component tests, the release
//! build with its byte budgets, then the end-to-end and JS API tests against dist/.

use std::fs;
use std::path::{Path, PathBuf};

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
/// API's input reader's in Node (they ask for no browser).
const BROWSER_TEST_CRATES: [&str; 2] = ["certplan-web", "certplan-js"];

pub fn run() -> Result {
    setup::run(Tools::Test)?;
    let root = paths::root();
    let cargo = |args: &[&str]| cmd::run(cmd::new("cargo").args(args), &root);

    cargo(&["fmt", "--all", "--", "--check"])?;
    cargo(&[
        "clippy",
        "--workspace",
        "--all-targets",
        "--features",
        NATIVE_FEATURES,
        "--",
        "-D",
        "warnings",
    ])?;
    let mut wasm_clippy = vec!["clippy", "--target", WASM_TARGET, "--lib", "--bins"];
    for krate in WASM_CRATES {
        wasm_clippy.extend(["-p", krate]);
    }
    wasm_clippy.extend(["--", "-D", "warnings"]);
    cargo(&wasm_clippy)?;
    for krate in BROWSER_TEST_CRATES {
        // Their tests are wasm-bindgen tests, so they are linted as wasm too.
        let tests = ["clippy", "--target", WASM_TARGET, "--tests", "-p", krate];
        cargo(&[&tests[..], &["--", "-D", "warnings"]].concat())?;
    }
    cargo(&["test", "--workspace", "--features", NATIVE_FEATURES])?;
    for krate in BROWSER_TEST_CRATES {
        // wasm-bindgen-test-runner drives Chromium through chromedriver; it refuses -q.
        cmd::run(
            cmd::new("cargo")
                .args(["test", "-p", krate, "--target", WASM_TARGET])
                .env(
                    "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
                    "wasm-bindgen-test-runner",
                )
                .env("CHROMEDRIVER", "/usr/bin/chromedriver"),
            &root,
        )?;
    }

    build::release()?;
    let dist = paths::dist();
    let first_visit = size::measure(&size::first_visit_files(&dist)?)?;
    size::check("first visit", &first_visit, size::FIRST_VISIT_BUDGET)?;
    let embed = size::measure(&size::embed_files(&dist))?;
    size::check("JS API module", &embed, size::EMBED_BUDGET)?;
    let frame = size::measure(&size::frame_files(&dist))?;
    size::check("one-tag embed", &frame, size::FRAME_BUDGET)?;

    let tests = paths::tests();
    let files = node_tests(&tests)?;
    cmd::run(
        cmd::new("node")
            .arg("--test")
            .arg("--test-force-exit")
            .args(&files)
            .env("CERTPLAN_DIST", &dist),
        &tests,
    )
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
