//! "Copy link": the page's address, which carries the whole input.

use yew::Html;

use crate::components::copy_button::copy_parts;
use crate::dom::el;
use crate::markup::raw_static;
use crate::state::CopyTarget;

/// The button copies the address at click time: the query follows every change.
pub fn share_link(copied: Option<(CopyTarget, bool)>) -> Html {
    let [button, live] = copy_parts(CopyTarget::Link, "Copy link", None, copied);
    el(
        "p",
        &["class"],
        vec![Some("share".into())],
        vec![
            button,
            raw_static("<span class=\"hint\">The link holds everything entered above.</span>"),
            live,
        ],
    )
}
