//! One check before the first step, or one item of powering on or shutting down: its
//! command (if it has one), the healthy answer, and what to do when the answer is not that.

use certplan::Check;
use yew::prelude::*;

use crate::components::command_line::CommandLine;
use crate::components::done_box::DoneBox;
use crate::components::if_fails::IfFails;
use crate::item::Item;
use crate::state::CopyTarget;

/// A check and where it stands.
#[derive(Properties, PartialEq)]
pub struct CheckItemProps {
    /// Which item it is: a check, or a power-on or shutdown item.
    pub item: Item,
    /// The check.
    pub check: Check,
    /// Marked done.
    pub done: bool,
    /// A "Done" box changed.
    pub ondone: Callback<(String, bool)>,
    /// The state's last copy, for the buttons' confirmation.
    pub copied: Option<(CopyTarget, bool)>,
    /// A Copy button.
    pub oncopy: Callback<CopyTarget>,
}

/// What the check is for, its command, what a healthy answer looks like.
#[component]
pub fn CheckItem(props: &CheckItemProps) -> Html {
    let (check, item) = (&props.check, props.item);
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
                    copied={props.copied}
                    oncopy={props.oncopy.clone()}
                />
            }
            <p class="expect"><strong>{"Healthy: "}</strong>{check.expect.clone()}</p>
            <IfFails
                {item}
                remedies={check.if_fails.clone()}
                copied={props.copied}
                oncopy={props.oncopy.clone()}
            />
        </li>
    }
}
