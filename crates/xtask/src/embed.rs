//! `dist/embed/`: the JavaScript API module (crate certplan-js) with stable file names.
//! Its one-tag embed, `frame.js`, is Trunk's copy of web/embed/ (index.html).

use std::path::Path;
use std::process::Command;

use crate::build::SMALL_WASM;
use crate::cmd::{self, Result};
use crate::paths;
use crate::pins::WASM_TARGET;

/// wasm features rustc 1.95 emits for wasm32 by default; wasm-opt must accept them
/// (index.html gives Trunk's wasm-opt the same).
pub const WASM_FEATURES: [&str; 6] = [
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

/// wasm-opt rewriting `file` in place, with the features above; the caller adds passes.
pub fn wasm_opt(file: &Path) -> Command {
    let mut command = cmd::new("wasm-opt");
    command.args(WASM_FEATURES).arg(file).arg("-o").arg(file);
    command
}

/// Optimisation level of the module, for rustc and wasm-opt alike. Unlike the app, the
/// module is judged by its speed too: measured here, level 2 runs `plan()` in 15.4 us
/// instead of 24.0 us at "z" (Node), for 138 more bytes brotli.
pub const OPT_LEVEL: &str = "2";

/// Builds the JS API into `dist/embed/`: certplan.js, certplan_bg.wasm, certplan.d.ts.
pub fn build(dist: &Path) -> Result {
    let root = paths::root();
    let mut cargo = cmd::new("cargo");
    cargo
        .args([
            "build",
            "--package",
            "certplan-js",
            "--target",
            WASM_TARGET,
            "--release",
        ])
        .env("CARGO_PROFILE_RELEASE_OPT_LEVEL", OPT_LEVEL);
    cmd::run(cargo.envs(SMALL_WASM), &root)?;
    let out = dist.join("embed");
    cmd::run(
        cmd::new("wasm-bindgen")
            .args(["--target", "web", "--out-name", "certplan", "--out-dir"])
            .arg(&out)
            .arg(
                root.join("target")
                    .join(WASM_TARGET)
                    .join("release/certplan_js.wasm"),
            ),
        &root,
    )?;
    // wasm-bindgen runs no optimizer (Trunk and wasm-pack run wasm-opt after it): 5,843 B
    // brotli of the module, measured for issue 22.
    let module = out.join("certplan_bg.wasm");
    cmd::run(wasm_opt(&module).arg(format!("-O{OPT_LEVEL}")), &root)
}
