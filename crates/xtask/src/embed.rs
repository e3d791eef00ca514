//! `dist/embed/`: the JavaScript API module (crate certplan-js) with stable file names,
//! and `frame.js`, the one-tag embed for docs sites (web/embed/frame.js, minified).

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

/// The source of the one-tag embed, and where the build puts it (its URL is the contract:
/// the frame it inserts points at `../`, the app beside dist/embed/).
pub const FRAME_SOURCE: &str = "web/embed/frame.js";
pub const FRAME_FILE: &str = "embed/frame.js";

/// Writes `dist/embed/frame.js`: web/embed/frame.js minified by terser (pinned in
/// tests/package.json, as for the app's glue). A classic script, not a module: hosts
/// paste it as `<script src=... async>`, where `document.currentScript` finds the tag.
pub fn frame(dist: &Path) -> Result {
    let root = paths::root();
    let out = dist.join(FRAME_FILE);
    if let Some(folder) = out.parent() {
        std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    }
    let terser = paths::tests().join("node_modules/terser/bin/terser");
    cmd::run(
        cmd::new("node")
            .arg(&terser)
            .arg(root.join(FRAME_SOURCE))
            .args(["--compress", "--mangle", "--output"])
            .arg(&out),
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
