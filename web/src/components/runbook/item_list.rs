//! The numbered items of one part of the runbook.

use certplan::Plan;
use yew::prelude::*;

use crate::components::copy_button::Copying;
use crate::components::runbook::runbook_item::RunbookItem;
use crate::item::Part;
use crate::render_count;
use crate::shared::Shared;

/// A part of the runbook and where its items stand.
#[derive(Properties, PartialEq, Clone)]
pub struct ItemListProps {
    /// The plan.
    pub plan: Shared<Plan>,
    /// Which of its lists.
    pub part: Part,
    /// Which of the list's items are marked done, in order (one for each item): a mark
    /// elsewhere in the runbook leaves these props, and so this list, as they are.
    pub done: Vec<bool>,
    /// A "Done" box changed.
    pub ondone: Callback<(String, bool)>,
    /// The list's Copy buttons (and their remedies').
    pub copying: Copying,
}

/// The items in the order to run them; each hears of a copy only when it made it.
#[component]
pub fn ItemList(props: &ItemListProps) -> Html {
    render_count::rendered("ItemList");
    html! {
        <ol class="step-list">
            { for props.part.items(&props.plan).zip(&props.done).map(|(item, &done)| html! {
                <RunbookItem
                    plan={props.plan.clone()}
                    {item}
                    {done}
                    ondone={props.ondone.clone()}
                    copying={props.copying.only(|target| target.item() == Some(item))}
                />
            }) }
        </ol>
    }
}
