//! One fix step: what it is for, its command with Copy, its "Done" box, and what to do
//! if it fails.

use certplan::{Plan, StepLayer};
use yew::prelude::*;

use crate::components::command_line::CommandLine;
use crate::components::copy_button::confirming;
use crate::components::runbook::done_box::DoneBox;
use crate::components::runbook::if_fails::IfFails;
use crate::item::Item;
use crate::render_count;
use crate::shared::Shared;
use crate::state::CopyTarget;

/// A step and where it stands.
#[derive(Properties, PartialEq)]
pub struct FixStepProps {
    /// The plan the step is in.
    pub plan: Shared<Plan>,
    /// 0-based position in the plan's steps.
    pub index: usize,
    /// Marked done.
    pub done: bool,
    /// A "Done" box changed.
    pub ondone: Callback<(String, bool)>,
    /// The state's last copy when one of this step's buttons made it (see
    /// `CopyTarget::item`), for their confirmation; `None` otherwise.
    pub copied: Option<(CopyTarget, bool)>,
    /// A Copy button.
    pub oncopy: Callback<CopyTarget>,
}

/// The command on its own line, in monospace, with its purpose and a Copy button named
/// after the command.
#[component]
pub fn FixStep(props: &FixStepProps) -> Html {
    render_count::rendered("FixStep");
    let Some(step) = props.plan.steps.get(props.index) else {
        return Html::default();
    };
    let item = Item::Step(props.index);
    let number = props.index + 1;
    let tag = match step.layer {
        StepLayer::Moc => "MOC",
        StepLayer::Kubernetes => "Kubernetes",
        StepLayer::Verify => "Verify",
    };
    let target = CopyTarget::Step(props.index);
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
                {target}
                aria_label={format!("Copy command {number}: {}", step.command)}
                copied={confirming(target, props.copied)}
                oncopy={props.oncopy.clone()}
            />
            <IfFails
                plan={props.plan.clone()}
                {item}
                copied={props.copied.filter(|(target, _)| matches!(target, CopyTarget::Remedy(_)))}
                oncopy={props.oncopy.clone()}
            />
        </li>
    }
}
