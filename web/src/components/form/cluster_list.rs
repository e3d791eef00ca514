//! The list of workload clusters with "Add cluster".

use certplan::{Error, Field};
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::components::form::cluster::Cluster;
use crate::components::form::paste_names::PasteNames;
use crate::components::message;
use crate::hooks::Actions;
use crate::shared::Shared;
use crate::state::{ClusterRow, PasteReport};

/// The id of "Add cluster" (the fix section links to it when clusters are missing).
pub const ADD_ID: &str = "add-cluster";

/// The rows, their errors, and what they report.
#[derive(Properties, PartialEq)]
pub struct ClusterListProps {
    /// The rows, in the order their fixes run.
    pub clusters: Vec<ClusterRow>,
    /// The form's errors; those for [`Field::ClusterName`] `N` go to row N.
    pub errors: Vec<Error>,
    /// "Paste cluster names" as typed.
    pub paste: AttrValue,
    /// What the last "Add these clusters" did.
    pub pasted: Option<PasteReport>,
    /// The rows, "Add cluster" and the paste box report their changes here.
    pub actions: Shared<Actions>,
    /// The app runs (before, "Add cluster" could not add).
    pub started: bool,
}

/// The clusters, keyed by their stable ids, and the button to add one.
#[component]
pub fn ClusterList(props: &ClusterListProps) -> Html {
    let add = use_node_ref();
    // The removed row's button had focus, which would fall to the page's top: it goes
    // to "Add cluster" instead, before the row goes.
    let onremove = {
        let (add, onremove) = (add.clone(), props.actions.onremove.clone());
        Callback::from(move |id| {
            if let Some(button) = add.cast::<HtmlElement>() {
                let _ = button.focus();
            }
            onremove.emit(id);
        })
    };
    let error = |index: usize| {
        props
            .errors
            .iter()
            .find(|e| *e.field() == Field::ClusterName(index))
            .map(|e| AttrValue::from(message(e)))
    };
    html! {
        <fieldset class="clusters">
            <legend>{"Workload clusters"}</legend>
            <p class="hint">
                {"As Get-AksHciCluster lists them. Tick Load balancer for clusters with an \
                  HAProxy load balancer."}
            </p>
            if !props.clusters.is_empty() {
                <ol class="cluster-list">
                    { for props.clusters.iter().enumerate().map(|(index, row)| html! {
                        <Cluster
                            key={row.id}
                            row={row.clone()}
                            position={index + 1}
                            error={error(index)}
                            onname={props.actions.onname.clone()}
                            onleave={props.actions.onleave.clone()}
                            onbalancer={props.actions.onbalancer.clone()}
                            onremove={onremove.clone()}
                        />
                    }) }
                </ol>
            }
            <button
                type="button"
                class="btn"
                id={ADD_ID}
                ref={add}
                disabled={!props.started}
                onclick={props.actions.onadd.reform(|_| ())}
            >
                {"Add cluster"}
            </button>
            <PasteNames
                text={props.paste.clone()}
                report={props.pasted}
                ontext={props.actions.onpaste.clone()}
                onadd={props.actions.onaddpasted.clone()}
                started={props.started}
            />
        </fieldset>
    }
}
