//! What the app starts from: the link, today, and what the visitor already typed.

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

use crate::platform::{location, today};
use crate::state::{DateField, Start};

/// Reads the page as it is when the app takes over. The prerendered date fields take
/// input before the app runs; what they hold now is kept (see [`crate::state::State::start`]).
pub fn read() -> Start {
    let document = gloo_utils::document();
    let typed = DateField::ALL
        .into_iter()
        .filter_map(|field| {
            let input = document.get_element_by_id(field.field())?;
            let input = input.dyn_into::<HtmlInputElement>().ok()?;
            Some((field, input.value()))
        })
        .collect();
    Start {
        query: location::query(),
        today: today::today(),
        typed,
    }
}
