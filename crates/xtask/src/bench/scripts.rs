//! The measurements made in Chromium and Node: the scripts of tests/bench/, run one
//! after the other (never side by side: they would time each other), each writing its
//! results as JSON (tests/bench/common.mjs `output`: the browser-side statistics are
//! computed where they are measured).

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::path::Path;

use serde::Deserialize;

use crate::cmd::{self, Result};
use crate::{paths, setup};

/// One figure: its record name, its label in the report and the order statistics of
/// its samples (nearest rank).
#[derive(Debug, Deserialize)]
pub struct Summary {
    pub name: String,
    pub label: String,
    pub count: usize,
    pub median: f64,
    pub p90: f64,
    pub p95: f64,
    pub p99: f64,
}

/// Everything the scripts recorded.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct Records {
    /// In the report's order; a figure without samples is left out.
    pub summaries: Vec<Summary>,
    values: BTreeMap<String, String>,
    /// Lines for the report (Lighthouse's audits below 100, its warnings), Markdown.
    pub notes: Vec<String>,
}

impl Records {
    pub fn summary(&self, name: &str) -> Option<&Summary> {
        self.summaries.iter().find(|s| s.name == name)
    }

    /// The value of `name`, or "?" when it is missing.
    pub fn value(&self, name: &str) -> &str {
        self.values.get(name).map_or("?", String::as_str)
    }
}

/// Runs load.mjs, engine.mjs and lighthouse.mjs, writing into `out`.
pub fn run(out: &Path, rounds: u32) -> Result<Records> {
    // Lighthouse, pinned in tests/bench/package.json to the newest that runs on Node 20.
    // Only the bench needs it, so `cargo xtask setup` and test stay light.
    let dir = paths::tests().join("bench");
    setup::npm_ci("bench packages (Lighthouse)", &dir, true)?;
    let mut records = Records::default();
    let scripts: [(&str, Vec<OsString>); 3] = [
        ("load", vec!["--rounds".into(), rounds.to_string().into()]),
        ("engine", vec![]),
        ("lighthouse", vec!["--reports".into(), out.into()]),
    ];
    for (name, args) in scripts {
        let file = out.join(format!("{name}.json"));
        cmd::run(
            cmd::new("node")
                .arg(format!("{name}.mjs"))
                .arg("--out")
                .arg(&file)
                .args(args)
                .env("CERTPLAN_DIST", paths::dist()),
            &dir,
        )?;
        let one: Records = serde_json::from_str(&cmd::read(&file)?)
            .map_err(|e| format!("{}: {e}", file.display()))?;
        records.summaries.extend(one.summaries);
        records.values.extend(one.values);
        records.notes.extend(one.notes);
    }
    Ok(records)
}
