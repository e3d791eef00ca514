//! "Before you start": the checks to run before the first fix step.

use certplan::Plan;
use yew::prelude::*;

use crate::components::runbook::check_item::CheckItem;
use crate::item::Item;
use crate::progress::Progress;
use crate::render_count;
use crate::shared::Shared;
use crate::state::CopyTarget;

/// The id of the "Before you start" heading, a "Jump to" target.
pub const CHECKS_TITLE_ID: &str = "checks-title";

/// The plan's checks and the runbook's progress.
#[derive(Properties, PartialEq)]
pub struct BeforeYouStartProps {
    /// The plan, whose checks are shown in the order to run them.
    pub plan: Shared<Plan>,
    /// Which are marked done.
    pub progress: Progress,
    /// A "Done" box changed.
    pub ondone: Callback<(String, bool)>,
    /// The state's last copy when a check's button made it, for its confirmation;
    /// `None` otherwise.
    pub copied: Option<(CopyTarget, bool)>,
    /// A Copy button.
    pub oncopy: Callback<CopyTarget>,
}

/// The checks, numbered; nothing when there is nothing to fix.
#[component]
pub fn BeforeYouStart(props: &BeforeYouStartProps) -> Html {
    render_count::rendered("BeforeYouStart");
    if props.plan.checks.is_empty() {
        return Html::default();
    }
    html! {
        <section class="steps checks" aria-labelledby={CHECKS_TITLE_ID}>
            <h2 id={CHECKS_TITLE_ID}>{"Before you start"}</h2>
            <p class="hint">
                {"Run these first, in the same elevated PowerShell session on a node, and compare \
                  each answer with the healthy one. The downloaded script runs those it can by \
                  itself, and stops when one fails."}
            </p>
            <ol class="step-list">
                { for props.plan.checks.iter().enumerate().map(|(index, check)| {
                    let item = Item::Check(index);
                    html! {
                        <CheckItem
                            plan={props.plan.clone()}
                            {item}
                            done={props.progress.is_done(&item.id_for(&check.command))}
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
