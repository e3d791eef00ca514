//! The fix: ordered commands with Copy, Copy all and Download .ps1.

use yew::prelude::*;

use crate::components::copy_button::CopyButton;
use crate::components::form::cluster_list::ADD_ID;
use crate::components::runbook::frame::frame;
use crate::components::runbook::item_list::{ItemList, ItemListProps};
use crate::components::runbook::run_script::RunScript;
use crate::hooks::Actions;
use crate::item::Part;
use crate::render_count;
use crate::shared::Shared;
use crate::state::CopyTarget;

/// The plan's steps, and whether anything is impacted.
#[derive(Properties, PartialEq)]
pub struct StepListProps {
    /// The steps, in the order they run, and where they stand.
    pub steps: ItemListProps,
    /// Whether a certificate layer is impacted (there may be no step all the same, when
    /// the fixes need workload clusters and none is listed).
    pub impacted: bool,
    /// "Clear progress" took marks away: "Undo clear" can bring them back.
    pub can_undo: bool,
    /// "Clear progress" and "Undo clear" report here.
    pub actions: Shared<Actions>,
    /// While "Copy all" confirms: whether the copy worked.
    pub copied_all: Option<bool>,
    /// "Download .ps1".
    pub ondownload: Callback<()>,
    /// The name the script downloads as, for its run instructions.
    pub file: AttrValue,
}

/// Each command on its own line, in order, or why there is none.
#[component]
pub fn StepList(props: &StepListProps) -> Html {
    render_count::rendered("StepList");
    let frame = frame(Part::Steps);
    let steps = &props.steps;
    if steps.done.is_empty() {
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
            <section class={frame.class} aria-labelledby={frame.heading_id}>
                <h2 id={frame.heading_id}>{frame.title}</h2>
                {why}
            </section>
        };
    }
    html! {
        <section class={frame.class} aria-labelledby={frame.heading_id}>
            <div class="steps-head">
                <h2 id={frame.heading_id}>{"Fix commands, in order"}</h2>
                <div class="toolbar">
                    <CopyButton
                        target={CopyTarget::All}
                        label="Copy all"
                        copied={props.copied_all}
                        oncopy={steps.copying.oncopy.clone()}
                    />
                    <button
                        type="button"
                        class="btn primary"
                        onclick={props.ondownload.reform(|_| ())}
                    >
                        {"Download .ps1"}
                    </button>
                    // Always there: a button that vanished on click would drop the focus.
                    <button type="button" class="btn quiet" onclick={props.actions.onclear.reform(|_| ())}>
                        {"Clear progress"}
                    </button>
                    if props.can_undo {
                        <button type="button" class="btn quiet" onclick={props.actions.onundo.reform(|_| ())}>
                            {"Undo clear"}
                        </button>
                    }
                </div>
            </div>
            <p class="hint">{frame.hint}</p>
            <RunScript file={props.file.clone()} />
            <p class="progress" role="status">
                {done_count(&steps.done)}
                if props.can_undo {
                    {" (progress cleared: Undo clear brings the marks back)"}
                }
            </p>
            <ItemList ..steps.clone() />
        </section>
    }
}

/// "2 of 5 steps done", for the eye and, as a status, for screen readers.
fn done_count(done: &[bool]) -> String {
    let marked = done.iter().filter(|done| **done).count();
    let noun = if done.len() == 1 { "step" } else { "steps" };
    format!("{marked} of {} {noun} done", done.len())
}
