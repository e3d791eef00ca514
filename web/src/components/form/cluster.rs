//! One workload cluster of the form: its name, load balancer, and Remove.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::error_id;
use crate::state::ClusterRow;

/// The id of the name input of the row with this id.
pub fn name_id(row: u32) -> String {
    ["cluster-", &row.to_string(), "-name"].concat()
}

/// A row, where it stands, and what it reports.
#[derive(Properties, PartialEq)]
pub struct ClusterProps {
    /// The row.
    pub row: ClusterRow,
    /// 1-based position in the list, for "Remove cluster N".
    pub position: usize,
    /// The error message for its name, when the name is wrong.
    #[prop_or_default]
    pub error: Option<AttrValue>,
    /// The name changed: row id and name.
    pub onname: Callback<(u32, String)>,
    /// The name field was left: the row id.
    pub onleave: Callback<u32>,
    /// "Load balancer" changed: row id and whether it is ticked.
    pub onbalancer: Callback<(u32, bool)>,
    /// "Remove": the row id.
    pub onremove: Callback<u32>,
}

/// A cluster's inputs, named by the row's stable id, not its position, so removing a
/// row keeps focus and typing in the others. A row added with "Add cluster" takes focus
/// when it appears.
#[component]
pub fn Cluster(props: &ClusterProps) -> Html {
    let row = &props.row;
    let id = row.id;
    let name = use_node_ref();
    {
        let (name, added) = (name.clone(), row.added);
        use_effect_with((), move |_| {
            if let Some(input) = name.cast::<HtmlInputElement>().filter(|_| added) {
                let _ = input.focus();
            }
        });
    }
    let name_id = name_id(id);
    let balancer_id = ["cluster-", &id.to_string(), "-lb"].concat();
    let error_id = error_id(&name_id);
    let onname = props.onname.reform(move |event: InputEvent| {
        (
            id,
            event.target_unchecked_into::<HtmlInputElement>().value(),
        )
    });
    let onbalancer = props.onbalancer.reform(move |event: Event| {
        (
            id,
            event.target_unchecked_into::<HtmlInputElement>().checked(),
        )
    });
    html! {
        <li class="cluster">
            <div class="field name">
                <label for={name_id.clone()}>{"Cluster name"}</label>
                <input
                    type="text"
                    id={name_id}
                    ref={name}
                    autocomplete="off"
                    autocapitalize="none"
                    spellcheck="false"
                    maxlength="100"
                    value={row.name.clone()}
                    aria-invalid={props.error.is_some().then_some("true")}
                    aria-describedby={props.error.is_some().then(|| error_id.clone())}
                    oninput={onname}
                    onblur={props.onleave.reform(move |_: FocusEvent| id)}
                />
            </div>
            <div class="check">
                <input
                    type="checkbox"
                    id={balancer_id.clone()}
                    checked={row.load_balancer}
                    onchange={onbalancer}
                />
                <label for={balancer_id}>{"Load balancer"}</label>
            </div>
            <button
                type="button"
                class="btn quiet"
                aria-label={format!("Remove cluster {}", props.position)}
                onclick={props.onremove.reform(move |_| id)}
            >
                {"Remove"}
            </button>
            if let Some(error) = &props.error {
                <span class="error" id={error_id}>{error.clone()}</span>
            }
        </li>
    }
}
