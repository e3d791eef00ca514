//! The static reference page: Microsoft's three tables as plain HTML, generated from the
//! same data the planner uses (`certplan::tables`).
//!
//! It is the physical limit the planner's load time is compared with: what the planner
//! replaces, at its smallest (one HTML file with a little inline CSS, no script, no
//! other request), so that "planner / static" says what the interactivity costs.

use std::fs;
use std::path::Path;

use certplan::tables::{Command, ImpactTable, FIX_TABLE, SHUTDOWN_TABLE, SOURCE_TITLE};
use certplan::tables::{SOURCE_URL, UPDATE_TABLE};

use crate::cmd::Result;

const HEAD: &str = r#"<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Microsoft's certificate tables for AKS on Azure Stack HCI and Windows Server.">
<title>AKS certificate tables</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
table{border-collapse:collapse;width:100%;margin:0 0 2rem}
th,td{border:1px solid #999;padding:.4rem .6rem;text-align:left;vertical-align:top}
code{font-family:ui-monospace,monospace}
</style>
</head>
<body>
<h1>AKS certificate tables</h1>
"#;

/// Writes `dir/index.html`.
pub fn write(dir: &Path) -> Result {
    fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    super::write(&dir.join("index.html"), &page())
}

/// The whole page.
pub fn page() -> String {
    let source = format!(
        "<p>From <a href=\"{}\">{}</a>.</p>\n",
        escape(SOURCE_URL),
        escape(SOURCE_TITLE)
    );
    let verdict = |impacted: bool| if impacted { "Impacted" } else { "Not impacted" };
    let impact = |table: &ImpactTable| {
        let rows = table.rows.iter().map(|row| {
            let verdicts = [row.moc_impacted, row.kubernetes_impacted].map(verdict);
            [escape(row.label), verdicts[0].into(), verdicts[1].into()]
        });
        html_table(table.heading, &table.columns, rows)
    };
    let command = |command: Option<Command>| {
        command.map_or("N/A".into(), |c| {
            format!("<code>{}</code>", escape(&c.template()))
        })
    };
    let fixes = FIX_TABLE
        .rows
        .iter()
        .map(|row| [escape(row.label), command(row.moc), command(row.kubernetes)]);
    [
        HEAD.to_owned(),
        source,
        impact(&SHUTDOWN_TABLE),
        impact(&UPDATE_TABLE),
        html_table(FIX_TABLE.heading, &FIX_TABLE.columns, fixes),
        "</body>\n</html>\n".into(),
    ]
    .concat()
}

/// A captioned table; the cells of `rows` are HTML already escaped.
fn html_table(
    heading: &str,
    columns: &[&str; 3],
    rows: impl Iterator<Item = [String; 3]>,
) -> String {
    let columns = columns.map(|c| format!("<th scope=\"col\">{}</th>", escape(c)));
    let rows = rows.map(|[label, moc, kubernetes]| {
        format!("<tr><th scope=\"row\">{label}</th><td>{moc}</td><td>{kubernetes}</td></tr>\n")
    });
    format!(
        "<h2>{}</h2>\n<table>\n<thead><tr>{}</tr></thead>\n<tbody>\n{}</tbody>\n</table>\n",
        escape(heading),
        columns.concat(),
        rows.collect::<String>()
    )
}

/// Text as HTML: `&`, `<`, `>` and `"` as entities (the commands hold `<cluster>`).
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn has_every_row_of_the_three_tables() {
        let page = page();
        for table in [&SHUTDOWN_TABLE, &UPDATE_TABLE] {
            assert!(page.contains(table.heading));
            assert!(table.rows.iter().all(|r| page.contains(r.label)));
        }
        assert!(FIX_TABLE.rows.iter().all(|r| page.contains(r.label)));
        // The text tests/bench/load.mjs waits for: the last table is on the page.
        assert!(page.contains("-Name &lt;cluster&gt; -patchLoadBalancer"));
        assert!(!page.contains("<script"));
    }
}
