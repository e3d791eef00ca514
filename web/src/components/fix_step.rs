//! One fix step: what it is for, its command with Copy, its "Done" box, and what to do
//! if it fails.

use certplan::{Step, StepLayer};
use yew::prelude::*;

use crate::components::command_line::CommandLine;
use crate::components::done_box::DoneBox;
use crate::components::if_fails::IfFails;
use crate::item::Item;
use crate::state::CopyTarget;

/// A step and where it stands.
#[derive(Properties, PartialEq)]
pub struct FixStepProps {
    /// 0-based position in the plan.
    pub index: usize,
    /// The step.
    pub step: Step,
    /// Marked done.
    pub done: bool,
    /// A "Done" box changed.
    pub ondone: Callback<(String, bool)>,
    /// The state's last copy, for the buttons' confirmation.
    pub copied: Option<(CopyTarget, bool)>,
    /// A Copy button.
    pub oncopy: Callback<CopyTarget>,
}

/// The command on its own line, in monospace, with its purpose and a Copy button named
/// after the command.
#[component]
pub fn FixStep(props: &FixStepProps) -> Html {
    let (step, item) = (&props.step, Item::Step(props.index));
    let number = props.index + 1;
    let tag = match step.layer {
        StepLayer::Moc => "MOC",
        StepLayer::Kubernetes => "Kubernetes",
        StepLayer::Verify => "Verify",
    };
    html! {
        <li class="step">
            <div class="step-head">
                <p class="purpose"><span class="tag">{tag}</span>{step.purpose.clone()}</p>
                <DoneBox
                    id={item.id_for(&step.command)}
                    item={format!("step {number}")}
                    done={props.done}
                    ondone={props.ondone.clone()}
                />
            </div>
            <CommandLine
                command={step.command.clone()}
                target={CopyTarget::Step(props.index)}
                aria_label={format!("Copy command {number}: {}", step.command)}
                copied={props.copied}
                oncopy={props.oncopy.clone()}
            />
            <IfFails
                {item}
                remedies={step.if_fails.clone()}
                copied={props.copied}
                oncopy={props.oncopy.clone()}
            />
        </li>
    }
}
