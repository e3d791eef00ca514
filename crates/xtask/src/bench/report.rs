//! The report: target/bench/report.md, also printed. Markdown, so the README and the
//! issue can quote it as it is.

use std::fmt::Write;

use crate::bench::Figures;

/// Planner over static page, medians: (record, what, issue 21's budget, issue 9's goal).
const RATIOS: [(&str, &str, f64, f64); 2] = [
    ("fcp", "First paint", 1.3, 1.1),
    ("load", "Shared link's plan painted", 2.0, 1.6),
];
/// Issue 21's budgets on the scripts' figures: (record, statistic, "<" or "≤", bound).
const BUDGETS: [(&str, &str, &str, f64); 8] = [
    ("interaction_ms", "p95", "<", 16.0),
    ("interaction_dom_ms", "p95", "≤", 5.0),
    ("interaction_50_ms", "p95", "≤", 33.0),
    ("done_50_dom_ms", "p95", "≤", 2.0),
    ("copy_50_dom_ms", "p95", "≤", 2.0),
    ("elements_50", "median", "≤", 2500.0),
    ("engine.chromium_us", "median", "≤", 100.0),
    ("engine.node_us", "median", "≤", 100.0),
];
/// `plan()` natively, median (issue 21).
const NATIVE_BUDGET_US: f64 = 30.0;
/// The form factors lighthouse.mjs runs.
const FORMS: [&str; 2] = ["mobile", "desktop"];

/// A row of table cells, each anything `Display`.
macro_rules! row {
    ($($cell:expr),* $(,)?) => { vec![$($cell.to_string()),*] };
}

/// Renders the whole report.
pub fn render(f: &Figures) -> String {
    let (s, r) = (&f.stamp, &f.records);
    let mut out = format!(
        "# certplan benchmark\n\n{} · commit {} · {} CPUs · {} · Chromium {} · Node {} · Lighthouse {}\n\nHow each figure is measured: README.md, Performance.\n\n",
        s.date, s.commit, s.cpus, s.rustc, r.value("chromium"), r.value("node"), r.value("lighthouse"),
    );
    for section in [goals, timings, bytes, top, lighthouse] {
        section(&mut out, f);
    }
    out
}

/// Planner over static page, medians, of `key` (`load` or `fcp`).
pub fn planner_ratio(f: &Figures, key: &str) -> Option<f64> {
    let over = f.records.summary(&format!("{key}.planner_ms"))?;
    let under = f.records.summary(&format!("{key}.static_ms"))?;
    (under.median > 0.0).then(|| over.median / under.median)
}

fn goals(out: &mut String, f: &Figures) {
    let mut rows = vec![row!["Figure", "Goal", "Measured", ""]];
    let mut goal = |figure: String, goal: String, measured: String, met: Option<bool>| {
        let mark = met.map_or("not measured", |met| if met { "met" } else { "**missed**" });
        rows.push(row![figure, goal, measured, mark]);
    };
    for (key, what, budget, aim) in RATIOS {
        let (value, figure) = (
            planner_ratio(f, key),
            format!("{what}, planner / static page (medians)"),
        );
        let shown = format!("≤ {budget:.1} (goal {aim:.1})");
        goal(figure, shown, times(value), value.map(|v| v <= budget));
    }
    for (key, stat, relation, bound) in BUDGETS {
        let summary = f.records.summary(key);
        let value = summary.map(|s| if stat == "p95" { s.p95 } else { s.median });
        let figure = format!("{}, {stat}", summary.map_or(key, |s| &s.label));
        let shown = format!("{relation} {}", value_of(key, Some(bound)));
        let met = value.map(|v| v < bound || relation == "≤" && v == bound);
        goal(figure, shown, value_of(key, value), met);
    }
    let native = f.native.median;
    let budget = format!("≤ {NATIVE_BUDGET_US:.0} µs");
    let figure = "`plan()` natively, median".into();
    goal(figure, budget, us(native), Some(native <= NATIVE_BUDGET_US));
    for form in FORMS {
        let scores = f.records.value(&format!("lighthouse.{form}"));
        let met = (scores != "?").then(|| scores.split('/').all(|s| s == "100"));
        let figure = format!("Lighthouse {form} (perf/a11y/best practices/SEO)");
        goal(figure, "100 each".into(), scores.into(), met);
    }
    for (group, budget) in f.bytes.iter().filter_map(|g| Some((g, g.budget?))) {
        let brotli = group.total().brotli;
        let figure = format!("{}, brotli, as `cargo xtask test` counts it", group.title);
        let [shown, measured] = [budget, brotli].map(|b| format!("{} B", thousands(b)));
        let met = Some(brotli <= budget);
        goal(figure, format!("≤ {shown}"), measured, met);
    }
    section(out, "Goals", "llll", rows);
}

fn timings(out: &mut String, f: &Figures) {
    let mut rows = vec![row!["Figure", "Median", "p90", "p95", "p99", "Samples"]];
    for s in &f.records.summaries {
        let [median, p90, p95, p99] =
            [s.median, s.p90, s.p95, s.p99].map(|v| value_of(&s.name, Some(v)));
        rows.push(row![s.label, median, p90, p95, p99, s.count]);
    }
    let n = &f.native;
    let native = format!(
        "`plan()` natively (divan, each call timed; fastest {}, mean {}, slowest {})",
        us(n.fastest),
        us(n.mean),
        us(n.slowest)
    );
    rows.push(row![native, us(n.median), "", "", "", n.samples]);
    let rounds = f.records.value("load.rounds");
    let isolated = f.records.value("engine.chromium_isolated");
    section(
        out,
        &format!("Timings ({rounds} load rounds; Chromium cross-origin isolated: {isolated})"),
        "lrrrrr",
        rows,
    );
}

/// `value` in the unit its record's name ends with: `_ms`, `_us`, or a count.
pub fn value_of(key: &str, value: Option<f64>) -> String {
    match key.rsplit_once('_').map(|(_, unit)| unit) {
        Some("ms") => value.map_or("?".into(), |v| format!("{v:.1} ms")),
        Some("us") => value.map_or("?".into(), us),
        _ => value.map_or("?".into(), |v| thousands(v.round() as u64)),
    }
}

fn bytes(out: &mut String, f: &Figures) {
    let mut rows = vec![row!["File", "Raw", "gzip -9", "brotli -q 11"]];
    for group in &f.bytes {
        rows.push(row![format!("**{}**", group.title), "", "", ""]);
        for file in group.files.iter().chain([&group.total()]) {
            let [raw, gzip, brotli] = [file.raw, file.gzip, file.brotli].map(thousands);
            rows.push(row![file.name, raw, gzip, brotli]);
        }
    }
    section(out, "Bytes as built in dist/", "lrrr", rows);
}

fn top(out: &mut String, f: &Figures) {
    for top in &f.top {
        let mut rows = vec![row!["Bytes", "%", "Item"]];
        for item in &top.items {
            let share = 100.0 * item.bytes as f64 / top.code_bytes.max(1) as f64;
            let name = format!("`{}`", cell(&item.name));
            rows.push(row![thousands(item.bytes), format!("{share:.1}"), name]);
        }
        let heading = format!(
            "Largest items: {} ({} bytes without the names)",
            top.title,
            thousands(top.code_bytes)
        );
        section(out, &heading, "rrl", rows);
    }
}

/// Lighthouse's notes: each audit below 100 or that could not run, its warnings.
fn lighthouse(out: &mut String, f: &Figures) {
    let _ = writeln!(out, "## Lighthouse: audits below 100\n");
    if f.records.notes.is_empty() {
        let _ = writeln!(out, "None: every scored audit at 100.");
    }
    for note in &f.records.notes {
        let _ = writeln!(out, "- {}", note.replace('\n', " "));
    }
}

/// A section: its heading and a Markdown table, whose first row is the header; `align`
/// has an `l` or `r` per column.
fn section(out: &mut String, heading: &str, align: &str, rows: Vec<Vec<String>>) {
    let _ = writeln!(out, "## {heading}\n");
    let rule: Vec<&str> = align
        .chars()
        .map(|c| if c == 'r' { "---:" } else { "---" })
        .collect();
    for (i, cells) in rows.iter().enumerate() {
        let _ = writeln!(out, "| {} |", cells.join(" | "));
        if i == 0 {
            let _ = writeln!(out, "|{}|", rule.join("|"));
        }
    }
    out.push('\n');
}

/// `1,234,567`.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A ratio with two decimals, or "?".
pub fn times(value: Option<f64>) -> String {
    value.map_or("?".into(), |v| format!("{v:.2}"))
}

/// Microseconds with two decimals.
fn us(value: f64) -> String {
    format!("{value:.2} µs")
}

/// Text safe inside a Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bench::{native::Native, Stamp};

    #[test]
    fn reports_goals_figures_and_the_history_line() {
        let records = r#"{"summaries": [
            {"name": "load.static_ms", "label": "Static", "count": 3, "median": 50, "p90": 60, "p95": 60, "p99": 60},
            {"name": "load.planner_ms", "label": "Planner", "count": 3, "median": 100, "p90": 120, "p95": 120, "p99": 120},
            {"name": "done_50_dom_ms", "label": "A Done tick", "count": 3, "median": 1, "p90": 1.5, "p95": 3, "p99": 3},
            {"name": "elements_50", "label": "Elements", "count": 2, "median": 16348, "p90": 16348, "p95": 16348, "p99": 16348}
        ], "values": {"load.rounds": "3"}}"#;
        let figures = Figures {
            stamp: Stamp {
                date: "2026-12-06".into(),
                commit: "abc".into(),
                rustc: "rustc".into(),
                cpus: 2,
            },
            bytes: Vec::new(),
            top: Vec::new(),
            native: Native {
                fastest: 10.0,
                slowest: 900.0,
                median: 12.5,
                mean: 14.0,
                samples: 10_000,
            },
            records: serde_json::from_str(records).unwrap(),
        };
        let report = render(&figures);
        for line in [
            "| Shared link's plan painted, planner / static page (medians) | ≤ 2.0 (goal 1.6) | 2.00 | met |",
            "| A Done tick, p95 | ≤ 2.0 ms | 3.0 ms | **missed** |",
            "| Elements, median | ≤ 2,500 | 16,348 | **missed** |",
            "| `plan()` natively, median | ≤ 30 µs | 12.50 µs | met |",
            "| interaction_ms, p95 | < 16.0 ms | ? | not measured |",
            "| Planner | 100.0 ms | 120.0 ms | 120.0 ms | 120.0 ms | 3 |",
            "| Lighthouse mobile (perf/a11y/best practices/SEO) | 100 each | ? | not measured |",
        ] {
            assert!(report.contains(line), "{line}\n{report}");
        }
        let line = crate::bench::history::line(&figures);
        assert!(line.starts_with("| 2026-12-06 | abc | 0 | 0 | 0 | 50.0 ms | 100.0 ms | 2.00 | ? | 12.50 / ? / ? µs |"), "{line}");
        assert!(
            line.ends_with("| ? | 3.0 ms / ? | 16,348 | ? / ? / ? / ? ms |"),
            "{line}"
        );
    }
}
