//! `plan()` natively, timed by divan: the figure `cargo xtask bench` holds to issue 21's
//! 30 µs budget. It runs in the bench profile, that is the workspace's size-tuned release
//! profile the shipped wasm is built with, so native and wasm run the same optimised code.

use certplan::PlanInput;

/// The input every engine figure uses, the JS API's too (tests/bench/engine.mjs): 59
/// days off, with the update age and three clusters, one behind a load balancer, so
/// every kind of step and note is produced.
const INPUT: &str = include_str!("../../../tests/bench/plan-input.json");

fn main() {
    let plan = certplan::plan(&input()).expect("the bench input is a valid plan input");
    assert!(plan.layers.moc.impacted && plan.layers.kubernetes.impacted);
    divan::main();
}

fn input() -> PlanInput {
    serde_json::from_str(INPUT).expect("tests/bench/plan-input.json is a PlanInput")
}

/// Many small samples: the median stays steady on a busy machine.
#[divan::bench(sample_count = 10_000)]
fn plan(bencher: divan::Bencher) {
    let input = input();
    bencher.bench_local(|| certplan::plan(divan::black_box(&input)));
}
