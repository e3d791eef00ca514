//! Starts the planner on the prerendered page: hydrates its form and results, which
//! the build rendered into index.html, instead of drawing them again.

use certplan_web::components::page::PLANNER_ID;
use certplan_web::components::planner::{Planner, PlannerProps};
use certplan_web::platform::start;

fn main() {
    let Some(root) = gloo_utils::document().get_element_by_id(PLANNER_ID) else {
        web_sys::console::error_1(
            &"certplan: this page has no prerendered planner (#planner): build it with cargo xtask build"
                .into(),
        );
        return;
    };
    start::when_no_date_half_typed(move || {
        let start = Some(start::read());
        yew::Renderer::<Planner>::with_root_and_props(root, PlannerProps { start }).hydrate();
    });
}
