//! "If this step fails": a disclosure with the documented failures of a check or step.

use certplan::Plan;
use web_sys::Element;
use yew::prelude::*;

use crate::components::copy_button::Copying;
use crate::components::runbook::remedy_item::RemedyItem;
use crate::item::{Item, Part};
use crate::render_count;
use crate::shared::Shared;
use crate::state::CopyTarget;

/// The id of an item's disclosure, for links to it.
pub fn id(item: Item) -> String {
    format!("fails-{}-{}", item.part.slug(), item.number())
}

/// An item's remedies.
#[derive(Properties, PartialEq)]
pub struct IfFailsProps {
    /// The plan the item is in.
    pub plan: Shared<Plan>,
    /// The check or step.
    pub item: Item,
    /// The remedies' Copy buttons.
    pub copying: Copying,
}

/// Closed by default: the runbook stays short until something goes wrong. The remedies
/// are rendered when the disclosure first opens, however it opens (its summary, a
/// lookup's link), and kept after: a long plan carries thousands of elements of them,
/// most never read. Find-in-page does not reach a closed one; the error lookup does.
#[component]
pub fn IfFails(props: &IfFailsProps) -> Html {
    render_count::rendered("IfFails");
    let details = use_node_ref();
    let opened = use_state_eq(|| false);
    let ontoggle = {
        let (details, opened) = (details.clone(), opened.clone());
        Callback::from(move |_: Event| {
            if details
                .cast::<Element>()
                .is_some_and(|d| d.has_attribute("open"))
            {
                opened.set(true);
            }
        })
    };
    let remedies = props.item.remedies(&props.plan);
    if remedies.is_empty() {
        return Html::default();
    }
    let summary = match props.item.part {
        Part::Checks | Part::PowerOn => "If the answer is not that",
        Part::PowerOff | Part::Steps => "If this step fails",
    };
    html! {
        <details class="if-fails" id={id(props.item)} ref={details} {ontoggle}>
            <summary>{summary}</summary>
            if *opened {
                <ul class="remedies">
                    { for (0..remedies.len()).map(|index| html! {
                        <RemedyItem
                            plan={props.plan.clone()}
                            item={props.item}
                            {index}
                            copying={props.copying.only(|target| {
                                matches!(target, CopyTarget::Remedy(at) if at.remedy == index)
                            })}
                        />
                    }) }
                </ul>
            }
        </details>
    }
}
