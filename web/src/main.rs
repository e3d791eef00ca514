//! Mounts the planner into the page's body.

fn main() {
    yew::Renderer::<certplan_web::App>::new().render();
}
