//! A table of whether each certificate layer is impacted (shutdown, update).

use certplan::tables;
use yew::prelude::*;

use crate::components::page::reference::row_id;
use crate::components::page::row_head::RowHead;
use crate::components::page::table_frame::TableFrame;

/// Which impact table, and the id of its caption.
#[derive(Properties, PartialEq)]
pub struct ImpactTableProps {
    /// Id of the caption.
    pub id: &'static str,
    /// The table, from the core's data.
    pub table: &'static tables::ImpactTable,
}

/// One impact table as on the source page, a row per case.
#[component]
pub fn ImpactTable(props: &ImpactTableProps) -> Html {
    let table = props.table;
    let cell = |impacted: bool| {
        html! { <td>{ if impacted { "Impacted" } else { "Not impacted" } }</td> }
    };
    html! {
        <TableFrame id={props.id} heading={table.heading} columns={table.columns}>
            { for table.rows.iter().map(|row| html! {
                <tr id={row_id(row.id)}>
                    <RowHead label={row.label} />
                    { cell(row.moc_impacted) }
                    { cell(row.kubernetes_impacted) }
                </tr>
            }) }
        </TableFrame>
    }
}
