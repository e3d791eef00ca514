//! "Copy link": the page's address, which carries the whole input.

use yew::prelude::*;

use crate::components::copy_button::CopyButton;
use crate::state::CopyTarget;

/// The button's confirmation.
#[derive(Properties, PartialEq)]
pub struct ShareLinkProps {
    /// While "Copy link" confirms: whether the copy worked.
    pub copied: Option<bool>,
    /// A click on "Copy link".
    pub oncopy: Callback<CopyTarget>,
    /// The app runs (before, the button could not copy).
    pub started: bool,
}

/// The button copies the address at click time: the query follows every change.
#[component]
pub fn ShareLink(props: &ShareLinkProps) -> Html {
    html! {
        <p class="share">
            <CopyButton
                target={CopyTarget::Link}
                label="Copy link"
                copied={props.copied}
                oncopy={props.oncopy.clone()}
                disabled={!props.started}
            />
            <span class="hint">{"The link holds everything entered above."}</span>
        </p>
    }
}
