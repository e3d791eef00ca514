//! The first cell of a reference table's row.

use yew::prelude::*;

/// A row's heading cell, with the mark that shows when the row applies.
#[derive(Properties, PartialEq)]
pub struct RowHeadProps {
    /// The row's first cell, as on the page.
    pub label: &'static str,
}

/// The first cell of a row: its label, and "applies" (hidden until the row is marked).
#[component]
pub fn RowHead(props: &RowHeadProps) -> Html {
    html! {
        <th scope="row">{props.label}<span class="applies">{"applies"}</span></th>
    }
}
