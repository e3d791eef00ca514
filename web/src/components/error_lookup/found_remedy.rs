//! One documented remedy found in a pasted error: what matched, what to do, and the
//! step of the plan it belongs to.

use certplan::lookup::{has_placeholder, Place, RemedyMatch};
use yew::prelude::*;

use crate::components::command_line::CommandLine;
use crate::components::copy_button::confirming;
use crate::components::runbook::if_fails;
use crate::components::source_link::SourceLink;
use crate::item::Part;
use crate::platform::disclosure;
use crate::state::CopyTarget;

/// A match and where it stands among the others.
#[derive(Properties, PartialEq)]
pub struct FoundRemedyProps {
    /// Its position in the answer (0-based).
    pub index: usize,
    /// The match.
    pub found: RemedyMatch,
    /// The state's last copy, for the buttons' confirmation.
    pub copied: Option<(CopyTarget, bool)>,
    /// A Copy button.
    pub oncopy: Callback<CopyTarget>,
}

/// The symptom, the matched text marked, why it stands here when that is in doubt, what
/// to do with its commands (Copy only on those ready to run) or its caution, the source,
/// and a link that opens the plan's "If this step fails" it belongs to.
#[component]
pub fn FoundRemedy(props: &FoundRemedyProps) -> Html {
    let (found, remedy) = (&props.found, &props.found.remedy);
    let source = AttrValue::from(remedy.source);
    let commands: Html = remedy
        .commands
        .iter()
        .enumerate()
        .map(|(n, command)| {
            if has_placeholder(command) {
                html! {
                    <div class="command-line">
                        <code class="command">{command.clone()}</code>
                        <span class="hint">{"Replace the <...> part first."}</span>
                    </div>
                }
            } else {
                html! {
                    <CommandLine
                        command={command.clone()}
                        target={CopyTarget::Found(props.index, n)}
                        aria_label={format!("Copy fix command: {command}")}
                        copied={confirming(CopyTarget::Found(props.index, n), props.copied)}
                        oncopy={props.oncopy.clone()}
                    />
                }
            }
        })
        .collect();
    let caution = remedy.caution.as_ref().map(|caution| {
        html! {
            <p class="caution">
                <strong>{"Caution: "}</strong>{*caution}
                {" No command here: follow "}
                <a href={source.clone()}>{"Microsoft's steps"}</a>{"."}
            </p>
        }
    });
    let place = found.place.map(|place| {
        let (item, name) = match place {
            Place::Check(n) => (
                Part::Checks.item(n),
                format!("check {} of Before you start", n + 1),
            ),
            Place::Step(n) => (Part::Steps.item(n), format!("step {}", n + 1)),
        };
        let id = if_fails::id(item);
        let href = AttrValue::from(["#", &id].concat());
        let onclick = Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            disclosure::open(&id);
        });
        html! {
            <p>{"In your plan: "}<a {href} {onclick}>{name}{", if it fails"}</a></p>
        }
    });
    html! {
        <li class="remedy">
            <p class="symptom">{remedy.symptom.clone()}</p>
            <p class="matched">{"Matched: "}<mark>{found.matched.clone()}</mark></p>
            if let Some(reason) = &found.reason {
                <p>{reason.clone()}</p>
            }
            <p>{remedy.action.clone()}</p>
            {commands}
            {caution}
            <p class="source">{"Source: "}<SourceLink url={source.clone()} date={remedy.source_date} /></p>
            {place}
        </li>
    }
}
