//! Says which link parameters were ignored, and which clusters were not taken, as text.

use certplan::query::Ignored;
use certplan::MAX_CLUSTERS;
use yew::prelude::*;

/// The dropped parameters, how many there were in all, and the clusters not taken.
#[derive(Properties, PartialEq)]
pub struct QueryNoticeProps {
    /// The first few dropped parameters, each with its value and why.
    pub ignored: Vec<Ignored>,
    /// How many were dropped in all.
    pub count: usize,
    /// The link's clusters beyond the plan's limit, by name.
    pub not_taken: Vec<String>,
    /// "Dismiss".
    pub ondismiss: Callback<()>,
}

/// Shown only when the link had something the planner could not use: the dropped
/// parameters one by one with their values, how many more there were, and every cluster
/// beyond the limit by name. "Dismiss" removes the notice.
#[component]
pub fn QueryNotice(props: &QueryNoticeProps) -> Html {
    if props.count == 0 && props.not_taken.is_empty() {
        return Html::default();
    }
    let more = props.count.saturating_sub(props.ignored.len());
    html! {
        <div class="notice" role="status">
            if props.count > 0 {
                <p><strong>{"Some values in the link were ignored:"}</strong></p>
                <ul>
                    { for props.ignored.iter().map(|i| html! {
                        <li>
                            <code>{i.key.clone()}{"="}{i.value.clone()}</code>
                            {": "}{i.reason.as_str()}
                        </li>
                    }) }
                    if more > 0 {
                        <li>{"and "}{more}{" more"}</li>
                    }
                </ul>
            }
            if !props.not_taken.is_empty() {
                <p>
                    <strong>{"Not planned, a plan takes at most "}{MAX_CLUSTERS}{" clusters: "}</strong>
                    <code>{props.not_taken.join(", ")}</code>
                    {". They are in \"Paste cluster names\", to plan in another group."}
                </p>
            }
            <button type="button" class="btn quiet" onclick={props.ondismiss.reform(|_| ())}>
                {"Dismiss"}
            </button>
        </div>
    }
}
