//! `--record`: one line per run in tests/bench/history.md, a Markdown table kept in the
//! repository, so the README can show how the figures moved from commit to commit.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::PathBuf;

use crate::bench::report::{count, ms, planner_ratio, thousands, times, CATEGORIES};
use crate::bench::Figures;
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
    let summary = |key: &str| f.records.summary(key);
    let median = |key: &str| summary(key).map(|s| s.median);
    let p95 = |key: &str| ms(summary(key).map(|s| s.p95));
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
    let scores = |form: &str| CATEGORIES.map(|c| f.records.score(form, c)).join("/");
    let cells = [
        f.stamp.date.clone(),
        f.stamp.commit.clone(),
        brotli("First visit"),
        brotli("JS API"),
        brotli("Offline"),
        ms(median("load.static_ms")),
        ms(median("load.planner_ms")),
        times(planner_ratio(f, "load")),
        p95("interaction_ms"),
        format!("{engine} µs"),
        scores("mobile"),
        scores("desktop"),
        times(planner_ratio(f, "fcp")),
        p95("interaction_dom_ms"),
        p95("interaction_50_ms"),
        format!("{} / {}", p95("done_50_dom_ms"), p95("copy_50_dom_ms")),
        count(median("elements_50")),
        format!("{phases} ms"),
    ];
    format!("| {} |", cells.join(" | "))
}
