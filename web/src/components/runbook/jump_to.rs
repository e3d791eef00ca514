//! "Jump to": in-page links to the runbook's parts, above the plan and the first stop for
//! the keyboard, so a long plan (many clusters, a phone) does not hide its fix.

use yew::prelude::*;

/// One link: the id of the heading it leads to, and its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JumpLink {
    /// The target element's id.
    pub id: &'static str,
    /// The link's text: the heading's name.
    pub label: &'static str,
}

/// The links, in page order.
#[derive(Properties, PartialEq)]
pub struct JumpToProps {
    /// Nothing is shown when empty.
    pub links: Vec<JumpLink>,
}

/// A labelled list of in-page links.
#[component]
pub fn JumpTo(props: &JumpToProps) -> Html {
    if props.links.is_empty() {
        return Html::default();
    }
    html! {
        <nav class="jump-to" aria-labelledby="jump-to-title">
            <span id="jump-to-title">{"Jump to:"}</span>
            <ul>
                { for props.links.iter().map(|link| html! {
                    <li><a href={["#", link.id].concat()}>{link.label}</a></li>
                }) }
            </ul>
        </nav>
    }
}
