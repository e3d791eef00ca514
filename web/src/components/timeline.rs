//! The shutdown against the 30-day mark, and the last update against 90 days, as SVG.
//!
//! Only numbers and fixed labels go in, so the picture is built as one string (see
//! [`crate::markup`]). Integer coordinates only: formatting floats would pull float
//! printing into the wasm. Beyond-the-mark segments are hatched and every mark is
//! labelled, so the picture reads without colour.

use certplan::{MOC_IMPACT_DAYS, UPDATE_ADVICE_DAYS, UPDATE_WINDOW_DAYS};

const WIDTH: i64 = 480;
const LEFT: i64 = 112;
const RIGHT: i64 = 12;
const ROW: i64 = 88;

/// Appended to `out`; nothing when there is neither a shutdown nor a last update.
pub fn timeline(
    out: &mut String,
    shutdown_days: Option<i64>,
    still_off: bool,
    update_age_days: Option<i64>,
) {
    let mut rows = String::new();
    let mut words = String::new();
    let mut count = 0;
    if let Some(days) = shutdown_days {
        let end = if still_off {
            " days, to today"
        } else {
            " days, to power-on"
        };
        row(
            &mut rows,
            count,
            "Shutdown",
            days,
            end,
            &[(MOC_IMPACT_DAYS, "30 days")],
            true,
        );
        count += 1;
        words.push_str(
            &[
                "Powered off ",
                &days.to_string(),
                " days; MOC is impacted from 30.",
            ]
            .concat(),
        );
    }
    if let Some(age) = update_age_days.filter(|age| *age >= 0) {
        let marks = [(UPDATE_ADVICE_DAYS, "60"), (UPDATE_WINDOW_DAYS, "90 days")];
        row(
            &mut rows,
            count,
            "Last update",
            age,
            " days ago",
            &marks,
            false,
        );
        count += 1;
        if !words.is_empty() {
            words.push(' ');
        }
        words.push_str(
            &[
                "Last update ",
                &age.to_string(),
                " days ago, against the 90-day window.",
            ]
            .concat(),
        );
    }
    if count == 0 {
        return;
    }
    for part in [
        "<figure class=\"timeline\"><svg viewBox=\"0 0 ",
        &WIDTH.to_string(),
        " ",
        &(ROW * count + 8).to_string(),
        "\" role=\"img\" aria-labelledby=\"timeline-title\"><title id=\"timeline-title\">",
        &words,
        "</title><defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" class=\"hatch-bg\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" class=\"hatch-line\" stroke-width=\"3\"/></pattern></defs>",
        &rows,
        "</svg></figure>",
    ] {
        out.push_str(part);
    }
}

/// Row `index`: one bar from day 0 to `days`, with labelled marks; with `hatch`, the
/// part past the first mark (where a layer becomes impacted) is hatched.
fn row(
    out: &mut String,
    index: i64,
    label: &str,
    days: i64,
    end: &str,
    marks: &[(i64, &str)],
    hatch: bool,
) {
    let last_mark = marks.iter().map(|m| m.0).max().unwrap_or(1);
    // The scale leaves room past the furthest of the bar and the last mark.
    let span = days.max(last_mark) * 11 / 10 + 1;
    let x = |d: i64| (LEFT + d.clamp(0, span) * (WIDTH - LEFT - RIGHT) / span).to_string();
    let width = |d: i64| (d * (WIDTH - LEFT - RIGHT) / span).to_string();
    let first = marks.first().map_or(span, |m| m.0);
    let solid_end = if hatch { days.min(first) } else { days };
    // Keep the end label inside the picture, whichever half the bar ends in.
    let anchor = if days * 2 < span { "start" } else { "end" };
    out.push_str(
        &[
            "<g transform=\"translate(0 ",
            &(ROW * index + 2).to_string(),
            ")\"><text x=\"0\" y=\"38\" class=\"row-label\">",
            label,
            "</text><line x1=\"",
            &x(0),
            "\" x2=\"",
            &x(span),
            "\" y1=\"33\" y2=\"33\" class=\"axis\"/><rect x=\"",
            &x(0),
            "\" y=\"23\" width=\"",
            &width(solid_end),
            "\" height=\"20\" class=\"bar\"/>",
        ]
        .concat(),
    );
    if hatch && days > first {
        out.push_str(
            &[
                "<rect x=\"",
                &x(first),
                "\" y=\"23\" width=\"",
                &width(days - first),
                "\" height=\"20\" class=\"bar over\"/>",
            ]
            .concat(),
        );
    }
    for &(at, text) in marks {
        let at = x(at);
        out.push_str(
            &[
                "<line x1=\"",
                &at,
                "\" x2=\"",
                &at,
                "\" y1=\"15\" y2=\"51\" class=\"mark\"/><text x=\"",
                &at,
                "\" y=\"12\" class=\"mark-label\" text-anchor=\"middle\">",
                text,
                "</text>",
            ]
            .concat(),
        );
    }
    out.push_str(
        &[
            "<text x=\"",
            &x(days),
            "\" y=\"68\" class=\"end-label\" text-anchor=\"",
            anchor,
            "\">",
            &days.to_string(),
            end,
            "</text></g>",
        ]
        .concat(),
    );
}
