//! Every field error in one live region, so a screen reader hears what went wrong.

use certplan::Error;
use yew::Html;

use crate::components::message;
use crate::dom::el;
use crate::markup::{push_text, raw};

/// Always in the page (a live region must exist before its text changes); lists each
/// error with a link to its field. `cluster_ids` are the rows' ids, in form order.
/// The list inside is one string (see [`crate::markup`]).
pub fn error_summary(errors: &[Error], cluster_ids: &[u32]) -> Html {
    let list = if errors.is_empty() {
        Html::default()
    } else {
        let mut out = String::from("<div class=\"panel alert\"><h3>Check the input</h3><p>No commands are shown until these are fixed:</p><ul>");
        for error in errors {
            out.push_str("<li><a href=\"#");
            push_text(&mut out, &input_id(error.field(), cluster_ids));
            out.push_str("\">");
            push_text(&mut out, &message(error));
            out.push_str("</a></li>");
        }
        out.push_str("</ul></div>");
        raw(out)
    };
    el(
        "div",
        &["class", "aria-live"],
        vec![Some("error-summary".into()), Some("polite".into())],
        vec![list],
    )
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
