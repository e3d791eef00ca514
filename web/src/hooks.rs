//! Custom hooks.

mod use_action;
mod use_copy;

pub use use_action::use_action;
pub use use_copy::use_copy;
