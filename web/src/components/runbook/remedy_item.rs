//! One documented failure: what it looks like, what to do, and the page that says so.

use certplan::Plan;
use yew::prelude::*;

use crate::components::command_line::CommandLine;
use crate::components::copy_button::Copying;
use crate::components::source_link::SourceLink;
use crate::item::Item;
use crate::render_count;
use crate::shared::Shared;
use crate::state::{CopyTarget, RemedyCommand};

/// A remedy of a check or step.
#[derive(Properties, PartialEq)]
pub struct RemedyItemProps {
    /// The plan the check or step is in.
    pub plan: Shared<Plan>,
    /// The check or step it is for.
    pub item: Item,
    /// Its position among the item's remedies (0-based).
    pub index: usize,
    /// The remedy's Copy buttons.
    pub copying: Copying,
}

/// The symptom, then either the commands to paste or, for anything destructive or
/// disruptive, a caution and Microsoft's page instead of a copy button.
#[component]
pub fn RemedyItem(props: &RemedyItemProps) -> Html {
    render_count::rendered("RemedyItem");
    let Some(remedy) = props.item.remedies(&props.plan).get(props.index) else {
        return Html::default();
    };
    let source = AttrValue::from(remedy.source);
    let steps = match &remedy.caution {
        Some(caution) => html! {
            <p class="caution">
                <strong>{"Caution: "}</strong>{*caution}
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
                let target = CopyTarget::Remedy(RemedyCommand {
                    item: props.item,
                    remedy: props.index,
                    command,
                });
                html! {
                    <CommandLine
                        command={text.clone()}
                        {target}
                        aria_label={format!("Copy fix command: {text}")}
                        copied={props.copying.confirming(target)}
                        oncopy={props.copying.oncopy.clone()}
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
            <p class="source">
                {"Source: "}
                <SourceLink url={source} date={remedy.source_date} />
            </p>
        </li>
    }
}
