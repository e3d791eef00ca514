//! The page: the form on one side, the plan on the other, Microsoft's tables below.
//!
//! The one component. Its parts are functions of the state (see [`crate::components`]),
//! and the page's buttons and inputs report through one click and one input listener
//! here (see [`crate::delegate`]).

use std::rc::Rc;

use certplan::query;
use certplan::{NoteCode, Plan};
use yew::prelude::*;

use crate::components::cluster_list::cluster_list;
use crate::components::date_field::date_field;
use crate::components::error_summary::error_summary;
use crate::components::layer_card::push_layer_card;
use crate::components::message;
use crate::components::notes::notes;
use crate::components::query_notice::query_notice;
use crate::components::reference::reference;
use crate::components::share_link::share_link;
use crate::components::step_list::step_list;
use crate::components::timeline::timeline;
use crate::delegate::{self, Click};
use crate::dom::el;
use crate::hooks::{use_copy, use_row_focus};
use crate::markup::{push_text, raw, raw_static};
use crate::outcome::Outcome;
use crate::page_text::{FOOTER, MASTHEAD};
use crate::platform::{download, frame_height, location, today};
use crate::state::{CopyTarget, DateField as Field, State};

/// The planner.
#[component]
pub fn App() -> Html {
    let state = use_reducer(|| State::from_query(query::parse(&location::query()), today::today()));
    let input = state.input();
    // Planning is cheaper than keeping a memo of it: a render happens only when the
    // state changed anyway.
    let outcome = Rc::new(Outcome::of(&input));
    // The one place the URL follows the state (replace, not push: typing a date must not
    // fill the Back button's history). After every render: replace_query does nothing
    // when the query is unchanged, which is cheaper than comparing inputs here.
    let query = query::to_query(&input, state.embed);
    let row_focus = use_row_focus(&state.clusters);
    use_effect(move || {
        location::replace_query(&query);
        row_focus.after_render();
    });
    // In an iframe, compact mode sizes its frame through the host page, for the page's
    // life (`embed` never changes): reporting starts at the first render and stops when
    // the page goes. No effect of its own: each effect hook is its own code.
    use_mut_ref(|| state.embed.then(frame_height::report).flatten());
    let copy = use_copy(state.dispatcher());

    let onclick = {
        let (state, outcome) = (state.clone(), outcome.clone());
        move |event: MouseEvent| {
            let plan = match &*outcome {
                Outcome::Planned(plan) => Some(plan),
                Outcome::Invalid(_) => None,
            };
            match delegate::click(&event) {
                Some(Click::Act(action)) => state.dispatch(action),
                Some(Click::Download) => {
                    if let Some(plan) = plan {
                        download::save(&file_name(&state.today), &plan.script);
                    }
                }
                Some(Click::Copy(target)) => {
                    let text = match target {
                        CopyTarget::Link => Some(location::href()),
                        CopyTarget::All => plan.map(|plan| {
                            let commands: Vec<&str> =
                                plan.steps.iter().map(|s| s.command.as_str()).collect();
                            commands.join("\n")
                        }),
                        CopyTarget::Step(index) => plan
                            .and_then(|plan| plan.steps.get(index))
                            .map(|step| step.command.clone()),
                    };
                    if let Some(text) = text {
                        copy(target, text);
                    }
                }
                None => {}
            }
        }
    };
    let oninput = {
        let state = state.clone();
        move |event: InputEvent| {
            if let Some(action) = delegate::input(&event) {
                state.dispatch(action);
            }
        }
    };

    let errors = outcome.errors();
    let date = |field: Field, hint: &str| {
        let error = errors
            .iter()
            .find(|e| e.field() == field.field())
            .map(message);
        date_field(field, state.date(field), hint, error)
    };
    let restart_hint = [
        "Leave empty while still off: the plan is then for powering on today, ",
        &state.today,
        ".",
    ]
    .concat();
    let cluster_ids: Vec<u32> = state.clusters.iter().map(|c| c.id).collect();

    let results = match &*outcome {
        Outcome::Planned(plan) => results(plan, &state),
        Outcome::Invalid(_) => Html::default(),
    };
    let form = el(
        "section",
        &["class", "aria-labelledby"],
        vec![Some("panel form".into()), Some("form-title".into())],
        vec![
            raw_static("<h2 id=\"form-title\">Your clusters</h2>"),
            date(Field::Shutdown, "First day the clusters were powered off."),
            date(Field::Restart, &restart_hint),
            date(
                Field::LastUpdate,
                "Last update of the AKS deployment, if you know it.",
            ),
            cluster_list(&state.clusters, errors),
            share_link(state.copied),
        ],
    );
    let plan = el(
        "section",
        &["class", "aria-labelledby"],
        vec![Some("results".into()), Some("results-title".into())],
        vec![
            raw_static("<h2 id=\"results-title\" class=\"sr-only\">Plan</h2>"),
            error_summary(errors, &cluster_ids),
            results,
        ],
    );
    html! {
        <div class="app" data-embed={state.embed.then_some("1")} {onclick} {oninput}>
            { raw_static(MASTHEAD) }
            { query_notice(&state.ignored, state.ignored_count) }
            { el("main", &["class"], vec![Some("layout".into())], vec![form, plan]) }
            { reference(&matched_rows(&outcome, &state)) }
            { raw_static(FOOTER) }
        </div>
    }
}

/// The .ps1's name: the fix is for the day it was planned.
fn file_name(today: &str) -> String {
    ["aks-certificate-fix-", today, ".ps1"].concat()
}

/// The plan: what was entered (for print), the summary, the cards and notes as
/// markup (see [`crate::markup`]), then the steps with their buttons.
fn results(plan: &Plan, state: &State) -> Html {
    let still_off = state.restart.is_empty();
    let (card_notes, other_notes): (Vec<_>, Vec<_>) = plan.notes.iter().cloned().partition(|n| {
        matches!(
            n.code,
            NoteCode::StillOff | NoteCode::FutureShutdown | NoteCode::Exactly30Days
        )
    });
    let mut summary = String::from("<p class=\"print-only\">");
    push_text(&mut summary, &entered(state));
    summary.push_str("</p><div class=\"summary\"><p class=\"days\">");
    match plan.shutdown_days {
        Some(days) => {
            summary.push_str("<strong>");
            summary.push_str(&days_text(days));
            summary.push_str("</strong>");
            summary.push_str(if still_off {
                " powered off so far (still off)"
            } else {
                " powered off"
            });
        }
        None => summary.push_str("Enter the shutdown date to see what it impacted."),
    }
    summary.push_str("</p>");
    timeline(
        &mut summary,
        plan.shutdown_days,
        still_off,
        plan.update_age_days,
    );
    summary.push_str("</div><div class=\"cards\">");
    push_layer_card(
        &mut summary,
        "MOC",
        "infrastructure certificates",
        &plan.layers.moc,
        &card_notes,
    );
    push_layer_card(
        &mut summary,
        "Kubernetes",
        "AKS Arc cluster certificates",
        &plan.layers.kubernetes,
        &[],
    );
    summary.push_str("</div>");
    notes(&mut summary, &other_notes);
    Html::from_iter([raw(summary), step_list(&plan.steps, state.copied)])
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
