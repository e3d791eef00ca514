//! Copy to the clipboard with a visible, self-clearing confirmation.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::platform::clipboard;
use crate::state::{Action, CopyTarget, State};

/// How long "Copied" (or the failure) stays on the button.
const CONFIRM_MS: u32 = 2_000;

/// A callback that copies a text for a target, then records the outcome in the state
/// and clears it after a while. Made once, so the props it travels in compare equal.
#[hook]
pub fn use_copy(state: UseReducerDispatcher<State>) -> Callback<(CopyTarget, String)> {
    // Dropping a gloo Timeout cancels it: one pending reset, cancelled on unmount or
    // replaced by the next copy (whose confirmation then gets its full time).
    let reset: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    use_callback((), move |(target, text): (CopyTarget, String), _| {
        let state = state.clone();
        let reset = reset.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let copied = clipboard::copy(text).await;
            state.dispatch(Action::Copied(target, copied));
            *reset.borrow_mut() = Some(Timeout::new(CONFIRM_MS, move || {
                state.dispatch(Action::CopyCleared)
            }));
        });
    })
}
