//! A section of checks: "Before you shut down" (the way down before a planned shutdown),
//! "Power on" (bringing the deployment back before the checks), from Microsoft's stop
//! and restart page, and "Before you start" (the checks before the first step).

use yew::prelude::*;

use crate::components::runbook::frame::frame;
use crate::components::runbook::item_list::{ItemList, ItemListProps};
use crate::components::source_link::SourceLink;
use crate::render_count;

/// The section's heading and hint, its numbered items, and the page they come from;
/// nothing when the plan has none.
#[component]
pub fn CheckSection(props: &ItemListProps) -> Html {
    render_count::rendered("CheckSection");
    if props.done.is_empty() {
        return Html::default();
    }
    let frame = frame(props.part);
    html! {
        <section class={frame.class} id={frame.id} aria-labelledby={frame.heading_id}>
            <h2 id={frame.heading_id}>{frame.title}</h2>
            <p class="hint">{frame.hint}</p>
            <ItemList ..props.clone() />
            if let Some(source) = frame.source {
                <p class="source">
                    {"Source: "}
                    <SourceLink url={source.url} date={source.date()} />
                </p>
            }
        </section>
    }
}
