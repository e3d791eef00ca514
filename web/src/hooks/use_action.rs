//! A callback that reports an action, made once for the component's life.

use yew::prelude::*;

use crate::state::{Action, State};

/// Dispatches the action `action` makes of each event. The callback is made on the
/// first render and kept, so the props it travels in compare equal from one render to
/// the next and the children that take it do not re-render for it.
#[hook]
pub fn use_action<E: 'static>(
    dispatcher: &UseReducerDispatcher<State>,
    action: fn(E) -> Action,
) -> Callback<E> {
    let dispatcher = dispatcher.clone();
    use_callback((), move |event: E, _| dispatcher.dispatch(action(event)))
}
