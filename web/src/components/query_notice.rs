//! Says which link parameters were ignored, as text (never as markup).

use certplan::query::Ignored;
use yew::prelude::*;

/// Shown only when the link had something the planner could not use: the dropped
/// parameters one by one, and how many more there were of `count` in all.
pub fn query_notice(ignored: &[Ignored], count: usize) -> Html {
    if count == 0 {
        return Html::default();
    }
    let more = count.saturating_sub(ignored.len());
    html! {
        <div class="notice" role="status">
            <p><strong>{ "Some values in the link were ignored:" }</strong></p>
            <ul>
                { for ignored.iter().map(|i| html! {
                    <li><code>{ &i.key }</code>{ ": " }{ i.reason.as_str() }</li>
                }) }
                if more > 0 {
                    <li>{ ["and ", &more.to_string(), " more"].concat() }</li>
                }
            </ul>
            <button type="button" class="btn quiet" data-act="dismiss">{ "Dismiss" }</button>
        </div>
    }
}
