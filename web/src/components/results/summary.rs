//! How long the clusters were off, in words and as a picture.

use yew::prelude::*;

use crate::components::results::timeline::Timeline;

/// The lengths, and the input in one line for print.
#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    /// Days powered off, when a shutdown is entered.
    pub shutdown_days: Option<i64>,
    /// No power-on date: counted to today.
    pub still_off: bool,
    /// The power-on still ahead (planned, or the day of a shutdown still ahead), when it is.
    #[prop_or_default]
    pub ahead: Option<AttrValue>,
    /// Days since the last update, when one is entered.
    pub update_age_days: Option<i64>,
    /// What was entered, in one line: the printed runbook has no form to show it.
    pub entered: AttrValue,
}

/// The summary above the cards.
#[component]
pub fn Summary(props: &SummaryProps) -> Html {
    let days = match props.shutdown_days {
        Some(days) => {
            let count = if days == 1 {
                "1 day".to_owned()
            } else {
                format!("{days} days")
            };
            match &props.ahead {
                Some(day) => html! {
                    <>{"Will be off "}<strong>{count}</strong>{" by the planned power-on, "}{day.clone()}</>
                },
                None => html! {
                    <>
                        <strong>{count}</strong>
                        { if props.still_off { " powered off so far (still off)" } else { " powered off" } }
                    </>
                },
            }
        }
        None => html! { "No shutdown entered: the plan checks the last update only." },
    };
    html! {
        <>
            <p class="print-only">{props.entered.clone()}</p>
            <div class="summary">
                <p class="days">{days}</p>
                <Timeline
                    shutdown_days={props.shutdown_days}
                    still_off={props.still_off}
                    ahead={props.ahead.is_some()}
                    update_age_days={props.update_age_days}
                />
            </div>
        </>
    }
}
