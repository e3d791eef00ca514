//! `--record`: one line per run in tests/bench/history.md, a Markdown table kept in the
//! repository, so the README can show how the figures moved from commit to commit.

use std::fs::OpenOptions;
use std::io::Write;

use crate::bench::report::{planner_ratio, thousands, times, value_of};
use crate::bench::Figures;
use crate::cmd::Result;
use crate::paths;

/// Appends the run's line to tests/bench/history.md (its header says what each column
/// holds); returns the line.
pub fn record(f: &Figures) -> Result<String> {
    let path = paths::tests().join("bench").join("history.md");
    let row = line(f);
    OpenOptions::new()
        .append(true)
        .open(&path)
        .and_then(|mut file| writeln!(file, "{row}"))
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(row)
}

/// The run as one table row.
pub fn line(f: &Figures) -> String {
    let median = |key: &str| f.records.summary(key).map(|s| s.median);
    let p95 = |key: &str| value_of(key, f.records.summary(key).map(|s| s.p95));
    let brotli = |title: &str| {
        let group = f.bytes.iter().find(|g| g.title.starts_with(title));
        thousands(group.map_or(0, |g| g.total().brotli))
    };
    let engine = [
        Some(f.native.median),
        median("engine.node_us"),
        median("engine.chromium_us"),
    ]
    .map(|v| v.map_or("?".into(), |v| format!("{v:.2}")))
    .join(" / ");
    let phases = ["wasm", "instantiated", "rendered", "painted"]
        .map(|key| median(&format!("phase.{key}_ms")).map_or("?".into(), |v| format!("{v:.1}")))
        .join(" / ");
    let scores = |form: &str| f.records.value(&format!("lighthouse.{form}")).to_owned();
    let cells = [
        f.stamp.date.clone(),
        f.stamp.commit.clone(),
        brotli("First visit"),
        brotli("JS API"),
        brotli("Offline"),
        value_of("load.static_ms", median("load.static_ms")),
        value_of("load.planner_ms", median("load.planner_ms")),
        times(planner_ratio(f, "load")),
        p95("interaction_ms"),
        format!("{engine} µs"),
        scores("mobile"),
        scores("desktop"),
        times(planner_ratio(f, "fcp")),
        p95("interaction_dom_ms"),
        p95("interaction_50_ms"),
        format!("{} / {}", p95("done_50_dom_ms"), p95("copy_50_dom_ms")),
        value_of("elements_50", median("elements_50")),
        format!("{phases} ms"),
    ];
    format!("| {} |", cells.join(" | "))
}
