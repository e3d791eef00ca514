//! A button that copies, and says "Copied" while the confirmation lasts.

use yew::prelude::*;

use crate::render_count;
use crate::state::CopyTarget;

/// What the button copies, its text, and its confirmation.
#[derive(Properties, PartialEq)]
pub struct CopyButtonProps {
    /// What a click copies.
    pub target: CopyTarget,
    /// The button's text while it is not confirming.
    pub label: &'static str,
    /// The accessible name, when the text alone does not say what is copied.
    #[prop_or_default]
    pub aria_label: Option<AttrValue>,
    /// While this button is the one confirming: whether its copy worked (see
    /// [`confirming`]). Every other button has `None`, so a copy re-renders only the
    /// button that confirms it and the one whose confirmation it replaces.
    pub copied: Option<bool>,
    /// A click.
    pub oncopy: Callback<CopyTarget>,
    /// Not usable yet (the prerendered page, before the app runs).
    #[prop_or_default]
    pub disabled: bool,
}

/// The button and its live region, side by side in the parent (no wrapper: a long plan
/// has a Copy button per command). While it confirms, the button shows the outcome
/// instead of its label and the live region announces it; the button stays the same
/// element, so it keeps focus while its text changes.
#[component]
pub fn CopyButton(props: &CopyButtonProps) -> Html {
    render_count::rendered("CopyButton");
    let target = props.target;
    let shown = props.copied.map(status);
    // The accessible name holds the text shown ("Copied"), as WCAG's label-in-name asks.
    let aria_label = match (shown, &props.aria_label) {
        (Some(shown), Some(label)) => Some(AttrValue::from(format!("{shown} ({label})"))),
        (_, label) => label.clone(),
    };
    html! {
        <>
            <button
                type="button"
                class="btn"
                data-done={(props.copied == Some(true)).then_some("")}
                aria-label={aria_label}
                disabled={props.disabled}
                onclick={props.oncopy.reform(move |_| target)}
            >
                {shown.unwrap_or(props.label)}
            </button>
            <span class="sr-only" aria-live="polite">{shown.unwrap_or_default()}</span>
        </>
    }
}

/// The Copy buttons of a part of the page: the state's last copy when one of them made
/// it, and what a click reports. Narrowed as it travels down ([`Copying::only`]), so a
/// copy changes the props of the parts that hold its button, and of no others.
#[derive(Clone, PartialEq, Default)]
pub struct Copying {
    /// The last copy and whether it worked, when one of these buttons made it.
    pub last: Option<(CopyTarget, bool)>,
    /// A click on one of them.
    pub oncopy: Callback<CopyTarget>,
}

impl Copying {
    /// The share of the buttons whose targets `mine` accepts.
    pub fn only(&self, mine: impl Fn(CopyTarget) -> bool) -> Copying {
        Copying {
            last: self.last.filter(|&(target, _)| mine(target)),
            oncopy: self.oncopy.clone(),
        }
    }

    /// The confirmation of `target`'s button (see [`confirming`]).
    pub fn confirming(&self, target: CopyTarget) -> Option<bool> {
        confirming(target, self.last)
    }
}

/// The button of `target`'s confirmation, from the state's last copy: whether the copy
/// worked when the last copy was of `target`, `None` otherwise.
pub fn confirming(target: CopyTarget, last: Option<(CopyTarget, bool)>) -> Option<bool> {
    last.filter(|(copied, _)| *copied == target)
        .map(|(_, ok)| ok)
}

/// What a confirming button says.
fn status(worked: bool) -> &'static str {
    if worked {
        "Copied"
    } else {
        "Copy failed: select and copy by hand"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::item::Part;

    #[test]
    fn only_the_button_that_copied_confirms() {
        let copied = Some((CopyTarget::Item(Part::Steps.item(1)), true));
        assert_eq!(
            confirming(CopyTarget::Item(Part::Steps.item(1)), copied),
            Some(true)
        );
        assert_eq!(
            confirming(CopyTarget::Item(Part::Steps.item(2)), copied),
            None
        );
        assert_eq!(confirming(CopyTarget::All, None), None);
        let failed = confirming(CopyTarget::Link, Some((CopyTarget::Link, false)));
        assert_eq!(failed, Some(false));
        assert_eq!(status(true), "Copied");
        assert!(status(false).starts_with("Copy failed"));
    }
}
