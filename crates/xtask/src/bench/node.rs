//! The measurements made in Chromium and Node: the scripts of tests/bench/, run one
//! after the other (never side by side: they would time each other), each writing its
//! records to a file of target/bench/.

use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};

use crate::bench::records::Records;
use crate::cmd::{self, Result};
use crate::paths;

/// Lighthouse, the newest that runs on Node 20; tests/bench/package.json pins the same.
pub const LIGHTHOUSE: &str = "12.2.3";

/// tests/bench/.
pub fn dir() -> PathBuf {
    paths::tests().join("bench")
}

/// Installs tests/bench/package.json's packages (Lighthouse) unless the pinned version
/// is there. Only the bench needs them, so `cargo xtask setup` and test stay light.
pub fn install() -> Result {
    let dir = dir();
    let manifest = dir.join("node_modules/lighthouse/package.json");
    let installed = fs::read_to_string(manifest).unwrap_or_default();
    if installed.contains(&format!("\"version\": \"{LIGHTHOUSE}\"")) {
        println!("bench: lighthouse {LIGHTHOUSE} present");
        return Ok(());
    }
    cmd::run(
        cmd::new("npm").args(["ci", "--no-audit", "--no-fund"]),
        &dir,
    )
}

/// Runs `node <script> --out <out/<name>.tsv> <args>` in tests/bench/ and reads what it
/// recorded.
pub fn run(script: &str, args: &[OsString], out: &Path) -> Result<Records> {
    let name = script.trim_end_matches(".mjs");
    let file = out.join(format!("{name}.tsv"));
    let mut command = cmd::new("node");
    command.arg(script).arg("--out").arg(&file).args(args);
    cmd::run(
        command
            .env("CERTPLAN_DIST", paths::dist())
            .env("BENCH_STATIC", out.join("static")),
        &dir(),
    )?;
    Records::read(&file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn package_json_pins_the_same_lighthouse() {
        let manifest = fs::read_to_string(dir().join("package.json")).unwrap();
        assert!(manifest.contains(&format!("\"lighthouse\": \"{LIGHTHOUSE}\"")));
    }
}
