//! One fix step: what it is for, its command, and Copy.

use certplan::{Step, StepLayer};
use yew::prelude::*;

use crate::components::copy_button::CopyButton;
use crate::state::CopyTarget;

/// A step and where it stands.
#[derive(Properties, PartialEq)]
pub struct FixStepProps {
    /// 0-based position in the plan.
    pub index: usize,
    /// The step.
    pub step: Step,
    /// The state's last copy, for the button's confirmation.
    pub copied: Option<(CopyTarget, bool)>,
    /// "Copy".
    pub oncopy: Callback<CopyTarget>,
}

/// The command on its own line, in monospace, with its purpose and a Copy button named
/// after the command.
#[component]
pub fn FixStep(props: &FixStepProps) -> Html {
    let step = &props.step;
    let tag = match step.layer {
        StepLayer::Moc => "MOC",
        StepLayer::Kubernetes => "Kubernetes",
        StepLayer::Verify => "Verify",
    };
    let label = format!("Copy command {}: {}", props.index + 1, step.command);
    html! {
        <li class="step">
            <p class="purpose"><span class="tag">{tag}</span>{step.purpose.clone()}</p>
            <div class="command-line">
                <code class="command">{step.command.clone()}</code>
                <CopyButton
                    target={CopyTarget::Step(props.index)}
                    label="Copy"
                    aria_label={label}
                    copied={props.copied}
                    oncopy={props.oncopy.clone()}
                />
            </div>
        </li>
    }
}
