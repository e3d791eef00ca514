//! Microsoft's three tables, from the core's data, with the rows that apply marked.
//!
//! Fixed text from `certplan::tables`, so it is built as one HTML string (see
//! [`crate::markup`]); only which rows are marked changes.

use certplan::tables::{
    FixTable, ImpactTable, FIX_TABLE, SHUTDOWN_TABLE, SOURCE_TITLE, SOURCE_URL, UPDATE_TABLE,
};
use yew::Html;

use crate::markup::{push_text, raw};

/// Why the planner's commands differ from the page's (fixed text, already markup).
const DEFECTS: &str = "<p class=\"defects\"><strong>Why the commands here differ from the page: </strong>its table leaves <code>-name</code> without a value (PowerShell stops and asks for it); its ordered list drops <code>-Name</code> altogether and writes en-dashes (<code>\u{2013}fixkubeletcredentials</code>), which Windows PowerShell 5.1 misreads in a .ps1 saved as UTF-8 without a BOM; and it forgets <code>-patchLoadBalancer</code> for clusters with a load balancer. The commands here name each cluster, are plain ASCII and patch load balancers.</p>";

/// The source tables, rows with an id in `matched` marked "applies".
pub fn reference(matched: &[&str]) -> Html {
    let mut out = String::with_capacity(4096);
    out.push_str("<section class=\"reference\" aria-labelledby=\"reference-title\"><h2 id=\"reference-title\">Microsoft's tables</h2><p>From <a href=\"");
    push_text(&mut out, SOURCE_URL);
    out.push_str("\">");
    push_text(&mut out, SOURCE_TITLE);
    out.push_str("</a> (Microsoft Learn). Rows that apply to your input are marked \u{201c}applies\u{201d}.</p>");
    impact_table(&mut out, &SHUTDOWN_TABLE, matched);
    impact_table(&mut out, &UPDATE_TABLE, matched);
    fix_table(&mut out, &FIX_TABLE, matched);
    out.push_str(DEFECTS);
    out.push_str("</section>");
    raw(out)
}

/// Opens the table up to its body: caption and column heads.
fn head(out: &mut String, heading: &str, columns: &[&str]) {
    out.push_str("<div class=\"table-wrap\"><table><caption>");
    push_text(out, heading);
    out.push_str("</caption><thead><tr>");
    for column in columns {
        out.push_str("<th scope=\"col\">");
        push_text(out, column);
        out.push_str("</th>");
    }
    out.push_str("</tr></thead><tbody>");
}

/// Opens a row with its heading cell, marked when it applies.
fn row_head(out: &mut String, label: &str, applies: bool) {
    out.push_str(if applies {
        "<tr class=\"match\"><th scope=\"row\">"
    } else {
        "<tr><th scope=\"row\">"
    });
    push_text(out, label);
    if applies {
        out.push_str("<span class=\"applies\">applies</span>");
    }
    out.push_str("</th>");
}

const TABLE_END: &str = "</tbody></table></div>";

fn impact_table(out: &mut String, table: &ImpactTable, matched: &[&str]) {
    head(out, table.heading, &table.columns);
    for row in table.rows {
        row_head(out, row.label, matched.contains(&row.id));
        for impacted in [row.moc_impacted, row.kubernetes_impacted] {
            out.push_str(if impacted {
                "<td>Impacted</td>"
            } else {
                "<td>Not impacted</td>"
            });
        }
        out.push_str("</tr>");
    }
    out.push_str(TABLE_END);
}

fn fix_table(out: &mut String, table: &FixTable, matched: &[&str]) {
    head(out, table.heading, &table.columns);
    for row in table.rows {
        row_head(out, row.label, matched.contains(&row.id));
        for (command, published) in [row.moc, row.kubernetes].into_iter().zip(row.as_published) {
            out.push_str("<td>");
            match command {
                Some(command) => {
                    let template = command.template();
                    out.push_str("<code>");
                    push_text(out, &template);
                    out.push_str("</code>");
                    if !published.is_empty() && published != template {
                        out.push_str("<span class=\"published\">Page: <code>");
                        push_text(out, published);
                        out.push_str("</code></span>");
                    }
                }
                // The page's N/A, or its blank cell where the target cluster's fix applies.
                None if published.is_empty() => out.push_str("As for Target cluster"),
                None => push_text(out, published),
            }
            out.push_str("</td>");
        }
        out.push_str("</tr>");
    }
    out.push_str(TABLE_END);
}
