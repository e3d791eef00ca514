//! Event delegation: one listener per event type, on the page's root.
//!
//! Buttons say what they do in `data-act`; inputs are known by their ids. One click
//! and one input handler then serve every row and button: a closure per button would
//! be a closure type each, and each type is code in the wasm. Buttons hold text only,
//! so a click's target is the button itself.

use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlInputElement};

use crate::state::{Action, CopyTarget, DateField};

/// What a click on a button asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Click {
    /// A change to the state.
    Act(Action),
    /// Copy something to the clipboard.
    Copy(CopyTarget),
    /// "Download .ps1".
    Download,
}

/// The `data-act` value of a button that removes the cluster row `id`.
pub fn remove(id: u32) -> String {
    ["remove ", &id.to_string()].concat()
}

/// The `data-act` value of a button that copies `target`.
pub fn copy(target: CopyTarget) -> String {
    match target {
        CopyTarget::Link => "copy link".into(),
        CopyTarget::All => "copy all".into(),
        CopyTarget::Step(index) => ["copy ", &index.to_string()].concat(),
    }
}

/// The click's meaning, if it hit a button that has one.
pub fn click(event: &Event) -> Option<Click> {
    let act = event
        .target()?
        .dyn_into::<Element>()
        .ok()?
        .get_attribute("data-act")?;
    decode(&act)
}

fn decode(act: &str) -> Option<Click> {
    let (verb, arg) = act.split_once(' ').unwrap_or((act, ""));
    Some(match (verb, arg) {
        ("add", _) => Click::Act(Action::AddCluster),
        ("remove", id) => Click::Act(Action::RemoveCluster(id.parse().ok()?)),
        ("dismiss", _) => Click::Act(Action::DismissIgnored),
        ("download", _) => Click::Download,
        ("copy", "link") => Click::Copy(CopyTarget::Link),
        ("copy", "all") => Click::Copy(CopyTarget::All),
        ("copy", index) => Click::Copy(CopyTarget::Step(index.parse().ok()?)),
        _ => return None,
    })
}

/// The change an input event makes: a date, a cluster's name or its load balancer
/// (checkboxes fire `input` too).
pub fn input(event: &Event) -> Option<Action> {
    let input = event.target()?.dyn_into::<HtmlInputElement>().ok()?;
    let id = input.id();
    if let Some((row, part)) = id.strip_prefix("cluster-").and_then(|r| r.split_once('-')) {
        let row = row.parse().ok()?;
        return match part {
            "name" => Some(Action::SetClusterName(row, input.value())),
            "lb" => Some(Action::SetLoadBalancer(row, input.checked())),
            _ => None,
        };
    }
    let field = [
        DateField::Shutdown,
        DateField::Restart,
        DateField::LastUpdate,
    ]
    .into_iter()
    .find(|field| field.field() == id)?;
    Some(Action::SetDate(field, input.value()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_button_value_decodes_to_its_action() {
        assert_eq!(decode("add"), Some(Click::Act(Action::AddCluster)));
        assert_eq!(
            decode(&remove(7)),
            Some(Click::Act(Action::RemoveCluster(7)))
        );
        assert_eq!(decode("dismiss"), Some(Click::Act(Action::DismissIgnored)));
        assert_eq!(decode("download"), Some(Click::Download));
        for target in [CopyTarget::Link, CopyTarget::All, CopyTarget::Step(3)] {
            assert_eq!(decode(&copy(target)), Some(Click::Copy(target)));
        }
    }

    #[test]
    fn unknown_or_broken_values_do_nothing() {
        for act in ["", "remove", "remove x", "copy -1", "launch"] {
            assert_eq!(decode(act), None, "{act}");
        }
    }
}
