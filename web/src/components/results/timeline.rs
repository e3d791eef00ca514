//! The shutdown against the 30-day mark, and the last update against 90 days, as SVG.
//!
//! Integer coordinates only, which are exact and print without float formatting. Past
//! the mark where a layer becomes impacted the bar is hatched, and every mark is
//! labelled, so the picture reads without colour.

use certplan::{MOC_IMPACT_DAYS, UPDATE_ADVICE_DAYS, UPDATE_WINDOW_DAYS};
use yew::prelude::*;

const WIDTH: i64 = 480;
const LEFT: i64 = 112;
const RIGHT: i64 = 12;
const ROW: i64 = 88;

/// The lengths to draw.
#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    /// Days powered off, when a shutdown is entered.
    pub shutdown_days: Option<i64>,
    /// Still off: the bar ends today rather than at power-on.
    pub still_off: bool,
    /// The power-on is still ahead: the bar is a plan.
    pub ahead: bool,
    /// Days since the last update, when one is entered.
    pub update_age_days: Option<i64>,
}

/// One bar: from day 0 to `days`, with labelled marks.
struct Bar {
    label: &'static str,
    days: i64,
    end: &'static str,
    marks: &'static [(i64, &'static str)],
    /// Hatch the part past the first mark, where a layer becomes impacted.
    hatch: bool,
}

/// A bar per length entered; nothing when there is neither.
#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let mut bars = Vec::new();
    let mut words = Vec::new();
    if let Some(days) = props.shutdown_days {
        bars.push(Bar {
            label: "Shutdown",
            days,
            end: match (props.ahead, props.still_off) {
                (true, _) => " days, to the planned power-on",
                (false, true) => " days, to today",
                (false, false) => " days, to power-on",
            },
            marks: &[(MOC_IMPACT_DAYS, "30 days")],
            hatch: true,
        });
        let off = if props.ahead {
            "Will be off"
        } else {
            "Powered off"
        };
        words.push(format!("{off} {days} days; MOC is impacted from 30."));
    }
    if let Some(age) = props.update_age_days.filter(|age| *age >= 0) {
        bars.push(Bar {
            label: "Last update",
            days: age,
            end: " days ago",
            marks: &[(UPDATE_ADVICE_DAYS, "60"), (UPDATE_WINDOW_DAYS, "90 days")],
            hatch: false,
        });
        words.push(format!(
            "Last update {age} days ago, against the 90-day window."
        ));
    }
    if bars.is_empty() {
        return Html::default();
    }
    let height = ROW * bars.len() as i64 + 8;
    html! {
        <figure class="timeline">
            <svg viewBox={format!("0 0 {WIDTH} {height}")} role="img" aria-labelledby="timeline-title">
                <title id="timeline-title">{words.join(" ")}</title>
                <defs>
                    <pattern
                        id="hatch"
                        width="6"
                        height="6"
                        patternUnits="userSpaceOnUse"
                        patternTransform="rotate(45)"
                    >
                        <rect width="6" height="6" class="hatch-bg" />
                        <line x1="0" y1="0" x2="0" y2="6" class="hatch-line" stroke-width="3" />
                    </pattern>
                </defs>
                { for bars.iter().enumerate().map(|(index, bar)| bar_row(index as i64, bar)) }
            </svg>
        </figure>
    }
}

/// Bar `index` of the picture, on a scale with room past the furthest of the bar and
/// its last mark.
fn bar_row(index: i64, bar: &Bar) -> Html {
    let days = bar.days;
    let last_mark = bar.marks.iter().map(|m| m.0).max().unwrap_or(1);
    let span = days.max(last_mark) * 11 / 10 + 1;
    let x = |d: i64| (LEFT + d.clamp(0, span) * (WIDTH - LEFT - RIGHT) / span).to_string();
    let width = |d: i64| (d * (WIDTH - LEFT - RIGHT) / span).to_string();
    let first = bar.marks.first().map_or(span, |m| m.0);
    let solid_end = if bar.hatch { days.min(first) } else { days };
    // Keep the end label inside the picture, whichever half the bar ends in.
    let anchor = if days * 2 < span { "start" } else { "end" };
    html! {
        <g transform={format!("translate(0 {})", ROW * index + 2)}>
            <text x="0" y="38" class="row-label">{bar.label}</text>
            <line x1={x(0)} x2={x(span)} y1="33" y2="33" class="axis" />
            <rect x={x(0)} y="23" width={width(solid_end)} height="20" class="bar" />
            if bar.hatch && days > first {
                <rect x={x(first)} y="23" width={width(days - first)} height="20" class="bar over" />
            }
            { for bar.marks.iter().map(|&(at, text)| {
                let at = x(at);
                html! {
                    <>
                        <line x1={at.clone()} x2={at.clone()} y1="15" y2="51" class="mark" />
                        <text x={at} y="12" class="mark-label" text-anchor="middle">{text}</text>
                    </>
                }
            }) }
            <text x={x(days)} y="68" class="end-label" text-anchor={anchor}>
                {days}{bar.end}
            </text>
        </g>
    }
}
