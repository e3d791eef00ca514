//! One check before the first step, or one item of powering on or shutting down: its
//! command (if it has one), the healthy answer, and what to do when the answer is not that.

use certplan::Plan;
use yew::prelude::*;

use crate::components::command_line::CommandLine;
use crate::components::copy_button::confirming;
use crate::components::runbook::done_box::DoneBox;
use crate::components::runbook::if_fails::IfFails;
use crate::item::Item;
use crate::render_count;
use crate::shared::Shared;
use crate::state::CopyTarget;

/// A check and where it stands.
#[derive(Properties, PartialEq)]
pub struct CheckItemProps {
    /// The plan the check is in.
    pub plan: Shared<Plan>,
    /// Which item it is: a check, or a power-on or shutdown item.
    pub item: Item,
    /// Marked done.
    pub done: bool,
    /// A "Done" box changed.
    pub ondone: Callback<(String, bool)>,
    /// The state's last copy when one of this item's buttons made it (see
    /// `CopyTarget::item`), for their confirmation; `None` otherwise.
    pub copied: Option<(CopyTarget, bool)>,
    /// A Copy button.
    pub oncopy: Callback<CopyTarget>,
}

/// What the check is for, its command, what a healthy answer looks like.
#[component]
pub fn CheckItem(props: &CheckItemProps) -> Html {
    render_count::rendered("CheckItem");
    let item = props.item;
    let Some(check) = item.check(&props.plan) else {
        return Html::default();
    };
    let (name, target, index) = match item {
        Item::Check(index) => ("check", CopyTarget::Check(index), index),
        Item::PowerOn(index) => ("power-on item", CopyTarget::Power(item), index),
        Item::PowerOff(index) | Item::Step(index) => {
            ("shutdown item", CopyTarget::Power(item), index)
        }
    };
    let number = index + 1;
    html! {
        <li class="step check-item">
            <div class="step-head">
                <p class="purpose">{check.purpose.clone()}</p>
                <DoneBox
                    id={item.id_for(&check.command)}
                    item={format!("{name} {number}")}
                    done={props.done}
                    ondone={props.ondone.clone()}
                />
            </div>
            // Pressing a power button has no command to copy.
            if !check.command.is_empty() {
                <CommandLine
                    command={check.command.clone()}
                    {target}
                    aria_label={format!("Copy {name} {number}: {}", check.command)}
                    copied={confirming(target, props.copied)}
                    oncopy={props.oncopy.clone()}
                />
            }
            <p class="expect"><strong>{"Healthy: "}</strong>{check.expect.clone()}</p>
            <IfFails
                plan={props.plan.clone()}
                {item}
                copied={props.copied.filter(|(target, _)| matches!(target, CopyTarget::Remedy(_)))}
                oncopy={props.oncopy.clone()}
            />
        </li>
    }
}
