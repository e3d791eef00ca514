//! The list of workload clusters with "Add cluster".

use certplan::Error;
use yew::prelude::*;

use crate::markup::raw_static;

use crate::components::{error_id, message};
use crate::delegate;
use crate::state::ClusterRow;

/// The id of "Add cluster", where focus goes after a row is removed.
pub const ADD_ID: &str = "add-cluster";

/// The id of the name input of the row with this id.
pub fn name_id(row: u32) -> String {
    ["cluster-", &row.to_string(), "-name"].concat()
}

/// The clusters, in the order their fixes run, and the button to add one. Errors for
/// `clusters[N].name` go to row N.
pub fn cluster_list(clusters: &[ClusterRow], errors: &[Error]) -> Html {
    let rows = clusters.iter().enumerate().map(|(index, row)| {
        let field = ["clusters[", &index.to_string(), "].name"].concat();
        let error = errors.iter().find(|e| e.field() == field).map(message);
        cluster_row(row, index + 1, error)
    });
    html! {
        <fieldset class="clusters">
            { raw_static("<legend>Workload clusters</legend><p class=\"hint\">As Get-AksHciCluster lists them. Tick Load balancer for clusters with an HAProxy load balancer.</p>") }
            if !clusters.is_empty() {
                <ol class="cluster-list">{ for rows }</ol>
            }
            <button type="button" class="btn" id={ADD_ID} data-act="add">{ "Add cluster" }</button>
        </fieldset>
    }
}

/// A cluster's inputs, keyed and named by the row's stable id, not its position, so
/// removing a row keeps focus and typing in the others.
fn cluster_row(row: &ClusterRow, position: usize, error: Option<String>) -> Html {
    let name_id = name_id(row.id);
    let balancer_id = ["cluster-", &row.id.to_string(), "-lb"].concat();
    let error_id = error_id(&name_id);
    let remove_label = ["Remove cluster ", &position.to_string()].concat();
    html! {
        <li key={row.id} class="cluster">
            <div class="field name">
                <label for={name_id.clone()}>{ "Cluster name" }</label>
                <input type="text" id={name_id} value={row.name.clone()}
                    autocomplete="off" autocapitalize="none" spellcheck="false" maxlength="100"
                    aria-invalid={error.is_some().then_some("true")}
                    aria-describedby={error.is_some().then(|| error_id.clone())} />
            </div>
            <div class="check">
                <input type="checkbox" id={balancer_id.clone()} checked={row.load_balancer} />
                <label for={balancer_id}>{ "Load balancer" }</label>
            </div>
            <button type="button" class="btn quiet" aria-label={remove_label} data-act={delegate::remove(row.id)}>{ "Remove" }</button>
            if let Some(error) = error {
                <span class="error" id={error_id}>{ error }</span>
            }
        </li>
    }
}
