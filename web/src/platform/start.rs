//! What the app starts from: the link, today, and what the visitor already typed.

use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

use crate::components::planner::START_STATUS_ID;
use crate::platform::{location, today};
use crate::state::{DateField, Start};

/// How often to look again while a date is half typed.
const RECHECK_MS: u32 = 100;

/// Runs `start` now, or once no date field holds a half-typed date. A browser reports
/// a half-typed date as no value at all, and the app's first render, which sets each
/// field to the value it read, would wipe the typed half: so the app waits until the
/// visitor completes or clears the date, and says so on the page meanwhile (the buttons
/// stay disabled, as they are until the app runs).
pub fn when_no_date_half_typed(start: impl FnOnce() + 'static) {
    let status = gloo_utils::document().get_element_by_id(START_STATUS_ID);
    match half_typed() {
        Some(field) => {
            if let Some(status) = &status {
                let text = [
                    "The planner starts once the ",
                    field.label(),
                    " is a complete, real date, or empty: finish or clear it.",
                ];
                status.set_text_content(Some(&text.concat()));
            }
            Timeout::new(RECHECK_MS, move || when_no_date_half_typed(start)).forget();
        }
        None => {
            // The app takes over this line as the build rendered it: empty.
            if let Some(status) = status {
                status.set_text_content(None);
            }
            start();
        }
    }
}

fn half_typed() -> Option<DateField> {
    date_inputs()
        .find(|(_, input)| input.validity().bad_input())
        .map(|(field, _)| field)
}

fn date_inputs() -> impl Iterator<Item = (DateField, HtmlInputElement)> {
    let document = gloo_utils::document();
    DateField::ALL.into_iter().filter_map(move |field| {
        let input = document.get_element_by_id(field.field())?;
        Some((field, input.dyn_into::<HtmlInputElement>().ok()?))
    })
}

/// Reads the page as it is when the app takes over. The prerendered date fields take
/// input before the app runs; what they hold now is kept (see [`crate::state::State::start`]).
pub fn read() -> Start {
    let typed = date_inputs()
        .map(|(field, input)| (field, input.value()))
        .collect();
    Start {
        query: location::query(),
        today: today::today(),
        typed,
    }
}
