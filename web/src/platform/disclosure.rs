//! Opening a `<details>` of the page from elsewhere (a lookup's answer links to the
//! "If this step fails" it belongs to).

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// Opens the `<details>` with this id, scrolls it into view and moves the keyboard focus
/// to its summary. Does nothing when the page has no such element.
pub fn open(id: &str) {
    let Some(details) = gloo_utils::document().get_element_by_id(id) else {
        return;
    };
    let _ = details.set_attribute("open", "");
    details.scroll_into_view();
    if let Some(summary) = details
        .first_element_child()
        .and_then(|s| s.dyn_into::<HtmlElement>().ok())
    {
        let _ = summary.focus();
    }
}
