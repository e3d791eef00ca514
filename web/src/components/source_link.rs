//! A link to a Microsoft page, named by where, what and which version:
//! "Microsoft Learn, Fix security and identity known issues and errors in AKS Arc,
//! 07/11/2024".

use certplan::sources;
use yew::prelude::*;

/// The page and its date.
#[derive(Properties, PartialEq)]
pub struct SourceLinkProps {
    /// The https URL, with its anchor.
    pub url: AttrValue,
    /// `YYYY-MM-DD`: the date of the page version the facts were read from.
    pub date: AttrValue,
}

/// The link; a page the planner does not know by URL is named by its address.
#[component]
pub fn SourceLink(props: &SourceLinkProps) -> Html {
    let name = match sources::find(&props.url) {
        Some(source) => [source.site, ", ", source.title].concat(),
        None => props.url.to_string(),
    };
    html! {
        <a href={props.url.clone()}>{name}{", "}{sources::us_date(&props.date)}</a>
    }
}
