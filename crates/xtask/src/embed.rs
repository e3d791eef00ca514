//! `dist/embed/`: the JavaScript API module (crate certplan-js) with stable file names.

use std::path::Path;

use crate::cmd::{self, Result};
use crate::paths;
use crate::pins::WASM_TARGET;
use crate::small_wasm;

/// wasm features rustc 1.95 emits for wasm32 by default; wasm-opt must accept them.
pub const WASM_FEATURES: [&str; 6] = [
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

/// Optimisation level of the module, for rustc and wasm-opt alike. Unlike the app, the
/// module is judged by its speed too: measured here, level 2 runs `plan()` in 15.4 us
/// instead of 24.0 us at "z" (Node), for 138 more bytes brotli (26,411 of the 30,000).
pub const OPT_LEVEL: &str = "2";

/// Builds the JS API into `dist/embed/`: certplan.js, certplan_bg.wasm, certplan.d.ts.
pub fn build(dist: &Path) -> Result {
    let root = paths::root();
    cmd::run(
        small_wasm::apply(cmd::new("cargo").args([
            "build",
            "--package",
            "certplan-js",
            "--target",
            WASM_TARGET,
            "--release",
        ]))
        .env("CARGO_PROFILE_RELEASE_OPT_LEVEL", OPT_LEVEL),
        &root,
    )?;
    let out = dist.join("embed");
    let wasm = root
        .join("target")
        .join(WASM_TARGET)
        .join("release")
        .join("certplan_js.wasm");
    cmd::run(
        cmd::new("wasm-bindgen")
            .args(["--target", "web", "--out-name", "certplan", "--out-dir"])
            .arg(&out)
            .arg(&wasm),
        &root,
    )?;
    let module = out.join("certplan_bg.wasm");
    cmd::run(
        cmd::new("wasm-opt")
            .arg(format!("-O{OPT_LEVEL}"))
            .args(WASM_FEATURES)
            .arg(&module)
            .arg("-o")
            .arg(&module),
        &root,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_html_gives_trunks_wasm_opt_the_same_features() {
        let index = std::fs::read_to_string(paths::root().join("index.html")).unwrap();
        for feature in WASM_FEATURES {
            assert!(
                index.contains(feature),
                "index.html data-wasm-opt-params lacks {feature}"
            );
        }
    }
}
