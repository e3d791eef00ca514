//! One workload cluster: name, load balancer, remove.

use yew::prelude::*;

use crate::components::error_id;
use crate::state::ClusterRow as Row;

/// Properties of [`ClusterRow`].
#[derive(Properties, PartialEq)]
pub struct ClusterRowProps {
    /// The row.
    pub row: Row,
    /// Its 1-based position, for the remove button's name.
    pub position: usize,
    /// The error for its name, if any.
    #[prop_or_default]
    pub error: Option<String>,
    /// New name.
    pub onname: Callback<String>,
    /// New load balancer setting.
    pub onbalancer: Callback<bool>,
    /// Remove this row.
    pub onremove: Callback<()>,
}

/// A cluster's inputs. Ids derive from the row's stable id, not its position.
#[component]
pub fn ClusterRow(props: &ClusterRowProps) -> Html {
    let base = ["cluster-", &props.row.id.to_string()].concat();
    let name_id = [base.as_str(), "-name"].concat();
    let balancer_id = [base.as_str(), "-lb"].concat();
    let error_id = error_id(&name_id);
    let oninput = props.onname.reform(|e: InputEvent| {
        e.target_unchecked_into::<web_sys::HtmlInputElement>()
            .value()
    });
    let onchange = props.onbalancer.reform(|e: Event| {
        e.target_unchecked_into::<web_sys::HtmlInputElement>()
            .checked()
    });
    let onclick = props.onremove.reform(|_| ());
    let remove_label = ["Remove cluster ", &props.position.to_string()].concat();
    html! {
        <li class={classes!("cluster", props.error.is_some().then_some("invalid"))}>
            <div class="field name">
                <label for={name_id.clone()}>{ "Cluster name" }</label>
                <input type="text" id={name_id} value={props.row.name.clone()} {oninput}
                    autocomplete="off" autocapitalize="none" spellcheck="false" maxlength="100"
                    aria-invalid={props.error.is_some().then_some("true")}
                    aria-describedby={props.error.is_some().then(|| error_id.clone())} />
            </div>
            <div class="check">
                <input type="checkbox" id={balancer_id.clone()} checked={props.row.load_balancer} {onchange} />
                <label for={balancer_id}>{ "Load balancer" }</label>
            </div>
            <button type="button" class="btn quiet" aria-label={remove_label} {onclick}>{ "Remove" }</button>
            if let Some(error) = &props.error {
                <span class="error" id={error_id}>{ error }</span>
            }
        </li>
    }
}
