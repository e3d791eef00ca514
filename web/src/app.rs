//! The page: the form on one side, the plan on the other, Microsoft's tables below.

use certplan::query;
use certplan::{NoteCode, Plan};
use yew::prelude::*;

use crate::components::cluster_list::ClusterList;
use crate::components::date_field::DateField;
use crate::components::error_summary::ErrorSummary;
use crate::components::layer_card::LayerCard;
use crate::components::message;
use crate::components::notes::Notes;
use crate::components::query_notice::QueryNotice;
use crate::components::reference::Reference;
use crate::components::share_link::ShareLink;
use crate::components::step_list::StepList;
use crate::components::timeline::Timeline;
use crate::outcome::Outcome;
use crate::platform::{frame_height, location, today};
use crate::state::{Action, DateField as Field, State};

/// The planner.
#[component]
pub fn App() -> Html {
    let state = use_reducer(|| State::from_query(query::parse(&location::query()), today::today()));
    let input = state.input();
    let outcome = use_memo(input.clone(), Outcome::of);
    // The one place the URL follows the state (replace, not push: typing a date must not
    // fill the Back button's history).
    use_effect_with((input, state.embed), |(input, embed)| {
        location::replace_query(&query::to_query(input, *embed));
    });
    // In an iframe, compact mode sizes its frame through the host page.
    use_effect_with(state.embed, |&embed| {
        let reporter = embed.then(frame_height::report).flatten();
        move || drop(reporter)
    });

    let dispatch = {
        let state = state.clone();
        Callback::from(move |action| state.dispatch(action))
    };
    let errors = outcome.errors();
    let date_field = |field: Field, hint: Option<AttrValue>| {
        let error = errors
            .iter()
            .find(|e| e.field() == field.field())
            .map(message);
        html! {
            <DateField {field} value={state.date(field).to_owned()} {hint} {error}
                onchange={dispatch.reform(move |value| Action::SetDate(field, value))} />
        }
    };
    let restart_hint = [
        "Leave empty while still off: the plan is then for powering on today, ",
        &state.today,
        ".",
    ]
    .concat();
    let input_ids = {
        let ids: Vec<u32> = state.clusters.iter().map(|c| c.id).collect();
        Callback::from(move |field: String| input_id(&field, &ids))
    };

    html! {
        <div class={classes!("app", state.embed.then_some("embed"))}>
            <header class="masthead">
                <h1>{ "AKS certificate planner" }</h1>
                <p>{ "AKS on Azure Stack HCI and Windows Server clusters that were powered off: which certificates need renewing, and the exact PowerShell to fix them, in order. Runs in your browser; nothing is sent anywhere." }</p>
            </header>
            <QueryNotice ignored={state.ignored.clone()} count={state.ignored_count}
                ondismiss={dispatch.reform(|_| Action::DismissIgnored)} />
            <main class="layout">
                <section class="panel form" aria-labelledby="form-title">
                    <h2 id="form-title">{ "Your clusters" }</h2>
                    { date_field(Field::Shutdown, Some("First day the clusters were powered off.".into())) }
                    { date_field(Field::Restart, Some(restart_hint.into())) }
                    { date_field(Field::LastUpdate, Some("Last update of the AKS deployment, if you know it.".into())) }
                    <ClusterList clusters={state.clusters.clone()} errors={errors.to_vec()} dispatch={dispatch.clone()} />
                    <ShareLink />
                </section>
                <section class="results" aria-labelledby="results-title">
                    <h2 id="results-title" class="sr-only">{ "Plan" }</h2>
                    <ErrorSummary errors={errors.to_vec()} {input_ids} />
                    if let Outcome::Planned(plan) = &*outcome {
                        <p class="print-only">{ entered(&state) }</p>
                        { results(plan, state.restart.is_empty(), &state.today) }
                    }
                </section>
            </main>
            <Reference matched={matched_rows(&outcome, &state)} />
            <footer class="footer">
                <p>{ "Rules from Microsoft's page as of 07/2024, with the 30-day boundary treated as more than 30 days. Check names against Get-AksHciCluster before running." }</p>
            </footer>
        </div>
    }
}

fn results(plan: &Plan, still_off: bool, today: &str) -> Html {
    let (card_notes, other_notes): (Vec<_>, Vec<_>) = plan.notes.iter().cloned().partition(|n| {
        matches!(
            n.code,
            NoteCode::StillOff | NoteCode::FutureShutdown | NoteCode::Exactly30Days
        )
    });
    let file_name = ["aks-certificate-fix-", today, ".ps1"].concat();
    html! {
        <>
            <div class="summary">
                if let Some(days) = plan.shutdown_days {
                    <p class="days"><strong>{ days_text(days) }</strong>{ if still_off { " powered off so far (still off)" } else { " powered off" } }</p>
                } else {
                    <p class="days">{ "Enter the shutdown date to see what it impacted." }</p>
                }
                <Timeline shutdown_days={plan.shutdown_days} {still_off} update_age_days={plan.update_age_days} />
            </div>
            <div class="cards">
                <LayerCard name="MOC" about="infrastructure certificates" layer={plan.layers.moc.clone()} notes={card_notes} />
                <LayerCard name="Kubernetes" about="AKS Arc cluster certificates" layer={plan.layers.kubernetes.clone()} />
            </div>
            <Notes notes={other_notes} />
            <StepList steps={plan.steps.clone()} script={plan.script.clone()} {file_name} />
        </>
    }
}

/// What was entered, in one line: the printed runbook has no form to show it.
fn entered(state: &State) -> String {
    let or_none = |value: &str| if value.is_empty() { "none" } else { value }.to_owned();
    let mut out = [
        "Shutdown ",
        &or_none(&state.shutdown),
        ", power-on ",
        if state.restart.is_empty() {
            "still off"
        } else {
            &state.restart
        },
        ", last update ",
        &or_none(&state.last_update),
        ", planned on ",
        &state.today,
        ". Clusters:",
    ]
    .concat();
    for cluster in &state.clusters {
        out.push(' ');
        out.push_str(&cluster.name);
        if cluster.load_balancer {
            out.push_str(" (load balancer)");
        }
    }
    if state.clusters.is_empty() {
        out.push_str(" none");
    }
    out.push('.');
    out
}

fn days_text(days: i64) -> String {
    if days == 1 {
        "1 day".into()
    } else {
        [&days.to_string(), " days"].concat()
    }
}

/// The core's field path to the id of the input that holds it.
fn input_id(field: &str, cluster_ids: &[u32]) -> String {
    let index = field
        .strip_prefix("clusters[")
        .and_then(|rest| rest.split_once(']'))
        .and_then(|(index, _)| index.parse::<usize>().ok());
    match index.and_then(|i| cluster_ids.get(i)) {
        Some(id) => ["cluster-", &id.to_string(), "-name"].concat(),
        None => field.to_owned(),
    }
}

/// Ids of the table rows that apply: the plan's rows, and the fix rows its steps use.
fn matched_rows(outcome: &Outcome, state: &State) -> Vec<&'static str> {
    let Outcome::Planned(plan) = outcome else {
        return Vec::new();
    };
    let mut rows: Vec<&'static str> = Vec::new();
    rows.extend(plan.shutdown_row.map(|r| r.row().id));
    rows.extend(plan.update_row.map(|r| r.row().id));
    if plan.layers.moc.impacted {
        rows.push("management-cluster");
    }
    let fixes_clusters = plan.steps.iter().any(|s| s.cluster.is_some());
    if fixes_clusters {
        rows.push("target-cluster");
    }
    if fixes_clusters && plan.layers.moc.impacted && state.clusters.iter().any(|c| c.load_balancer)
    {
        rows.push("load-balancer");
    }
    rows
}
