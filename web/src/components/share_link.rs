//! "Copy link": the page's address, which carries the whole input.

use yew::prelude::*;

use crate::markup::raw_static;

use crate::components::copy_button::status;
use crate::delegate;
use crate::state::CopyTarget;

/// The button copies the address at click time: the query follows every change.
pub fn share_link(copied: Option<(CopyTarget, bool)>) -> Html {
    let status = status(CopyTarget::Link, copied);
    html! {
        <p class="share">
            <button type="button" class="btn" data-act={delegate::copy(CopyTarget::Link)}>{ status.unwrap_or("Copy link") }</button>
            { raw_static("<span class=\"hint\">The link holds everything entered above.</span>") }
            <span class="sr-only" aria-live="polite">{ status.unwrap_or_default() }</span>
        </p>
    }
}
