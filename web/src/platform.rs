//! The few browser services the app needs, each behind a small function that never
//! panics: a refused permission or a missing API degrades, it does not kill the page.

pub mod clipboard;
pub mod compact;
pub mod disclosure;
pub mod download;
pub mod frame_height;
pub mod location;
pub mod reference_rows;
pub mod start;
pub mod storage;
pub mod theme;
pub mod today;
