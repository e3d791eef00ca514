//! The frame every reference table shares.

use yew::prelude::*;

/// What a table of the source page shows around its rows.
#[derive(Properties, PartialEq)]
pub struct TableFrameProps {
    /// Id of the caption, which names the region.
    pub id: &'static str,
    /// The heading above the table on the source page.
    pub heading: &'static str,
    /// The column heads.
    pub columns: [&'static str; 3],
    /// The rows.
    pub children: Html,
}

/// A table of the source page. On a narrow screen it scrolls sideways inside its wrapper,
/// which is therefore a region named by the caption that a keyboard can reach and scroll.
#[component]
pub fn TableFrame(props: &TableFrameProps) -> Html {
    html! {
        <div class="table-wrap" role="region" aria-labelledby={props.id} tabindex="0">
            <table>
                <caption id={props.id}>{props.heading}</caption>
                <thead>
                    <tr>
                        { for props.columns.iter().map(|column| html! { <th scope="col">{*column}</th> }) }
                    </tr>
                </thead>
                <tbody>{props.children.clone()}</tbody>
            </table>
        </div>
    }
}
