//! One certificate layer's verdict: Impacted / Not impacted, and why.

use certplan::{Layer, Note};
use yew::prelude::*;

use crate::components::with_class;

/// The card of layer `name` ("MOC" or "Kubernetes"; `about` says what it is), with
/// the notes that belong on it. The verdict is spelled out and carries a symbol, so
/// it never relies on colour.
pub fn layer_card(name: &'static str, about: &'static str, layer: &Layer, notes: &[Note]) -> Html {
    let (class, symbol, verdict) = if layer.impacted {
        ("card impacted", "!", "Impacted")
    } else {
        ("card ok", "\u{2713}", "Not impacted")
    };
    let title_id = ["layer-", name].concat();
    let body = html! {
        <>
            <h3 id={title_id.clone()}>{ name }<span class="about">{ about }</span></h3>
            <p class="verdict"><span class="symbol" aria-hidden="true">{ symbol }</span>{ verdict }</p>
            <p class="reason">{ &layer.reason }</p>
            { for notes.iter().map(|note| {
                with_class("p", ["note ", note.code.as_str()].concat().into(), None, html! { &note.text })
            }) }
        </>
    };
    with_class("article", class.into(), Some(title_id.into()), body)
}
