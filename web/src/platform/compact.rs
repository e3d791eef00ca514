//! Compact mode's look (`?embed=1`) is the stylesheet's, keyed on the root element.

/// Marks the page compact (`data-embed` on `<html>`), or not. The mark lives outside
/// the planner because compact mode also hides the prerendered parts around it.
pub fn set(compact: bool) {
    let Some(root) = gloo_utils::document().document_element() else {
        return;
    };
    let _ = if compact {
        root.set_attribute("data-embed", "")
    } else {
        root.remove_attribute("data-embed")
    };
}
