//! "Paste an error": what PowerShell printed in, the documented fix out.

pub mod found_remedy;

use std::rc::Rc;

use certplan::lookup::{find_remedies, RemedyMatch};
use certplan::PlanInput;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::components::error_lookup::found_remedy::FoundRemedy;
use crate::state::CopyTarget;

/// The id of the textarea, for its label.
const TEXT_ID: &str = "error-text";

/// Microsoft's known-issues pages, for an error nothing documented matches.
const KNOWN_ISSUES: [(&str, &str); 6] = [
    ("known-issues", "General"),
    ("known-issues-security", "Security and identity"),
    ("known-issues-upgrade", "Upgrade"),
    (
        "known-issues-workload-clusters",
        "Management and workload clusters",
    ),
    ("known-issues-networking", "Networking"),
    ("known-issues-installation", "Installation"),
];

/// The plan the person follows, and the copy machinery.
#[derive(Properties, PartialEq)]
pub struct ErrorLookupProps {
    /// The form's input: the answer is placed in its plan and filled for its clusters.
    pub input: PlanInput,
    /// The app runs (before, the button would do nothing).
    pub started: bool,
    /// The state's last copy, for the buttons' confirmation.
    pub copied: Option<(CopyTarget, bool)>,
    /// Copies a text and confirms it on the button of the target.
    pub copy: Callback<(CopyTarget, String)>,
}

/// A labelled textarea and "Find the fix". The lookup runs on the button and on a
/// paste, never per keystroke; the text stays in this component (no link, no storage,
/// no request).
#[component]
pub fn ErrorLookup(props: &ErrorLookupProps) -> Html {
    let text = use_node_ref();
    let searched: UseStateHandle<Option<Rc<str>>> = use_state(|| None);
    let found = use_memo(
        ((*searched).clone(), props.input.clone()),
        |(searched, input)| searched.as_deref().map(|text| lookup(text, input)),
    );
    let search = {
        let (text, searched) = (text.clone(), searched.clone());
        Callback::from(move |()| {
            if let Some(area) = text.cast::<HtmlTextAreaElement>() {
                searched.set(Some(area.value().into()));
            }
        })
    };
    let oninput = {
        let search = search.clone();
        Callback::from(move |event: InputEvent| {
            // Read as a plain property: a script may fire a bare Event named "input".
            let kind = js_sys::Reflect::get(&event, &"inputType".into()).ok();
            if kind
                .and_then(|k| k.as_string())
                .is_some_and(|k| k.starts_with("insertFrom"))
            {
                search.emit(());
            }
        })
    };
    let oncopy = {
        let (found, copy) = (found.clone(), props.copy.clone());
        Callback::from(move |target| {
            let CopyTarget::Found(at, n) = target else {
                return;
            };
            let command = (*found)
                .as_ref()
                .and_then(|found| found.get(at))
                .and_then(|m| m.remedy.commands.get(n));
            if let Some(command) = command {
                copy.emit((target, command.clone()));
            }
        })
    };
    let hint_id = [TEXT_ID, "-hint"].concat();
    // The live region says what was found in a line; the matches follow it.
    let (status, answer) = match (*found).as_deref() {
        None => (String::new(), Html::default()),
        Some([]) => (
            "No documented match. Microsoft's known issues, by topic:".to_owned(),
            html! {
                <ul>
                    { for KNOWN_ISSUES.iter().map(|(page, name)| html! {
                        <li><a href={["https://learn.microsoft.com/azure/aks/aksarc/", page].concat()}>{*name}</a></li>
                    }) }
                </ul>
            },
        ),
        Some(found) => (
            match found.len() {
                1 => "1 documented match.".to_owned(),
                n => format!("{n} documented matches, best first."),
            },
            html! {
                <ol class="remedies">
                    { for found.iter().enumerate().map(|(index, found)| html! {
                        <FoundRemedy
                            {index}
                            found={found.clone()}
                            copied={props.copied}
                            oncopy={oncopy.clone()}
                        />
                    }) }
                </ol>
            },
        ),
    };
    html! {
        <section class="panel lookup" aria-label="Find the fix for an error">
            <div class="field paste">
                <label for={TEXT_ID}>{"Paste an error"}</label>
                <span class="hint" id={hint_id.clone()}>
                    {"What PowerShell or kubectl printed, as it is. It is read here, in your \
                      browser: never put in the link, stored or sent."}
                </span>
                <textarea
                    id={TEXT_ID}
                    ref={text}
                    rows="3"
                    spellcheck="false"
                    autocapitalize="none"
                    aria-describedby={hint_id}
                    {oninput}
                />
                <button
                    type="button"
                    class="btn"
                    disabled={!props.started}
                    onclick={search.reform(|_| ())}
                >
                    {"Find the fix"}
                </button>
            </div>
            <p class="lookup-status" role="status">{status}</p>
            <div class="lookup-answer">{answer}</div>
        </section>
    }
}

/// The remedies `text` matches in the plan of `input`; while `input` is not valid, in
/// no plan (the lookup must not wait for the form to be right).
fn lookup(text: &str, input: &PlanInput) -> Vec<RemedyMatch> {
    find_remedies(text, input)
        .or_else(|_| {
            let today = PlanInput {
                today: input.today.clone(),
                ..PlanInput::default()
            };
            find_remedies(text, &today)
        })
        .unwrap_or_default()
}
