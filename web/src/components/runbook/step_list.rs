//! The fix: ordered commands with Copy, Copy all and Download .ps1.

use certplan::{Plan, Step};
use yew::prelude::*;

use crate::components::copy_button::{confirming, CopyButton};
use crate::components::form::cluster_list::ADD_ID;
use crate::components::runbook::fix_step::FixStep;
use crate::components::runbook::run_script::RunScript;
use crate::item::Item;
use crate::progress::Progress;
use crate::render_count;
use crate::shared::Shared;
use crate::state::CopyTarget;

/// The id of the "Fix commands" heading, a "Jump to" target.
pub const STEPS_TITLE_ID: &str = "steps-title";

/// The plan's steps, and whether anything is impacted.
#[derive(Properties, PartialEq)]
pub struct StepListProps {
    /// The plan, whose steps are shown in the order they run.
    pub plan: Shared<Plan>,
    /// Whether a certificate layer is impacted (there may be no step all the same, when
    /// the fixes need workload clusters and none is listed).
    pub impacted: bool,
    /// Which checks and steps are marked done.
    pub progress: Progress,
    /// A "Done" box changed.
    pub ondone: Callback<(String, bool)>,
    /// "Clear progress".
    pub onclear: Callback<()>,
    /// "Clear progress" took marks away: "Undo clear" can bring them back.
    pub can_undo: bool,
    /// "Undo clear".
    pub onundo: Callback<()>,
    /// The state's last copy when "Copy all" or a step's button made it, for its
    /// confirmation; `None` otherwise.
    pub copied: Option<(CopyTarget, bool)>,
    /// A Copy button.
    pub oncopy: Callback<CopyTarget>,
    /// "Download .ps1".
    pub ondownload: Callback<()>,
    /// The name the script downloads as, for its run instructions.
    pub file: AttrValue,
}

/// Each command on its own line, in order, or why there is none.
#[component]
pub fn StepList(props: &StepListProps) -> Html {
    render_count::rendered("StepList");
    let steps = &props.plan.steps;
    if steps.is_empty() {
        let why = if props.impacted {
            html! {
                <p class="pending">
                    {"No commands yet: the Kubernetes certificates are impacted, and their fix \
                      runs once for each workload cluster. "}
                    <a href={["#", ADD_ID].concat()}>{"List your workload clusters"}</a>
                    {" (as Get-AksHciCluster shows them) to get their commands."}
                </p>
            }
        } else {
            html! { <p class="nothing">{"Nothing to fix: no certificate layer is impacted."}</p> }
        };
        return html! {
            <section class="steps" aria-labelledby={STEPS_TITLE_ID}>
                <h2 id={STEPS_TITLE_ID}>{"Fix commands"}</h2>
                {why}
            </section>
        };
    }
    html! {
        <section class="steps" aria-labelledby={STEPS_TITLE_ID}>
            <div class="steps-head">
                <h2 id={STEPS_TITLE_ID}>{"Fix commands, in order"}</h2>
                <div class="toolbar">
                    <CopyButton
                        target={CopyTarget::All}
                        label="Copy all"
                        copied={confirming(CopyTarget::All, props.copied)}
                        oncopy={props.oncopy.clone()}
                    />
                    <button
                        type="button"
                        class="btn primary"
                        onclick={props.ondownload.reform(|_| ())}
                    >
                        {"Download .ps1"}
                    </button>
                    // Always there: a button that vanished on click would drop the focus.
                    <button type="button" class="btn quiet" onclick={props.onclear.reform(|_| ())}>
                        {"Clear progress"}
                    </button>
                    if props.can_undo {
                        <button type="button" class="btn quiet" onclick={props.onundo.reform(|_| ())}>
                            {"Undo clear"}
                        </button>
                    }
                </div>
            </div>
            <p class="hint">
                {"Run in an elevated PowerShell session on a node of the Azure Stack HCI / \
                  Windows Server cluster, one at a time; each must finish before the next. \
                  Tick Done as you go: the marks stay in this browser for this plan's link."}
            </p>
            <RunScript file={props.file.clone()} />
            <p class="progress" role="status">
                {done_count(steps, &props.progress)}
                if props.can_undo {
                    {" (progress cleared: Undo clear brings the marks back)"}
                }
            </p>
            <ol class="step-list">
                { for steps.iter().enumerate().map(|(index, step)| {
                    let item = Item::Step(index);
                    html! {
                        <FixStep
                            plan={props.plan.clone()}
                            {index}
                            done={props.progress.is_done(&item.id_for(&step.command))}
                            ondone={props.ondone.clone()}
                            copied={props.copied.filter(|(target, _)| target.item() == Some(item))}
                            oncopy={props.oncopy.clone()}
                        />
                    }
                }) }
            </ol>
        </section>
    }
}

/// "2 of 5 steps done", for the eye and, as a status, for screen readers.
fn done_count(steps: &[Step], progress: &Progress) -> String {
    let done = steps
        .iter()
        .enumerate()
        .filter(|(index, step)| progress.is_done(&Item::Step(*index).id_for(&step.command)))
        .count();
    let noun = if steps.len() == 1 { "step" } else { "steps" };
    format!("{done} of {} {noun} done", steps.len())
}
