//! "Before you start": the checks to run before the first fix step.

use certplan::Check;
use yew::prelude::*;

use crate::components::check_item::CheckItem;
use crate::item::Item;
use crate::progress::Progress;
use crate::state::CopyTarget;

/// The id of the "Before you start" heading, a "Jump to" target.
pub const CHECKS_TITLE_ID: &str = "checks-title";

/// The plan's checks and the runbook's progress.
#[derive(Properties, PartialEq)]
pub struct BeforeYouStartProps {
    /// In the order to run them.
    pub checks: Vec<Check>,
    /// Which are marked done.
    pub progress: Progress,
    /// A "Done" box changed.
    pub ondone: Callback<(String, bool)>,
    /// The state's last copy, for the buttons' confirmation.
    pub copied: Option<(CopyTarget, bool)>,
    /// A Copy button.
    pub oncopy: Callback<CopyTarget>,
}

/// The checks, numbered; nothing when there is nothing to fix.
#[component]
pub fn BeforeYouStart(props: &BeforeYouStartProps) -> Html {
    if props.checks.is_empty() {
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
                { for props.checks.iter().enumerate().map(|(index, check)| html! {
                    <CheckItem
                        item={Item::Check(index)}
                        check={check.clone()}
                        done={props.progress.is_done(&Item::Check(index).id_for(&check.command))}
                        ondone={props.ondone.clone()}
                        copied={props.copied}
                        oncopy={props.oncopy.clone()}
                    />
                }) }
            </ol>
        </section>
    }
}
