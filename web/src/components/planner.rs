//! The planner: the form, the plan and the notice about the link; everything that changes.

use std::rc::Rc;

use certplan::{query, reminder};
use yew::prelude::*;

use crate::components::error_lookup::ErrorLookup;
use crate::components::form::Form;
use crate::components::query_notice::QueryNotice;
use crate::components::results::Results;
use crate::hooks::use_copy;
use crate::outcome::Outcome;
use crate::platform::{
    compact, download, frame_height, location, reference_rows, storage, theme, today,
};
use crate::progress::Progress;
use crate::state::{Action, CopyTarget, Start, State};

/// Where the planner starts from.
#[derive(Properties, PartialEq, Default)]
pub struct PlannerProps {
    /// The link and what was typed before the app ran, read by `main.rs`; `None` when
    /// the build prerenders the page, which then shows the form with nothing entered.
    #[prop_or_default]
    pub start: Option<Start>,
}

/// An action as a callback: what every child reports with.
fn make_callback<E, F>(state: &UseReducerDispatcher<State>, action: F) -> Callback<E>
where
    E: 'static,
    F: Fn(E) -> Action + 'static,
{
    let state = state.clone();
    Callback::from(move |event: E| state.dispatch(action(event)))
}

/// The planner. Its first render is the prerendered page, with the dates typed into it,
/// which it takes over; right after, it starts from the link.
#[component]
pub fn Planner(props: &PlannerProps) -> Html {
    let typed = props
        .start
        .as_ref()
        .map(|s| s.typed.as_slice())
        .unwrap_or_default();
    let state = use_reducer(|| State::before_start(typed));
    let dispatcher = state.dispatcher();
    {
        let (dispatcher, start) = (dispatcher.clone(), props.start.clone());
        use_effect_with((), move |_| {
            if let Some(start) = start {
                dispatcher.dispatch(Action::Start(start));
            }
        });
    }
    // Planning is cheaper than keeping a memo of it: a render happens only when the
    // state changed anyway.
    let outcome = Rc::new(Outcome::of(&state));

    // The one place the URL follows the state (replace, not push: typing a date must not
    // fill the Back button's history). Not before the start: the prerendered state is
    // not the visitor's, and would wipe the link.
    let query = state
        .started
        .then(|| query::to_query(&state.input(), state.mode()));
    use_effect_with(query, |query| {
        if let Some(query) = query {
            location::replace_query(query);
        }
    });
    // Progress belongs to the plan's link: a new link reads what was stored for it, and
    // every change of the marks is stored (nothing leaves the browser).
    {
        let dispatcher = dispatcher.clone();
        let key = state.started.then(|| Progress::key(&state.input()));
        use_effect_with(key, move |key| {
            if let Some(key) = key {
                let stored = storage::load(key);
                dispatcher.dispatch(Action::ProgressLoaded(Progress::restore(
                    key.clone(),
                    stored,
                )));
            }
        });
    }
    use_effect_with(state.progress.clone(), |progress| {
        if !progress.key.is_empty() {
            storage::save(&progress.key, progress.stored().as_deref());
        }
    });
    use_effect_with(matched_rows(&outcome, &state), |rows| {
        reference_rows::mark(rows)
    });
    // Compact mode in an iframe: the page's look, and its height reported to the host
    // page for as long as the mode lasts.
    use_effect_with(state.embed, |&embed| {
        compact::set(embed);
        let reporter = embed.then(frame_height::report).flatten();
        move || drop(reporter)
    });
    // Compact mode's colours: the link's theme, then the host page's word on it.
    use_effect_with((state.embed, state.theme), |&(embed, theme)| {
        if embed {
            theme::follow(theme);
        }
    });

    let copy = use_copy(dispatcher.clone());
    let oncopy = {
        let (outcome, copy) = (outcome.clone(), copy.clone());
        Callback::from(move |target: CopyTarget| {
            let text = match target {
                CopyTarget::Link => Some(location::href()),
                _ => outcome.plan().and_then(|plan| target.text(plan)),
            };
            if let Some(text) = text {
                copy.emit((target, text));
            }
        })
    };
    let ondownload = {
        let (outcome, today) = (outcome.clone(), state.today.clone());
        Callback::from(move |()| {
            if let Some(plan) = outcome.plan() {
                download::save(&file_name(&today), "text/plain", &plan.script);
            }
        })
    };
    let reminder_day = state
        .started
        .then(|| reminder::day(&state.input()))
        .flatten();
    let onremind = {
        let input = state.input();
        Callback::from(move |()| {
            // The link goes into the event, so the calendar leads back to the plan.
            let link = location::href();
            let link = (!link.is_empty()).then_some(link.as_str());
            if let (Some(day), Ok(ics)) = (
                reminder::day(&input),
                reminder::ics(&input, &today::now_utc(), link),
            ) {
                download::save(
                    &["aks-power-on-by-", &day, ".ics"].concat(),
                    "text/calendar",
                    &ics,
                );
            }
        })
    };

    html! {
        <>
            <QueryNotice
                ignored={state.ignored.clone()}
                count={state.ignored_count}
                ondismiss={make_callback(&dispatcher, |()| Action::DismissIgnored)}
            />
            <main class="layout">
                <ErrorLookup input={state.input()} started={state.started} copied={state.copied} {copy} />
                <Form
                    shutdown={state.shutdown.clone()}
                    restart={state.restart.clone()}
                    last_update={state.last_update.clone()}
                    today={state.today.clone()}
                    clusters={state.clusters.clone()}
                    errors={outcome.errors().to_vec()}
                    copied={state.copied}
                    ondate={make_callback(&dispatcher, |(field, value)| Action::SetDate(field, value))}
                    onadd={make_callback(&dispatcher, |()| Action::AddCluster)}
                    onname={make_callback(&dispatcher, |(id, name)| Action::SetClusterName(id, name))}
                    onbalancer={make_callback(&dispatcher, |(id, on)| Action::SetLoadBalancer(id, on))}
                    onremove={make_callback(&dispatcher, Action::RemoveCluster)}
                    paste={state.paste.clone()}
                    pasted={state.pasted}
                    onpaste={make_callback(&dispatcher, Action::SetPaste)}
                    onaddpasted={make_callback(&dispatcher, |()| Action::AddPasted)}
                    oncopy={oncopy.clone()}
                    started={state.started}
                />
                <Results
                    {outcome}
                    cluster_ids={state.clusters.iter().map(|c| c.id).collect::<Vec<_>>()}
                    still_off={state.restart.is_empty()}
                    entered={entered(&state)}
                    reminder_day={reminder_day.map(AttrValue::from)}
                    {onremind}
                    progress={state.progress.clone()}
                    ondone={make_callback(&dispatcher, |(id, done)| Action::SetDone(id, done))}
                    onclear={make_callback(&dispatcher, |()| Action::ClearProgress)}
                    copied={state.copied}
                    {oncopy}
                    {ondownload}
                />
            </main>
        </>
    }
}

/// The .ps1's name: the fix is for the day it was planned.
fn file_name(today: &str) -> String {
    ["aks-certificate-fix-", today, ".ps1"].concat()
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

/// The core's ids of the table rows that apply: the plan's rows, and the fix rows its
/// steps use.
fn matched_rows(outcome: &Outcome, state: &State) -> Vec<&'static str> {
    let Some(plan) = outcome.plan() else {
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
