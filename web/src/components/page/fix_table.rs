//! The table of fix commands, corrected, with the page's own text where it differs.

use certplan::tables;
use yew::prelude::*;

use crate::components::page::reference::row_id;
use crate::components::page::row_head::RowHead;
use crate::components::page::table_frame::TableFrame;

/// The fix table, and the id of its caption.
#[derive(Properties, PartialEq)]
pub struct FixTableProps {
    /// Id of the caption.
    pub id: &'static str,
    /// The table, from the core's data.
    pub table: &'static tables::FixTable,
}

/// A row per scope (management cluster, target cluster, with a load balancer), a column
/// per layer.
#[component]
pub fn FixTable(props: &FixTableProps) -> Html {
    let table = props.table;
    html! {
        <TableFrame id={props.id} heading={table.heading} columns={table.columns}>
            { for table.rows.iter().map(|row| html! {
                <tr id={row_id(row.id)}>
                    <RowHead label={row.label} />
                    { for [row.moc, row.kubernetes].into_iter().zip(row.as_published).map(|(command, published)| cell(command, published)) }
                </tr>
            }) }
        </TableFrame>
    }
}

/// One fix: the corrected command, and the page's text when it differs.
fn cell(command: Option<tables::Command>, published: &'static str) -> Html {
    match command {
        Some(command) => {
            let template = command.template();
            let differs = !published.is_empty() && published != template;
            html! {
                <td>
                    <code>{template}</code>
                    if differs {
                        <span class="published">{"Page: "}<code>{published}</code></span>
                    }
                </td>
            }
        }
        // The page's N/A, or its blank cell where the target cluster's fix applies.
        None if published.is_empty() => html! { <td>{"As for Target cluster"}</td> },
        None => html! { <td>{published}</td> },
    }
}
