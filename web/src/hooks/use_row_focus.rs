//! Keyboard flow around the cluster rows.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::cluster_list::{name_id, ADD_ID};
use crate::state::ClusterRow;

/// A new row's name input gets focus; after a removal, focus would fall to the page
/// top, so it goes to "Add cluster" instead. Call [`RowFocus::after_render`] from the
/// page's effect: one effect for the page is less wasm than one per concern.
#[hook]
pub fn use_row_focus(clusters: &[ClusterRow]) -> RowFocus {
    let previous = use_mut_ref(|| clusters.len());
    RowFocus {
        previous,
        count: clusters.len(),
        last_id: clusters.last().map_or(0, |c| c.id),
    }
}

/// What the rows were and are, to move focus once the DOM has them.
pub struct RowFocus {
    previous: Rc<RefCell<usize>>,
    count: usize,
    last_id: u32,
}

impl RowFocus {
    /// Moves focus when a row was added or removed since the last render.
    pub fn after_render(self) {
        let before = self.previous.replace(self.count);
        let id = if self.count > before {
            name_id(self.last_id)
        } else if self.count < before {
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
    }
}
