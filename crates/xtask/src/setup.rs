//! `cargo xtask setup`: install what a command needs, skip what is present.
//!
//! Each command asks only for its own [`Tools`] (the tests never wait for twiggy), and
//! every install prints how long it took: the README's set-up figures come from these
//! lines on a fresh machine. apt needs root: elsewhere the exact commands are printed
//! and the run stops.

use std::path::Path;
use std::time::Instant;

use crate::cmd::{self, Result};
use crate::{paths, pins};

/// Which tools a command needs; each level includes the ones before it.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tools {
    /// Building and serving: rust-toolchain.toml's target and components, the crates of
    /// the offline build, Trunk, wasm-bindgen, and npm's wasm-opt.
    Build,
    /// And what the tests drive: browsers, chromedriver, nginx, brotli, the docs site.
    Test,
    /// And twiggy, which the bench reads wasm sizes with.
    Bench,
}

/// Brings the machine up to `tools`.
pub fn run(tools: Tools) -> Result {
    toolchain()?;
    fetch_crates()?;
    cargo_tool("trunk", pins::TRUNK)?;
    cargo_tool("wasm-bindgen-cli", pins::WASM_BINDGEN)?;
    npm_packages()?;
    if tools >= Tools::Test {
        apt_packages()?;
        docs_site()?;
    }
    if tools >= Tools::Bench {
        cargo_tool("twiggy", pins::TWIGGY)?;
    }
    Ok(())
}

/// What `cargo xtask mutants` needs: cargo-mutants, and for the JS API's tests the
/// wasm32 target and wasm-bindgen's test runner (which runs them in Node).
pub fn mutants() -> Result {
    toolchain()?;
    cargo_tool("wasm-bindgen-cli", pins::WASM_BINDGEN)?;
    cargo_tool("cargo-mutants", pins::CARGO_MUTANTS)
}

/// Runs `install` unless `present`, and says how long it took.
fn ensure(what: &str, present: bool, install: impl FnOnce() -> Result) -> Result {
    if present {
        println!("setup: {what} present");
        return Ok(());
    }
    let start = Instant::now();
    install()?;
    println!("setup: {what} ready in {} s", start.elapsed().as_secs());
    Ok(())
}

/// The target and components rust-toolchain.toml names. rustup adds them on its own at
/// the first cargo run, but not where RUSTUP_AUTO_INSTALL=0 (these machines; rustup
/// 1.29); `rustup toolchain install` reads the file and does, offline when all is there.
fn toolchain() -> Result {
    cmd::run(
        // Cargo's proxy sets RUSTUP_TOOLCHAIN, which would hide the file from rustup.
        cmd::new("rustup")
            .args(["toolchain", "install"])
            .env_remove("RUSTUP_TOOLCHAIN"),
        &paths::root(),
    )
}

/// Trunk runs cargo `--offline` (Trunk.toml), so every crate its build compiles must be
/// in cargo's cache first: the workspace's, and std's own (build-std compiles std from
/// its own lockfile, e.g. `moto-rt`). Cheap when they are there already.
fn fetch_crates() -> Result {
    let root = paths::root();
    let sysroot = cmd::output("rustc", &["--print", "sysroot"])
        .ok_or("`rustc --print sysroot` failed: is Rust installed with rustup?")?;
    let std_manifest = Path::new(sysroot.trim()).join("lib/rustlib/src/rust/library/Cargo.toml");
    ensure("crates for the offline build", false, || {
        cmd::run(cmd::new("cargo").args(["fetch", "--locked"]), &root)?;
        // std's workspace uses unstable manifest features: cargo reads it only so.
        cmd::run(
            cmd::new("cargo")
                .env("RUSTC_BOOTSTRAP", "1")
                .args(["fetch", "--manifest-path"])
                .arg(&std_manifest),
            &root,
        )
    })
}

/// Installs crate `krate` at `version` unless its command already names that version.
pub fn cargo_tool(krate: &str, version: &str) -> Result {
    // A cargo subcommand answers only when run as one: `cargo mutants --version`.
    let found = match krate.strip_prefix("cargo-") {
        Some(subcommand) => cmd::output("cargo", &[subcommand, "--version"]),
        None => cmd::output(krate.trim_end_matches("-cli"), &["--version"]),
    };
    let present = found.unwrap_or_default().split_whitespace().nth(1) == Some(version);
    ensure(&format!("{krate} {version}"), present, || {
        let mut install = cmd::new("cargo");
        install.args(["install", &format!("{krate}@{version}")]);
        // wasm-bindgen-cli's lockfile asks for a crate version the registry lacks.
        if krate != "wasm-bindgen-cli" {
            install.arg("--locked");
        }
        // Build tools, not shipped code: their release profiles ask for fat LTO and one
        // codegen unit, minutes of a serial link that their run time does not need.
        install
            .env("CARGO_PROFILE_RELEASE_LTO", "false")
            .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "16")
            .env("CARGO_PROFILE_RELEASE_OPT_LEVEL", "1");
        cmd::run(&mut install, &paths::root())
    })
}

/// npm packages of tests/package.json: wasm-opt (binaryen) and the test drivers.
fn npm_packages() -> Result {
    let node = cmd::output("node", &["--version"]).unwrap_or_default();
    let major = node.trim_start_matches('v').split('.').next();
    if major.and_then(|m| m.parse().ok()).unwrap_or(0) < 20 {
        return Err("Node.js 20 or newer with npm is needed (wasm-opt and the browser tests come from npm); install it, e.g. from your distribution's nodejs and npm packages".into());
    }
    // Trunk runs the first wasm-opt on PATH, which must be npm's pinned one.
    let wasm_opt =
        cmd::output("wasm-opt", &["--version"]).is_some_and(|v| v.contains(pins::WASM_OPT));
    let what = format!("npm test packages, wasm-opt {}", pins::BINARYEN);
    npm_ci(&what, &paths::tests(), wasm_opt)
}

/// `npm ci` in `dir` unless `also` holds and `npm ls` finds every package of the
/// lockfile there, at its version.
pub fn npm_ci(what: &str, dir: &Path, also: bool) -> Result {
    let present = also && cmd::output("npm", &["ls", "--prefix", &dir.to_string_lossy()]).is_some();
    ensure(what, present, || {
        cmd::run(cmd::new("npm").args(["ci", "--no-audit", "--no-fund"]), dir)
    })
}

fn apt_packages() -> Result {
    let missing: Vec<&str> = pins::APT_PACKAGES
        .iter()
        .filter(|(_, file)| !Path::new(file).exists())
        .map(|(package, _)| *package)
        .collect();
    let install = ["install", "-y", "--no-install-recommends"];
    let shown = format!("apt-get {} {}", install.join(" "), missing.join(" "));
    let is_root = cmd::output("id", &["-u"]).is_some_and(|uid| uid.trim() == "0");
    if !missing.is_empty() && !is_root {
        return Err(format!(
            "missing Debian packages; run as root:\n  apt-get update\n  {shown}"
        ));
    }
    ensure("Debian packages", missing.is_empty(), || {
        let dir = paths::root();
        cmd::run(cmd::new("apt-get").args(["update", "-q"]), &dir)?;
        cmd::run(
            cmd::new("apt-get")
                .env("DEBIAN_FRONTEND", "noninteractive")
                .args(install)
                .args(&missing),
            &dir,
        )
    })
}

/// tests/docs-site/requirements.txt (Material for MkDocs) into a venv of its own there
/// (gitignored), for the docs-site test. pip installs nothing, offline, when all is there.
fn docs_site() -> Result {
    let dir = paths::tests().join("docs-site");
    let pip = dir.join(".venv/bin/pip");
    if !pip.exists() {
        cmd::run(cmd::new("python3").args(["-m", "venv", ".venv"]), &dir).map_err(|e| {
            format!("{e}: the docs-site test needs python3 with venv (Debian: python3-venv)")
        })?;
    }
    ensure("MkDocs Material", false, || {
        let quiet = ["install", "--quiet", "--disable-pip-version-check"];
        let mut install = cmd::new(&pip.to_string_lossy());
        cmd::run(install.args(quiet).args(["-r", "requirements.txt"]), &dir)
    })
}
