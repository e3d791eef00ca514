//! `cargo xtask build` and `serve`: Trunk's release build into dist/, once or on change.
//!
//! Both run the same Trunk pipeline, whose post_build hook ([`crate::post_build`]) adds
//! what Trunk cannot do itself, so what `serve` shows is what `build` ships.

use crate::cmd::{self, Result};
use crate::setup::{self, Tools};
use crate::{paths, small_wasm};

/// Where `serve` listens (Trunk.toml `[serve]`).
const SERVE_URL: &str = "http://127.0.0.1:8080/";

/// Sets up, then builds and serves dist/ with Trunk, rebuilding on change, until
/// interrupted.
pub fn serve() -> Result {
    setup::run(Tools::Build)?;
    println!("serve: building, then serving the planner at {SERVE_URL} (Ctrl+C stops)");
    trunk("serve")
}

/// The release build into dist/: the app, the JS API in dist/embed/, the offline single
/// file and the embedding example.
pub fn release() -> Result {
    trunk("build")?;
    println!("build: dist/ is ready ({})", paths::dist().display());
    Ok(())
}

fn trunk(command: &str) -> Result {
    cmd::run(
        small_wasm::apply(cmd::new("trunk").args([command, "--release"])),
        &paths::root(),
    )
}
