//! Placeholder until the planner UI lands.
use yew::prelude::*;

#[component]
fn App() -> Html {
    html! { <main><h1>{ "certplan" }</h1></main> }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
