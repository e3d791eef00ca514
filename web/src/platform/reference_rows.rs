//! Marks the prerendered reference rows that apply, without drawing the tables again.

use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::components::page::reference::row_id;

/// Rows with these core ids get class `match` (which shows their "applies"), every other
/// row loses it.
pub fn mark(rows: &[&str]) {
    let document = gloo_utils::document();
    if let Ok(marked) = document.query_selector_all("tr.match") {
        for index in 0..marked.length() {
            if let Some(row) = marked
                .item(index)
                .and_then(|n| n.dyn_into::<Element>().ok())
            {
                let _ = row.class_list().remove_1("match");
            }
        }
    }
    for row in rows {
        if let Some(row) = document.get_element_by_id(&row_id(row)) {
            let _ = row.class_list().add_1("match");
        }
    }
}
