//! Copy to the clipboard with a visible, self-clearing confirmation.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::platform::clipboard;

/// How long "Copied" (or the failure) stays on the button.
const CONFIRM_MS: u32 = 2_000;

/// Where a copy button is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CopyState {
    /// Nothing copied lately.
    Idle,
    /// The text is on the clipboard.
    Copied,
    /// Both the Clipboard API and the fallback were refused.
    Failed,
}

/// Returns the current state and a callback that copies its argument.
#[hook]
pub fn use_copy() -> (CopyState, Callback<String>) {
    let state = use_state_eq(|| CopyState::Idle);
    // Dropping a gloo Timeout cancels it: one pending reset per button, cancelled on
    // unmount or replaced by the next click.
    let reset: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    let copy = {
        let state = state.clone();
        Callback::from(move |text: String| {
            let state = state.clone();
            let reset = reset.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let copied = clipboard::copy(text).await;
                state.set(if copied {
                    CopyState::Copied
                } else {
                    CopyState::Failed
                });
                let back = state.clone();
                *reset.borrow_mut() =
                    Some(Timeout::new(CONFIRM_MS, move || back.set(CopyState::Idle)));
            });
        })
    };
    (*state, copy)
}
