//! The list of workload clusters with "Add cluster".

use certplan::Error;
use yew::Html;

use crate::components::{error_id, message};
use crate::delegate;
use crate::dom::{el, input, keyed};
use crate::markup::{error, raw, raw_static};
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
    let list = if clusters.is_empty() {
        Html::default()
    } else {
        let rows = clusters
            .iter()
            .enumerate()
            .map(|(index, row)| {
                let field = ["clusters[", &index.to_string(), "].name"].concat();
                let error = errors.iter().find(|e| e.field() == field).map(message);
                cluster_row(row, index + 1, error)
            })
            .collect();
        el("ol", &["class"], vec![Some("cluster-list".into())], rows)
    };
    el(
        "fieldset",
        &["class"],
        vec![Some("clusters".into())],
        vec![
            raw_static("<legend>Workload clusters</legend><p class=\"hint\">As Get-AksHciCluster lists them. Tick Load balancer for clusters with an HAProxy load balancer.</p>"),
            list,
            // Never changes, so stays the same element (focus returns to it).
            raw_static("<button type=\"button\" class=\"btn\" id=\"add-cluster\" data-act=\"add\">Add cluster</button>"),
        ],
    )
}

/// A cluster's inputs, keyed and named by the row's stable id, not its position, so
/// removing a row keeps focus and typing in the others. Labels, the Remove button
/// and the message are markup (see [`crate::markup`]); the Remove button's text
/// changes only with its position, that is when an earlier row goes, and focus then
/// goes to "Add cluster" anyway.
fn cluster_row(row: &ClusterRow, position: usize, message: Option<String>) -> Html {
    let id = row.id.to_string();
    let name_id = name_id(row.id);
    let balancer_id = ["cluster-", &id, "-lb"].concat();
    let error_id = error_id(&name_id);
    let invalid = message.is_some();
    let remove = [
        "<button type=\"button\" class=\"btn quiet\" aria-label=\"Remove cluster ",
        &position.to_string(),
        "\" data-act=\"",
        &delegate::remove(row.id),
        "\">Remove</button>",
    ]
    .concat();
    keyed(
        "li",
        Some(row.id.into()),
        &["class"],
        vec![Some("cluster".into())],
        vec![
            el(
                "div",
                &["class"],
                vec![Some("field name".into())],
                vec![
                    raw(["<label for=\"", &name_id, "\">Cluster name</label>"].concat()),
                    input(
                        &[
                            "type",
                            "id",
                            "autocomplete",
                            "autocapitalize",
                            "spellcheck",
                            "maxlength",
                            "aria-invalid",
                            "aria-describedby",
                        ],
                        vec![
                            Some("text".into()),
                            Some(name_id.into()),
                            Some("off".into()),
                            Some("none".into()),
                            Some("false".into()),
                            Some("100".into()),
                            invalid.then_some("true".into()),
                            invalid.then(|| error_id.clone().into()),
                        ],
                        Some(row.name.clone().into()),
                        None,
                    ),
                ],
            ),
            el(
                "div",
                &["class"],
                vec![Some("check".into())],
                vec![
                    input(
                        &["type", "id"],
                        vec![Some("checkbox".into()), Some(balancer_id.clone().into())],
                        None,
                        Some(row.load_balancer),
                    ),
                    raw(["<label for=\"", &balancer_id, "\">Load balancer</label>"].concat()),
                ],
            ),
            raw(remove),
            error(&error_id, message),
        ],
    )
}
