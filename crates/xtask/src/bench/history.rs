//! `--record`: one line per run in tests/bench/history.md, a Markdown table kept in the
//! repository, so the README can show how the figures moved from commit to commit.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::PathBuf;

use crate::bench::figures::Figures;
use crate::bench::report::{count, ms, thousands, times};
use crate::cmd::Result;
use crate::paths;

const HEADER: &str = "\
# Benchmark history

One line per `cargo xtask bench --record`; newest last. Bytes are brotli -q 11; load and
interaction are medians/p95 in headless Chromium on the recording machine; engine figures
are medians of `plan()`; Lighthouse is performance/accessibility/best practices/SEO.
Timings depend on the machine: compare lines recorded on the same kind of machine.

| Date | Commit | First visit (B) | JS API (B) | Offline (B) | Static load | Planner load | Ratio | Input to paint p95 | plan() native / Node / Chromium | Lighthouse mobile | Lighthouse desktop | First paint ratio | Input to DOM p95 | 50 clusters: input to paint p95 | 50 clusters: Done / Copy DOM p95 | 50 clusters: elements | Link: wasm fetched / instantiated / rendered / painted |
|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|---|---:|---:|---:|---:|---:|---|
";

/// tests/bench/history.md.
pub fn file() -> PathBuf {
    paths::tests().join("bench").join("history.md")
}

/// Appends the run's line (creating the file with its header if needed); returns it.
pub fn record(f: &Figures) -> Result<String> {
    let path = file();
    if !path.exists() {
        fs::write(&path, HEADER).map_err(|e| format!("{}: {e}", path.display()))?;
    }
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
    let median = |key: &str| f.summary(key).map(|s| s.median);
    let engine = ["engine.native_us", "engine.node_us", "engine.chromium_us"]
        .map(|key| median(key).map_or("?".into(), |v| format!("{v:.2}")))
        .join(" / ");
    let p95 = |key: &str| ms(f.summary(key).map(|s| s.p95));
    let phases = ["wasm", "instantiated", "rendered", "painted"]
        .map(|key| median(&format!("phase.{key}_ms")).map_or("?".into(), |v| format!("{v:.1}")))
        .join(" / ");
    format!(
        "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {engine} µs | {} | {} | {} | {} | {} | {} / {} | {} | {phases} ms |",
        f.stamp.date,
        f.stamp.commit,
        thousands(f.brotli("First visit")),
        thousands(f.brotli("JS API")),
        thousands(f.brotli("Offline")),
        ms(median("load.static_ms")),
        ms(median("load.planner_ms")),
        times(f.load_ratio()),
        ms(f.summary("interaction_ms").map(|s| s.p95)),
        f.scores("mobile"),
        f.scores("desktop"),
        times(f.first_paint_ratio()),
        ms(f.summary("interaction_dom_ms").map(|s| s.p95)),
        ms(f.summary("interaction_50_ms").map(|s| s.p95)),
        p95("done_50_dom_ms"),
        p95("copy_50_dom_ms"),
        count(median("elements_50")),
    )
}
