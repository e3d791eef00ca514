//! The form: three dates, the workload clusters, and "Copy link".

use certplan::Error;
use yew::prelude::*;

use crate::components::cluster_list::ClusterList;
use crate::components::date_field::DateField;
use crate::components::message;
use crate::components::share_link::ShareLink;
use crate::render_count;
use crate::state::{ClusterRow, CopyTarget, DateField as Field, DateStatus, PasteReport};

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
    /// A date changed or was left.
    pub ondate: Callback<(Field, String, DateStatus)>,
    /// "Add cluster".
    pub onadd: Callback<()>,
    /// A cluster name changed.
    pub onname: Callback<(u32, String)>,
    /// A cluster's name field was left.
    pub onleave: Callback<u32>,
    /// A load balancer changed.
    pub onbalancer: Callback<(u32, bool)>,
    /// A cluster's "Remove".
    pub onremove: Callback<u32>,
    /// "Paste cluster names" as typed.
    pub paste: AttrValue,
    /// What the last "Add these clusters" did.
    pub pasted: Option<PasteReport>,
    /// The paste box changed.
    pub onpaste: Callback<String>,
    /// "Add these clusters".
    pub onaddpasted: Callback<()>,
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
    let error = |field: Field| {
        props
            .errors
            .iter()
            .find(|e| *e.field() == certplan::Field::from(field))
            .map(|e| AttrValue::from(message(e)))
    };
    let restart_hint = if props.today.is_empty() {
        AttrValue::Static("Leave empty while still off: the plan is then for powering on today.")
    } else {
        let hint = [
            "Leave empty while still off: the plan is then for powering on today, ",
            &props.today,
            ".",
        ];
        AttrValue::from(hint.concat())
    };
    html! {
        <section class="panel form" aria-labelledby="form-title">
            <h2 id="form-title">{"Your clusters"}</h2>
            <DateField
                field={Field::Shutdown}
                value={props.shutdown.clone()}
                hint="First day the clusters were powered off."
                error={error(Field::Shutdown)}
                onchange={props.ondate.clone()}
            />
            <DateField
                field={Field::Restart}
                value={props.restart.clone()}
                hint={restart_hint}
                error={error(Field::Restart)}
                onchange={props.ondate.clone()}
            />
            <DateField
                field={Field::LastUpdate}
                value={props.last_update.clone()}
                hint="Last update of the AKS deployment, if you know it."
                error={error(Field::LastUpdate)}
                onchange={props.ondate.clone()}
            />
            <ClusterList
                clusters={props.clusters.clone()}
                errors={props.errors.clone()}
                onadd={props.onadd.clone()}
                onname={props.onname.clone()}
                onleave={props.onleave.clone()}
                onbalancer={props.onbalancer.clone()}
                onremove={props.onremove.clone()}
                paste={props.paste.clone()}
                pasted={props.pasted}
                onpaste={props.onpaste.clone()}
                onaddpasted={props.onaddpasted.clone()}
                started={props.started}
            />
            <ShareLink copied={props.copied} oncopy={props.oncopy.clone()} started={props.started} />
        </section>
    }
}
