//! The static reference page: Microsoft's three tables as plain HTML, generated from the
//! same data the planner uses (`certplan::tables`).
//!
//! It is the physical limit the planner's load time is compared with: what the planner
//! replaces, at its smallest (one HTML file with a little inline CSS, no script, no
//! other request), so that "planner / static" says what the interactivity costs.

use std::fs;
use std::path::Path;

use certplan::tables::{
    FixTable, ImpactTable, FIX_TABLE, SHUTDOWN_TABLE, SOURCE_TITLE, SOURCE_URL, UPDATE_TABLE,
};

use crate::cmd::Result;

/// Writes `dir/index.html`.
pub fn write(dir: &Path) -> Result {
    fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let file = dir.join("index.html");
    fs::write(&file, page()).map_err(|e| format!("{}: {e}", file.display()))
}

/// The whole page.
pub fn page() -> String {
    let mut out = String::from(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"description\" content=\"Microsoft's certificate tables for AKS on Azure Stack HCI and Windows Server.\">\n\
         <title>AKS certificate tables</title>\n<style>\n\
         body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}\n\
         table{border-collapse:collapse;width:100%;margin:0 0 2rem}\n\
         th,td{border:1px solid #999;padding:.4rem .6rem;text-align:left;vertical-align:top}\n\
         code{font-family:ui-monospace,monospace}\n</style>\n</head>\n<body>\n\
         <h1>AKS certificate tables</h1>\n",
    );
    out.push_str(&format!(
        "<p>From <a href=\"{}\">{}</a>.</p>\n",
        escape(SOURCE_URL),
        escape(SOURCE_TITLE)
    ));
    impact_table(&mut out, &SHUTDOWN_TABLE);
    impact_table(&mut out, &UPDATE_TABLE);
    fix_table(&mut out, &FIX_TABLE);
    out.push_str("</body>\n</html>\n");
    out
}

fn impact_table(out: &mut String, table: &ImpactTable) {
    let verdict = |impacted: bool| if impacted { "Impacted" } else { "Not impacted" };
    let rows: Vec<[String; 3]> = table
        .rows
        .iter()
        .map(|row| {
            [
                escape(row.label),
                verdict(row.moc_impacted).into(),
                verdict(row.kubernetes_impacted).into(),
            ]
        })
        .collect();
    write_table(out, table.heading, &table.columns, &rows);
}

fn fix_table(out: &mut String, table: &FixTable) {
    let cell = |command: Option<certplan::tables::Command>| {
        command.map_or_else(
            || "N/A".to_owned(),
            |c| format!("<code>{}</code>", escape(&c.template())),
        )
    };
    let rows: Vec<[String; 3]> = table
        .rows
        .iter()
        .map(|row| [escape(row.label), cell(row.moc), cell(row.kubernetes)])
        .collect();
    write_table(out, table.heading, &table.columns, &rows);
}

/// A captioned table; `rows` are HTML already escaped.
fn write_table(out: &mut String, heading: &str, columns: &[&str; 3], rows: &[[String; 3]]) {
    out.push_str(&format!(
        "<h2>{}</h2>\n<table>\n<thead><tr>",
        escape(heading)
    ));
    for column in columns {
        out.push_str(&format!("<th scope=\"col\">{}</th>", escape(column)));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for [label, moc, kubernetes] in rows {
        out.push_str(&format!(
            "<tr><th scope=\"row\">{label}</th><td>{moc}</td><td>{kubernetes}</td></tr>\n"
        ));
    }
    out.push_str("</tbody>\n</table>\n");
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
        for row in FIX_TABLE.rows {
            assert!(page.contains(row.label));
        }
        // The text tests/bench/load.mjs waits for: the last table is on the page.
        assert!(page.contains("-Name &lt;cluster&gt; -patchLoadBalancer"));
        assert!(!page.contains("<script"));
    }
}
