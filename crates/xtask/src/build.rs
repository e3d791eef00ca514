//! `cargo xtask build` and `serve`: the release build into dist/, and the dev server.

use std::fs;

use crate::cmd::{self, Result};
use crate::setup::{self, Tools};
use crate::{boot, csp, embed, minify, offline, paths, small_wasm};

/// Where `serve` listens (Trunk.toml `[serve]`).
const SERVE_URL: &str = "http://127.0.0.1:8080/";

/// Copied from web/ into dist/ as they are: the example page for embedders (iframe and
/// JS API) and the icon it names without Trunk's content hash.
const STATIC_FILES: [&str; 4] = [
    "embed-example.html",
    "embed-example.js",
    "embed-example.css",
    "favicon.svg",
];

/// Sets up, then builds and serves the app with Trunk until interrupted.
pub fn serve() -> Result {
    setup::run(Tools::Build)?;
    println!("serve: building, then serving the planner at {SERVE_URL} (Ctrl+C stops)");
    cmd::run(
        small_wasm::apply(cmd::new("trunk").args(["serve", "--release"])),
        &paths::root(),
    )
}

/// The release build: the app, the JS API in dist/embed/, the offline single file and
/// the embedding example, all in dist/.
pub fn release() -> Result {
    let dist = paths::dist();
    cmd::run(
        small_wasm::apply(cmd::new("trunk").args(["build", "--release"])),
        &paths::root(),
    )?;
    boot::externalize(&dist)?;
    minify::app(&dist)?;
    csp::check(&dist)?;
    embed::build(&dist)?;
    offline::write(&dist)?;
    for file in STATIC_FILES {
        fs::copy(paths::root().join("web").join(file), dist.join(file))
            .map_err(|e| format!("web/{file}: {e}"))?;
    }
    println!("build: dist/ is ready ({})", dist.display());
    Ok(())
}
