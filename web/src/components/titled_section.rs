//! A section named by its own heading (`aria-labelledby`), so a screen reader's landmark
//! list reads the same words a sighted person sees.
//!
//! Used by the prerendered-only parts (help, reference), which never reach the wasm. The
//! hydrated sections (form, guidance, notes for every plan) write the two elements inline:
//! this component in the app cost 1,218 B brotli of wasm (measured 2026-12-07), more
//! than the first-visit budget had left.

use yew::prelude::*;

/// The section's look, its heading and what it holds.
#[derive(Properties, PartialEq)]
pub struct TitledSectionProps {
    /// The section's classes.
    pub class: &'static str,
    /// The heading's id: the page's anchors and tests find the section by it.
    pub heading_id: &'static str,
    /// The heading's words.
    pub title: &'static str,
    #[prop_or_default]
    pub children: Html,
}

/// `<section>` with an `<h2>` that names it.
#[component]
pub fn TitledSection(props: &TitledSectionProps) -> Html {
    html! {
        <section class={props.class} aria-labelledby={props.heading_id}>
            <h2 id={props.heading_id}>{props.title}</h2>
            {props.children.clone()}
        </section>
    }
}
