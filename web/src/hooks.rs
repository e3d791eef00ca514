//! Custom hooks.

mod use_copy;

pub use use_copy::use_copy;
