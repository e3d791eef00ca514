//! Microsoft's three tables, from the core's data.
//!
//! Prerendered only: the app marks the rows that apply (see
//! `crate::platform::reference_rows`) without drawing the tables again.

use certplan::sources::UPDATE_CERTIFICATES;
use certplan::tables::{FIX_TABLE, SHUTDOWN_TABLE, UPDATE_TABLE};
use yew::prelude::*;

use crate::components::page::fix_table::FixTable;
use crate::components::page::impact_table::ImpactTable;
use crate::components::source_link::SourceLink;
use crate::components::titled_section::TitledSection;

/// The id of the table row for the core's row id `row`.
pub fn row_id(row: &str) -> String {
    ["row-", row].concat()
}

/// The source tables, and why the planner's commands differ from the page's.
#[component]
pub fn Reference() -> Html {
    html! {
        <TitledSection class="reference" heading_id="reference-title" title="Microsoft's tables">
            <p>
                {"From "}
                <SourceLink url={UPDATE_CERTIFICATES.url} date={UPDATE_CERTIFICATES.date()} />
                {". Rows that apply to your input are marked \u{201c}applies\u{201d}."}
            </p>
            <ImpactTable id="shutdown-table" table={&SHUTDOWN_TABLE} />
            <ImpactTable id="update-table" table={&UPDATE_TABLE} />
            <FixTable id="fix-table" table={&FIX_TABLE} />
            <p class="defects">
                <strong>{"Why the commands here differ from the page: "}</strong>
                {"its table leaves "}<code>{"-name"}</code>
                {" without a value (PowerShell stops and asks for it); its ordered list drops "}
                <code>{"-Name"}</code>{" altogether and writes en-dashes ("}
                <code>{"\u{2013}fixkubeletcredentials"}</code>
                {"), which Windows PowerShell 5.1 misreads in a .ps1 saved as UTF-8 without a \
                  BOM; and it forgets "}
                <code>{"-patchLoadBalancer"}</code>
                {" for clusters with a load balancer. The commands here name each cluster, are \
                  plain ASCII and patch load balancers."}
            </p>
        </TitledSection>
    }
}
