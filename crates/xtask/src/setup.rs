//! `cargo xtask setup`: install what a command needs, skip what is present.
//!
//! Each command asks only for its own [`Tools`] (the tests never wait for twiggy, which
//! only the bench uses), and every install prints how long it took. Installs run only
//! where they can (apt needs root); elsewhere the exact commands are printed and the run
//! stops, so nobody is left guessing.

use std::path::Path;
use std::time::Instant;

use crate::cmd::{self, Result};
use crate::docs_site;
use crate::paths;
use crate::pins;
use crate::small_wasm;

/// Which tools a command needs; each level includes the ones before it.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tools {
    /// Building and serving: Rust target and std source, every crate the offline build
    /// needs, Trunk, wasm-bindgen, wasm-opt and terser (npm).
    Build,
    /// And what the tests drive: Chromium, chromedriver, Firefox, nginx, brotli, and
    /// the docs site (Material for MkDocs in a venv).
    Test,
    /// And what the bench reads wasm sizes with: twiggy.
    Bench,
}

/// Brings the machine up to `tools`.
pub fn run(tools: Tools) -> Result {
    rust_target()?;
    rust_src()?;
    fetch_crates()?;
    cargo_tool(
        "trunk",
        pins::TRUNK,
        &["install", "--locked", &format!("trunk@{}", pins::TRUNK)],
    )?;
    wasm_bindgen()?;
    npm_packages()?;
    if tools >= Tools::Test {
        apt_packages()?;
        docs_site()?;
    }
    if tools >= Tools::Bench {
        cargo_tool(
            "twiggy",
            pins::TWIGGY,
            &["install", "--locked", &format!("twiggy@{}", pins::TWIGGY)],
        )?;
    }
    Ok(())
}

/// What `cargo xtask mutants` needs: cargo-mutants, and for the JS API's tests the
/// wasm32 target and wasm-bindgen's test runner (which runs them in Node).
pub fn mutants() -> Result {
    rust_target()?;
    wasm_bindgen()?;
    cargo_tool(
        "cargo-mutants",
        pins::CARGO_MUTANTS,
        &[
            "install",
            "--locked",
            &format!("cargo-mutants@{}", pins::CARGO_MUTANTS),
        ],
    )
}

/// wasm-bindgen-cli: the `wasm-bindgen` Trunk runs and `wasm-bindgen-test-runner`.
fn wasm_bindgen() -> Result {
    // Without --locked: the CLI's lockfile asks for a crate version the registry lacks.
    cargo_tool(
        "wasm-bindgen",
        pins::WASM_BINDGEN,
        &[
            "install",
            &format!("wasm-bindgen-cli@{}", pins::WASM_BINDGEN),
        ],
    )
}

fn is_root() -> bool {
    cmd::output("id", &["-u"]).is_some_and(|uid| uid.trim() == "0")
}

fn rust_target() -> Result {
    let installed = cmd::output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if installed.lines().any(|t| t.trim() == pins::WASM_TARGET) {
        return skip(pins::WASM_TARGET);
    }
    timed(pins::WASM_TARGET, || {
        cmd::run(
            cmd::new("rustup").args(["target", "add", pins::WASM_TARGET]),
            &paths::root(),
        )
    })
}

/// The standard library's source, which the size-tuned release build compiles.
fn rust_src() -> Result {
    let installed =
        cmd::output("rustup", &["component", "list", "--installed"]).unwrap_or_default();
    if installed.lines().any(|c| c.trim() == small_wasm::RUST_SRC) {
        return skip(small_wasm::RUST_SRC);
    }
    timed(small_wasm::RUST_SRC, || {
        cmd::run(
            cmd::new("rustup").args(["component", "add", small_wasm::RUST_SRC]),
            &paths::root(),
        )
    })
}

/// Trunk runs cargo `--offline` (Trunk.toml), so every crate its build compiles must be
/// in cargo's cache first: the workspace's, and std's own (build-std compiles std from
/// its own lockfile, e.g. `moto-rt`). Cheap when they are there already.
fn fetch_crates() -> Result {
    let root = paths::root();
    let sysroot = cmd::output("rustc", &["--print", "sysroot"])
        .ok_or("`rustc --print sysroot` failed: is Rust installed with rustup?")?;
    let std_manifest = Path::new(sysroot.trim()).join("lib/rustlib/src/rust/library/Cargo.toml");
    timed("crates for the offline build", || {
        cmd::run(cmd::new("cargo").args(["fetch", "--locked"]), &root)?;
        // std's workspace uses unstable manifest features: cargo reads it only so.
        cmd::run(
            cmd::new("cargo")
                .env("RUSTC_BOOTSTRAP", "1")
                .arg("fetch")
                .arg("--manifest-path")
                .arg(&std_manifest),
            &root,
        )
    })
}

/// Installs a cargo tool unless `<tool> --version` already names `version`.
fn cargo_tool(tool: &str, version: &str, install: &[&str]) -> Result {
    // A cargo subcommand answers only when run as one: `cargo mutants --version`.
    let found = match tool.strip_prefix("cargo-") {
        Some(subcommand) => cmd::output("cargo", &[subcommand, "--version"]),
        None => cmd::output(tool, &["--version"]),
    }
    .unwrap_or_default();
    if found.split_whitespace().nth(1) == Some(version) {
        return skip(&format!("{tool} {version}"));
    }
    println!("setup: installing {tool} {version} (minutes on a fresh machine)");
    timed(&format!("{tool} {version}"), || {
        cmd::run(
            // Build tools, not shipped code: their own release profiles ask for fat LTO
            // and one codegen unit, minutes of a serial link that run time does not need.
            cmd::new("cargo")
                .args(install)
                .env("CARGO_PROFILE_RELEASE_LTO", "false")
                .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "16")
                .env("CARGO_PROFILE_RELEASE_OPT_LEVEL", "1"),
            &paths::root(),
        )
    })
}

fn apt_packages() -> Result {
    let missing: Vec<&str> = pins::APT_PACKAGES
        .iter()
        .filter(|(_, binary)| !Path::new(binary).exists())
        .map(|(package, _)| *package)
        .collect();
    if missing.is_empty() {
        let all: Vec<&str> = pins::APT_PACKAGES.iter().map(|(p, _)| *p).collect();
        return skip(&all.join(", "));
    }
    let install = format!(
        "apt-get install -y --no-install-recommends {}",
        missing.join(" ")
    );
    if !is_root() {
        return Err(format!(
            "missing Debian packages; run as root:\n  apt-get update\n  {install}"
        ));
    }
    timed(&missing.join(", "), || {
        let dir = paths::root();
        cmd::run(cmd::new("apt-get").args(["update", "-q"]), &dir)?;
        cmd::run(
            cmd::new("apt-get")
                .env("DEBIAN_FRONTEND", "noninteractive")
                .args(install.split_whitespace().skip(1)),
            &dir,
        )
    })
}

/// Material for MkDocs, for the docs-site test (PyPI, into its own venv).
fn docs_site() -> Result {
    let what = format!("mkdocs-material {} (venv)", pins::MKDOCS_MATERIAL);
    if docs_site::present() {
        return skip(&what);
    }
    timed(&what, docs_site::install)
}

/// npm packages of tests/package.json: wasm-opt (binaryen), terser and the test drivers.
fn npm_packages() -> Result {
    let node_major = cmd::output("node", &["--version"]).and_then(|v| {
        v.trim()
            .trim_start_matches('v')
            .split('.')
            .next()?
            .parse::<u32>()
            .ok()
    });
    match node_major {
        Some(major) if major >= 20 => {}
        _ => {
            return Err(
                "Node.js 20 or newer with npm is needed (wasm-opt and the browser tests come from npm); install it, e.g. from your distribution's nodejs and npm packages".into(),
            )
        }
    }
    let dir = paths::tests();
    let binaryen =
        std::fs::read_to_string(dir.join("node_modules/binaryen/package.json")).unwrap_or_default();
    let pinned = binaryen.contains(&format!("\"version\": \"{}\"", pins::BINARYEN));
    // `npm ls` fails when any package of the lockfile is missing or at another version.
    let complete = cmd::output("npm", &["ls", "--prefix", &dir.to_string_lossy()]).is_some();
    // Trunk runs the first wasm-opt on PATH; ours must be the one it finds.
    let wasm_opt = cmd::output("wasm-opt", &["--version"]).unwrap_or_default();
    if pinned && complete && wasm_opt.contains(pins::WASM_OPT) {
        return skip("npm test packages and wasm-opt");
    }
    timed("npm test packages", || {
        cmd::run(
            cmd::new("npm").args(["ci", "--no-audit", "--no-fund"]),
            &dir,
        )
    })
}

/// Runs an install and says how long it took (the README's set-up figures come from
/// these lines on a fresh machine).
fn timed(what: &str, install: impl FnOnce() -> Result) -> Result {
    let start = Instant::now();
    install()?;
    let seconds = start.elapsed().as_secs();
    println!(
        "setup: {what} installed in {}m{:02}s",
        seconds / 60,
        seconds % 60
    );
    Ok(())
}

fn skip(what: &str) -> Result {
    println!("setup: {what} present");
    Ok(())
}
