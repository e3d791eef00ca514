//! The certplan planner as a Yew single-page app.
//!
//! The form's state lives in [`state`] (a reducer); the plan is derived from it by the
//! core (`certplan::plan`), never stored and never recomputed here. The URL query
//! mirrors the state (see `certplan::query`), so a link reproduces a plan.
//! Browser glue that gloo does not cover, or covers with panics, is in `platform`.

mod app;
pub mod components;
mod delegate;
mod dom;
pub mod heap;
mod hooks;
mod markup;
mod outcome;
mod page_text;
mod platform;
pub mod state;

pub use app::App;
