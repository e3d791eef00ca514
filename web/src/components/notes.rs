//! Notes that belong to no single card: advice, missing clusters, name style.

use certplan::Note;
use yew::prelude::*;

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
                <li class={note.code.as_str()}>{note.text.clone()}</li>
            }) }
        </ul>
    }
}
