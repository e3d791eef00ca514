//! Every field error in one live region, so a screen reader hears what went wrong.

use certplan::Error;
use yew::prelude::*;

use crate::components::form::cluster::name_id;
use crate::components::message;

/// The errors, and the cluster rows' ids to link them to.
#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    /// Every field error of the input.
    pub errors: Vec<Error>,
    /// The rows' ids, in form order.
    pub cluster_ids: Vec<u32>,
}

/// Always in the page (a live region must exist before its text changes); lists each
/// error with a link to its field.
#[component]
pub fn ErrorSummary(props: &ErrorSummaryProps) -> Html {
    html! {
        <div class="error-summary" aria-live="polite">
            if !props.errors.is_empty() {
                <div class="panel alert">
                    <h3>{"Check the input"}</h3>
                    <p>{"No commands are shown until these are fixed:"}</p>
                    <ul>
                        { for props.errors.iter().map(|error| html! {
                            <li>
                                <a href={["#", &input_id(error.field(), &props.cluster_ids)].concat()}>
                                    {message(error)}
                                </a>
                            </li>
                        }) }
                    </ul>
                </div>
            }
        </div>
    }
}

/// The core's field path to the id of the input that holds it (cluster ids are not
/// positions).
fn input_id(field: &str, cluster_ids: &[u32]) -> String {
    let index = field
        .strip_prefix("clusters[")
        .and_then(|rest| rest.split_once(']'))
        .and_then(|(index, _)| index.parse::<usize>().ok());
    match index.and_then(|i| cluster_ids.get(i)) {
        Some(&id) => name_id(id),
        None => field.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn cluster_fields_point_at_the_row_ids() {
        assert_eq!(
            super::input_id("clusters[1].name", &[4, 7]),
            "cluster-7-name"
        );
        assert_eq!(
            super::input_id("clusters[2].name", &[4, 7]),
            "clusters[2].name"
        );
        assert_eq!(super::input_id("restart", &[4]), "restart");
    }
}
