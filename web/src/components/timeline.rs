//! The shutdown against the 30-day mark, and the last update against 90 days, as SVG.
//!
//! Integer coordinates only: formatting floats would pull float printing into the wasm.
//! Beyond-the-mark segments are hatched and every mark is labelled, so the picture
//! reads without colour.

use certplan::{MOC_IMPACT_DAYS, UPDATE_ADVICE_DAYS, UPDATE_WINDOW_DAYS};
use yew::prelude::*;

/// Properties of [`Timeline`].
#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    /// Days powered off (to power-on, or to today while still off).
    pub shutdown_days: Option<i64>,
    /// Whether the clusters are still off.
    pub still_off: bool,
    /// Days since the last update.
    pub update_age_days: Option<i64>,
}

const WIDTH: i64 = 480;
const LEFT: i64 = 112;
const RIGHT: i64 = 12;
const ROW: i64 = 88;

/// Nothing when there is neither a shutdown nor a last update.
#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let mut rows = Vec::new();
    let mut words = Vec::new();
    if let Some(days) = props.shutdown_days {
        let end = if props.still_off {
            " days, to today"
        } else {
            " days, to power-on"
        };
        rows.push(row(
            "Shutdown",
            days,
            end,
            &[(MOC_IMPACT_DAYS, "30 days")],
            true,
        ));
        words.push(
            [
                "Powered off ",
                &days.to_string(),
                " days; MOC is impacted from 30.",
            ]
            .concat(),
        );
    }
    if let Some(age) = props.update_age_days.filter(|age| *age >= 0) {
        let marks = [(UPDATE_ADVICE_DAYS, "60"), (UPDATE_WINDOW_DAYS, "90 days")];
        rows.push(row("Last update", age, " days ago", &marks, false));
        words.push(
            [
                "Last update ",
                &age.to_string(),
                " days ago, against the 90-day window.",
            ]
            .concat(),
        );
    }
    if rows.is_empty() {
        return html! {};
    }
    let height = (ROW * rows.len() as i64 + 8).to_string();
    let rows = rows.into_iter().enumerate().map(|(i, row)| {
        let transform = ["translate(0 ", &(ROW * i as i64 + 2).to_string(), ")"].concat();
        html! { <g {transform}>{ row }</g> }
    });
    html! {
        <figure class="timeline">
            <svg viewBox={["0 0 ", &WIDTH.to_string(), " ", &height].concat()} role="img" aria-labelledby="timeline-title">
                <title id="timeline-title">{ words.join(" ") }</title>
                <defs>
                    <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect width="6" height="6" class="hatch-bg" />
                        <line x1="0" y1="0" x2="0" y2="6" class="hatch-line" stroke-width="3" />
                    </pattern>
                </defs>
                { for rows }
            </svg>
        </figure>
    }
}

/// One bar from day 0 to `days`, with labelled marks; with `hatch`, the part past the
/// first mark (where a layer becomes impacted) is hatched.
fn row(
    label: &'static str,
    days: i64,
    end: &'static str,
    marks: &[(i64, &'static str)],
    hatch: bool,
) -> Html {
    let last_mark = marks.iter().map(|m| m.0).max().unwrap_or(1);
    // The scale leaves room past the furthest of the bar and the last mark.
    let span = days.max(last_mark) * 11 / 10 + 1;
    let x = |d: i64| (LEFT + d.clamp(0, span) * (WIDTH - LEFT - RIGHT) / span).to_string();
    let first = marks.first().map_or(span, |m| m.0);
    let (solid_end, over) = if hatch {
        (days.min(first), days > first)
    } else {
        (days, false)
    };
    let n = |v: i64| v.to_string();
    // Keep the end label inside the picture, whichever half the bar ends in.
    let anchor = if days * 2 < span { "start" } else { "end" };
    html! {
        <>
            <text x="0" y="38" class="row-label">{ label }</text>
            <line x1={x(0)} x2={x(span)} y1="33" y2="33" class="axis" />
            <rect x={x(0)} y="23" width={n(solid_end * (WIDTH - LEFT - RIGHT) / span)} height="20" class="bar" />
            if over {
                <rect x={x(first)} y="23" width={n((days - first) * (WIDTH - LEFT - RIGHT) / span)} height="20" class="bar over" />
            }
            { for marks.iter().map(|&(at, text)| html! {
                <>
                    <line x1={x(at)} x2={x(at)} y1="15" y2="51" class="mark" />
                    <text x={x(at)} y="12" class="mark-label" text-anchor="middle">{ text }</text>
                </>
            }) }
            <text x={x(days)} y="68" class="end-label" text-anchor={anchor}>{ [&n(days), end].concat() }</text>
        </>
    }
}
