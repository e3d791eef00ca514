//! `cargo xtask post-build`: Trunk's post_build hook (Trunk.toml), the build's last steps.
//!
//! Run by Trunk on its staging folder before it becomes dist/, so `trunk build`,
//! `trunk serve` and `cargo xtask build` all write the same files.

use std::env;
use std::path::PathBuf;

use crate::cmd::Result;
use crate::{boot, csp, embed, minify, offline};

/// Finishes the build Trunk staged in `TRUNK_STAGING_DIR`.
pub fn run() -> Result {
    let staging = env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from).ok_or(
        "post-build is Trunk's post_build hook (see Trunk.toml); run `cargo xtask build` instead",
    )?;
    boot::externalize(&staging)?;
    minify::app(&staging)?;
    csp::check(&staging)?;
    embed::build(&staging)?;
    offline::write(&staging)
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
