//! A button that copies, and says "Copied" while the confirmation lasts.

use yew::prelude::*;

use crate::delegate;
use crate::state::CopyTarget;

/// The copy button for `target`. `copied` is the state's last copy: when it was this
/// target, the button shows the outcome instead of `label`, and a live region
/// announces it.
pub fn copy_button(
    target: CopyTarget,
    label: &'static str,
    aria_label: Option<String>,
    copied: Option<(CopyTarget, bool)>,
) -> Html {
    let status = status(target, copied);
    html! {
        <span class="copy">
            <button type="button" class="btn" data-done={(status == Some(COPIED)).then_some("1")}
                data-act={delegate::copy(target)} aria-label={aria_label}>
                { status.unwrap_or(label) }
            </button>
            <span class="sr-only" aria-live="polite">{ status.unwrap_or_default() }</span>
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
