//! One check before the first step: its command, the healthy answer, and what to do
//! when the answer is not that.

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
    /// 0-based position among the checks.
    pub index: usize,
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
    let (check, item) = (&props.check, Item::Check(props.index));
    let number = props.index + 1;
    html! {
        <li class="step check-item">
            <div class="step-head">
                <p class="purpose">{check.purpose.clone()}</p>
                <DoneBox
                    id={item.id_for(&check.command)}
                    item={format!("check {number}")}
                    done={props.done}
                    ondone={props.ondone.clone()}
                />
            </div>
            <CommandLine
                command={check.command.clone()}
                target={CopyTarget::Check(props.index)}
                aria_label={format!("Copy check {number}: {}", check.command)}
                copied={props.copied}
                oncopy={props.oncopy.clone()}
            />
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
