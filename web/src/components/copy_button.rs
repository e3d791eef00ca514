//! A button that copies, and says "Copied" while the confirmation lasts.

use yew::{AttrValue, Html};

use crate::delegate;
use crate::dom::{el, text};
use crate::state::CopyTarget;

/// The copy button for `target` in a `<span class="copy">`.
pub fn copy_button(
    target: CopyTarget,
    label: &'static str,
    aria_label: Option<String>,
    copied: Option<(CopyTarget, bool)>,
) -> Html {
    let [button, live] = copy_parts(target, label, aria_label, copied);
    el(
        "span",
        &["class"],
        vec![Some("copy".into())],
        vec![button, live],
    )
}

/// The button and its live region. `copied` is the state's last copy: when it was
/// this target, the button shows the outcome instead of `label`, and the live region
/// announces it. Real elements, not markup: the button keeps its focus while its text
/// changes, and a live region must stay to be heard.
pub fn copy_parts(
    target: CopyTarget,
    label: &'static str,
    aria_label: Option<String>,
    copied: Option<(CopyTarget, bool)>,
) -> [Html; 2] {
    let status = status(target, copied);
    [
        el(
            "button",
            &["type", "class", "data-done", "data-act", "aria-label"],
            vec![
                Some("button".into()),
                Some("btn".into()),
                (status == Some(COPIED)).then_some("1".into()),
                Some(delegate::copy(target).into()),
                aria_label.map(AttrValue::from),
            ],
            vec![text(status.unwrap_or(label).into())],
        ),
        el(
            "span",
            &["class", "aria-live"],
            vec![Some("sr-only".into()), Some("polite".into())],
            vec![text(status.unwrap_or_default().into())],
        ),
    ]
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
