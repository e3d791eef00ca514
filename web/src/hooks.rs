//! Custom hooks.

mod use_copy;
mod use_row_focus;

pub use use_copy::use_copy;
pub use use_row_focus::use_row_focus;
