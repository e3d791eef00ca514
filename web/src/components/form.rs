//! The form: three dates, the workload clusters, and "Copy link".

pub mod cluster;
pub mod cluster_list;
pub mod date_input;
pub mod paste_names;
pub mod share_link;

use certplan::Error;
use yew::prelude::*;

use crate::components::form::cluster_list::ClusterList;
use crate::components::form::date_input::DateInput;
use crate::components::form::share_link::ShareLink;
use crate::components::message;
use crate::hooks::Actions;
use crate::render_count;
use crate::shared::Shared;
use crate::state::{ClusterRow, CopyTarget, DateField, PasteReport};

/// What the form shows, and what it reports.
#[derive(Properties, PartialEq)]
pub struct FormProps {
    /// "Shutdown date".
    pub shutdown: AttrValue,
    /// "Power-on date".
    pub restart: AttrValue,
    /// "Last update date".
    pub last_update: AttrValue,
    /// Today, for the power-on hint (empty until the app knows it).
    pub today: AttrValue,
    /// The workload clusters.
    pub clusters: Vec<ClusterRow>,
    /// Every field error of the input.
    pub errors: Vec<Error>,
    /// While "Copy link" confirms: whether the copy worked.
    pub copied: Option<bool>,
    /// "Paste cluster names" as typed.
    pub paste: AttrValue,
    /// What the last "Add these clusters" did.
    pub pasted: Option<PasteReport>,
    /// The dates, the clusters and the paste box report their changes here.
    pub actions: Shared<Actions>,
    /// "Copy link".
    pub oncopy: Callback<CopyTarget>,
    /// The app runs. Before, in the prerendered page, the date fields take input (the
    /// app keeps it when it starts) but the buttons are disabled: a click would be lost.
    pub started: bool,
}

/// The form side of the page.
#[component]
pub fn Form(props: &FormProps) -> Html {
    render_count::rendered("Form");
    let error = |field: DateField| {
        props
            .errors
            .iter()
            .find(|e| *e.field() == certplan::Field::from(field))
            .map(|e| AttrValue::from(message(e)))
    };
    // The three dates, in the order a person knows them.
    let dates = DateField::ALL.map(|field| {
        let (value, hint) = match field {
            DateField::Shutdown => (
                &props.shutdown,
                AttrValue::Static("First day the clusters were powered off."),
            ),
            DateField::Restart => (&props.restart, restart_hint(&props.today)),
            DateField::LastUpdate => (
                &props.last_update,
                AttrValue::Static("Last update of the AKS deployment, if you know it."),
            ),
        };
        html! {
            <DateInput
                {field}
                value={value.clone()}
                {hint}
                error={error(field)}
                onchange={props.actions.ondate.clone()}
            />
        }
    });
    html! {
        <section class="panel form" aria-labelledby="form-title">
            <h2 id="form-title">{"Your clusters"}</h2>
            { for dates }
            <ClusterList
                clusters={props.clusters.clone()}
                errors={props.errors.clone()}
                paste={props.paste.clone()}
                pasted={props.pasted}
                actions={props.actions.clone()}
                started={props.started}
            />
            <ShareLink copied={props.copied} oncopy={props.oncopy.clone()} started={props.started} />
        </section>
    }
}

/// The power-on date's hint: empty means still off, so the plan is for today.
fn restart_hint(today: &str) -> AttrValue {
    if today.is_empty() {
        AttrValue::Static("Leave empty while still off: the plan is then for powering on today.")
    } else {
        let hint = [
            "Leave empty while still off: the plan is then for powering on today, ",
            today,
            ".",
        ];
        AttrValue::from(hint.concat())
    }
}
