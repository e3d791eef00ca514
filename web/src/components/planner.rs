//! The planner: the form, the plan and the notice about the link; everything that changes.

use certplan::{query, reminder};
use yew::prelude::*;

use crate::components::copy_button::{confirming, Copying};
use crate::components::error_lookup::ErrorLookup;
use crate::components::form::Form;
use crate::components::page::query_notice::QueryNotice;
use crate::components::results::Results;
use crate::components::runbook::frame::frame;
use crate::components::runbook::jump_to::{JumpLink, JumpTo};
use crate::hooks::{use_actions, use_copy};
use crate::item::Part;
use crate::outcome::{Asked, Outcome};
use crate::platform::{
    compact, download, frame_height, location, reference_rows, storage, theme, today,
};
use crate::progress::Progress;
use crate::render_count;
use crate::state::{Action, CopyTarget, Start, State};

/// Where the planner starts from.
#[derive(Properties, PartialEq, Default)]
pub struct PlannerProps {
    /// The link and what was typed before the app ran, read by `main.rs`; `None` when
    /// the build prerenders the page, which then shows the form with nothing entered.
    #[prop_or_default]
    pub start: Option<Start>,
}

/// The id of the line that says what the app waits for before it starts.
pub const START_STATUS_ID: &str = "start-status";

/// The planner. Its first render is the prerendered page, with the dates typed into it,
/// which it takes over; right after, it starts from the link.
#[component]
pub fn Planner(props: &PlannerProps) -> Html {
    render_count::rendered("Planner");
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
    // Planned once per input: a render for anything else (the paste box, a Done mark,
    // a copy) keeps the plan, and so the props of everything that shows it.
    let asked = Asked::of(&state);
    let input = asked.input.clone();
    let outcome = use_memo(asked, Outcome::of);

    // The one place the URL follows the state (replace, not push: typing a date must not
    // fill the Back button's history). Not before the person changes something: until
    // then the address is the link as sent, with anything the planner could not use.
    let query = state.edited.then(|| query::to_query(&input, state.mode()));
    use_effect_with(query, |query| {
        if let Some(query) = query {
            location::replace_query(query);
        }
    });
    // Progress is stored per plan's link: a new link reads what was stored for it, plus
    // the marks of the steps it shares with the plan before (a mark belongs to its step),
    // and every change of the marks is stored (nothing leaves the browser). No plan (an
    // error, a date being typed): the marks stay as they are.
    {
        let (dispatcher, outcome) = (dispatcher.clone(), outcome.clone());
        let key = outcome.plan().map(|_| Progress::key(&input));
        let previous = state.progress.clone();
        use_effect_with(key, move |key| {
            if let Some(key) = key {
                let stored = storage::load(key);
                let ids = item_ids(outcome.plan());
                let progress = Progress::restore(key.clone(), stored).carry(&previous, &ids);
                dispatcher.dispatch(Action::ProgressLoaded(progress));
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

    // Every callback is made once, or once per plan: the props they travel in compare
    // equal, so a change re-renders only what it changed.
    let copy = use_copy(dispatcher.clone());
    let oncopy = {
        let copy = copy.clone();
        use_callback(outcome.clone(), move |target: CopyTarget, outcome| {
            let text = match target {
                CopyTarget::Link => Some(location::href()),
                _ => outcome.plan().and_then(|plan| target.text(plan)),
            };
            if let Some(text) = text {
                copy.emit((target, text));
            }
        })
    };
    let ondownload = use_callback(
        (outcome.clone(), state.today.clone()),
        |(), (outcome, today)| {
            if let Some(plan) = outcome.plan() {
                download::save(
                    &certplan::script_file_name(today),
                    "text/plain",
                    &plan.script(),
                );
            }
        },
    );
    let reminder_day = state.started.then(|| reminder::day(&input)).flatten();
    let onremind = use_callback(input.clone(), |(), input| {
        // The link goes into the event, so the calendar leads back to the plan.
        let link = location::href();
        let link = (!link.is_empty()).then_some(link.as_str());
        if let (Some(day), Ok(ics)) = (
            reminder::day(input),
            reminder::ics(input, &today::now_utc(), link),
        ) {
            download::save(
                &["aks-power-on-by-", &day, ".ics"].concat(),
                "text/calendar",
                &ics,
            );
        }
    });
    let actions = use_actions(&dispatcher);

    html! {
        <>
            <QueryNotice
                ignored={state.ignored.clone()}
                count={state.ignored_count}
                not_taken={state.not_taken.clone()}
                ondismiss={actions.ondismiss.clone()}
            />
            // Filled by `platform::start` while the app waits for a date being typed, and
            // emptied before the app takes over.
            <p id={START_STATUS_ID} class="start-status" role="status"></p>
            <JumpTo links={jump_links(outcome.plan())} />
            <main class="layout">
                <ErrorLookup
                    input={(*input).clone()}
                    started={state.started}
                    copied={state.copied.filter(|(target, _)| matches!(target, CopyTarget::Found(..)))}
                    {copy}
                />
                <Form
                    shutdown={state.shutdown.clone()}
                    restart={state.restart.clone()}
                    last_update={state.last_update.clone()}
                    today={state.today.clone()}
                    clusters={state.clusters.clone()}
                    errors={outcome.errors().to_vec()}
                    copied={confirming(CopyTarget::Link, state.copied)}
                    paste={state.paste.clone()}
                    pasted={state.pasted}
                    actions={actions.clone()}
                    oncopy={oncopy.clone()}
                    started={state.started}
                />
                <Results
                    {outcome}
                    cluster_ids={state.clusters.iter().map(|c| c.id).collect::<Vec<_>>()}
                    still_off={state.restart.is_empty()}
                    ahead={power_on_ahead(&state).map(AttrValue::from)}
                    entered={entered(&state)}
                    reminder_day={reminder_day.map(AttrValue::from)}
                    {onremind}
                    progress={state.progress.clone()}
                    can_undo={state.cleared.is_some()}
                    {actions}
                    copying={Copying {
                        last: state.copied.filter(|(target, _)| target.item().is_some() || *target == CopyTarget::All),
                        oncopy,
                    }}
                    {ondownload}
                    file={certplan::script_file_name(&state.today)}
                />
            </main>
        </>
    }
}

/// The ids of the plan's runbook items (power, checks, steps), as their marks know them.
fn item_ids(plan: Option<&certplan::Plan>) -> Vec<String> {
    let Some(plan) = plan else {
        return Vec::new();
    };
    Part::ALL
        .into_iter()
        .flat_map(|part| part.items(plan))
        .filter_map(|item| item.id(plan))
        .collect()
}

/// The "Jump to" links of a plan with a verdict, in page order; one line each.
fn jump_links(plan: Option<&certplan::Plan>) -> Vec<JumpLink> {
    let Some(plan) = plan.filter(|p| p.shutdown_days.is_some() || p.update_age_days.is_some())
    else {
        return Vec::new();
    };
    // The fix commands' heading is there even without a step, to say why.
    Part::ALL
        .into_iter()
        .filter(|&part| part == Part::Steps || part.items(plan).next().is_some())
        .map(|part| frame(part).jump_link())
        .collect()
}

/// The power-on day when it is still ahead: a planned power-on, or (still off) the day
/// of a shutdown still ahead. Dates are `YYYY-MM-DD`, which compare as text.
fn power_on_ahead(state: &State) -> Option<String> {
    let day = if state.restart.is_empty() {
        &state.shutdown
    } else {
        &state.restart
    };
    (!state.shutdown.is_empty() && day.as_str() > state.today.as_str()).then(|| day.clone())
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
