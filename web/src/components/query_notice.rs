//! Says which link parameters were ignored, as text.

use certplan::query::Ignored;
use yew::prelude::*;

/// The dropped parameters, and how many there were in all.
#[derive(Properties, PartialEq)]
pub struct QueryNoticeProps {
    /// The first few dropped parameters, each with why.
    pub ignored: Vec<Ignored>,
    /// How many were dropped in all.
    pub count: usize,
    /// "Dismiss".
    pub ondismiss: Callback<()>,
}

/// Shown only when the link had something the planner could not use: the dropped
/// parameters one by one, and how many more there were. "Dismiss" removes the notice.
#[component]
pub fn QueryNotice(props: &QueryNoticeProps) -> Html {
    if props.count == 0 {
        return Html::default();
    }
    let more = props.count.saturating_sub(props.ignored.len());
    html! {
        <div class="notice" role="status">
            <p><strong>{"Some values in the link were ignored:"}</strong></p>
            <ul>
                { for props.ignored.iter().map(|i| html! {
                    <li><code>{i.key.clone()}</code>{": "}{i.reason.as_str()}</li>
                }) }
                if more > 0 {
                    <li>{"and "}{more}{" more"}</li>
                }
            </ul>
            <button type="button" class="btn quiet" onclick={props.ondismiss.reform(|_| ())}>
                {"Dismiss"}
            </button>
        </div>
    }
}
