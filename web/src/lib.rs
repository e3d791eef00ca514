//! The certplan planner as a Yew single-page app.
//!
//! The page is rendered twice by the same components: at build time into index.html
//! ([`components::page::Page`], with the `ssr` feature: see `prerender`), and in the
//! browser, where only [`components::planner::Planner`] runs and takes over its
//! prerendered part. The form's state lives in [`state`] (a reducer); the plan is
//! derived from it by the core (`certplan::plan`), never stored: once per change of the
//! input ([`outcome::Asked`]), shared with the components that show it. The URL query mirrors
//! the state (see `certplan::query`), so a link reproduces a plan. Browser glue that
//! gloo does not cover, or covers with panics, is in [`platform`].

pub mod components;
pub mod hooks;
pub mod item;
mod outcome;
pub mod platform;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod progress;
pub mod render_count;
pub mod shared;
pub mod state;
