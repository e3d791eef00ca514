//! "If this step fails": a disclosure with the documented failures of a check or step.

use certplan::Remedy;
use yew::prelude::*;

use crate::components::remedy_item::RemedyItem;
use crate::item::Item;
use crate::state::CopyTarget;

/// The id of an item's disclosure, for links to it.
pub fn id(item: Item) -> String {
    match item {
        Item::Check(n) => format!("fails-check-{}", n + 1),
        Item::Step(n) => format!("fails-step-{}", n + 1),
        Item::PowerOn(n) => format!("fails-power-on-{}", n + 1),
        Item::PowerOff(n) => format!("fails-power-off-{}", n + 1),
    }
}

/// An item's remedies.
#[derive(Properties, PartialEq)]
pub struct IfFailsProps {
    /// The check or step.
    pub item: Item,
    /// Its remedies, in the plan's order.
    pub remedies: Vec<Remedy>,
    /// The state's last copy, for the buttons' confirmation.
    pub copied: Option<(CopyTarget, bool)>,
    /// A Copy button.
    pub oncopy: Callback<CopyTarget>,
}

/// Closed by default: the runbook stays short until something goes wrong.
#[component]
pub fn IfFails(props: &IfFailsProps) -> Html {
    if props.remedies.is_empty() {
        return Html::default();
    }
    let summary = match props.item {
        Item::Check(_) | Item::PowerOn(_) => "If the answer is not that",
        Item::PowerOff(_) | Item::Step(_) => "If this step fails",
    };
    html! {
        <details class="if-fails" id={id(props.item)}>
            <summary>{summary}</summary>
            <ul class="remedies">
                { for props.remedies.iter().enumerate().map(|(index, remedy)| html! {
                    <RemedyItem
                        item={props.item}
                        {index}
                        remedy={remedy.clone()}
                        copied={props.copied}
                        oncopy={props.oncopy.clone()}
                    />
                }) }
            </ul>
        </details>
    }
}
