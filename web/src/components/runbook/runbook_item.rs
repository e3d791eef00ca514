//! One item of the runbook: a fix step, a check before the first step, or an item of
//! powering on or shutting down. Its command (if it has one) with Copy, its "Done" box,
//! and what to do when it fails.

use certplan::{Plan, StepLayer};
use yew::prelude::*;

use crate::components::command_line::CommandLine;
use crate::components::copy_button::Copying;
use crate::components::runbook::done_box::DoneBox;
use crate::components::runbook::if_fails::IfFails;
use crate::item::{Item, Part};
use crate::render_count;
use crate::shared::Shared;
use crate::state::CopyTarget;

/// An item and where it stands.
#[derive(Properties, PartialEq)]
pub struct RunbookItemProps {
    /// The plan the item is in.
    pub plan: Shared<Plan>,
    /// Which item it is.
    pub item: Item,
    /// Marked done.
    pub done: bool,
    /// A "Done" box changed.
    pub ondone: Callback<(String, bool)>,
    /// The item's Copy buttons (and its remedies').
    pub copying: Copying,
}

/// What the item is for, its command on its own line with a Copy button named after
/// it, then, for a step, nothing more (its layer tags its purpose); for a check, what a
/// healthy answer looks like.
#[component]
pub fn RunbookItem(props: &RunbookItemProps) -> Html {
    render_count::rendered("RunbookItem");
    let item = props.item;
    let (class, tag, purpose, expect) = if let Some(step) = item.step(&props.plan) {
        ("step", Some(layer_tag(step.layer)), &step.purpose, None)
    } else if let Some(check) = item.check(&props.plan) {
        ("step check-item", None, &check.purpose, Some(&check.expect))
    } else {
        return Html::default();
    };
    let command = item.command(&props.plan).unwrap_or_default();
    let (noun, number) = (item.part.noun(), item.number());
    // A step's button says "command"; a check's names the check.
    let copies = if item.part == Part::Steps {
        "command"
    } else {
        noun
    };
    let target = CopyTarget::Item(item);
    html! {
        <li {class}>
            <div class="step-head">
                <p class="purpose">
                    if let Some(tag) = tag {
                        <span class="tag">{tag}</span>
                    }
                    {purpose.clone()}
                </p>
                <DoneBox
                    id={item.id_for(command)}
                    item={format!("{noun} {number}")}
                    done={props.done}
                    ondone={props.ondone.clone()}
                />
            </div>
            // Pressing a power button has no command to copy.
            if !command.is_empty() {
                <CommandLine
                    command={command.to_owned()}
                    {target}
                    aria_label={format!("Copy {copies} {number}: {command}")}
                    copied={props.copying.confirming(target)}
                    oncopy={props.copying.oncopy.clone()}
                />
            }
            if let Some(expect) = expect {
                <p class="expect"><strong>{"Healthy: "}</strong>{expect.clone()}</p>
            }
            <IfFails
                plan={props.plan.clone()}
                {item}
                copying={props.copying.only(|target| matches!(target, CopyTarget::Remedy(_)))}
            />
        </li>
    }
}

/// The tag before a step's purpose: the certificates it fixes, or that it verifies.
fn layer_tag(layer: StepLayer) -> &'static str {
    match layer {
        StepLayer::Moc => "MOC",
        StepLayer::Kubernetes => "Kubernetes",
        StepLayer::Verify => "Verify",
    }
}
