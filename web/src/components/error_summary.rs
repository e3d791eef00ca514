//! Every field error in one live region, so a screen reader hears what went wrong.

use certplan::Error;
use yew::prelude::*;

use crate::markup::raw_static;

use crate::components::message;

/// Always in the page (a live region must exist before its text changes); lists each
/// error with a link to its field. `cluster_ids` are the rows' ids, in form order.
pub fn error_summary(errors: &[Error], cluster_ids: &[u32]) -> Html {
    let items = errors.iter().map(|error| {
        let href = ["#", &input_id(error.field(), cluster_ids)].concat();
        html! { <li><a {href}>{ message(error) }</a></li> }
    });
    html! {
        <div class="error-summary" aria-live="polite">
            if !errors.is_empty() {
                <div class="panel alert">
                    { raw_static("<h3>Check the input</h3><p>No commands are shown until these are fixed:</p>") }
                    <ul>{ for items }</ul>
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
        Some(id) => ["cluster-", &id.to_string(), "-name"].concat(),
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
