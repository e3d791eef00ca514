//! The planner's callbacks that report an action, made once for the planner's life.

use yew::prelude::*;

use crate::shared::Shared;
use crate::state::{Action, DateField, DateStatus, State};

/// One callback per action a child reports. Made on the first render and kept, so the
/// props they travel in compare equal from one render to the next and the children that
/// take them do not re-render for them. One hook for all of them: a hook per callback
/// would cost the first visit a hook's code each. They travel together, as one prop, to
/// the parts that report several (the default, for tests, reports nothing).
#[derive(Default)]
pub struct Actions {
    /// The notice about the link was dismissed.
    pub ondismiss: Callback<()>,
    /// A date changed or was left.
    pub ondate: Callback<(DateField, String, DateStatus)>,
    /// "Add cluster".
    pub onadd: Callback<()>,
    /// A cluster name changed.
    pub onname: Callback<(u32, String)>,
    /// A cluster's name field was left.
    pub onleave: Callback<u32>,
    /// A load balancer changed.
    pub onbalancer: Callback<(u32, bool)>,
    /// A cluster's "Remove".
    pub onremove: Callback<u32>,
    /// The paste box changed.
    pub onpaste: Callback<String>,
    /// "Add these clusters".
    pub onaddpasted: Callback<()>,
    /// A "Done" box changed.
    pub ondone: Callback<(String, bool)>,
    /// "Clear progress".
    pub onclear: Callback<()>,
    /// "Undo clear".
    pub onundo: Callback<()>,
}

/// The planner's action callbacks.
#[hook]
pub fn use_actions(dispatcher: &UseReducerDispatcher<State>) -> Shared<Actions> {
    let dispatcher = dispatcher.clone();
    let actions = use_memo((), move |_| {
        Shared::new(Actions {
            ondismiss: report(&dispatcher, |()| Action::DismissIgnored),
            ondate: report(&dispatcher, |(field, value, status)| {
                Action::SetDate(field, value, status)
            }),
            onadd: report(&dispatcher, |()| Action::AddCluster),
            onname: report(&dispatcher, |(id, name)| Action::SetClusterName(id, name)),
            onleave: report(&dispatcher, Action::LeftClusterName),
            onbalancer: report(&dispatcher, |(id, on)| Action::SetLoadBalancer(id, on)),
            onremove: report(&dispatcher, Action::RemoveCluster),
            onpaste: report(&dispatcher, Action::SetPaste),
            onaddpasted: report(&dispatcher, |()| Action::AddPasted),
            ondone: report(&dispatcher, |(id, done)| Action::SetDone(id, done)),
            onclear: report(&dispatcher, |()| Action::ClearProgress),
            onundo: report(&dispatcher, |()| Action::UndoClear),
        })
    });
    (*actions).clone()
}

/// A callback that dispatches the action `action` makes of each event.
fn report<E: 'static>(
    dispatcher: &UseReducerDispatcher<State>,
    action: fn(E) -> Action,
) -> Callback<E> {
    let dispatcher = dispatcher.clone();
    Callback::from(move |event| dispatcher.dispatch(action(event)))
}
