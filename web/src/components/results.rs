//! The results side: errors, or what to enter, or the plan.

pub mod error_summary;
pub mod guidance;
pub mod layer_card;
pub mod notes;
pub mod reminder_button;
pub mod summary;
pub mod timeline;

use std::rc::Rc;

use certplan::{NoteCode, Plan};
use yew::prelude::*;

use crate::components::copy_button::Copying;
use crate::components::results::error_summary::ErrorSummary;
use crate::components::results::guidance::Guidance;
use crate::components::results::layer_card::LayerCard;
use crate::components::results::notes::Notes;
use crate::components::results::reminder_button::ReminderButton;
use crate::components::results::summary::Summary;
use crate::components::runbook::check_section::CheckSection;
use crate::components::runbook::item_list::ItemListProps;
use crate::components::runbook::step_list::StepList;
use crate::hooks::Actions;
use crate::item::Part;
use crate::outcome::Outcome;
use crate::progress::Progress;
use crate::render_count;
use crate::shared::Shared;
use crate::state::CopyTarget;

/// The plan or the errors, and what the results report.
#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    /// The core's answer to the form.
    pub outcome: Rc<Outcome>,
    /// The cluster rows' ids, in form order, to link errors to their fields.
    pub cluster_ids: Vec<u32>,
    /// No power-on date.
    pub still_off: bool,
    /// The power-on still ahead, when it is.
    #[prop_or_default]
    pub ahead: Option<AttrValue>,
    /// What was entered, in one line, for print.
    pub entered: AttrValue,
    /// The last safe power-on day, when a reminder for it makes sense.
    pub reminder_day: Option<AttrValue>,
    /// "Add reminder to calendar (.ics)".
    pub onremind: Callback<()>,
    /// Which checks and steps are marked done.
    pub progress: Progress,
    /// "Clear progress" took marks away: "Undo clear" can bring them back.
    pub can_undo: bool,
    /// The runbook's "Done" boxes, "Clear progress" and "Undo clear" report here.
    pub actions: Shared<Actions>,
    /// The runbook's Copy buttons.
    pub copying: Copying,
    /// "Download .ps1".
    pub ondownload: Callback<()>,
    /// The name the script downloads as.
    pub file: AttrValue,
}

/// Errors (and no commands) while the input is wrong; before any date, what to enter
/// and no verdict; then the summary, a card per layer, the notes and the fix.
#[component]
pub fn Results(props: &ResultsProps) -> Html {
    render_count::rendered("Results");
    let plan = match &*props.outcome {
        Outcome::Pending => html! { <Guidance /> },
        Outcome::Planned(plan) if nothing_entered(plan) => html! { <Guidance /> },
        Outcome::Planned(plan) => plan_view(plan, props),
        Outcome::Invalid(_) => Html::default(),
        Outcome::Typing(field) => html! {
            <p class="pending typing">
                {"Waiting for the "}{field.label()}
                {": the plan shows once it is a complete, real date (four-digit year) or the \
                  field is left."}
            </p>
        },
    };
    html! {
        <section class="results" aria-labelledby="results-title">
            <h2 id="results-title" class="sr-only">{"Plan"}</h2>
            <ErrorSummary
                errors={props.outcome.errors().to_vec()}
                cluster_ids={props.cluster_ids.clone()}
            />
            {plan}
        </section>
    }
}

/// No date the plan could judge by: a verdict now would read as "all clear".
fn nothing_entered(plan: &Plan) -> bool {
    plan.shutdown_days.is_none() && plan.update_age_days.is_none()
}

fn plan_view(plan: &Shared<Plan>, props: &ResultsProps) -> Html {
    // Each list hears of a copy, and of its marks, only when they are its own.
    let list = |part: Part| ItemListProps {
        plan: plan.clone(),
        part,
        done: part
            .items(plan)
            .map(|item| item.id(plan).is_some_and(|id| props.progress.is_done(&id)))
            .collect(),
        ondone: props.actions.ondone.clone(),
        copying: props
            .copying
            .only(|target| target.item().is_some_and(|item| item.part == part)),
    };
    let (card_notes, other_notes): (Vec<_>, Vec<_>) = plan.notes.iter().cloned().partition(|n| {
        matches!(
            n.code,
            NoteCode::StillOff | NoteCode::FutureShutdown | NoteCode::Exactly30Days
        )
    });
    // Notes true of every plan come after the runbook, so they do not push it down.
    let (every_plan, runbook_notes): (Vec<_>, Vec<_>) = other_notes.into_iter().partition(|n| {
        matches!(
            n.code,
            NoteCode::PlatformRetirement | NoteCode::AzureLocal23h2
        )
    });
    let impacted = plan.layers.moc.impacted || plan.layers.kubernetes.impacted;
    html! {
        <>
            <Summary
                shutdown_days={plan.shutdown_days}
                still_off={props.still_off}
                ahead={props.ahead.clone()}
                update_age_days={plan.update_age_days}
                entered={props.entered.clone()}
            />
            if let Some(day) = &props.reminder_day {
                <ReminderButton day={day.clone()} onremind={props.onremind.clone()} />
            }
            <div class="cards">
                <LayerCard
                    name="MOC"
                    about="infrastructure certificates"
                    layer={plan.layers.moc.clone()}
                    notes={card_notes}
                />
                <LayerCard
                    name="Kubernetes"
                    about="AKS Arc cluster certificates"
                    layer={plan.layers.kubernetes.clone()}
                />
            </div>
            <Notes notes={runbook_notes} />
            <CheckSection ..list(Part::PowerOff) />
            <CheckSection ..list(Part::PowerOn) />
            <CheckSection ..list(Part::Checks) />
            <StepList
                steps={list(Part::Steps)}
                {impacted}
                can_undo={props.can_undo}
                actions={props.actions.clone()}
                copied_all={props.copying.confirming(CopyTarget::All)}
                ondownload={props.ondownload.clone()}
                file={props.file.clone()}
            />
            if !every_plan.is_empty() {
                <section class="every-plan" aria-labelledby="every-plan-title">
                    <h2 id="every-plan-title">{"Notes for every plan"}</h2>
                    <Notes notes={every_plan} />
                </section>
            }
        </>
    }
}
