//! `cargo xtask setup`: install what is missing, skip what is present.
//!
//! Installs run only where they can (apt needs root); elsewhere the exact commands are
//! printed and the run stops, so nobody is left guessing.

use crate::cmd::{self, Result};
use crate::paths;
use crate::pins;
use crate::small_wasm;

/// Which tools a command needs.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Tools {
    /// Building and serving: Rust target, Trunk, wasm-bindgen, wasm-opt (npm).
    Build,
    /// Everything, including what the tests drive: Chromium, chromedriver, brotli.
    All,
}

/// Brings the machine up to `tools`.
pub fn run(tools: Tools) -> Result {
    let root = is_root();
    rust_target()?;
    rust_src()?;
    cargo_tool(
        "trunk",
        pins::TRUNK,
        &["install", "--locked", &format!("trunk@{}", pins::TRUNK)],
    )?;
    wasm_bindgen()?;
    if tools == Tools::All {
        cargo_tool(
            "twiggy",
            pins::TWIGGY,
            &["install", "--locked", &format!("twiggy@{}", pins::TWIGGY)],
        )?;
        apt_packages(root)?;
    }
    npm_packages()
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
    cmd::run(
        cmd::new("rustup").args(["target", "add", pins::WASM_TARGET]),
        &paths::root(),
    )
}

/// The standard library's source, which the size-tuned release build compiles.
fn rust_src() -> Result {
    let installed =
        cmd::output("rustup", &["component", "list", "--installed"]).unwrap_or_default();
    if installed.lines().any(|c| c.trim() == small_wasm::RUST_SRC) {
        return skip(small_wasm::RUST_SRC);
    }
    cmd::run(
        cmd::new("rustup").args(["component", "add", small_wasm::RUST_SRC]),
        &paths::root(),
    )
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
    println!("setup: installing {tool} {version} (several minutes on a fresh machine)");
    cmd::run(cmd::new("cargo").args(install), &paths::root())
}

fn apt_packages(root: bool) -> Result {
    let binaries = [
        "/usr/bin/chromium",
        "/usr/bin/chromedriver",
        "/usr/bin/brotli",
    ];
    let missing: Vec<&str> = pins::APT_PACKAGES
        .iter()
        .zip(binaries)
        .filter(|(_, binary)| !std::path::Path::new(binary).exists())
        .map(|(package, _)| *package)
        .collect();
    if missing.is_empty() {
        return skip(&pins::APT_PACKAGES.join(", "));
    }
    let install = format!(
        "apt-get install -y --no-install-recommends {}",
        missing.join(" ")
    );
    if !root {
        return Err(format!(
            "missing Debian packages; run as root:\n  apt-get update\n  {install}"
        ));
    }
    let dir = paths::root();
    cmd::run(cmd::new("apt-get").args(["update", "-q"]), &dir)?;
    cmd::run(
        cmd::new("apt-get")
            .env("DEBIAN_FRONTEND", "noninteractive")
            .args(install.split_whitespace().skip(1)),
        &dir,
    )
}

/// npm packages of tests/package.json: playwright-core, axe-core and binaryen (wasm-opt).
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
    cmd::run(
        cmd::new("npm").args(["ci", "--no-audit", "--no-fund"]),
        &dir,
    )
}

fn skip(what: &str) -> Result {
    println!("setup: {what} present");
    Ok(())
}
