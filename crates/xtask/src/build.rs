//! `cargo xtask build` and `serve`: Trunk's release build into dist/, once or on change,
//! and `post-build`, Trunk's post_build hook (Trunk.toml), which runs on Trunk's staging
//! folder before it becomes dist/, so what `serve` shows is what `build` ships.
//!
//! Each step of the hook that edits another tool's output says, next to it, the upstream
//! issue it works around and what it saves (brotli, measured for issue 22).

use std::env;
use std::path::{Path, PathBuf};

use crate::cmd::{self, Result};
use crate::setup::{self, Tools};
use crate::{boot, embed, offline, paths, short_names};

/// Where `serve` listens (Trunk.toml `[serve]`).
const SERVE_URL: &str = "http://127.0.0.1:8080/";

/// Release wasm builds rebuild std with panics that abort at once: the prebuilt std
/// carries panic-message formatting no user sees (measured for issue 9: the app's wasm
/// 84.7 KB -> 72.7 KB brotli). Both settings are unstable, so these cargo runs alone get
/// `RUSTC_BOOTSTRAP=1` on the stable toolchain; std's source is rust-toolchain.toml's
/// rust-src.
pub const SMALL_WASM: [(&str, &str); 3] = [
    ("RUSTC_BOOTSTRAP", "1"),
    ("CARGO_UNSTABLE_BUILD_STD", "std,panic_abort"),
    (
        "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
        "-Zunstable-options -Cpanic=immediate-abort",
    ),
];

/// Sets up, then builds and serves dist/ with Trunk, rebuilding on change.
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
    let mut trunk = cmd::new("trunk");
    cmd::run(
        trunk.args([command, "--release"]).envs(SMALL_WASM),
        &paths::root(),
    )
}

/// `cargo xtask post-build`: finishes the build Trunk staged in `TRUNK_STAGING_DIR`.
pub fn post_build() -> Result {
    let staging = env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from).ok_or(
        "post-build is Trunk's post_build hook (see Trunk.toml); run `cargo xtask build` instead",
    )?;
    prerender(&staging)?;
    // No inline script for the strict CSP to allow: trunk-rs/trunk#288 (open).
    boot::externalize(&staging)?;
    // 3,719 B of the first visit: wasm-bindgen/wasm-bindgen#3736 (hashed import names).
    short_names::app(&staging)?;
    // 5,843 B of the JS API module: wasm-bindgen runs no optimizer (Trunk and wasm-pack do).
    embed::build(&staging)?;
    // Trunk cannot inline the wasm: trunk-rs/trunk#512 (closed unbuilt).
    offline::write(&staging)
}

/// Renders the page's fixed parts and the planner's first render into the staged
/// index.html, with the web app's own components (its `prerender` binary, native, by the
/// alias of .cargo/config.toml).
fn prerender(dir: &Path) -> Result {
    let mut prerender = cmd::new("cargo");
    cmd::run(
        prerender.arg("prerender").arg(dir.join("index.html")),
        &paths::root(),
    )
}
