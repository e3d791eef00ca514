//! The report: target/bench/report.md, also printed. Markdown, so the README and the
//! issue can quote it as it is.

use std::fmt::Write;

use crate::bench::scripts::Summary;
use crate::bench::Figures;

/// Planner over static page, medians: (record, figure, issue 21's budget, issue 9's goal).
const RATIOS: [(&str, &str, f64, f64); 2] = [
    (
        "fcp",
        "First paint, planner / static page (medians)",
        1.3,
        1.1,
    ),
    (
        "load",
        "Shared link's plan painted, planner / static page's tables (medians)",
        2.0,
        1.6,
    ),
];
/// A p95 budget in ms, with "<" (strictly under) or "≤".
type P95Budget = Option<(&'static str, f64)>;
/// Input to paint (issues 9 and 21): clusters, from what to what, record, budget.
const INTERACTIONS: [(u32, &str, &str, P95Budget); 8] = [
    (
        2,
        "Input to the frame painted",
        "interaction_ms",
        Some(("<", 16.0)),
    ),
    (
        2,
        "Input to the DOM updated (script alone)",
        "interaction_dom_ms",
        Some(("≤", 5.0)),
    ),
    (
        50,
        "Input to the frame painted",
        "interaction_50_ms",
        Some(("≤", 33.0)),
    ),
    (
        50,
        "Input to the DOM updated (script alone)",
        "interaction_50_dom_ms",
        None,
    ),
    (50, "A Done tick to the frame painted", "done_50_ms", None),
    (
        50,
        "A Done tick to the DOM updated",
        "done_50_dom_ms",
        Some(("≤", 2.0)),
    ),
    (
        50,
        "A Copy confirmation to the frame painted",
        "copy_50_ms",
        None,
    ),
    (
        50,
        "A Copy confirmation to the DOM updated",
        "copy_50_dom_ms",
        Some(("≤", 2.0)),
    ),
];
/// Elements on the 50-cluster page with every disclosure closed (issue 21).
const ELEMENTS_50_BUDGET: f64 = 2500.0;
/// Where a shared link's time goes, in order: (record, what has happened by then).
const PHASES: [(&str, &str); 7] = [
    ("html", "HTML fetched"),
    ("glue", "JS glue fetched"),
    ("wasm", "wasm fetched"),
    ("instantiated", "wasm compiled and instantiated"),
    ("started", "app started (hydrated, buttons enabled)"),
    ("rendered", "the link's plan rendered (DOM)"),
    ("painted", "the plan painted"),
];
/// `plan()` median budgets (issue 21): natively, and through the JS API (aiming at 60).
const NATIVE_BUDGET_US: f64 = 30.0;
const JS_API_BUDGET_US: f64 = 100.0;
/// Issue 20: `findRemedies` on 1 MB of pasted text in under 50 ms in the browser.
const LOOKUP_BUDGET_MS: f64 = 50.0;
/// Lighthouse's categories, in its order, and the form factors lighthouse.mjs runs.
pub const CATEGORIES: [&str; 4] = ["performance", "accessibility", "best-practices", "seo"];
const FORMS: [&str; 2] = ["mobile", "desktop"];

/// A row of table cells, each anything `Display`.
macro_rules! row {
    ($($cell:expr),* $(,)?) => { vec![$($cell.to_string()),*] };
}

/// Renders the whole report.
pub fn render(f: &Figures) -> String {
    let (s, r) = (&f.stamp, &f.records);
    let mut out = format!(
        "# certplan benchmark\n\n{} · commit {} · {} CPUs · {} · Chromium {} · Node {} · Lighthouse {}\n\n",
        s.date, s.commit, s.cpus, s.rustc, r.value("chromium"), r.value("node"), r.value("lighthouse"),
    );
    for section in [goals, bytes, top, load, interaction, engine, lighthouse] {
        section(&mut out, f);
    }
    out
}

/// The median of `over` divided by the median of `under`.
pub fn ratio(f: &Figures, over: &str, under: &str) -> Option<f64> {
    let (over, under) = (f.records.summary(over)?, f.records.summary(under)?);
    (under.median > 0.0).then(|| over.median / under.median)
}

/// Planner over static page, medians, of `key` (`load` or `fcp`).
pub fn planner_ratio(f: &Figures, key: &str) -> Option<f64> {
    ratio(f, &format!("{key}.planner_ms"), &format!("{key}.static_ms"))
}

fn goals(out: &mut String, f: &Figures) {
    let mut rows = vec![row!["Figure", "Goal", "Measured", ""]];
    let mut goal = |figure: &str, goal: String, measured: String, met: Option<bool>| {
        let mark = met.map_or("not measured", |met| if met { "met" } else { "**missed**" });
        rows.push(row![figure, goal, measured, mark]);
    };
    for (key, figure, budget, aim) in RATIOS {
        let value = planner_ratio(f, key);
        let met = value.map(|v| v <= budget);
        goal(
            figure,
            format!("≤ {budget:.1} (goal {aim:.1})"),
            times(value),
            met,
        );
    }
    for (clusters, what, key, budget) in INTERACTIONS {
        let Some((relation, bound)) = budget else {
            continue;
        };
        let p95 = f.records.summary(key).map(|s| s.p95);
        let met = p95.map(|v| {
            if relation == "<" {
                v < bound
            } else {
                v <= bound
            }
        });
        let figure = format!("{what}, {clusters} clusters, p95");
        goal(&figure, format!("{relation} {bound:.0} ms"), ms(p95), met);
    }
    let elements = f.records.summary("elements_50").map(|s| s.median);
    goal(
        "Elements on the page at 50 clusters, disclosures closed",
        format!("≤ {}", thousands(ELEMENTS_50_BUDGET as u64)),
        count(elements),
        elements.map(|e| e <= ELEMENTS_50_BUDGET),
    );
    let native = f.native.median;
    goal(
        "`plan()` natively, median",
        format!("≤ {NATIVE_BUDGET_US:.0} µs"),
        us(Some(native)),
        Some(native <= NATIVE_BUDGET_US),
    );
    for (name, key) in [
        ("Chromium", "engine.chromium_us"),
        ("Node", "engine.node_us"),
    ] {
        let median = f.records.summary(key).map(|s| s.median);
        goal(
            &format!("`plan()` through the JS API, {name}, median"),
            format!("≤ {JS_API_BUDGET_US:.0} µs"),
            us(median),
            median.map(|m| m <= JS_API_BUDGET_US),
        );
    }
    for form in FORMS {
        let scores = CATEGORIES.map(|c| f.records.score(form, c));
        let met = (!scores.contains(&"?")).then(|| scores.iter().all(|s| *s == "100"));
        let figure = format!("Lighthouse {form} (perf/a11y/best practices/SEO)");
        goal(&figure, "100 each".into(), scores.join("/"), met);
    }
    for b in &f.budgets {
        goal(
            &format!("{}, brotli, as `cargo xtask test` counts it", b.title),
            format!("≤ {} B", thousands(b.budget)),
            format!("{} B", thousands(b.brotli)),
            Some(b.brotli <= b.budget),
        );
    }
    section(out, "Goals", "", "llll", rows);
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
    let intro = "Sizes of the files as built in dist/; gzip -9 and brotli -q 11 are what a static host sends.";
    section(out, "Bytes", intro, "lrrr", rows);
}

fn top(out: &mut String, f: &Figures) {
    for top in &f.top {
        let mut rows = vec![row!["Bytes", "%", "Item"]];
        for item in &top.items {
            let share = 100.0 * item.bytes as f64 / top.code_bytes.max(1) as f64;
            rows.push(row![
                thousands(item.bytes),
                format!("{share:.1}"),
                format!("`{}`", cell(&item.name))
            ]);
        }
        let intro = format!(
            "`twiggy top` of the same build with names kept ({} bytes without the names).",
            thousands(top.code_bytes)
        );
        section(
            out,
            &format!("Largest items: {}", top.title),
            &intro,
            "rrl",
            rows,
        );
    }
}

fn load(out: &mut String, f: &Figures) {
    let summary = |key: &str| f.records.summary(key);
    let mut rows = vec![row!["Page", "Usable, median", "p90", "First paint, median"]];
    for (name, key) in [("Static tables", "static"), ("Planner", "planner")] {
        let ready = summary(&format!("load.{key}_ms"));
        let fcp = summary(&format!("fcp.{key}_ms"));
        rows.push(row![
            name,
            ms(ready.map(|s| s.median)),
            ms(ready.map(|s| s.p90)),
            ms(fcp.map(|s| s.median))
        ]);
    }
    let intro = format!(
        "{} interleaved rounds in one headless Chromium, each visit in a fresh context (empty cache), both pages from the same local server (brotli). Time from navigation start to the first frame painted once the page is usable: for the planner, the input labelled \"Shutdown date\" exists and the plan of the shared link is rendered; for the static page, its last table is in the page. First paint is Chromium's first-contentful-paint entry, a presentation timestamp that can come after the frame the page itself saw.",
        f.records.value("load.rounds")
    );
    section(out, "Load", &intro, "lrrr", rows);
    let [(_, _, fcp_budget, fcp_goal), (_, _, budget, goal)] = RATIOS;
    let _ = writeln!(
        out,
        "Ratio planner / static (medians): usable **{}** (budget ≤ {budget:.1}, goal ≤ {goal:.1}), first paint **{}** (budget ≤ {fcp_budget:.1}, goal ≤ {fcp_goal:.1}).\n",
        times(planner_ratio(f, "load")),
        times(planner_ratio(f, "fcp")),
    );
    let mut rows = vec![row![
        "Phase",
        "Done at, median",
        "p90",
        "Median since the previous phase"
    ]];
    let mut previous = Some(0.0);
    for (key, name) in PHASES {
        let s = summary(&format!("phase.{key}_ms"));
        let median = s.map(|s| s.median);
        let since = median.zip(previous).map(|(m, p)| m - p);
        rows.push(row![name, ms(median), ms(s.map(|s| s.p90)), ms(since)]);
        previous = median;
    }
    out.push_str("Where the shared link's time goes: each phase's end, after navigation start (Resource Timing for the files; the glue's `WebAssembly.instantiateStreaming` resolving; \"Add a cluster\" enabled; the bench's own observer and frame for the rest). Started and rendered fall in one task of Yew's scheduler.\n\n");
    table(out, "lrrr", rows);
    let [glue, wasm, compile] = ["glueStart", "wasmStart", "instantiateStart"]
        .map(|key| ms(summary(&format!("phase.{key}_ms")).map(|s| s.median)));
    let _ = writeln!(
        out,
        "The glue's fetch starts at {glue}, the wasm's at {wasm}, and the glue hands the wasm to the compiler at {compile} (medians; the module script waits for the stylesheet and the parser, so the preloaded wasm is often all there by then).\n"
    );
}

fn interaction(out: &mut String, f: &Figures) {
    let summary = |key: &str| f.records.summary(key);
    let mut rows = vec![row!["Clusters", "From … to", "Median", "p95", "Goal (p95)"]];
    for (clusters, what, key, budget) in INTERACTIONS {
        let s = summary(key);
        let goal = budget.map_or(String::new(), |(relation, bound)| {
            format!("{relation} {bound:.0} ms")
        });
        rows.push(row![
            clusters,
            what,
            ms(s.map(|s| s.median)),
            ms(s.map(|s| s.p95)),
            goal
        ]);
    }
    let changes = |key: &str| summary(key).map_or(0, |s| s.count);
    let intro = format!(
        "Input: changing \"Shutdown date\" (value set, input and change events) until the plan shows the new shutdown length; {} changes on the shared link of 2 clusters and {} on one of 50 (the most a link carries), each across the 30-day line. Each action starts at a random point of the frame interval, as a person's input does, so \"painted\" includes the wait for the next frame (at 60 Hz, 8 ms on average).",
        changes("interaction_ms"),
        changes("interaction_50_ms"),
    );
    section(out, "Interaction", &intro, "rlrrl", rows);
    let _ = writeln!(
        out,
        "Elements on the 50-cluster page after its load, every disclosure closed: {} (goal ≤ {}).\n",
        count(summary("elements_50").map(|s| s.median)),
        thousands(ELEMENTS_50_BUDGET as u64)
    );
}

fn engine(out: &mut String, f: &Figures) {
    let n = &f.native;
    let mut rows = vec![
        row!["Where", "Median", "p99", "Samples", "How"],
        row![
            "Native (bench profile)",
            us(Some(n.median)),
            "",
            n.samples,
            format!(
                "divan, each call timed: fastest {}, mean {}, slowest {}",
                us(Some(n.fastest)),
                us(Some(n.mean)),
                us(Some(n.slowest))
            )
        ],
    ];
    let clock = if f.records.value("engine.chromium_isolated") == "true" {
        "5 µs clock, cross-origin isolated"
    } else {
        "coarse clock: not cross-origin isolated"
    };
    for (name, key, how) in [
        (
            "JS API, Node",
            "engine.node_us",
            "mean of 20-call batches, as JS objects in and out".to_owned(),
        ),
        (
            "JS API, Chromium",
            "engine.chromium_us",
            format!("mean of 20-call batches ({clock})"),
        ),
    ] {
        let s: Option<Summary> = f.records.summary(key);
        rows.push(row![
            name,
            us(s.map(|s| s.median)),
            us(s.map(|s| s.p99)),
            s.map_or(0, |s| s.count),
            how
        ]);
    }
    let intro =
        "`plan()` on one input (59 days off, update age, three clusters, one load balancer).";
    section(out, "Engine", intro, "lrrrl", rows);
    let lookup = |key: &str| {
        f.records
            .summary(key)
            .map(|s| (ms(Some(s.median)), ms(Some(s.p99))))
    };
    let [(node, node99), (chromium, chromium99)] =
        ["engine.lookup_node_ms", "engine.lookup_chromium_ms"]
            .map(|key| lookup(key).unwrap_or(("?".into(), "?".into())));
    let _ = writeln!(
        out,
        "Goals: at most {NATIVE_BUDGET_US:.0} µs natively and {JS_API_BUDGET_US:.0} µs through the JS API. Batch means hide single-call tails; the native mean and slowest show them.\n\n`findRemedies()` on 1 MB of pasted log, each call timed: median {node} (p99 {node99}) in Node, {chromium} (p99 {chromium99}) in Chromium. Goal: under {LOOKUP_BUDGET_MS:.0} ms in the browser.\n"
    );
}

fn lighthouse(out: &mut String, f: &Figures) {
    let mut rows = vec![row!["Category", "Mobile", "Desktop"]];
    for category in CATEGORIES {
        rows.push(row![
            category,
            f.records.score("mobile", category),
            f.records.score("desktop", category)
        ]);
    }
    let intro = format!(
        "Lighthouse {} on the served dist/ (`/app/`, empty form), Debian Chromium kept off the network. Mobile: Lighthouse's defaults (simulated slow 4G, 4x CPU slowdown); desktop: `--preset=desktop`.",
        f.records.value("lighthouse")
    );
    section(out, "Lighthouse", &intro, "lrr", rows);
    let mut errored = Vec::new();
    for (form, run) in FORMS
        .iter()
        .filter_map(|form| Some((form, f.records.lighthouse.get(*form)?)))
    {
        if run.audits.is_empty() {
            let _ = writeln!(out, "{form}: every scored audit at 100.\n");
        } else {
            let _ = writeln!(out, "{form}: audits below 100\n");
            let mut rows = vec![row!["Category", "Score", "Weight", "Audit", "Value"]];
            for a in &run.audits {
                rows.push(row![
                    a.category,
                    a.score,
                    a.weight,
                    format!("`{}` {}", a.id, cell(&a.title)),
                    cell(&a.value)
                ]);
            }
            table(out, "lrrll", rows);
            out.push('\n');
        }
        errored.extend(run.audits.iter().filter(|a| a.score == "error"));
    }
    if !errored.is_empty() {
        let _ = writeln!(
            out,
            "\"error\": the audit could not run in this Lighthouse with this Chromium. {}\n",
            if errored.iter().any(|a| a.weight > 0.0) {
                "Some of them carry weight, so their category's score is not complete."
            } else {
                "All of them have weight 0 (diagnostics), so no score depends on them."
            }
        );
    }
    for (form, run) in &f.records.lighthouse {
        for warning in &run.warnings {
            let _ = writeln!(out, "- warning ({form}): {}", cell(warning));
        }
        if let Some(error) = &run.error {
            let _ = writeln!(out, "- error ({form}): {}", cell(error));
        }
    }
}

/// A section: its heading, an introduction and a table.
fn section(out: &mut String, heading: &str, intro: &str, align: &str, rows: Vec<Vec<String>>) {
    let _ = writeln!(out, "## {heading}\n");
    if !intro.is_empty() {
        let _ = writeln!(out, "{intro}\n");
    }
    table(out, align, rows);
    out.push('\n');
}

/// A Markdown table: the first row is the header; `align` has an `l` or `r` per column.
fn table(out: &mut String, align: &str, rows: Vec<Vec<String>>) {
    for (i, cells) in rows.iter().enumerate() {
        let _ = writeln!(out, "| {} |", cells.join(" | "));
        if i == 0 {
            let rule: Vec<&str> = align
                .chars()
                .map(|c| if c == 'r' { "---:" } else { "---" })
                .collect();
            let _ = writeln!(out, "|{}|", rule.join("|"));
        }
    }
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

/// A whole number with thousands separators, or "?".
pub fn count(value: Option<f64>) -> String {
    value.map_or("?".into(), |v| thousands(v.round() as u64))
}

/// A ratio with two decimals, or "?".
pub fn times(value: Option<f64>) -> String {
    value.map_or("?".into(), |v| format!("{v:.2}"))
}

/// Milliseconds with one decimal, or "?".
pub fn ms(value: Option<f64>) -> String {
    value.map_or("?".into(), |v| format!("{v:.1} ms"))
}

/// Microseconds with two decimals, or "?".
fn us(value: Option<f64>) -> String {
    value.map_or("?".into(), |v| format!("{v:.2} µs"))
}

/// Text safe inside a Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}
