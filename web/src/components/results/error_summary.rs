//! Every field error in one live region, so a screen reader hears what went wrong.

use certplan::{Error, Field};
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

/// The id of the input that holds the field: a cluster name's row id (row ids are not
/// positions), else the field's path, which is the date inputs' id.
fn input_id(field: &Field, cluster_ids: &[u32]) -> String {
    let row = match field {
        Field::ClusterName(index) => cluster_ids.get(*index),
        _ => None,
    };
    match row {
        Some(&id) => name_id(id),
        None => field.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use certplan::Field;

    #[test]
    fn cluster_fields_point_at_the_row_ids() {
        assert_eq!(
            super::input_id(&Field::ClusterName(1), &[4, 7]),
            "cluster-7-name"
        );
        assert_eq!(
            super::input_id(&Field::ClusterName(2), &[4, 7]),
            "clusters[2].name"
        );
        assert_eq!(super::input_id(&Field::Restart, &[4]), "restart");
    }
}
