//! Keyboard flow around the cluster rows.

use yew::prelude::*;

use crate::components::cluster_list::{name_id, ADD_ID};
use crate::state::ClusterRow;

/// A new row's name input gets focus; after a removal, focus would fall to the page
/// top, so it goes to "Add cluster" instead.
#[hook]
pub fn use_row_focus(clusters: &[ClusterRow]) {
    let count = clusters.len();
    let last_id = clusters.last().map_or(0, |c| c.id);
    let previous = use_mut_ref(|| count);
    use_effect_with(count, move |&count| {
        let before = previous.replace(count);
        let id = if count > before {
            name_id(last_id)
        } else if count < before {
            ADD_ID.to_owned()
        } else {
            return;
        };
        let element = gloo_utils::document().get_element_by_id(&id);
        if let Some(element) =
            element.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        {
            let _ = element.focus();
        }
    });
}
