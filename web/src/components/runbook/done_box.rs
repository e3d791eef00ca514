//! The "Done" checkbox of a check or step in the runbook.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::render_count;

/// An item's mark.
#[derive(Properties, PartialEq)]
pub struct DoneBoxProps {
    /// The item's id in the plan (see `Item::id`), reported back with the change.
    pub id: AttrValue,
    /// Which item, for the accessible name ("Done: step 2").
    pub item: AttrValue,
    /// Marked done.
    pub done: bool,
    /// The box changed: the item's id, and whether it is now done.
    pub ondone: Callback<(String, bool)>,
}

/// A labelled checkbox; its name says which item it marks. The name is set on the box
/// itself: built from the label's parts, browsers join them with different spacing.
#[component]
pub fn DoneBox(props: &DoneBoxProps) -> Html {
    render_count::rendered("DoneBox");
    let onchange = {
        let id = props.id.clone();
        props.ondone.reform(move |event: Event| {
            let done = event.target_unchecked_into::<HtmlInputElement>().checked();
            (id.to_string(), done)
        })
    };
    let name = format!("Done: {}", props.item);
    html! {
        <label class="done">
            <input type="checkbox" aria-label={name} checked={props.done} {onchange} />
            {"Done"}
        </label>
    }
}
