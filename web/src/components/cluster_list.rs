//! The list of workload clusters with "Add cluster".

use certplan::Error;
use yew::prelude::*;

use crate::components::cluster_row::ClusterRow;
use crate::components::message;
use crate::state::{Action, ClusterRow as Row};

/// Properties of [`ClusterList`].
#[derive(Properties, PartialEq)]
pub struct ClusterListProps {
    /// The rows.
    pub clusters: Vec<Row>,
    /// Field errors; those for `clusters[N].name` go to row N.
    pub errors: Vec<Error>,
    /// Sends the row actions.
    pub dispatch: Callback<Action>,
}

/// The clusters, in the order their fixes run, and the button to add one.
#[component]
pub fn ClusterList(props: &ClusterListProps) -> Html {
    let add_ref = use_node_ref();
    let count = props.clusters.len();
    let last_id = props.clusters.last().map(|c| c.id);
    // Keyboard flow: a new row gets focus; after a removal, focus would fall to the
    // page top, so it goes to "Add cluster" instead.
    let previous = use_mut_ref(|| count);
    {
        let add_ref = add_ref.clone();
        use_effect_with(count, move |&count| {
            let before = previous.replace(count);
            if count > before {
                let id = [
                    "cluster-",
                    &last_id.unwrap_or_default().to_string(),
                    "-name",
                ]
                .concat();
                focus(gloo_utils::document().get_element_by_id(&id));
            } else if count < before {
                focus(add_ref.get());
            }
        });
    }
    let rows = props.clusters.iter().enumerate().map(|(index, row)| {
        let field = ["clusters[", &index.to_string(), "].name"].concat();
        let error = props
            .errors
            .iter()
            .find(|e| e.field() == field)
            .map(message);
        let id = row.id;
        let dispatch = &props.dispatch;
        html! {
            <ClusterRow key={id} row={row.clone()} position={index + 1} {error}
                onname={dispatch.reform(move |name| Action::SetClusterName(id, name))}
                onbalancer={dispatch.reform(move |on| Action::SetLoadBalancer(id, on))}
                onremove={dispatch.reform(move |_| Action::RemoveCluster(id))} />
        }
    });
    let onclick = props.dispatch.reform(|_| Action::AddCluster);
    html! {
        <fieldset class="clusters">
            <legend>{ "Workload clusters" }</legend>
            <p class="hint">{ "As Get-AksHciCluster lists them. Tick Load balancer for clusters with an HAProxy load balancer." }</p>
            if count > 0 {
                <ol class="cluster-list">{ for rows }</ol>
            }
            <button type="button" class="btn" ref={add_ref} {onclick}>{ "Add cluster" }</button>
        </fieldset>
    }
}

fn focus<T: wasm_bindgen::JsCast>(element: Option<T>) {
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}
