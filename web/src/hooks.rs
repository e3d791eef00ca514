//! Custom hooks.

mod use_actions;
mod use_copy;

pub use use_actions::{use_actions, Actions};
pub use use_copy::use_copy;
