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
        ])),
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
            .arg("-Oz")
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
