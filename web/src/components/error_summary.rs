//! Every field error in one live region, so a screen reader hears what went wrong.

use certplan::Error;
use yew::prelude::*;

use crate::components::message;

/// Properties of [`ErrorSummary`].
#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    /// The errors, in form order.
    pub errors: Vec<Error>,
    /// Maps a core field path to the id of its input (cluster ids are not positions).
    pub input_ids: Callback<String, String>,
}

/// Always in the page (a live region must exist before its text changes); lists each
/// error with a link to its field.
#[component]
pub fn ErrorSummary(props: &ErrorSummaryProps) -> Html {
    let items = props.errors.iter().map(|error| {
        let href = ["#", &props.input_ids.emit(error.field().to_owned())].concat();
        html! { <li><a {href}>{ message(error) }</a></li> }
    });
    html! {
        <div class="error-summary" aria-live="polite">
            if !props.errors.is_empty() {
                <div class="panel alert">
                    <h3>{ "Check the input" }</h3>
                    <p>{ "No commands are shown until these are fixed:" }</p>
                    <ul>{ for items }</ul>
                </div>
            }
        </div>
    }
}
