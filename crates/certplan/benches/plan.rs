//! `plan()` natively, timed by divan: the figure `cargo xtask bench` holds to issue 21's
//! 30 µs budget. It runs in the bench profile, that is the workspace's size-tuned release
//! profile the shipped wasm is built with, so native and wasm run the same optimised code.
//!
//! The JS API is timed on the same input (tests/bench/engine.mjs): with
//! `CERTPLAN_BENCH_INPUT=<file>` set, this bench first writes the input there as the
//! JSON the JS API takes, serialized by serde.

use certplan::{ClusterInput, PlanInput};

fn main() {
    let input = input();
    let plan = certplan::plan(&input).expect("the bench input is a valid plan input");
    assert!(plan.layers.moc.impacted && plan.layers.kubernetes.impacted);
    if let Some(file) = std::env::var_os("CERTPLAN_BENCH_INPUT") {
        let json = serde_json::to_string(&input).expect("a PlanInput serializes");
        std::fs::write(&file, json).expect("the bench input file is writable");
    }
    divan::main();
}

/// 59 days off, with the update age and three clusters, one behind a load balancer, so
/// every kind of step and note is produced.
fn input() -> PlanInput {
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

/// Many small samples: the median stays steady on a busy machine.
#[divan::bench(sample_count = 10_000)]
fn plan(bencher: divan::Bencher) {
    let input = input();
    bencher.bench_local(|| certplan::plan(divan::black_box(&input)));
}
