//! Notes that belong to no single card: advice, missing clusters, name style.

use certplan::Note;
use yew::prelude::*;

use crate::components::with_class;

/// A plain list; nothing when empty.
pub fn notes(notes: &[Note]) -> Html {
    if notes.is_empty() {
        return Html::default();
    }
    html! {
        <ul class="notes">
            { for notes.iter().map(|note| {
                with_class("li", note.code.as_str().into(), None, html! { &note.text })
            }) }
        </ul>
    }
}
