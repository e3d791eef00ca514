//! A button that copies a fixed text and says "Copied".

use yew::prelude::*;

use crate::hooks::{use_copy, CopyState};

/// Properties of [`CopyButton`].
#[derive(Properties, PartialEq)]
pub struct CopyButtonProps {
    /// What goes on the clipboard.
    pub text: AttrValue,
    /// The visible label, e.g. "Copy" or "Copy all".
    pub label: AttrValue,
    /// A fuller accessible name, e.g. "Copy command 2: ...".
    #[prop_or_default]
    pub aria_label: Option<AttrValue>,
}

/// Copies `text` on click and shows the result for two seconds.
#[component]
pub fn CopyButton(props: &CopyButtonProps) -> Html {
    let (state, copy) = use_copy();
    let onclick = {
        let text = props.text.to_string();
        move |_| copy.emit(text.clone())
    };
    html! {
        <span class="copy">
            <button type="button" class={classes!("btn", (state == CopyState::Copied).then_some("done"))}
                aria-label={props.aria_label.clone()} {onclick}>
                { status(state).unwrap_or(&props.label) }
            </button>
            <span class="sr-only" aria-live="polite">{ status(state).unwrap_or_default() }</span>
        </span>
    }
}

/// The confirmation text, when there is one.
pub fn status(state: CopyState) -> Option<&'static str> {
    match state {
        CopyState::Idle => None,
        CopyState::Copied => Some("Copied"),
        CopyState::Failed => Some("Copy failed: select and copy by hand"),
    }
}
