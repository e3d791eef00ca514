//! `plan()` natively: a measured loop, call by call, in a release build.
//!
//! `cargo xtask` itself runs as a debug build, whose timings would say nothing, so the
//! bench starts a release build of this same program for the loop (`bench
//! --native-engine <file>`, an internal flag). It uses the workspace's release profile,
//! the size-tuned one the shipped wasm is built with, so native and wasm run the same
//! optimised code. The JS API figures (tests/bench/engine.mjs) use the same input,
//! handed over as JSON.

use std::fs;
use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

use certplan::{ClusterInput, PlanInput};

use crate::cmd::{self, Result};
use crate::paths;

/// Calls before timing starts (caches, branch predictors, allocator).
const WARMUP: usize = 20_000;
/// Timed calls, each its own sample.
const SAMPLES: usize = 200_000;

/// The input every engine figure uses: 59 days off, with the update age and three
/// clusters, one behind a load balancer, so every kind of step and note is produced.
pub fn input() -> PlanInput {
    PlanInput {
        shutdown: Some("2026-01-01".into()),
        restart: Some("2026-03-01".into()),
        last_update: Some("2025-10-01".into()),
        today: Some("2026-03-01".into()),
        clusters: vec![
            ClusterInput::new("prod1"),
            ClusterInput::with_load_balancer("edge2"),
            ClusterInput::new("test-3"),
        ],
    }
}

/// [`input`] as the JSON the JS API takes. Written by hand because the values are
/// fixed, plain ASCII; a test checks it matches the input.
pub fn input_json() -> String {
    let input = input();
    let date = |value: &Option<String>| {
        value
            .as_deref()
            .map_or_else(|| "null".to_owned(), |v| format!("\"{v}\""))
    };
    let clusters: Vec<String> = input
        .clusters
        .iter()
        .map(|c| {
            format!(
                "{{\"name\":\"{}\",\"loadBalancer\":{}}}",
                c.name, c.load_balancer
            )
        })
        .collect();
    format!(
        "{{\"shutdown\":{},\"restart\":{},\"lastUpdate\":{},\"today\":{},\"clusters\":[{}]}}",
        date(&input.shutdown),
        date(&input.restart),
        date(&input.last_update),
        date(&input.today),
        clusters.join(",")
    )
}

/// Runs the loop in a release build and leaves its samples in `out` (records format).
pub fn native(out: &Path) -> Result {
    println!("bench: plan() natively (release build of xtask)");
    cmd::run(
        cmd::new("cargo")
            .args([
                "run",
                "--quiet",
                "--release",
                "--package",
                "xtask",
                "--",
                "bench",
                NATIVE_FLAG,
            ])
            .arg(out),
        &paths::root(),
    )
}

/// The internal flag of `bench` that runs [`measure`].
pub const NATIVE_FLAG: &str = "--native-engine";

/// The loop itself: per-call microseconds of `certplan::plan` into `out`.
pub fn measure(out: &Path) -> Result {
    if cfg!(debug_assertions) {
        return Err(format!(
            "{NATIVE_FLAG} must run in a release build (cargo run --release -p xtask)"
        ));
    }
    let input = input();
    certplan::plan(&input).map_err(|e| format!("the bench input is refused: {e:?}"))?;
    for _ in 0..WARMUP {
        black_box(certplan::plan(black_box(&input)).ok());
    }
    let mut samples = String::with_capacity(SAMPLES * 8);
    for _ in 0..SAMPLES {
        let start = Instant::now();
        black_box(certplan::plan(black_box(&input)).ok());
        let micros = start.elapsed().as_secs_f64() * 1e6;
        samples.push_str(&format!("{micros:.4} "));
    }
    let text = format!("samples\tengine.native_us\t{}\n", samples.trim_end());
    fs::write(out, text).map_err(|e| format!("{}: {e}", out.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_is_the_input() {
        assert_eq!(
            input_json(),
            r#"{"shutdown":"2026-01-01","restart":"2026-03-01","lastUpdate":"2025-10-01","today":"2026-03-01","clusters":[{"name":"prod1","loadBalancer":false},{"name":"edge2","loadBalancer":true},{"name":"test-3","loadBalancer":false}]}"#
        );
        let plan = certplan::plan(&input()).unwrap();
        assert!(plan.layers.moc.impacted && plan.layers.kubernetes.impacted);
    }
}
