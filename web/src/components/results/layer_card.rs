//! One certificate layer's verdict: Impacted / Not impacted, and why.

use certplan::{Layer, Note};
use yew::prelude::*;

use crate::components::results::notes::sourced;

/// The layer, its verdict, and the notes that belong on its card.
#[derive(Properties, PartialEq)]
pub struct LayerCardProps {
    /// "MOC" or "Kubernetes".
    pub name: &'static str,
    /// What the layer is.
    pub about: &'static str,
    /// The core's verdict and reason.
    pub layer: Layer,
    /// Notes shown on the card.
    #[prop_or_default]
    pub notes: Vec<Note>,
}

/// The verdict is spelled out and carries a symbol, so it never relies on colour.
#[component]
pub fn LayerCard(props: &LayerCardProps) -> Html {
    let (class, symbol, verdict) = if props.layer.impacted {
        ("impacted", "!", "Impacted")
    } else {
        ("ok", "\u{2713}", "Not impacted")
    };
    let heading = ["layer-", props.name].concat();
    html! {
        <article class={classes!("card", class)} aria-labelledby={heading.clone()}>
            <h3 id={heading}>{props.name}<span class="about">{props.about}</span></h3>
            <p class="verdict"><span class="symbol" aria-hidden="true">{symbol}</span>{verdict}</p>
            <p class="reason">{props.layer.reason.clone()}</p>
            { for props.notes.iter().map(|note| html! {
                <p class={classes!("note", note.code.as_str())}>{sourced(note)}</p>
            }) }
        </article>
    }
}
