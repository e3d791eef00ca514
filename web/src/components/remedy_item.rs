//! One documented failure: what it looks like, what to do, and the page that says so.

use certplan::Remedy;
use yew::prelude::*;

use crate::components::command_line::CommandLine;
use crate::item::Item;
use crate::state::{CopyTarget, RemedyCommand};

/// A remedy of a check or step.
#[derive(Properties, PartialEq)]
pub struct RemedyItemProps {
    /// The check or step it is for.
    pub item: Item,
    /// Its position among the item's remedies (0-based).
    pub index: usize,
    /// The remedy.
    pub remedy: Remedy,
    /// The state's last copy, for the buttons' confirmation.
    pub copied: Option<(CopyTarget, bool)>,
    /// A Copy button.
    pub oncopy: Callback<CopyTarget>,
}

/// The symptom, then either the commands to paste or, for anything destructive or
/// disruptive, a caution and Microsoft's page instead of a copy button.
#[component]
pub fn RemedyItem(props: &RemedyItemProps) -> Html {
    let remedy = &props.remedy;
    let source = AttrValue::from(remedy.source.clone());
    let steps = match &remedy.caution {
        Some(caution) => html! {
            <p class="caution">
                <strong>{"Caution: "}</strong>{caution.clone()}
                {" No command here: follow "}
                <a href={source.clone()}>{"Microsoft's steps"}</a>
                {" on the node that shows the error."}
            </p>
        },
        None => remedy
            .commands
            .iter()
            .enumerate()
            .map(|(command, text)| {
                let at = RemedyCommand {
                    item: props.item,
                    remedy: props.index,
                    command,
                };
                html! {
                    <CommandLine
                        command={text.clone()}
                        target={CopyTarget::Remedy(at)}
                        aria_label={format!("Copy fix command: {text}")}
                        copied={props.copied}
                        oncopy={props.oncopy.clone()}
                    />
                }
            })
            .collect(),
    };
    html! {
        <li class="remedy">
            <p class="symptom">{remedy.symptom.clone()}</p>
            <p>{remedy.action.clone()}</p>
            {steps}
            <p class="source">{"Source: "}<a href={source.clone()}>{source_name(&remedy.source)}</a></p>
        </li>
    }
}

/// A short name for a source link: the Learn page, or the GitHub issue.
pub fn source_name(url: &str) -> String {
    let page = url.split('#').next().unwrap_or(url);
    if let Some(issue) = page.strip_prefix("https://github.com/Azure/aksArc/issues/") {
        return ["Azure/aksArc issue #", issue].concat();
    }
    let slug = page
        .rsplit('/')
        .find(|part| !part.is_empty())
        .unwrap_or(page);
    ["Microsoft Learn: ", slug].concat()
}

#[cfg(test)]
mod tests {
    use super::source_name;

    #[test]
    fn sources_are_named_by_page_or_issue() {
        assert_eq!(
            source_name(
                "https://learn.microsoft.com/azure/aks/aksarc/known-issues-security#error-x-"
            ),
            "Microsoft Learn: known-issues-security"
        );
        assert_eq!(
            source_name("https://github.com/Azure/aksArc/issues/169"),
            "Azure/aksArc issue #169"
        );
    }
}
