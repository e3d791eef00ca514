//! `cargo xtask post-build`: Trunk's post_build hook (Trunk.toml), the build's last steps.
//!
//! Run by Trunk on its staging folder before it becomes dist/, so `trunk build`,
//! `trunk serve` and `cargo xtask build` all write the same files.

use std::env;
use std::path::{Path, PathBuf};

use crate::cmd::{self, Result};
use crate::{boot, csp, embed, minify, offline, paths, small_wasm};

/// Finishes the build Trunk staged in `TRUNK_STAGING_DIR`.
pub fn run() -> Result {
    let staging = env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from).ok_or(
        "post-build is Trunk's post_build hook (see Trunk.toml); run `cargo xtask build` instead",
    )?;
    prerender(&staging)?;
    boot::externalize(&staging)?;
    minify::app(&staging)?;
    csp::check(&staging)?;
    embed::build(&staging)?;
    embed::frame(&staging)?;
    offline::write(&staging)
}

/// Renders the page's fixed parts and the planner's first render into the staged
/// index.html, with the web app's own components (its `prerender` binary, native).
fn prerender(dir: &Path) -> Result {
    cmd::run(
        small_wasm::clear(cmd::new("cargo").args([
            "run",
            "--quiet",
            "--package",
            "certplan-web",
            "--features",
            "ssr",
            "--bin",
            "prerender",
            "--",
        ]))
        .arg(dir.join("index.html")),
        &paths::root(),
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn trunk_runs_this_step_after_its_build() {
        let trunk = std::fs::read_to_string(crate::paths::root().join("Trunk.toml")).unwrap();
        let hook = "[[hooks]]\nstage = \"post_build\"\ncommand = \"cargo\"\ncommand_arguments = [\"xtask\", \"post-build\"]";
        assert!(trunk.contains(hook), "Trunk.toml lacks the hook:\n{hook}");
    }
}
