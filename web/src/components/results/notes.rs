//! Notes that belong to no single card: advice, missing clusters, name style, support
//! policy and lifecycle, each with its source and that page's date.

use certplan::Note;
use yew::prelude::*;

use crate::components::source_link::SourceLink;

/// The notes.
#[derive(Properties, PartialEq)]
pub struct NotesProps {
    /// In the core's order.
    pub notes: Vec<Note>,
}

/// A plain list; nothing when empty.
#[component]
pub fn Notes(props: &NotesProps) -> Html {
    if props.notes.is_empty() {
        return Html::default();
    }
    html! {
        <ul class="notes">
            { for props.notes.iter().map(|note| html! {
                <li class={note.code.as_str()}>{sourced(note)}</li>
            }) }
        </ul>
    }
}

/// A note's text and, in brackets, the page it comes from with that page's date.
pub fn sourced(note: &Note) -> Html {
    html! {
        <>
            {note.text.clone()}{" "}
            <span class="source">
                {"("}
                <SourceLink url={note.source.clone()} date={note.source_date.clone()} />
                {")"}
            </span>
        </>
    }
}
