//! A button that copies, and says "Copied" while the confirmation lasts.

use yew::prelude::*;

use crate::state::CopyTarget;

/// What the button copies, its text, and the last copy.
#[derive(Properties, PartialEq)]
pub struct CopyButtonProps {
    /// What a click copies.
    pub target: CopyTarget,
    /// The button's text while it is not confirming.
    pub label: &'static str,
    /// The accessible name, when the text alone does not say what is copied.
    #[prop_or_default]
    pub aria_label: Option<AttrValue>,
    /// The state's last copy and whether it worked.
    pub copied: Option<(CopyTarget, bool)>,
    /// A click.
    pub oncopy: Callback<CopyTarget>,
    /// Not usable yet (the prerendered page, before the app runs).
    #[prop_or_default]
    pub disabled: bool,
}

/// The button and its live region. When the last copy was of this target, the button
/// shows the outcome instead of its label and the live region announces it; the button
/// stays the same element, so it keeps focus while its text changes.
#[component]
pub fn CopyButton(props: &CopyButtonProps) -> Html {
    let target = props.target;
    let status = status(target, props.copied);
    // The accessible name holds the text shown ("Copied"), as WCAG's label-in-name asks.
    let aria_label = match (status, &props.aria_label) {
        (Some(status), Some(label)) => Some(AttrValue::from(format!("{status} ({label})"))),
        (_, label) => label.clone(),
    };
    html! {
        <span class="copy">
            <button
                type="button"
                class="btn"
                data-done={(status == Some(COPIED)).then_some("")}
                aria-label={aria_label}
                disabled={props.disabled}
                onclick={props.oncopy.reform(move |_| target)}
            >
                {status.unwrap_or(props.label)}
            </button>
            <span class="sr-only" aria-live="polite">{status.unwrap_or_default()}</span>
        </span>
    }
}

const COPIED: &str = "Copied";

/// The confirmation text for `target`, when the last copy was of it.
pub fn status(target: CopyTarget, copied: Option<(CopyTarget, bool)>) -> Option<&'static str> {
    match copied {
        Some((last, true)) if last == target => Some(COPIED),
        Some((last, false)) if last == target => Some("Copy failed: select and copy by hand"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_button_that_copied_confirms() {
        let copied = Some((CopyTarget::Step(1), true));
        assert_eq!(status(CopyTarget::Step(1), copied), Some("Copied"));
        assert_eq!(status(CopyTarget::Step(2), copied), None);
        assert_eq!(status(CopyTarget::All, None), None);
        let failed = status(CopyTarget::Link, Some((CopyTarget::Link, false)));
        assert!(failed.unwrap().starts_with("Copy failed"));
    }
}
