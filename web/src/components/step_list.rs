//! The fix: ordered commands with Copy, Copy all and Download .ps1.

use certplan::{Step, StepLayer};
use yew::Html;

use crate::components::copy_button::copy_button;
use crate::dom::el;
use crate::markup::{push_text, raw, raw_static};
use crate::state::CopyTarget;

/// Each command on its own line, in monospace, with its purpose and a Copy button.
/// `copied` is the state's last copy, for the buttons' confirmation. Text without
/// buttons is markup (see [`crate::markup`]); the copy buttons are elements, so one
/// keeps its focus while it says "Copied".
pub fn step_list(steps: &[Step], copied: Option<(CopyTarget, bool)>) -> Html {
    if steps.is_empty() {
        return raw_static("<section class=\"steps\" aria-labelledby=\"steps-title\"><h2 id=\"steps-title\">Fix commands</h2><p class=\"nothing\">Nothing to fix: no certificate layer is impacted.</p></section>");
    }
    let items = steps
        .iter()
        .enumerate()
        .map(|(index, step)| {
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
            let mut purpose = String::from("<p class=\"purpose\"><span class=\"tag\">");
            purpose.push_str(tag);
            purpose.push_str("</span>");
            push_text(&mut purpose, &step.purpose);
            purpose.push_str("</p>");
            let mut command = String::from("<code class=\"command\">");
            push_text(&mut command, &step.command);
            command.push_str("</code>");
            el(
                "li",
                &["class"],
                vec![Some("step".into())],
                vec![
                    raw(purpose),
                    el(
                        "div",
                        &["class"],
                        vec![Some("command-line".into())],
                        vec![
                            raw(command),
                            copy_button(CopyTarget::Step(index), "Copy", Some(label), copied),
                        ],
                    ),
                ],
            )
        })
        .collect();
    el(
        "section",
        &["class", "aria-labelledby"],
        vec![Some("steps".into()), Some("steps-title".into())],
        vec![
            el(
                "div",
                &["class"],
                vec![Some("steps-head".into())],
                vec![
                    raw_static("<h2 id=\"steps-title\">Fix commands, in order</h2>"),
                    el(
                        "div",
                        &["class"],
                        vec![Some("toolbar".into())],
                        vec![
                            copy_button(CopyTarget::All, "Copy all", None, copied),
                            raw_static("<button type=\"button\" class=\"btn primary\" data-act=\"download\">Download .ps1</button>"),
                        ],
                    ),
                ],
            ),
            raw_static("<p class=\"hint\">Run in an elevated PowerShell session on a node of the Azure Stack HCI / Windows Server cluster, one at a time; each must finish before the next.</p>"),
            el("ol", &["class"], vec![Some("step-list".into())], items),
        ],
    )
}
