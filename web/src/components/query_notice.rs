//! Says which link parameters were ignored, as text (never as markup).

use certplan::query::Ignored;
use yew::prelude::*;

/// Properties of [`QueryNotice`].
#[derive(Properties, PartialEq)]
pub struct QueryNoticeProps {
    /// The dropped parameters shown one by one.
    pub ignored: Vec<Ignored>,
    /// How many were dropped in all.
    pub count: usize,
    /// "Dismiss".
    pub ondismiss: Callback<()>,
}

/// Shown only when the link had something the planner could not use.
#[component]
pub fn QueryNotice(props: &QueryNoticeProps) -> Html {
    if props.count == 0 {
        return html! {};
    }
    let more = props.count.saturating_sub(props.ignored.len());
    let onclick = props.ondismiss.reform(|_| ());
    html! {
        <div class="notice" role="status">
            <p><strong>{ "Some values in the link were ignored:" }</strong></p>
            <ul>
                { for props.ignored.iter().map(|i| html! {
                    <li><code>{ &i.key }</code>{ ": " }{ i.reason.as_str() }</li>
                }) }
                if more > 0 {
                    <li>{ ["and ", &more.to_string(), " more"].concat() }</li>
                }
            </ul>
            <button type="button" class="btn quiet" {onclick}>{ "Dismiss" }</button>
        </div>
    }
}
