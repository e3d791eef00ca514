//! `cargo xtask build` and `serve`: the release build into dist/, and the dev server.

use crate::cmd::{self, Result};
use crate::paths;
use crate::setup::{self, Tools};

/// Where `serve` listens (Trunk.toml `[serve]`).
const SERVE_URL: &str = "http://127.0.0.1:8080/";

/// Sets up, then builds and serves the app with Trunk until interrupted.
pub fn serve() -> Result {
    setup::run(Tools::Build)?;
    println!("serve: building, then serving the planner at {SERVE_URL} (Ctrl+C stops)");
    cmd::run(cmd::new("trunk").args(["serve", "--release"]), &paths::root())
}

/// The release build: the app into dist/.
pub fn release() -> Result {
    cmd::run(cmd::new("trunk").args(["build", "--release"]), &paths::root())?;
    println!("build: dist/ is ready ({})", paths::dist().display());
    Ok(())
}
