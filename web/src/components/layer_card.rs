//! One certificate layer's verdict: Impacted / Not impacted, and why.

use certplan::{Layer, Note};
use yew::prelude::*;

/// Properties of [`LayerCard`].
#[derive(Properties, PartialEq)]
pub struct LayerCardProps {
    /// "MOC" or "Kubernetes".
    pub name: AttrValue,
    /// What the layer is, in a few words.
    pub about: AttrValue,
    /// The core's verdict.
    pub layer: Layer,
    /// Notes that belong on this card (30-day boundary, last day to power on).
    #[prop_or_default]
    pub notes: Vec<Note>,
}

/// The verdict is spelled out and carries a symbol, so it never relies on colour.
#[component]
pub fn LayerCard(props: &LayerCardProps) -> Html {
    let (class, symbol, verdict) = if props.layer.impacted {
        ("card impacted", "!", "Impacted")
    } else {
        ("card ok", "\u{2713}", "Not impacted")
    };
    let title_id = ["layer-", &props.name].concat();
    html! {
        <article {class} aria-labelledby={title_id.clone()}>
            <h3 id={title_id}>{ &props.name }<span class="about">{ &props.about }</span></h3>
            <p class="verdict"><span class="symbol" aria-hidden="true">{ symbol }</span>{ verdict }</p>
            <p class="reason">{ &props.layer.reason }</p>
            { for props.notes.iter().map(|note| html! {
                <p class={classes!("note", note.code.as_str())}>{ &note.text }</p>
            }) }
        </article>
    }
}
