//! "Power on" and "Before you shut down": bringing the deployment back before the checks,
//! and the way down before a planned shutdown, from Microsoft's stop and restart page.

use certplan::sources::{self, Source};
use certplan::{Check, Plan};
use yew::prelude::*;

use crate::components::runbook::check_item::CheckItem;
use crate::components::source_link::SourceLink;
use crate::item::Item;
use crate::progress::Progress;
use crate::render_count;
use crate::shared::Shared;
use crate::state::CopyTarget;

/// Which of the two sections.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Power {
    /// The way down, before a planned shutdown.
    Off,
    /// Powering on, before the checks.
    On,
}

impl Power {
    /// The section's id (a "Jump to" link's target), heading, hint and source.
    fn parts(self) -> (&'static str, &'static str, &'static str, &'static Source) {
        match self {
            Power::Off => (
                "power-off",
                "Before you shut down",
                "The documented way down, on the shutdown day: stop the cluster, then the \
                 machines. Add the last safe power-on day to your calendar above.",
                &sources::STOP_CLUSTER,
            ),
            Power::On => (
                "power-on",
                "Power on",
                "Before anything else, on the day the clusters come back: the nodes, the \
                 cluster service, then the control plane VMs. The downloaded script checks \
                 the nodes and the control plane VMs itself, and stops when one is not up.",
                &sources::START_CLUSTER,
            ),
        }
    }

    /// The section's id, a "Jump to" link's target.
    pub fn id(self) -> &'static str {
        self.parts().0
    }

    /// The section's heading, a "Jump to" link's text.
    pub fn title(self) -> &'static str {
        self.parts().1
    }

    /// The runbook item at `index`.
    pub fn item(self, index: usize) -> Item {
        match self {
            Power::Off => Item::PowerOff(index),
            Power::On => Item::PowerOn(index),
        }
    }

    /// The section's items in `plan`.
    pub fn items(self, plan: &Plan) -> &[Check] {
        match self {
            Power::Off => &plan.power_off,
            Power::On => &plan.power_on,
        }
    }
}

/// The items and the runbook's progress.
#[derive(Properties, PartialEq)]
pub struct PowerSectionProps {
    /// Which section.
    pub power: Power,
    /// The plan, whose items of this section are shown in order.
    pub plan: Shared<Plan>,
    /// Which are marked done.
    pub progress: Progress,
    /// A "Done" box changed.
    pub ondone: Callback<(String, bool)>,
    /// The state's last copy when a button of this section made it, for its
    /// confirmation; `None` otherwise.
    pub copied: Option<(CopyTarget, bool)>,
    /// A Copy button.
    pub oncopy: Callback<CopyTarget>,
}

/// The items, numbered, with the page they come from; nothing when the plan has none.
#[component]
pub fn PowerSection(props: &PowerSectionProps) -> Html {
    render_count::rendered("PowerSection");
    let items = props.power.items(&props.plan);
    if items.is_empty() {
        return Html::default();
    }
    let (id, title, hint, source) = props.power.parts();
    let heading = [id, "-title"].concat();
    html! {
        <section class="steps power" {id} aria-labelledby={heading.clone()}>
            <h2 id={heading}>{title}</h2>
            <p class="hint">{hint}</p>
            <ol class="step-list">
                { for items.iter().enumerate().map(|(index, check)| {
                    let item = props.power.item(index);
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
            <p class="source">
                {"Source: "}
                <SourceLink url={source.url} date={source.date()} />
            </p>
        </section>
    }
}
