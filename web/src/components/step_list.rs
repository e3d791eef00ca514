//! The fix: ordered commands with Copy, Copy all and Download .ps1.

use certplan::{Step, StepLayer};
use yew::prelude::*;

use crate::components::copy_button::CopyButton;
use crate::platform::download;

/// Properties of [`StepList`].
#[derive(Properties, PartialEq)]
pub struct StepListProps {
    /// The core's steps, in order.
    pub steps: Vec<Step>,
    /// The core's script, offered as the download.
    pub script: AttrValue,
    /// The download's file name.
    pub file_name: AttrValue,
}

/// Each command on its own line, in monospace, with its purpose and a Copy button.
#[component]
pub fn StepList(props: &StepListProps) -> Html {
    if props.steps.is_empty() {
        return html! {
            <section class="steps" aria-labelledby="steps-title">
                <h2 id="steps-title">{ "Fix commands" }</h2>
                <p class="nothing">{ "Nothing to fix: no certificate layer is impacted." }</p>
            </section>
        };
    }
    let all: String = props
        .steps
        .iter()
        .map(|s| s.command.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let ondownload = {
        let (name, script) = (props.file_name.clone(), props.script.clone());
        move |_| download::save(&name, &script)
    };
    let items = props.steps.iter().enumerate().map(|(index, step)| {
        let number = (index + 1).to_string();
        let label = ["Copy command ", &number, ": ", &step.command].concat();
        let (class, tag) = match step.layer {
            StepLayer::Moc => ("step moc", "MOC"),
            StepLayer::Kubernetes => ("step kubernetes", "Kubernetes"),
            StepLayer::Verify => ("step verify", "Verify"),
        };
        html! {
            <li {class}>
                <p class="purpose"><span class="tag">{ tag }</span>{ &step.purpose }</p>
                <div class="command-line">
                    <code class="command">{ &step.command }</code>
                    <CopyButton text={step.command.clone()} label="Copy" aria_label={label} />
                </div>
            </li>
        }
    });
    html! {
        <section class="steps" aria-labelledby="steps-title">
            <div class="steps-head">
                <h2 id="steps-title">{ "Fix commands, in order" }</h2>
                <div class="toolbar">
                    <CopyButton text={all} label="Copy all" />
                    <button type="button" class="btn primary" onclick={ondownload}>{ "Download .ps1" }</button>
                </div>
            </div>
            <p class="hint">{ "Run in an elevated PowerShell session on a node of the Azure Stack HCI / Windows Server cluster, one at a time; each must finish before the next." }</p>
            <ol class="step-list">{ for items }</ol>
        </section>
    }
}
