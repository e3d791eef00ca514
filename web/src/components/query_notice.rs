//! Says which link parameters were ignored, as text (never as markup).

use certplan::query::Ignored;
use yew::Html;

use crate::markup::{push_text, raw};

/// Shown only when the link had something the planner could not use: the dropped
/// parameters one by one, and how many more there were of `count` in all. One string
/// (see [`crate::markup`]): "Dismiss" removes the whole notice. The link's keys are
/// escaped, so they show as text.
pub fn query_notice(ignored: &[Ignored], count: usize) -> Html {
    if count == 0 {
        return Html::default();
    }
    let more = count.saturating_sub(ignored.len());
    let mut out = String::from("<div class=\"notice\" role=\"status\"><p><strong>Some values in the link were ignored:</strong></p><ul>");
    for i in ignored {
        out.push_str("<li><code>");
        push_text(&mut out, &i.key);
        out.push_str("</code>: ");
        push_text(&mut out, i.reason.as_str());
        out.push_str("</li>");
    }
    if more > 0 {
        out.push_str("<li>and ");
        out.push_str(&more.to_string());
        out.push_str(" more</li>");
    }
    out.push_str("</ul><button type=\"button\" class=\"btn quiet\" data-act=\"dismiss\">Dismiss</button></div>");
    raw(out)
}
