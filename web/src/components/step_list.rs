//! The fix: ordered commands with Copy, Copy all and Download .ps1.

use certplan::{Step, StepLayer};
use yew::prelude::*;

use crate::markup::raw_static;

use crate::components::copy_button::copy_button;
use crate::state::CopyTarget;

/// Each command on its own line, in monospace, with its purpose and a Copy button.
/// `copied` is the state's last copy, for the buttons' confirmation.
pub fn step_list(steps: &[Step], copied: Option<(CopyTarget, bool)>) -> Html {
    if steps.is_empty() {
        return raw_static("<section class=\"steps\" aria-labelledby=\"steps-title\"><h2 id=\"steps-title\">Fix commands</h2><p class=\"nothing\">Nothing to fix: no certificate layer is impacted.</p></section>");
    }
    let items = steps.iter().enumerate().map(|(index, step)| {
        let label = [
            "Copy command ",
            &(index + 1).to_string(),
            ": ",
            &step.command,
        ]
        .concat();
        let tag = match step.layer {
            StepLayer::Moc => "MOC",
            StepLayer::Kubernetes => "Kubernetes",
            StepLayer::Verify => "Verify",
        };
        html! {
            <li class="step">
                <p class="purpose"><span class="tag">{ tag }</span>{ &step.purpose }</p>
                <div class="command-line">
                    <code class="command">{ &step.command }</code>
                    { copy_button(CopyTarget::Step(index), "Copy", Some(label), copied) }
                </div>
            </li>
        }
    });
    html! {
        <section class="steps" aria-labelledby="steps-title">
            <div class="steps-head">
                { raw_static("<h2 id=\"steps-title\">Fix commands, in order</h2>") }
                <div class="toolbar">
                    { copy_button(CopyTarget::All, "Copy all", None, copied) }
                    <button type="button" class="btn primary" data-act="download">{ "Download .ps1" }</button>
                </div>
            </div>
            { raw_static("<p class=\"hint\">Run in an elevated PowerShell session on a node of the Azure Stack HCI / Windows Server cluster, one at a time; each must finish before the next.</p>") }
            <ol class="step-list">{ for items }</ol>
        </section>
    }
}
