//! "Copy link": the page's address, which carries the whole input.

use yew::prelude::*;

use crate::components::copy_button::status;
use crate::hooks::use_copy;
use crate::platform::location;

/// Copies the current address (read at click time: the query follows every change).
#[component]
pub fn ShareLink() -> Html {
    let (state, copy) = use_copy();
    let onclick = move |_| copy.emit(location::href());
    html! {
        <p class="share">
            <button type="button" class="btn" {onclick}>{ status(state).unwrap_or("Copy link") }</button>
            <span class="hint">{ "The link holds everything entered above." }</span>
            <span class="sr-only" aria-live="polite">{ status(state).unwrap_or_default() }</span>
        </p>
    }
}
